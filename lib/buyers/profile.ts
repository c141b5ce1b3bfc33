/**
 * A buyer's history for the buyer panel, assembled from candidate records (the background reads them
 * from the database by buyer id, relay e-mail and name): which orders, threads, seller feedback and
 * product reviews belong to the buyer, and how each was matched. Pure.
 */
import type { Feedback, Order, OrderItem, ProductReview, Thread } from '../model';
import { removalWindow, isNegative, type RemovalWindow } from './feedback-window';
import { buyerFlags, type BuyerFlags } from './flags';
import {
  MATCH_STRENGTH, buyerKeyOf, feedbackIdentity, matchIdentity, mergeIdentity, orderIdentity, threadIdentity,
  type BuyerIdentity, type MatchKind,
} from './identity';

export interface MatchedOrder { order: Order; items: OrderItem[]; matchedBy: MatchKind; /** one of the open thread's orders */ current: boolean }
export interface MatchedThread { thread: Thread; matchedBy: MatchKind }
export interface MatchedFeedback { feedback: Feedback; matchedBy: MatchKind; negative: boolean; removal?: RemovalWindow }
export interface MatchedReview { review: ProductReview; matchedBy: MatchKind }

export interface BuyerProfile {
  identity: BuyerIdentity;
  buyerKey?: string;
  /** newest first */
  orders: MatchedOrder[];
  /** other threads of the buyer, newest first (the open one left out) */
  threads: MatchedThread[];
  feedback: MatchedFeedback[];
  reviews: MatchedReview[];
  flags: BuyerFlags;
}

export interface ProfileInput {
  /** what the open thread says about the buyer */
  identity: BuyerIdentity;
  /** the open thread's key and orders */
  currentThreadKey?: string;
  currentOrderIds: readonly string[];
  orders: readonly { order: Order; items: OrderItem[] }[];
  threads: readonly Thread[];
  feedback: readonly Feedback[];
  reviews: readonly ProductReview[];
  now: Date;
  bulkMinQuantity?: number;
}

const newestFirst = (a: string | undefined, b: string | undefined): number => ((a ?? '') < (b ?? '') ? 1 : (a ?? '') > (b ?? '') ? -1 : 0);

export function buildBuyerProfile(input: ProfileInput): BuyerProfile {
  const current = new Set(input.currentOrderIds);
  // the open thread's own orders tell us the relay e-mail (and name) the thread page does not show
  const ownOrders = input.orders.filter((o) => current.has(o.order.orderId));
  const identity = mergeIdentity(input.identity, ...ownOrders.map((o) => orderIdentity(o.order)));

  const orders = new Map<string, MatchedOrder>();
  for (const { order, items } of input.orders) {
    const isCurrent = current.has(order.orderId);
    // an order of the open thread belongs to its buyer, whatever the order record says about names
    const matchedBy = isCurrent ? (identity.buyerId ? 'buyer-id' : identity.relayEmail ? 'relay-email' : 'name-marketplace')
      : matchIdentity(identity, orderIdentity(order));
    if (!matchedBy) continue;
    const prev = orders.get(order.orderId);
    if (!prev || MATCH_STRENGTH[matchedBy] > MATCH_STRENGTH[prev.matchedBy]) {
      orders.set(order.orderId, { order, items, matchedBy, current: isCurrent });
    }
  }

  const threads: MatchedThread[] = [];
  for (const thread of input.threads) {
    if (thread.key === input.currentThreadKey) continue;
    const byIdentity = matchIdentity(identity, threadIdentity(thread));
    const viaOrder = thread.orderIds.map((id) => orders.get(id)?.matchedBy).find(Boolean);
    const matchedBy = [byIdentity, viaOrder].filter((m): m is MatchKind => Boolean(m))
      .sort((x, y) => MATCH_STRENGTH[y] - MATCH_STRENGTH[x])[0];
    if (matchedBy) threads.push({ thread, matchedBy });
  }

  const feedback: MatchedFeedback[] = [];
  const seenFeedback = new Set<string>();
  for (const f of input.feedback) {
    if (seenFeedback.has(f.orderId)) continue;
    const matchedBy = orders.get(f.orderId)?.matchedBy ?? matchIdentity(identity, feedbackIdentity(f));
    if (!matchedBy) continue;
    seenFeedback.add(f.orderId);
    const negative = isNegative(f);
    const removal = negative ? removalWindow(f.date, input.now) : undefined;
    feedback.push({ feedback: f, matchedBy, negative, ...(removal ? { removal } : {}) });
  }

  const key = buyerKeyOf(identity);
  const reviews: MatchedReview[] = [];
  for (const review of input.reviews) {
    const viaOrder = review.orderId ? orders.get(review.orderId)?.matchedBy : undefined;
    const viaKey: MatchKind | undefined = review.buyerKey && key && review.buyerKey === key
      ? (identity.buyerId === key ? 'buyer-id' : identity.relayEmail === key ? 'relay-email' : 'name-marketplace')
      : undefined;
    const matchedBy = viaOrder ?? viaKey;
    if (matchedBy) reviews.push({ review, matchedBy });
  }

  const orderList = [...orders.values()].sort((a, b) => newestFirst(a.order.purchaseDate, b.order.purchaseDate));
  return {
    identity,
    ...(key ? { buyerKey: key } : {}),
    orders: orderList,
    threads: threads.sort((a, b) => newestFirst(a.thread.lastMessageAt ?? a.thread.seenAt, b.thread.lastMessageAt ?? b.thread.seenAt)),
    feedback: feedback.sort((a, b) => newestFirst(a.feedback.date, b.feedback.date)),
    reviews: reviews.sort((a, b) => newestFirst(a.review.date, b.review.date)),
    flags: buyerFlags(orderList, { bulkMinQuantity: input.bulkMinQuantity }),
  };
}
