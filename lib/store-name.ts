/** The store name templates use for an account: the one the seller typed in Options, else the one the page header showed. */
import type { Account } from './model';

export function storeNameOf(account: Pick<Account, 'name' | 'storeName'> | undefined): string | undefined {
  const typed = account?.storeName?.trim();
  if (typed) return typed;
  const read = account?.name?.trim();
  return read || undefined;
}
