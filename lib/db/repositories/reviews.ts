/** Product reviews we know of (tied to an order or a buyer key). */
import type { ProductReview } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';
import { mergeByProvenance } from '../merge';

export class ReviewsRepository {
  constructor(private readonly db: SellerInboxDB) {}

  upsert(records: readonly ProductReview[]): Promise<number> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.reviews, async () => {
        const stored = await this.db.reviews.bulkGet(records.map((r) => r.key));
        const writes = records.map((r, i) => mergeByProvenance(stored[i], r));
        if (writes.length) await this.db.reviews.bulkPut(writes);
        return writes.length;
      }),
    );
  }

  /** Reviews of these orders, or left under this buyer key (a filtered scan: the table is small). */
  listFor(q: { orderIds: readonly string[]; buyerKey?: string }): Promise<ProductReview[]> {
    const ids = new Set(q.orderIds);
    return guardStorage(() =>
      this.db.reviews.filter((r) => (r.orderId !== undefined && ids.has(r.orderId)) || (q.buyerKey !== undefined && r.buyerKey === q.buyerKey)).toArray(),
    );
  }
}
