/** Seller feedback (one per order), from the Feedback Manager, its JSON and the feedback report. */
import type { Feedback } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';
import { mergeByProvenance } from '../merge';

export class FeedbackRepository {
  constructor(private readonly db: SellerInboxDB) {}

  /** Merges by provenance (live beats imported, newer beats older); returns the records written. */
  upsert(records: readonly Feedback[]): Promise<number> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.feedback, async () => {
        const byOrder = new Map<string, Feedback>();
        for (const f of records) byOrder.set(f.orderId, mergeByProvenance(byOrder.get(f.orderId), f));
        const stored = await this.db.feedback.bulkGet([...byOrder.keys()]);
        const writes: Feedback[] = [];
        [...byOrder.values()].forEach((f, i) => {
          const existing = stored[i];
          const merged = mergeByProvenance(existing, f);
          if (!existing || JSON.stringify(existing) !== JSON.stringify(merged)) writes.push(merged);
        });
        if (writes.length) await this.db.feedback.bulkPut(writes);
        return writes.length;
      }),
    );
  }

  listByOrderIds(orderIds: readonly string[]): Promise<Feedback[]> {
    return guardStorage(async () => (await this.db.feedback.bulkGet([...new Set(orderIds)])).filter((f): f is Feedback => Boolean(f)));
  }

  /** Feedback left from this relay address (the feedback table is small: a filtered scan). */
  listByRaterEmail(email: string): Promise<Feedback[]> {
    const e = email.trim().toLowerCase();
    return guardStorage(() => this.db.feedback.filter((f) => f.raterEmail?.toLowerCase() === e).toArray());
  }
}
