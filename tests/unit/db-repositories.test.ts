import { createRepositories, openDatabase, InvalidTransitionError, type Repositories } from '../../lib/db';
import { threadKey } from '../../lib/db/repositories/threads';
import type { Order, OrderItem, SendLogEntry, Thread } from '../../lib/model';

const NOW = new Date('2026-11-02T12:00:00.000Z');
let repos: Repositories;

beforeEach(async () => {
  repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
});
afterEach(() => repos.db.close());

const thread = (id: string, over: Partial<Thread> = {}): Thread => ({
  key: threadKey('A1SELLER', 'ATVPDKIKX0DER', id),
  accountId: 'A1SELLER',
  marketplaceId: 'ATVPDKIKX0DER',
  threadId: id,
  buyerName: 'Jane',
  orderIds: [],
  status: 'response-needed',
  isSystem: false,
  seenAt: '2026-11-02T10:00:00.000Z',
  ...over,
});

describe('threads repository', () => {
  it('inserts new threads and never duplicates on re-upsert', async () => {
    const first = await repos.threads.upsertMany([thread('t1'), thread('t2')]);
    expect(first).toMatchObject({ inserted: 2, updated: 0, unchanged: 0 });
    const again = await repos.threads.upsertMany([thread('t1'), thread('t1'), thread('t2')]);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    expect(await repos.db.threads.count()).toBe(2);
    // what is stored now, per key, as the database has it
    for (const [key, t] of again.stored) expect(await repos.db.threads.get(key)).toEqual(t);
    expect(again.stored.size).toBe(2);
  });

  it('does not read again the records its caller read in the same transaction', async () => {
    await repos.threads.upsertMany([thread('t1')]);
    const t1 = await repos.db.threads.get(thread('t1').key);
    const reads = vi.spyOn(repos.db.threads, 'bulkGet');
    const r = await repos.threads.upsertMany([thread('t1', { subject: 'Changed' }), thread('t2')], new Map([[thread('t1').key, t1], [thread('t2').key, undefined]]));
    expect(reads).not.toHaveBeenCalled();
    expect(r).toMatchObject({ inserted: 1, updated: 1, unchanged: 0 });
    expect((await repos.db.threads.get(thread('t1').key))?.subject).toBe('Changed');
    expect(r.stored.get(thread('t1').key)?.subject).toBe('Changed');
    reads.mockRestore();
  });

  it('keeps fields the new record lacks and accumulates order ids', async () => {
    await repos.threads.upsertMany([
      thread('t1', { buyerId: 'B123', subject: 'Where is my parcel', orderIds: ['111-1111111-1111111'],
        oldestUnansweredAt: '2026-11-02T08:00:00.000Z', category: 'where-is-my-order' }),
    ]);
    const r = await repos.threads.upsertMany([
      thread('t1', { preview: 'Hello?', orderIds: ['222-2222222-2222222'], oldestUnansweredAt: '2026-11-02T08:00:00.000Z' }),
    ]);
    expect(r.updated).toBe(1);
    const t = await repos.threads.get(threadKey('A1SELLER', 'ATVPDKIKX0DER', 't1'));
    expect(t).toMatchObject({
      buyerId: 'B123', subject: 'Where is my parcel', preview: 'Hello?', category: 'where-is-my-order',
      orderIds: ['111-1111111-1111111', '222-2222222-2222222'],
    });
  });

  it('clears oldestUnansweredAt when the thread is answered', async () => {
    await repos.threads.upsertMany([thread('t1', { oldestUnansweredAt: '2026-11-02T08:00:00.000Z' })]);
    await repos.threads.upsertMany([thread('t1', { status: 'answered' })]);
    const t = await repos.threads.get(thread('t1').key);
    expect(t?.status).toBe('answered');
    expect(t?.oldestUnansweredAt).toBeUndefined();
  });

  it('lists by account and marketplace, oldest unanswered first', async () => {
    await repos.threads.upsertMany([
      thread('late', { oldestUnansweredAt: '2026-11-02T09:00:00.000Z' }),
      thread('early', { oldestUnansweredAt: '2026-11-01T09:00:00.000Z' }),
      thread('done', { status: 'answered' }),
      { ...thread('de'), marketplaceId: 'A1PA6795UKMFR9', key: threadKey('A1SELLER', 'A1PA6795UKMFR9', 'de') },
      { ...thread('other'), accountId: 'A2OTHER', key: threadKey('A2OTHER', 'ATVPDKIKX0DER', 'other') },
    ]);
    const us = await repos.threads.list('A1SELLER', 'ATVPDKIKX0DER');
    expect(us.map((t) => t.threadId)).toEqual(['early', 'late', 'done']);
    expect((await repos.threads.list('A1SELLER')).length).toBe(4);
  });

  it('sets the status; unknown key gives undefined', async () => {
    await repos.threads.upsertMany([thread('t1', { oldestUnansweredAt: '2026-11-02T08:00:00.000Z' })]);
    const t = await repos.threads.setStatus(thread('t1').key, 'no-response-needed');
    expect(t).toMatchObject({ status: 'no-response-needed' });
    expect(t?.oldestUnansweredAt).toBeUndefined();
    expect(await repos.threads.setStatus('nope', 'answered')).toBeUndefined();
  });
});

describe('orders repository: precedence per record', () => {
  const order = (over: Partial<Order>): Order => ({
    orderId: '111-1111111-1111111', status: 'Unshipped', fulfillment: 'FBM', purchaseDate: '2026-10-30T10:00:00.000Z',
    provenance: { source: 'import', at: '2026-11-01T00:00:00.000Z' }, ...over,
  });
  const item = (over: Partial<OrderItem>): OrderItem => ({
    key: '111-1111111-1111111|I1', orderId: '111-1111111-1111111', orderItemId: 'I1', asin: 'B000000001', quantity: 1,
    provenance: { source: 'import', at: '2026-11-01T00:00:00.000Z' }, ...over,
  });

  it('live data beats imported data even when the import is newer; the import fills gaps', async () => {
    await repos.orders.upsert([{ order: order({ status: 'Shipped', buyerName: 'Live Name',
      provenance: { source: 'page', at: '2026-11-01T00:00:00.000Z' } }), items: [] }]);
    await repos.orders.upsert([{ order: order({ status: 'Unshipped', buyerName: 'Import Name', shipCountry: 'US',
      provenance: { source: 'import', at: '2026-11-02T00:00:00.000Z' } }), items: [] }]);
    const got = await repos.orders.get('111-1111111-1111111');
    expect(got?.order).toMatchObject({ status: 'Shipped', buyerName: 'Live Name', shipCountry: 'US' });
    expect(got?.order.provenance.source).toBe('page');
  });

  it('newer beats older within the same source rank; older data is ignored', async () => {
    await repos.orders.upsert([{ order: order({ status: 'Shipped', provenance: { source: 'endpoint', at: '2026-11-02T00:00:00.000Z' } }), items: [] }]);
    const older = await repos.orders.upsert([{ order: order({ status: 'Unshipped', provenance: { source: 'page', at: '2026-11-01T00:00:00.000Z' } }), items: [] }]);
    expect(older.orders).toBe(0);
    await repos.orders.upsert([{ order: order({ status: 'Canceled', provenance: { source: 'page', at: '2026-11-03T00:00:00.000Z' } }), items: [] }]);
    expect((await repos.orders.get('111-1111111-1111111'))?.order.status).toBe('Canceled');
  });

  it('applies precedence to items separately from their order', async () => {
    await repos.orders.upsert([{ order: order({}), items: [item({ title: 'Live title', provenance: { source: 'page', at: '2026-11-01T00:00:00.000Z' } })] }]);
    await repos.orders.upsert([{
      order: order({ status: 'Shipped', provenance: { source: 'import', at: '2026-11-05T00:00:00.000Z' } }),
      items: [item({ title: 'Import title', sku: 'SKU-1', provenance: { source: 'import', at: '2026-11-05T00:00:00.000Z' } })],
    }]);
    const got = await repos.orders.get('111-1111111-1111111');
    expect(got?.order.status).toBe('Shipped'); // import vs import: newer wins
    expect(got?.items).toEqual([expect.objectContaining({ title: 'Live title', sku: 'SKU-1' })]);
  });
});

describe('blacklist repository', () => {
  it('adds, finds by key, order id or name (case-insensitive), removes', async () => {
    const a = await repos.blacklist.add({ buyerKey: 'B123', reason: 'abusive' });
    await repos.blacklist.add({ orderId: '111-1111111-1111111' });
    await repos.blacklist.add({ buyerName: '  John Smith ' });
    expect(a.addedAt).toBe(NOW.toISOString());
    expect(await repos.blacklist.isBlacklisted({ buyerKey: 'B123' })).toBe(true);
    expect(await repos.blacklist.isBlacklisted({ orderId: '111-1111111-1111111' })).toBe(true);
    expect(await repos.blacklist.isBlacklisted({ buyerName: 'john smith' })).toBe(true);
    expect(await repos.blacklist.isBlacklisted({ buyerKey: 'B999', buyerName: 'Jane' })).toBe(false);
    expect(await repos.blacklist.isBlacklisted({})).toBe(false);
    expect((await repos.blacklist.list()).length).toBe(3);
    await repos.blacklist.remove(a.id);
    expect(await repos.blacklist.isBlacklisted({ buyerKey: 'B123' })).toBe(false);
  });

  it('refuses an entry that matches nobody', async () => {
    await expect(repos.blacklist.add({ buyerName: '   ' })).rejects.toThrow(/needs/);
  });
});

describe('templates repository', () => {
  it('creates, updates (keeping createdAt), lists, deletes with its unshared attachment', async () => {
    const t = await repos.templates.save({ name: 'Shipping delay', tags: [], categories: ['where-is-my-order'],
      bodies: { en: 'Hello {{buyerName}}' }, attachmentId: 'att1' });
    await repos.db.attachments.put({ id: 'att1', name: 'a.pdf', type: 'application/pdf', size: 3, data: new Blob(['abc']) });
    const updated = await repos.templates.save({ ...t, name: 'A shipping delay' });
    expect(updated.id).toBe(t.id);
    expect(updated.createdAt).toBe(t.createdAt);
    expect(await repos.templates.list()).toEqual([updated]);
    await repos.templates.remove(t.id);
    expect(await repos.templates.get(t.id)).toBeUndefined();
    expect(await repos.db.attachments.count()).toBe(0);
  });
});

describe('settings repository', () => {
  it('returns defaults, stores typed values, ignores corrupt stored values', async () => {
    expect(await repos.settings.get('dueSoonHours')).toBe(4);
    const all = await repos.settings.set({ dueSoonHours: 6, showDeadlineBadges: false });
    expect(all).toMatchObject({ dueSoonHours: 6, showDeadlineBadges: false, responseWindowHours: 24 });
    await repos.db.settings.put({ key: 'responseWindowHours', value: 'banana' });
    expect(await repos.settings.get('responseWindowHours')).toBe(24);
  });
});

describe('send log repository', () => {
  const entry = (stage: SendLogEntry['stage']): SendLogEntry => ({
    key: 'review-request|111-1111111-1111111', kind: 'review-request', orderId: '111-1111111-1111111',
    stage, attempts: 0, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z',
  });

  it('allows pending -> sending -> sent and keeps createdAt', async () => {
    await repos.sendLog.put(entry('pending'));
    await repos.sendLog.put({ ...entry('sending'), attempts: 1, createdAt: 'ignored' });
    const sent = await repos.sendLog.put(entry('sent'));
    expect(sent).toMatchObject({ stage: 'sent', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: NOW.toISOString() });
    expect(await repos.sendLog.get(sent.key)).toEqual(sent);
  });

  it('refuses to re-queue a sent entry and to create one as sent', async () => {
    await expect(repos.sendLog.put(entry('sent'))).rejects.toBeInstanceOf(InvalidTransitionError);
    await repos.sendLog.put(entry('pending'));
    await repos.sendLog.put(entry('sending'));
    await repos.sendLog.put(entry('sent'));
    await expect(repos.sendLog.put(entry('pending'))).rejects.toThrow(/sent -> pending/);
    expect((await repos.sendLog.get(entry('sent').key))?.stage).toBe('sent');
  });
});

describe('problems ring buffer', () => {
  it('keeps only the newest entries', async () => {
    for (let i = 0; i < 105; i++) {
      await repos.problems.add({ feature: 'badges', message: `m${i}`, page: '/messaging/inbox', at: NOW.toISOString() });
    }
    const list = await repos.problems.list();
    expect(list.length).toBe(100);
    expect(list[0]?.message).toBe('m104');
    expect(list.at(-1)?.message).toBe('m5');
  });
});
