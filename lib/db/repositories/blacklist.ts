/** Buyers the seller never wants to message (campaigns and the holiday auto-reply skip them: lib/buyers/blacklist-match.ts). */
import type { BlacklistEntry } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';

export type BlacklistInput = Omit<BlacklistEntry, 'id' | 'addedAt'> & { id?: string; addedAt?: string };
export interface BlacklistQuery { buyerKey?: string; orderId?: string; buyerName?: string }

const newId = (): string => globalThis.crypto.randomUUID();

export class BlacklistRepository {
  constructor(private readonly db: SellerInboxDB, private readonly now: () => Date = () => new Date()) {}

  /** Adds an entry (needs at least one of buyerKey, orderId, buyerName). Returns the stored entry. */
  add(input: BlacklistInput): Promise<BlacklistEntry> {
    const buyerName = input.buyerName?.trim() || undefined;
    if (!input.buyerKey && !input.orderId && !buyerName) {
      return Promise.reject(new TypeError('A blacklist entry needs a buyer key, an order id or a buyer name.'));
    }
    const entry: BlacklistEntry = {
      ...input,
      buyerName,
      id: input.id ?? newId(),
      addedAt: input.addedAt ?? this.now().toISOString(),
    };
    if (entry.buyerName === undefined) delete entry.buyerName;
    return guardStorage(async () => { await this.db.blacklist.put(entry); return entry; });
  }

  remove(id: string): Promise<void> {
    return guardStorage(() => this.db.blacklist.delete(id));
  }

  list(): Promise<BlacklistEntry[]> {
    return guardStorage(async () => (await this.db.blacklist.toArray()).sort((a, b) => (a.addedAt < b.addedAt ? 1 : -1)));
  }

  /** The first entry matching the buyer key, the order id or the buyer name (case-insensitive), if any. */
  find(q: BlacklistQuery): Promise<BlacklistEntry | undefined> {
    return guardStorage(() =>
      this.db.transaction('r', this.db.blacklist, async () => {
        if (q.buyerKey) {
          const hit = await this.db.blacklist.where('buyerKey').equals(q.buyerKey).first();
          if (hit) return hit;
        }
        if (q.orderId) {
          const hit = await this.db.blacklist.where('orderId').equals(q.orderId).first();
          if (hit) return hit;
        }
        const name = q.buyerName?.trim();
        if (name) return this.db.blacklist.where('buyerName').equalsIgnoreCase(name).first();
        return undefined;
      }),
    );
  }

  async isBlacklisted(q: BlacklistQuery): Promise<boolean> {
    return (await this.find(q)) !== undefined;
  }
}
