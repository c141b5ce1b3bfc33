/** Seller accounts seen in Seller Central, with the marketplaces seen for each. */
import type { Account } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';

export class AccountsRepository {
  constructor(private readonly db: SellerInboxDB) {}

  /** Records that the account was seen on a marketplace now (creates it when new). */
  touch(id: string, marketplaceId: string, at: string, name?: string): Promise<Account> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.accounts, async () => {
        const existing = await this.db.accounts.get(id);
        const account: Account = {
          ...existing,
          id,
          marketplaceIds: [...new Set([...(existing?.marketplaceIds ?? []), marketplaceId])],
          lastSeenAt: at,
        };
        if (name) account.name = name;
        await this.db.accounts.put(account);
        return account;
      }),
    );
  }

  /** The store name the seller typed ('' removes it: the name read from the page applies again). */
  setStoreName(id: string, storeName: string, at: string): Promise<Account> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.accounts, async () => {
        const existing = await this.db.accounts.get(id);
        const account: Account = { ...(existing ?? { id, marketplaceIds: [], lastSeenAt: at }) };
        const name = storeName.trim();
        if (name) account.storeName = name; else delete account.storeName;
        await this.db.accounts.put(account);
        return account;
      }),
    );
  }

  list(): Promise<Account[]> {
    return guardStorage(() => this.db.accounts.orderBy('lastSeenAt').reverse().toArray());
  }
}
