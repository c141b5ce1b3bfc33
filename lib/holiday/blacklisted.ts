/**
 * A buyer on the seller's blacklist gets no auto-reply (lib/buyers/blacklist-match.ts, the campaigns' matching): by the
 * thread's buyer id, name and order ids and its stored orders' buyer id, relay e-mail and name.
 */
import type { Repositories } from '../db';
import type { Thread } from '../model';
import { blacklistMatcher, type BlacklistMatcher, type BuyerFacts } from '../buyers/blacklist-match';

const threadFacts = (t: Thread): BuyerFacts => ({
  ...(t.buyerId ? { buyerId: t.buyerId } : {}), ...(t.buyerName ? { buyerName: t.buyerName } : {}), marketplaceId: t.marketplaceId,
});

/** Is a thread's buyer on the blacklist? (the blacklist is read once, at the first question) */
export function blacklistCheck(repos: Repositories): (thread: Thread) => Promise<boolean> {
  let matcher: BlacklistMatcher | undefined;
  return async (thread) => {
    matcher ??= blacklistMatcher(await repos.db.blacklist.toArray());
    const orders = (await repos.db.orders.bulkGet(thread.orderIds)).filter((o) => o !== undefined);
    return matcher.any([{ ...threadFacts(thread), orderIds: thread.orderIds }, ...orders]);
  };
}
