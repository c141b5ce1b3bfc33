/**
 * Amazon's notices (issue 16, item 4): one rule (lib/notice.ts) from every fact we have, and every place that
 * decides deadlines, order, Next, counts and stored threads follows it. A notice Amazon lists as "response
 * needed" (no marker on the row) is still a notice.
 */
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { isAmazonNotice } from '../../lib/notice';
import { awaitsResponse } from '../../lib/deadlines';
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { createHandlers } from '../../lib/protocol/handlers';
import { shippedModelLoader } from '../tools/classify/model-file.ts';
import { classifyHandlers, withNotice } from '../../lib/protocol/handlers/classify';
import type { Handlers } from '../../lib/protocol/router';
import type { InboxRow } from '../../lib/seller-central/inbox-page';
import { passesFilter, rowBadge, rowIsNotice, threadInputOf, urgencyPlan } from '../../components/features/inbox-shared/row-model';
import { threadInputOfPage } from '../../components/features/inbox-deadlines/thread-page';
import type { ThreadPageRead } from '../../lib/seller-central/thread-page';

const NOW = new Date('2026-11-23T18:00:00Z');
const US = 'ATVPDKIKX0DER';
const ACC = 'A1LUMENHOME7Q';
const hoursAgo = (h: number): string => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const BOUNCE = 'Delivery failure: your message could not be delivered. This is an automated message, please do not reply.';

const row = (over: Partial<InboxRow>): InboxRow => ({
  threadId: 'T', buyerName: 'B', orderIds: [], status: 'response-needed', isSystem: false, rowElement: {} as Element, ...over,
});

describe('isAmazonNotice: the one rule', () => {
  it('is a notice by the page marker, by the sender Amazon, or by the classifier', () => {
    expect(isAmazonNotice({ marked: true })).toBe(true);
    expect(isAmazonNotice({ sender: 'Amazon' })).toBe(true);
    expect(isAmazonNotice({ sender: ' amazon.de ' })).toBe(true);
    expect(isAmazonNotice({ sender: 'mailer-daemon' })).toBe(true);
    expect(isAmazonNotice({ textSaysNotice: true })).toBe(true);
    expect(isAmazonNotice({ marked: false, sender: 'Jane Doe', textSaysNotice: false })).toBe(false);
    expect(isAmazonNotice({})).toBe(false);
  });

  it('does not take a buyer relay address or a buyer named like a brand word for Amazon', () => {
    expect(isAmazonNotice({ sender: 'x7k2@marketplace.amazon.com' })).toBe(false);
    expect(isAmazonNotice({ sender: 'Amazonia Smith' })).toBe(false);
    expect(isAmazonNotice({ sender: 'Amazon Customer' })).toBe(false);
    expect(isAmazonNotice({ sender: 'no-reply@amazon.com' })).toBe(true);
    expect(isAmazonNotice({ sender: '亚马逊' })).toBe(true);
  });

  it('a notice never awaits a response, even listed "response needed" and stored unmarked before this rule', () => {
    expect(awaitsResponse({ status: 'response-needed', isSystem: false, buyerName: 'Amazon' })).toBe(false);
    expect(awaitsResponse({ status: 'response-needed', isSystem: true })).toBe(false);
    expect(awaitsResponse({ status: 'response-needed', isSystem: false, buyerName: 'Jane' })).toBe(true);
  });
});

describe('the inbox row of a notice Amazon lists as "response needed" (no marker)', () => {
  const notice = row({ threadId: 'N', buyerName: 'Amazon', subject: 'Delivery failure', oldestUnansweredAt: hoursAgo(30) });
  const buyer = row({ threadId: 'B', buyerName: 'Jane', oldestUnansweredAt: hoursAgo(10) });
  const opts = { timeZone: 'America/Los_Angeles', dueSoonHours: 4 };

  it('gets no deadline badge (no overdue), and is stored as a notice', () => {
    expect(rowIsNotice(notice, undefined)).toBe(true);
    expect(rowBadge(notice, US, NOW, opts, 'en', rowIsNotice(notice, undefined)).state).toBe('no-reply-expected');
    expect(threadInputOf(notice, undefined, 1).isSystem).toBe(true);
  });

  it('a row the classifier reads as a notice (sender unknown) gets no badge either, and the same row memo follows it', () => {
    const unnamed = row({ threadId: 'U', buyerName: '', oldestUnansweredAt: hoursAgo(30) });
    expect(rowBadge(unnamed, US, NOW, opts, 'en', false).state).toBe('overdue');
    const cls = { category: 'other' as const, confidence: 0.9, system: true };
    expect(rowBadge(unnamed, US, NOW, opts, 'en', rowIsNotice(unnamed, cls)).state).toBe('no-reply-expected');
    expect(threadInputOf(unnamed, cls, undefined).isSystem).toBe(true);
  });

  it('goes last in the urgency order, after the buyer thread', () => {
    expect(urgencyPlan([notice, buyer], (r) => rowIsNotice(r, undefined))).toEqual([1, 0]);
  });

  it('the category filter: "Amazon notices" shows only notices, a category never shows a notice', () => {
    expect(passesFilter('other', 'notice', true)).toBe(true);
    expect(passesFilter('other', 'notice', false)).toBe(false);
    expect(passesFilter('other', 'other', true)).toBe(false);
    expect(passesFilter('other', 'other', false)).toBe(true);
    expect(passesFilter('other', 'all', true)).toBe(true);
  });
});

describe('the conversation page of a notice', () => {
  it('stores it as a notice although Amazon lists it as "response needed"', () => {
    const read: ThreadPageRead = {
      recognised: true, missing: [], loading: false, threadId: 'N', buyerName: 'Amazon', orderIds: [], status: 'response-needed',
      messages: [{ sender: 'amazon', text: BOUNCE, sentAt: hoursAgo(3) }], isSystem: true, problems: { messagesWithoutTime: 0 },
    };
    expect(threadInputOfPage(read, undefined)?.isSystem).toBe(true);
  });
});

describe('classify/texts: `system` (what the chips, the filter and the page badges read)', () => {
  it('is notification wording or a conversation only Amazon wrote, not a buyer\'s short text that names Amazon', async () => {
    const ask = (items: Parameters<ReturnType<typeof classifyHandlers>['classify/texts']>[0]['items']) =>
      classifyHandlers({ classifierModel: shippedModelLoader })['classify/texts']({ type: 'classify/texts', items }, {} as never);
    const { results } = await ask([
      { text: 'Inquiry from Amazon customer Linda (Order: 111-9834196-9917376)\nFollowing up on my message from yesterday.', system: false },
      { text: `Delivery failure\n${BOUNCE}`, system: false },
      { text: 'Delivery failure', system: false, messages: [{ text: BOUNCE, sender: 'amazon' }] },
      { text: 'Order question', system: false, messages: [{ text: 'Hi, is this in stock?', sender: 'buyer' }, { text: BOUNCE, sender: 'amazon' }] },
    ]);
    expect(results.map((r) => r.system)).toEqual([false, true, true, false]);
  });
});

describe('the background: stored threads, counts and Next', () => {
  let repos: Repositories;
  let handlers: Handlers;
  const ctx = {} as Parameters<Handlers['threads/next']>[1];

  beforeEach(async () => {
    repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
    handlers = createHandlers({ repos, now: () => NOW, version: '1', classifierModel: shippedModelLoader });
  });

  it('withNotice marks by sender or by text, not an answered thread by its (seller\'s) newest text', () => {
    const base = { buyerName: 'Jane', status: 'response-needed', isSystem: false };
    expect(withNotice({ ...base, buyerName: 'Amazon' }).isSystem).toBe(true);
    expect(withNotice({ ...base, buyerName: '', subject: 'Delivery failure', preview: BOUNCE }).isSystem).toBe(true);
    expect(withNotice({ ...base, subject: 'Where is my order?', preview: 'Hi, my parcel has not arrived yet.' }).isSystem).toBe(false);
    expect(withNotice({ ...base, status: 'answered', preview: 'This is an automated message, please do not reply.' }).isSystem).toBe(false);
  });

  it('a notice sent unmarked is stored as a notice: not counted as awaiting, never the Next stop', async () => {
    const r = await handlers['threads/upsert']({
      type: 'threads/upsert', accountId: ACC, marketplaceId: US,
      threads: [
        { threadId: 'N1', buyerName: 'Amazon', orderIds: [], isSystem: false, status: 'response-needed', subject: 'Delivery failure', preview: BOUNCE, oldestUnansweredAt: hoursAgo(30) },
        { threadId: 'N2', buyerName: '', orderIds: [], isSystem: false, status: 'response-needed', subject: 'Delivery failure', preview: BOUNCE, oldestUnansweredAt: hoursAgo(40) },
        { threadId: 'B1', buyerName: 'Jane', orderIds: [], isSystem: false, status: 'response-needed', subject: 'Where is my order?', preview: 'Hi, my parcel has not arrived yet.', oldestUnansweredAt: hoursAgo(5) },
      ],
    }, ctx);
    expect(r.counts).toMatchObject({ awaiting: 1, overdue: 0 });
    const stored = await repos.threads.list(ACC, US);
    expect(Object.fromEntries(stored.map((t) => [t.threadId, t.isSystem]))).toEqual({ N1: true, N2: true, B1: false });
    const first = await handlers['threads/next']({ type: 'threads/next', accountId: ACC, currentMarketplaceId: US }, ctx);
    expect(first.thread?.threadId).toBe('B1');
    const second = await handlers['threads/next']({ type: 'threads/next', accountId: ACC, currentMarketplaceId: US, currentKey: first.thread?.key }, ctx);
    expect(['B1', undefined]).toContain(second.thread?.threadId);
  });
});
