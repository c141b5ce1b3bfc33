import Dexie from 'dexie';
import { createRepositories, openDatabase, StorageQuotaError, type Repositories } from '../../lib/db';
import { StorageError, toStorageError } from '../../lib/db/errors';
import type { Order, OrderItem } from '../../lib/model';

let repos: Repositories;
beforeEach(async () => {
  repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`));
});
afterEach(() => {
  vi.restoreAllMocks();
  repos.db.close();
});

const provenance = { source: 'page', at: '2026-11-01T00:00:00.000Z' } as const;
const order: Order = { orderId: '111-1111111-1111111', status: 'Unshipped', fulfillment: 'FBM', purchaseDate: '2026-10-30T10:00:00.000Z', provenance };
const item: OrderItem = { key: '111-1111111-1111111|I1', orderId: order.orderId, asin: 'B000000001', quantity: 1, provenance };
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('transactions and storage errors', () => {
  it('rolls back the order when writing its items hits the quota', async () => {
    vi.spyOn(repos.db.orderItems, 'bulkPut').mockRejectedValue(quota());
    const err = await repos.orders.upsert([{ order, items: [item] }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageQuotaError);
    expect((err as StorageQuotaError).code).toBe('storage-quota');
    expect(await repos.db.orders.count()).toBe(0);
    expect(await repos.db.orderItems.count()).toBe(0);
  });

  it('rolls back when a record-level put throws inside the transaction (Dexie hook)', async () => {
    await repos.orders.upsert([{ order, items: [] }]);
    repos.db.orderItems.hook('creating', () => { throw quota(); });
    const changed: Order = { ...order, status: 'Shipped', provenance: { source: 'page', at: '2026-11-02T00:00:00.000Z' } };
    await expect(repos.orders.upsert([{ order: changed, items: [item] }])).rejects.toBeInstanceOf(StorageQuotaError);
    expect((await repos.db.orders.get(order.orderId))?.status).toBe('Unshipped');
    expect(await repos.db.orderItems.count()).toBe(0);
  });

  it('leaves no partial thread batch behind', async () => {
    vi.spyOn(repos.db.threads, 'bulkPut').mockRejectedValue(quota());
    const t = { key: 'A|M|t1', accountId: 'A', marketplaceId: 'M', threadId: 't1', buyerName: 'x', orderIds: [],
      status: 'answered' as const, isSystem: false, seenAt: '2026-11-01T00:00:00.000Z' };
    await expect(repos.threads.upsertMany([t])).rejects.toBeInstanceOf(StorageQuotaError);
    expect(await repos.db.threads.count()).toBe(0);
  });

  it('recognises quota errors wrapped by Dexie (abort with inner error)', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', quota());
    expect(toStorageError(wrapped)).toBeInstanceOf(StorageQuotaError);
    expect(toStorageError(new Dexie.QuotaExceededError('full'))).toBeInstanceOf(StorageQuotaError);
    const other = toStorageError(new Error('boom'));
    expect(other).toBeInstanceOf(StorageError);
    expect(other.code).toBe('storage-failed');
  });
});
