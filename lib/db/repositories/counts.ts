/** Per account + marketplace inbox counts (popup, toolbar badge). */
import type { InboxCounts } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';

export const countsKey = (accountId: string, marketplaceId: string): string => `${accountId}|${marketplaceId}`;

export class CountsRepository {
  constructor(private readonly db: SellerInboxDB) {}

  put(counts: InboxCounts): Promise<void> {
    return guardStorage(async () => { await this.db.counts.put(counts); });
  }

  /** All counts, or those of one account. */
  list(accountId?: string): Promise<InboxCounts[]> {
    return guardStorage(() =>
      accountId === undefined ? this.db.counts.toArray() : this.db.counts.where('accountId').equals(accountId).toArray(),
    );
  }
}
