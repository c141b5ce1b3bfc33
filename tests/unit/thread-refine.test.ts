/**
 * The case read's exact oldest unanswered time (inbox v3) against the list's stand-in (the newest message's time):
 * the pure rules, the list's badges with the open case, and threads/upsert storing the case and refining the list's
 * `order:<orderId>` record of the same order.
 */
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { keepsOldestUnanswered, onePerCase, refineOrderRecord, STAND_IN_TOLERANCE_MS } from '../../lib/db/thread-refine';
import { mergeThread, threadKey } from '../../lib/db/repositories/threads';
import { withOpenCase } from '../../lib/seller-central/case-list-rows';
import type { InboxRow } from '../../lib/seller-central/inbox-page';
import type { Thread } from '../../lib/model';
import { createHandlers } from '../../lib/protocol/handlers';
import type { Handlers } from '../../lib/protocol/router';

const NOW = new Date('2026-12-06T15:30:00Z');
const ACC = 'A1LUMENHOME7Q';
const US = 'ATVPDKIKX0DER';
const CASE = '3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f';
const ORDER = '112-1234567-1234567';
const EXACT = '2026-12-05T16:40:00.000Z';
const NEWEST = '2026-12-06T14:05:00.000Z';

const thread = (over: Partial<Thread>): Thread => ({
  key: threadKey(ACC, US, CASE), accountId: ACC, marketplaceId: US, threadId: CASE, buyerName: 'Jane', orderIds: [ORDER],
  status: 'response-needed', isSystem: false, seenAt: NOW.toISOString(), ...over,
});

describe('keepsOldestUnanswered / mergeThread', () => {
  const fromCase = thread({ oldestUnansweredAt: EXACT, lastMessageAt: NEWEST });

  it('the list\'s later stand-in (the newest message\'s time, to its precision) does not replace the case\'s exact time', () => {
    const fromList = thread({ oldestUnansweredAt: NEWEST, lastMessageAt: NEWEST });
    expect(keepsOldestUnanswered(fromCase, fromList)).toBe(true);
    expect(mergeThread(fromCase, fromList).oldestUnansweredAt).toBe(EXACT);
    // "3 hours ago" may stand up to an hour later than the message
    const hourLate = new Date(Date.parse(NEWEST) + STAND_IN_TOLERANCE_MS).toISOString();
    expect(mergeThread(fromCase, thread({ oldestUnansweredAt: hourLate })).oldestUnansweredAt).toBe(EXACT);
  });

  it('a time after the newest known message is a new stretch (an answer came in between): taken', () => {
    const later = new Date(Date.parse(NEWEST) + STAND_IN_TOLERANCE_MS + 60_000).toISOString();
    expect(mergeThread(fromCase, thread({ oldestUnansweredAt: later })).oldestUnansweredAt).toBe(later);
  });

  it('an earlier time, an answered thread, or nothing known: the usual merge', () => {
    const earlier = '2026-12-05T10:00:00.000Z';
    expect(mergeThread(fromCase, thread({ oldestUnansweredAt: earlier })).oldestUnansweredAt).toBe(earlier);
    expect(mergeThread(fromCase, thread({ status: 'answered' })).oldestUnansweredAt).toBeUndefined();
    expect(keepsOldestUnanswered(thread({ oldestUnansweredAt: EXACT }), thread({ oldestUnansweredAt: NEWEST }))).toBe(false);
  });
});

describe('refineOrderRecord', () => {
  const order = thread({ key: threadKey(ACC, US, `order:${ORDER}`), threadId: `order:${ORDER}`, oldestUnansweredAt: NEWEST, page: 1 });

  it('the order\'s list record takes the case\'s status and times, keeping its own key and fields', () => {
    const r = refineOrderRecord(order, thread({ oldestUnansweredAt: EXACT, lastMessageAt: NEWEST }));
    expect(r).toMatchObject({ key: order.key, threadId: `order:${ORDER}`, page: 1, oldestUnansweredAt: EXACT, lastMessageAt: NEWEST });
    expect(refineOrderRecord(order, thread({ status: 'answered' }))?.oldestUnansweredAt).toBeUndefined();
  });

  it('nothing for another order, account or marketplace', () => {
    expect(refineOrderRecord(order, thread({ orderIds: ['113-7654321-7654321'], oldestUnansweredAt: EXACT }))).toBeUndefined();
    expect(refineOrderRecord(order, thread({ accountId: 'OTHER', oldestUnansweredAt: EXACT }))).toBeUndefined();
    expect(refineOrderRecord(order, thread({ marketplaceId: 'A1PA6795UKMFR9', oldestUnansweredAt: EXACT }))).toBeUndefined();
  });
});

describe('onePerCase', () => {
  it('leaves out an order record only when a case record of the same account and marketplace names that order', () => {
    const order = thread({ threadId: `order:${ORDER}` });
    expect(onePerCase([order, thread({})]).map((t) => t.threadId)).toEqual([CASE]);
    expect(onePerCase([order]).map((t) => t.threadId)).toEqual([`order:${ORDER}`]);
    expect(onePerCase([order, thread({ marketplaceId: 'A1PA6795UKMFR9' })])).toHaveLength(2);
    expect(onePerCase([order, thread({ orderIds: ['113-7654321-7654321'] })])).toHaveLength(2);
  });
});

describe('withOpenCase (the list\'s badges with the open case)', () => {
  const row = (threadId: string, over: Partial<InboxRow> = {}): InboxRow => ({
    threadId, buyerName: 'Jane', orderIds: [ORDER], status: 'response-needed', isSystem: false, oldestUnansweredAt: NEWEST,
    rowElement: {} as Element, ...over,
  });
  it('the open case\'s row, keyed by case id or by order id, counts from the case\'s exact time; other rows untouched', () => {
    const open = { caseId: CASE, orderIds: [ORDER], status: 'response-needed' as const, oldestUnansweredAt: EXACT };
    const rows = [row(CASE), row(`order:${ORDER}`), row('9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e', { orderIds: [] })];
    expect(withOpenCase(rows, open).map((r) => r.oldestUnansweredAt)).toEqual([EXACT, EXACT, NEWEST]);
    expect(withOpenCase(rows, { ...open, status: 'answered' }).map((r) => r.oldestUnansweredAt)).toEqual([NEWEST, NEWEST, NEWEST]);
    expect(withOpenCase(rows, undefined).map((r) => r.oldestUnansweredAt)).toEqual([NEWEST, NEWEST, NEWEST]);
  });
});

describe('threads/upsert with a case read', () => {
  let repos: Repositories;
  let handlers: Handlers;
  const ctx = {} as Parameters<Handlers['threads/upsert']>[1];
  const up = (threads: Record<string, unknown>[]) => handlers['threads/upsert']({
    type: 'threads/upsert', accountId: ACC, marketplaceId: US,
    threads: threads.map((t) => ({ buyerName: 'Jane', orderIds: [ORDER], isSystem: false, status: 'response-needed', ...t })),
  } as Parameters<Handlers['threads/upsert']>[0], ctx);
  beforeEach(async () => {
    repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
    handlers = createHandlers({ repos, now: () => NOW, version: '1' });
  });

  it('stores the case under its id and refines the list\'s order record; the list\'s next pass keeps the exact time', async () => {
    await up([{ threadId: `order:${ORDER}`, oldestUnansweredAt: NEWEST, lastMessageAt: NEWEST }]);
    await up([{ threadId: CASE, oldestUnansweredAt: EXACT, lastMessageAt: NEWEST }]);
    expect((await repos.threads.get(threadKey(ACC, US, CASE)))?.oldestUnansweredAt).toBe(EXACT);
    expect((await repos.threads.get(threadKey(ACC, US, `order:${ORDER}`)))?.oldestUnansweredAt).toBe(EXACT);
    await up([{ threadId: `order:${ORDER}`, oldestUnansweredAt: NEWEST, lastMessageAt: NEWEST }]);
    expect((await repos.threads.get(threadKey(ACC, US, `order:${ORDER}`)))?.oldestUnansweredAt).toBe(EXACT);
  });

  it('the case and its order\'s list record count once, and Next does not offer the open case again', async () => {
    await up([{ threadId: `order:${ORDER}`, oldestUnansweredAt: NEWEST, lastMessageAt: NEWEST }]);
    const r = await up([{ threadId: CASE, oldestUnansweredAt: EXACT, lastMessageAt: NEWEST }]);
    expect(r.counts.awaiting).toBe(1);
    const next = await handlers['threads/next']({ type: 'threads/next', accountId: ACC, currentKey: threadKey(ACC, US, CASE), currentMarketplaceId: US, layout: 'v3' }, ctx);
    expect(next).toEqual({ awaiting: 0 });
  });

  it('no order record: none is made up', async () => {
    await up([{ threadId: CASE, oldestUnansweredAt: EXACT, lastMessageAt: NEWEST }]);
    expect(await repos.threads.get(threadKey(ACC, US, `order:${ORDER}`))).toBeUndefined();
  });
});
