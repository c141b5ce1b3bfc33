/**
 * What Seller Central's refund-status call said per order (lib/seller-central/refund-status.ts), kept
 * in the `meta` store under `refunds|<orderId>` (a per-order cache; no schema change needed).
 * Newer answers replace older ones.
 */
import type { OrderRefunds } from '../../seller-central/refund-status';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';
import { incomingWins } from '../merge';

const PREFIX = 'refunds|';
const keyOf = (orderId: string): string => `${PREFIX}${orderId}`;

const isOrderRefunds = (x: unknown): x is OrderRefunds =>
  typeof x === 'object' && x !== null && typeof (x as OrderRefunds).orderId === 'string' && Array.isArray((x as OrderRefunds).refunds);

export class RefundsRepository {
  constructor(private readonly db: SellerInboxDB) {}

  put(records: readonly OrderRefunds[]): Promise<number> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.meta, async () => {
        const stored = await this.db.meta.bulkGet(records.map((r) => keyOf(r.orderId)));
        const writes = records
          .filter((r, i) => {
            const prev = stored[i]?.value;
            return !isOrderRefunds(prev) || incomingWins(r.provenance, prev.provenance);
          })
          .map((r) => ({ key: keyOf(r.orderId), value: r }));
        if (writes.length) await this.db.meta.bulkPut(writes);
        return writes.length;
      }),
    );
  }

  getMany(orderIds: readonly string[]): Promise<OrderRefunds[]> {
    return guardStorage(async () =>
      (await this.db.meta.bulkGet([...new Set(orderIds)].map(keyOf))).map((r) => r?.value).filter(isOrderRefunds),
    );
  }
}
