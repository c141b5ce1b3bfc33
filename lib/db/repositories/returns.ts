/** Returns (seller-fulfilled and FBA), from the returns reports. */
import type { Return } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';
import { mergeByProvenance } from '../merge';

export class ReturnsRepository {
  constructor(private readonly db: SellerInboxDB) {}

  /** Merges by provenance per return key; returns the records written. */
  upsert(records: readonly Return[]): Promise<number> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.returns, async () => {
        const byKey = new Map<string, Return>();
        for (const r of records) byKey.set(r.key, mergeByProvenance(byKey.get(r.key), r));
        const stored = await this.db.returns.bulkGet([...byKey.keys()]);
        const writes: Return[] = [];
        [...byKey.values()].forEach((r, i) => {
          const existing = stored[i];
          const merged = mergeByProvenance(existing, r);
          if (!existing || JSON.stringify(existing) !== JSON.stringify(merged)) writes.push(merged);
        });
        if (writes.length) await this.db.returns.bulkPut(writes);
        return writes.length;
      }),
    );
  }

  listByOrderIds(orderIds: readonly string[]): Promise<Return[]> {
    return guardStorage(() => this.db.returns.where('orderId').anyOf([...new Set(orderIds)]).toArray());
  }
}

/** The Return.key convention (model.ts). */
export const returnKey = (r: Pick<Return, 'kind' | 'orderId' | 'rma' | 'asin' | 'sku' | 'requestDate'>): string =>
  `${r.kind}|${r.orderId}|${r.rma ?? r.asin ?? r.sku ?? ''}|${r.requestDate}`;
