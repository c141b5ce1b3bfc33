/**
 * The holiday runner against fake-indexeddb and a fake page port: one reply per thread across ticks,
 * `sending` before the send, an unknown outcome is never retried, a crash mid-send is asked again once under the
 * same record with `since` (the page sends only when the text is not there), a blocked text is skipped with the
 * reason, the lock is shared with the campaign runner, sign-in stops it.
 */
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { holidayTick } from '../../lib/holiday/runner';
import type { HolidayPort } from '../../lib/holiday/port';
import type { Outcome } from '../../lib/campaigns/runner/types';
import type { Thread } from '../../lib/model';

const NOW = new Date('2026-02-10T04:00:00Z');
let repos: Repositories;
const opened: Repositories[] = [];

const thread = (id: string, over: Partial<Thread> = {}): Thread => ({
  key: `A1|ATVPDKIKX0DER|${id}`, accountId: 'A1', marketplaceId: 'ATVPDKIKX0DER', threadId: id, buyerName: 'Ann', orderIds: ['111-1111111-1111111'],
  status: 'response-needed', isSystem: false, seenAt: NOW.toISOString(), lastMessageAt: '2026-02-10T03:00:00Z', ...over,
});

function fakePort(answer: () => Outcome | Promise<Outcome> = () => ({ kind: 'sent' }), found: boolean | undefined = undefined) {
  const checks: string[] = [];
  const calls: Array<{ threadId: string; text: string; since: string; stageBefore?: string }> = [];
  const port: HolidayPort = {
    async sendReply(t, text, opts) {
      const e = await repos.sendLog.get(`holiday-reply|A1|ATVPDKIKX0DER|${t.threadId}`);
      calls.push({ threadId: t.threadId, text, since: opts.since, ...(e ? { stageBefore: e.stage } : {}) });
      return answer();
    },
    async checkReply(t) {
      checks.push(t.threadId);
      return found;
    },
  };
  return { port, calls, checks };
}

const tick = (port: HolidayPort, owner = 'w1') =>
  holidayTick({ repos, port, owner, zone: () => 'UTC', now: () => NOW, sleep: async () => undefined, random: () => 0 });

beforeEach(async () => {
  repos = createRepositories(await openDatabase(`holiday-${crypto.randomUUID()}`));
  opened.push(repos);
  await repos.campaignRunner.setConfig({ minGapMs: 0, maxGapMs: 0 });
  const tpl = await repos.templates.save({ name: 'Away', tags: [], categories: [], bodies: { en: 'Hello {{buyer_name}}, we are on holiday and will answer when we are back.' } });
  await repos.settings.set({ holidayEnabled: true, holidayStart: '2026-02-09', holidayEnd: '2026-02-11', holidayTemplateId: tpl.id });
  await repos.db.threads.bulkPut([
    thread('t1'), thread('t2'),
    thread('sys', { isSystem: true }),
    thread('nrn', { status: 'no-response-needed' }),
    thread('old', { lastMessageAt: '2026-02-07T03:00:00Z' }),
  ]);
});
afterEach(() => { for (const r of opened.splice(0)) r.db.close(); });

describe('holiday runner', () => {
  it('replies once per qualifying thread, `sending` written before the request; a second tick sends nothing', async () => {
    const { port, calls } = fakePort();
    const r = await tick(port);
    expect(r).toMatchObject({ reason: 'done', sent: 2 });
    expect(calls.map((c) => c.threadId).sort()).toEqual(['t1', 't2']);
    expect(calls.every((c) => c.stageBefore === 'sending' && c.text.startsWith('Hello Ann'))).toBe(true);
    const e = await repos.sendLog.get('holiday-reply|A1|ATVPDKIKX0DER|t1');
    expect(e).toMatchObject({ kind: 'holiday-reply', stage: 'sent', threadKey: 'A1|ATVPDKIKX0DER|t1', attempts: 1 });
    expect(await tick(port)).toMatchObject({ sent: 0 });
    expect(calls).toHaveLength(2);
  });

  it('does nothing when off', async () => {
    await repos.settings.set({ holidayEnabled: false });
    const { port, calls } = fakePort();
    expect(await tick(port)).toMatchObject({ reason: 'off' });
    expect(calls).toHaveLength(0);
  });

  it('an unknown outcome is never retried', async () => {
    const { port, calls } = fakePort(() => ({ kind: 'timeout', detail: 'no answer' }));
    await tick(port);
    expect((await repos.sendLog.get('holiday-reply|A1|ATVPDKIKX0DER|t1'))?.stage).toBe('unknown');
    await repos.campaignRunner.saveState({ consecutiveErrors: 0, consecutiveBackoffs: 0, deferred: {} });
    const n = calls.length;
    const ok = fakePort();
    await tick(ok.port);
    expect(ok.calls.map((c) => c.threadId)).not.toContain('t1');
    expect(calls).toHaveLength(n);
  });

  it('a reply a dead worker left `sending` is asked again once, same record, since its creation (the page sends only when absent)', async () => {
    const created = '2026-02-10T03:30:00.000Z';
    const key = 'holiday-reply|A1|ATVPDKIKX0DER|t2';
    await repos.sendLog.put({ key, kind: 'holiday-reply', threadKey: 'A1|ATVPDKIKX0DER|t2', stage: 'sending', text: 'Hello Ann, away.', attempts: 1, createdAt: created, updatedAt: '2026-02-10T03:31:00.000Z' });
    // t1's reply lost its text: cannot be settled by reading, needs a look
    await repos.sendLog.put({ key: 'holiday-reply|A1|ATVPDKIKX0DER|t1', kind: 'holiday-reply', threadKey: 'A1|ATVPDKIKX0DER|t1', stage: 'sending', attempts: 1, createdAt: created, updatedAt: created });
    const { port, calls } = fakePort();
    const r = await tick(port);
    expect(calls).toEqual([{ threadId: 't2', text: 'Hello Ann, away.', since: created, stageBefore: 'sending' }]);
    expect(await repos.sendLog.get(key)).toMatchObject({ stage: 'sent', attempts: 2, createdAt: created, text: 'Hello Ann, away.' });
    expect(await repos.sendLog.get('holiday-reply|A1|ATVPDKIKX0DER|t1')).toMatchObject({ stage: 'unknown', reason: expect.stringMatching(/^interrupted/) });
    expect(r).toMatchObject({ sent: 1, unknown: 1 });
    expect((await tick(port)).sent).toBe(0);
  });

  it.each([[true, 'sent'], [false, 'failed'], [undefined, 'unknown']] as const)(
    'a dead worker\'s reply to a thread answered meanwhile is only looked for, never sent (found %s: %s)', async (found, stage) => {
      await repos.db.threads.put(thread('t1', { status: 'answered' }));
      const key = 'holiday-reply|A1|ATVPDKIKX0DER|t1';
      await repos.sendLog.put({ key, kind: 'holiday-reply', threadKey: 'A1|ATVPDKIKX0DER|t1', stage: 'sending', text: 'Hello Ann, away.', attempts: 1, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
      const { port, calls, checks } = fakePort(() => ({ kind: 'sent' }), found);
      await tick(port);
      expect(checks).toEqual(['t1']);
      expect(calls.map((c) => c.threadId)).toEqual(['t2']);
      expect(await repos.sendLog.get(key)).toMatchObject({ stage, attempts: 1 });
    });

  it.each([
    ['the buyer id (relay address, another case)', { buyerKey: 'Ann.Buyer@Marketplace.Amazon.com' }],
    ['an order id of the thread', { orderId: '222-2222222-2222222' }],
    ['the name on the marketplace', { buyerName: '  BOB  stone ', marketplaceId: 'ATVPDKIKX0DER' }],
    ['the name + marketplace key the page toggle stores', { buyerKey: 'bob stone|ATVPDKIKX0DER' }],
    ['a stored order\'s relay e-mail', { buyerKey: 'bob-order@marketplace.amazon.com' }],
  ] as const)('a blacklisted buyer gets no auto-reply (by %s): skipped, reason "blacklisted"; the others get theirs', async (_by, entry) => {
    await repos.db.threads.bulkPut([
      thread('bl', { buyerName: 'Bob Stone', buyerId: 'ann.buyer@marketplace.amazon.com', orderIds: ['222-2222222-2222222'] }),
    ]);
    await repos.db.orders.put({ orderId: '222-2222222-2222222', marketplaceId: 'ATVPDKIKX0DER', buyerEmail: 'Bob-Order@marketplace.amazon.com', purchaseDate: '2026-02-01T00:00:00Z',
      status: 'Shipped', fulfillment: 'FBM', provenance: { source: 'endpoint', at: NOW.toISOString() },
    });
    await repos.blacklist.add(entry);
    const { port, calls } = fakePort();
    const r = await tick(port);
    expect(calls.map((c) => c.threadId).sort()).toEqual(['t1', 't2']);
    expect(r).toMatchObject({ sent: 2, skipped: 1 });
    expect(await repos.sendLog.get('holiday-reply|A1|ATVPDKIKX0DER|bl')).toMatchObject({ stage: 'skipped', reason: 'blacklisted', kind: 'holiday-reply' });
    expect((await tick(port)).sent).toBe(0);
    expect(calls).toHaveLength(2);
  });

  it('a name on another marketplace is not that buyer; a dead worker\'s reply to a buyer blacklisted since is only looked for', async () => {
    await repos.blacklist.add({ buyerName: 'Ann', marketplaceId: 'A1PA6795UKMFR9' });
    const key = 'holiday-reply|A1|ATVPDKIKX0DER|t1';
    await repos.sendLog.put({ key, kind: 'holiday-reply', threadKey: 'A1|ATVPDKIKX0DER|t1', stage: 'sending', text: 'Hello Ann, away.', attempts: 1, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    await repos.blacklist.add({ orderId: '111-1111111-1111111' });
    await repos.db.threads.put(thread('t3', { orderIds: ['333-3333333-3333333'] }));
    const { port, calls, checks } = fakePort(() => ({ kind: 'sent' }), false);
    await tick(port);
    expect(checks).toEqual(['t1']);
    // t1 and t2 share the blacklisted order; t3 (Ann, another order, the name entry is for another marketplace) gets its reply
    expect(calls.map((c) => c.threadId)).toEqual(['t3']);
  });

  it('a text the policy blocks is skipped with the reason, nothing sent', async () => {
    const bad = await repos.templates.save({ name: 'Bad', tags: [], categories: [], bodies: { en: 'We are away. Write to seller@example.com instead.' } });
    await repos.settings.set({ holidayTemplateId: bad.id });
    const { port, calls } = fakePort();
    expect(await tick(port)).toMatchObject({ skipped: 2, sent: 0 });
    expect(calls).toHaveLength(0);
    expect((await repos.sendLog.get('holiday-reply|A1|ATVPDKIKX0DER|t1'))).toMatchObject({ stage: 'skipped', reason: expect.stringMatching(/^policy:/) });
  });

  it('waits while the campaign runner holds the lock; sign-in stops it', async () => {
    await repos.campaignRunner.acquireLock('campaigns', NOW.getTime(), 10_000);
    const { port, calls } = fakePort(() => ({ kind: 'signed-out', detail: 'sign-in page' }));
    expect(await tick(port)).toMatchObject({ reason: 'locked' });
    await repos.campaignRunner.releaseLock('campaigns');
    expect(await tick(port)).toMatchObject({ reason: 'stopped' });
    expect(calls).toHaveLength(1);
    expect((await repos.campaignRunner.getState()).stopped?.reason).toBe('signed-out');
    expect(await tick(port)).toMatchObject({ reason: 'stopped' });
    expect(calls).toHaveLength(1);
  });
});
