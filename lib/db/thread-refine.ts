/**
 * Keeping the exact oldest-unanswered time a case read gave (inbox v3). The v3 list shows only the NEWEST message's
 * time, so a list row stands in with that (case-list-rows.ts): later than the truth. Once the case was read, its
 * exact time must survive the list's next pass, and a list row keyed by order (`order:<orderId>`, when rows do not
 * link to cases) gets the case's times too. Pure.
 *
 * Within one stretch of "response needed" the oldest unanswered message cannot move later; it moves only after an
 * answer (then the status changes and the time is cleared, threads.ts mergeThread). An incoming later time is a
 * stand-in when it is no later than the newest message already known plus the list's coarsest relative precision
 * (an hour: "3 hours ago"); beyond that a new message came, and the incoming time is taken.
 */
import type { Thread } from '../model';

export const STAND_IN_TOLERANCE_MS = 3_600_000;

const ms = (iso: string | undefined): number => (iso ? Date.parse(iso) : Number.NaN);

/** True when the stored oldest unanswered time stays although the incoming record names a later one. */
export function keepsOldestUnanswered(existing: Thread, incoming: Thread): boolean {
  if (existing.status !== 'response-needed' || incoming.status !== 'response-needed') return false;
  const kept = ms(existing.oldestUnansweredAt);
  const offered = ms(incoming.oldestUnansweredAt);
  const newest = ms(existing.lastMessageAt);
  if (Number.isNaN(kept) || Number.isNaN(offered) || Number.isNaN(newest)) return false;
  return offered > kept && offered <= newest + STAND_IN_TOLERANCE_MS;
}

/** The key a list row gets for a case's order when rows do not link to cases. */
export const orderThreadId = (orderId: string): string => `order:${orderId}`;

/**
 * The `order:<orderId>` record of the same order refined with what the case read says (status, times), or
 * undefined when there is nothing to refine (another account, or the case record is itself an order record).
 */
export function refineOrderRecord(order: Thread, fromCase: Thread): Thread | undefined {
  if (fromCase.threadId.startsWith('order:') || order.accountId !== fromCase.accountId || order.marketplaceId !== fromCase.marketplaceId) return undefined;
  if (!fromCase.orderIds.some((id) => order.threadId === orderThreadId(id))) return undefined;
  const refined: Thread = { ...order, status: fromCase.status, seenAt: fromCase.seenAt };
  if (fromCase.oldestUnansweredAt) refined.oldestUnansweredAt = fromCase.oldestUnansweredAt;
  else delete refined.oldestUnansweredAt;
  if (fromCase.lastMessageAt) refined.lastMessageAt = fromCase.lastMessageAt;
  return refined;
}

/**
 * One record per case: a list record keyed by order (`order:<orderId>`) is left out when a record read from the case
 * itself (keyed by its case id) names that order in the same account and marketplace (it was refined from it), so a
 * case is counted, and offered by Next, once. Pure.
 */
export function onePerCase<T extends Pick<Thread, 'accountId' | 'marketplaceId' | 'threadId' | 'orderIds'>>(threads: readonly T[]): T[] {
  const read = new Set<string>();
  for (const t of threads) {
    if (t.threadId.startsWith('order:')) continue;
    for (const id of t.orderIds) read.add(`${t.accountId}|${t.marketplaceId}|${orderThreadId(id)}`);
  }
  return threads.filter((t) => !t.threadId.startsWith('order:') || !read.has(`${t.accountId}|${t.marketplaceId}|${t.threadId}`));
}
