/**
 * The page check: the generic reporter (page-check.ts), the inbox and thread readers' reports, the text
 * the notice and the popup show, and the popup's validated page messages.
 */
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getPageChecks, reportPageCheck, resetPageChecks, subscribePageChecks } from '../../components/page/page-check';
import { describeCheck, PAGE_CHECK_TEXT_KEYS, type Tr } from '../../components/page/page-check-text';
import { answerPageMessage, type PageMessageDeps } from '../../components/page/page-messages';
import { inboxPageCheck } from '../../components/features/inbox-shared/inbox-source';
import { threadPageCheck } from '../../components/features/thread-shared/watch-thread';
import { readInboxPage, findInboxMounts } from '../../lib/seller-central/inbox-page';
import { readThreadPage, findReplyArea } from '../../lib/seller-central/thread-page';
import { parsePageAnswer } from '../../lib/protocol/page-messages';
import { loadFixture } from './seller-central-load-fixture';

const english: Tr = (_key, fallback, subs = []) => fallback.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');

describe('reportPageCheck', () => {
  beforeEach(() => resetPageChecks('inbox'));

  it('keeps one entry per reader, the latest report, and tells listeners only of changes', () => {
    let calls = 0;
    const stop = subscribePageChecks(() => { calls += 1; });
    reportPageCheck('inbox', { layout: 'legacy', items: 3, parts: { list: true } });
    reportPageCheck('inbox', { layout: 'legacy', items: 3, parts: { list: true } });
    reportPageCheck('thread', { layout: 'none', items: 0, parts: { conversation: false } });
    reportPageCheck('inbox', { layout: 'legacy', items: 4, parts: { list: true } });
    stop();
    expect(calls).toBe(3);
    expect(getPageChecks()).toEqual({ pageKind: 'inbox', checks: [
      { id: 'inbox', layout: 'legacy', items: 4, parts: { list: true } },
      { id: 'thread', layout: 'none', items: 0, parts: { conversation: false } },
    ] });
  });

  it('starts empty on a new page view', () => {
    reportPageCheck('inbox', { layout: 'legacy', items: 3, parts: {} });
    resetPageChecks('thread');
    expect(getPageChecks()).toEqual({ pageKind: 'thread', checks: [] });
  });
});

describe('what the readers report', () => {
  it('inbox: the legacy layout, every good row, every part found', () => {
    const doc = loadFixture('inbox.html');
    expect(inboxPageCheck(readInboxPage(doc), findInboxMounts(doc))).toEqual({
      layout: 'legacy', items: 3, parts: { list: true, toolbar: true, rows: true, rowIds: true, times: true },
    });
  });

  it('inbox: drifted markup is not recognised and says the list is missing', () => {
    const doc = loadFixture('inbox-drifted.html');
    expect(inboxPageCheck(readInboxPage(doc), findInboxMounts(doc))).toMatchObject({ layout: 'none', items: 0, parts: { list: false } });
  });

  it('thread: messages read and the reply box found', () => {
    const doc = loadFixture('thread.html', 'https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=T-1001&cc=T-1001');
    const check = threadPageCheck(readThreadPage(doc), findReplyArea(doc) !== null);
    expect(check).toMatchObject({ layout: 'legacy', parts: { conversation: true, threadId: true, times: true, replyBox: true } });
    expect(check.items).toBeGreaterThan(0);
  });

  it('thread: drifted markup is not recognised', () => {
    const doc = loadFixture('thread-drifted.html', 'https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=T-1001&cc=T-1001');
    expect(threadPageCheck(readThreadPage(doc), findReplyArea(doc) !== null)).toMatchObject({ layout: 'none', parts: { conversation: false } });
  });
});

describe('the page check in words', () => {
  it('names the reader, the layout, what was read and what is missing', () => {
    expect(describeCheck({ id: 'inbox', layout: 'legacy', items: 25, parts: { list: true, toolbar: true } }, english))
      .toBe('Inbox list: older layout · 25 rows read · everything found');
    expect(describeCheck({ id: 'thread', layout: 'none', items: 0, parts: { conversation: false, replyBox: false } }, english))
      .toBe('Conversation: not recognised · 0 messages read · not found: conversation, reply box');
    expect(describeCheck({ id: 'inbox-v3', layout: 'v3', items: 7, parts: { caseList: true, somethingNew: false } }, english))
      .toBe('Inbox list: inbox v3 layout · 7 rows read · not found: somethingNew');
  });

  it('has every key it looks up in both languages', () => {
    const root = path.resolve(__dirname, '../..');
    for (const locale of ['en', 'zh_CN']) {
      const catalog = JSON.parse(readFileSync(path.join(root, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, unknown>;
      expect(PAGE_CHECK_TEXT_KEYS.filter((k) => !(k in catalog)).map((k) => `${locale}:${k}`)).toEqual([]);
    }
  });
});

describe('page messages from the popup', () => {
  const deps: PageMessageDeps = {
    problems: () => [{ featureId: 'inbox-deadlines', message: 'inbox rows not found: threadList' }],
    saveSample: (kind) => ({ fileName: `seller-inbox-page-sample-${kind}-20261123-1800.html`, elements: 42 }),
    extensionId: () => 'ext',
  };
  const popup = { id: 'ext' };

  beforeEach(() => {
    resetPageChecks('inbox');
    reportPageCheck('inbox', { layout: 'none', items: 0, parts: { list: false } });
  });

  it('answers the check and the save with answers the popup accepts', () => {
    const check = answerPageMessage({ type: 'page/check' }, popup, deps);
    expect(check).toEqual({ pageKind: 'inbox', checks: [{ id: 'inbox', layout: 'none', items: 0, parts: { list: false } }],
      problems: [{ featureId: 'inbox-deadlines', message: 'inbox rows not found: threadList' }] });
    expect(parsePageAnswer('page/check', check)).toMatchObject({ ok: true });
    const saved = answerPageMessage({ type: 'page/save-sample' }, popup, deps);
    expect(saved).toEqual({ fileName: 'seller-inbox-page-sample-inbox-20261123-1800.html', elements: 42 });
    expect(parsePageAnswer('page/save-sample', saved)).toMatchObject({ ok: true });
  });

  it('refuses other senders and unknown or malformed requests, ignores other messages', () => {
    expect(answerPageMessage({ type: 'page/check' }, { id: 'other' }, deps)).toMatchObject({ error: { code: 'forbidden' } });
    expect(answerPageMessage({ type: 'page/check' }, { id: 'ext', tab: { id: 3 } }, deps)).toMatchObject({ error: { code: 'forbidden' } });
    expect(answerPageMessage({ type: 'page/nope' }, popup, deps)).toMatchObject({ error: { code: 'unknown-type' } });
    expect(answerPageMessage({ type: 'threads/list' }, popup, deps)).toBeUndefined();
    expect(answerPageMessage('page/check', popup, deps)).toBeUndefined();
  });

  it('says when saving failed', () => {
    const failing = { ...deps, saveSample: () => { throw new Error('too big'); } };
    expect(answerPageMessage({ type: 'page/save-sample' }, popup, failing))
      .toEqual({ error: { code: 'internal', message: 'the page sample could not be saved: too big' } });
  });

  it('waits for a sample whose code loads first (the on-demand part), and says when that failed', async () => {
    const later = { ...deps, saveSample: async (kind: string) => ({ fileName: `later-${kind}.html`, elements: 7 }) };
    expect(await answerPageMessage({ type: 'page/save-sample' }, popup, later)).toEqual({ fileName: 'later-inbox.html', elements: 7 });
    const notLoaded = { ...deps, saveSample: () => Promise.reject(new Error('could not load')) };
    expect(await answerPageMessage({ type: 'page/save-sample' }, popup, notLoaded))
      .toEqual({ error: { code: 'internal', message: 'the page sample could not be saved: could not load' } });
  });

  it('the popup rejects answers of the wrong shape, saying where', () => {
    expect(parsePageAnswer('page/check', { pageKind: 'inbox', checks: [{ id: 'x', layout: 'v3', items: -1, parts: {} }], problems: [] }))
      .toMatchObject({ ok: false, error: expect.stringContaining('checks[0].items') });
    expect(parsePageAnswer('page/save-sample', { error: { code: 'internal', message: 'boom' } })).toEqual({ ok: false, error: 'page/save-sample: boom' });
  });
});
