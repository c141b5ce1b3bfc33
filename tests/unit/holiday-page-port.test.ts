/**
 * The holiday runner's page port: what the page driver answers, as the runner's outcomes; a send that may have gone
 * is read back once in the conversation (never sent again here).
 */
import { createHolidayPagePort } from '../../components/background/holiday-page-port';
import type { PageActionOutcome } from '../../components/background/work-tab-driver';
import type { PageActionName } from '../../lib/protocol/page-actions';

const CASE = '3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f';
const ORDER = '112-1234567-1234567';
const SINCE = '2026-12-06T15:00:00.000Z';

function port(answers: Partial<Record<PageActionName, PageActionOutcome<PageActionName>>>) {
  const calls: { url: string; name: string; args: unknown; timeoutMs?: number }[] = [];
  const p = createHolidayPagePort({
    hostFor: (mp) => (mp === 'A1PA6795UKMFR9' ? 'sellercentral-europe.amazon.com' : 'sellercentral.amazon.com'),
    timeoutMs: async () => 60_000,
    run: async (url, name, args, opts) => {
      calls.push({ url, name, args, ...(opts?.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) });
      const a = answers[name];
      if (!a) throw new Error(`unexpected ${name}`);
      return a as never;
    },
  });
  return { p, calls };
}
const thread = { threadId: CASE, marketplaceId: 'ATVPDKIKX0DER', orderIds: [ORDER] };

describe('holiday page port', () => {
  it('opens the case on the marketplace\'s host and asks for the reply with `since` and the stage pause', async () => {
    const { p, calls } = port({ 'case-reply': { ok: true, answer: { result: 'sent', caseId: CASE } } });
    expect(await p.sendReply(thread, 'Hi', { since: SINCE, pauseMs: 300 })).toEqual({ kind: 'sent' });
    expect(calls).toEqual([{
      url: `https://sellercentral.amazon.com/messaging/inbox-v3?fi=caseId&ss=${CASE}&cc=${CASE}`, name: 'case-reply',
      args: { caseId: CASE, text: 'Hi', since: SINCE, pauseMs: 300 }, timeoutMs: 60_600,
    }]);
    const eu = port({ 'case-reply': { ok: true, answer: { result: 'already-there', caseId: CASE } } });
    expect(await eu.p.sendReply({ threadId: 'legacy-7', marketplaceId: 'A1PA6795UKMFR9', orderIds: [ORDER] }, 'Hallo', { since: SINCE }))
      .toEqual({ kind: 'sent', detail: 'already in the conversation' });
    expect(eu.calls[0]).toMatchObject({ url: `https://sellercentral-europe.amazon.com/messaging/inbox-v3?fi=search&ss=${ORDER}`, args: { orderId: ORDER } });
  });

  it('never clicked: rejected; sign-in, captcha, an unrecognised page: the same (the runner stops), nothing read back', async () => {
    for (const [answer, kind] of [
      [{ ok: true, answer: { result: 'not-sent', detail: 'no case for order' } }, 'rejected'],
      [{ ok: false, blocked: 'signed-out', detail: 'signin page: /ap/signin' }, 'signed-out'],
      [{ ok: false, blocked: 'captcha', detail: 'captcha page: /ap/cvf' }, 'captcha'],
      [{ ok: false, blocked: 'unrecognised-page', detail: 'case x: not found: reply box' }, 'unrecognised-page'],
    ] as const) {
      const { p, calls } = port({ 'case-reply': answer as PageActionOutcome<'case-reply'> });
      expect((await p.sendReply(thread, 'Hi', { since: SINCE })).kind).toBe(kind);
      expect(calls.map((c) => c.name)).toEqual(['case-reply']);
    }
    const none = port({});
    expect(await none.p.sendReply({ threadId: 'legacy-7', marketplaceId: 'ATVPDKIKX0DER', orderIds: [] }, 'Hi', { since: SINCE }))
      .toMatchObject({ kind: 'rejected' });
    expect(none.calls).toEqual([]);
  });

  it('maybe sent (unconfirmed, timeout, tab closed): read back once; found -> sent, else unknown', async () => {
    const maybes: PageActionOutcome<'case-reply'>[] = [
      { ok: true, answer: { result: 'unconfirmed', caseId: CASE, detail: 'the message did not appear in 20 s' } },
      { ok: false, blocked: 'timeout', detail: 'case-reply did not finish in time' },
      { ok: false, blocked: 'tab-closed', detail: 'the work tab was closed' },
    ];
    for (const maybe of maybes) {
      const found = port({ 'case-reply': maybe, 'case-read': { ok: true, answer: { caseId: CASE, messages: [], textFound: true } } });
      expect(await found.p.sendReply(thread, 'Hi', { since: SINCE })).toEqual({ kind: 'sent', detail: 'confirmed by reading the conversation' });
      expect(found.calls.map((c) => [c.name, c.args])).toEqual([['case-reply', { caseId: CASE, text: 'Hi', since: SINCE }], ['case-read', { caseId: CASE, text: 'Hi', since: SINCE }]]);
      const absent = port({ 'case-reply': maybe, 'case-read': { ok: true, answer: { caseId: CASE, messages: [], textFound: false } } });
      expect((await absent.p.sendReply(thread, 'Hi', { since: SINCE })).kind).toBe('unknown');
      const unreadable = port({ 'case-reply': maybe, 'case-read': { ok: false, blocked: 'signed-out', detail: '' } });
      expect(await unreadable.p.sendReply(thread, 'Hi', { since: SINCE })).toMatchObject({ kind: 'unknown', detail: expect.stringContaining('could not be read: signed-out') });
    }
  });

  it('checkReply only reads: found, not there, or cannot tell', async () => {
    const yes = port({ 'case-read': { ok: true, answer: { caseId: CASE, messages: [], textFound: true } } });
    expect(await yes.p.checkReply(thread, 'Hi', { since: SINCE })).toBe(true);
    expect(yes.calls.map((c) => c.name)).toEqual(['case-read']);
    expect(await port({ 'case-read': { ok: true, answer: { messages: [], textFound: false } } }).p.checkReply(thread, 'Hi', { since: SINCE })).toBe(false);
    expect(await port({ 'case-read': { ok: false, blocked: 'captcha', detail: '' } }).p.checkReply(thread, 'Hi', { since: SINCE })).toBeUndefined();
  });
});
