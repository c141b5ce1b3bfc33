/**
 * The join from stored records to planCampaigns' inputs: orders + items -> PlanOrder, and everything that
 * can exclude an order (blacklist, opt-outs, negative feedback, returns, refunds, the send log, thread
 * categories) -> PlanFacts. Pure: the caller loads the records (lib/campaigns/runner/load.ts).
 *
 * A buyer is known by several identifiers (Amazon's buyer id, the relay e-mail, name + marketplace); a
 * fact about any of them applies to the order, and is recorded under the order's own buyer key (the
 * strongest identifier it has), which is what planning looks up.
 */
import { buyerKeyOf, feedbackIdentity, normaliseEmail, normaliseName, orderIdentity } from '../buyers/identity';
import { blacklistMatcher } from '../buyers/blacklist-match';
import type {
  BlacklistEntry, Buyer, Category, Feedback, Order, OrderItem, ProductReview, Return, SendLogEntry, Thread,
} from '../model';
import type { PlanFacts, PlanOrder } from './types';
import { countsAsAsked, isReviewKey } from './runner/keys';
import { threadSignals } from './thread-signals';

export interface FactSources {
  orders: readonly Order[];
  items: readonly OrderItem[];
  buyers?: readonly Buyer[];
  blacklist?: readonly BlacklistEntry[];
  feedback?: readonly Feedback[];
  returns?: readonly Return[];
  /** orders with a partial or full refund (lib/seller-central/refund-status.ts, state 'partial' | 'full') */
  refundedOrderIds?: Iterable<string>;
  sendLog?: readonly SendLogEntry[];
  /** buyer threads and Amazon's notices: their text can exclude an order or a buyer (./thread-signals.ts) */
  threads?: readonly Thread[];
  /** product reviews (a rating of 1 or 2 counts as negative feedback) */
  reviews?: readonly ProductReview[];
}

export interface PlanInputs { orders: PlanOrder[]; facts: PlanFacts }

/** Problem categories win over others when several threads are about one order. */
const CATEGORY_WEIGHT: Partial<Record<Category, number>> = { 'product-issue': 3, 'return-refund': 3, 'feedback-review': 2, 'cancel-order': 1 };

/** Every identifier an order's buyer is known by (lower-cased e-mail, `name|marketplace`). */
function identifiers(o: Pick<Order, 'buyerId' | 'buyerEmail' | 'buyerName' | 'marketplaceId'>): string[] {
  const out: string[] = [];
  if (o.buyerId?.trim()) out.push(o.buyerId.trim());
  const email = normaliseEmail(o.buyerEmail);
  if (email) out.push(email);
  const name = normaliseName(o.buyerName);
  if (name && o.marketplaceId) out.push(`${name}|${o.marketplaceId}`);
  return out;
}

export function joinPlanInputs(src: FactSources): PlanInputs {
  const itemsByOrder = new Map<string, OrderItem[]>();
  for (const i of src.items) {
    const list = itemsByOrder.get(i.orderId);
    if (list) list.push(i); else itemsByOrder.set(i.orderId, [i]);
  }

  // the one blacklist matching (lib/buyers/blacklist-match.ts), as the holiday auto-reply uses it
  const blacklist = blacklistMatcher(src.blacklist ?? []);
  const blacklistedOrders = new Set(blacklist.orderIds);
  const optedOutIds = new Set<string>();
  for (const b of src.buyers ?? []) {
    if (!b.optedOut) continue;
    for (const id of [b.key, b.buyerId, normaliseEmail(b.relayEmail)]) if (id) optedOutIds.add(id);
    const name = normaliseName(b.name);
    if (name && b.marketplaceId) optedOutIds.add(`${name}|${b.marketplaceId}`);
  }
  const negativeFeedbackOrders = new Set<string>();
  const negativeIds = new Set<string>();
  for (const f of src.feedback ?? []) {
    if (f.rating > 2) continue;
    negativeFeedbackOrders.add(f.orderId);
    const key = buyerKeyOf(feedbackIdentity(f));
    if (key) negativeIds.add(key);
  }
  for (const r of src.reviews ?? []) {
    if (r.rating > 2) continue;
    if (r.orderId) negativeFeedbackOrders.add(r.orderId);
    if (r.buyerKey) negativeIds.add(r.buyerKey);
  }

  // what the threads say: Amazon's notices (opt-out, A-to-z claim, return, refund) and buyers' words
  const optedOutOrders = new Set<string>();
  const claimOrders = new Set<string>();
  const returnedOrders = new Set((src.returns ?? []).map((r) => r.orderId));
  const refundedOrders = new Set(src.refundedOrderIds ?? []);
  const threadCategories = new Map<string, Category>();
  for (const t of src.threads ?? []) {
    const sig = threadSignals(t);
    if (sig.optedOut) {
      for (const id of t.orderIds) optedOutOrders.add(id);
      if (t.buyerId) optedOutIds.add(t.buyerId.includes('@') ? normaliseEmail(t.buyerId) ?? t.buyerId : t.buyerId);
      const name = normaliseName(t.buyerName);
      if (name && name !== 'amazon' && t.marketplaceId) optedOutIds.add(`${name}|${t.marketplaceId}`);
    }
    for (const id of t.orderIds) {
      if (sig.claim) claimOrders.add(id);
      if (sig.returned) returnedOrders.add(id);
      if (sig.refunded) refundedOrders.add(id);
      if (sig.negative) negativeFeedbackOrders.add(id);
    }
    // a feedback question counts as a problem while it awaits an answer
    if (!t.category || t.isSystem || (t.category === 'feedback-review' && t.status !== 'response-needed')) continue;
    for (const id of t.orderIds) {
      const prev = threadCategories.get(id);
      if (!prev || (CATEGORY_WEIGHT[t.category] ?? 0) > (CATEGORY_WEIGHT[prev] ?? 0)) threadCategories.set(id, t.category);
    }
  }

  const orders: PlanOrder[] = [];
  const ordersPerBuyer = new Map<string, number>();
  const blacklistedBuyers = new Set<string>();
  const optedOutBuyers = new Set<string>();
  const negativeFeedbackBuyers = new Set<string>();
  const orderIdsWithNegative = new Set(negativeFeedbackOrders);
  for (const o of src.orders) {
    const buyerKey = buyerKeyOf(orderIdentity(o));
    const ids = identifiers(o);
    if (buyerKey) {
      ordersPerBuyer.set(buyerKey, (ordersPerBuyer.get(buyerKey) ?? 0) + 1);
      if (blacklist.buyer(o)) blacklistedBuyers.add(buyerKey);
      if (optedOutOrders.has(o.orderId) || ids.some((id) => optedOutIds.has(id))) optedOutBuyers.add(buyerKey);
      if (orderIdsWithNegative.has(o.orderId) || ids.some((id) => negativeIds.has(id))) negativeFeedbackBuyers.add(buyerKey);
    }
    orders.push({
      orderId: o.orderId,
      marketplaceId: o.marketplaceId ?? '',
      status: o.status,
      fulfillment: o.fulfillment,
      purchaseDate: o.purchaseDate,
      ...(o.shipDate ? { shipDate: o.shipDate } : {}),
      ...(o.earliestDeliveryDate ? { earliestDeliveryDate: o.earliestDeliveryDate } : {}),
      ...(o.latestDeliveryDate ? { latestDeliveryDate: o.latestDeliveryDate } : {}),
      ...(buyerKey ? { buyerKey } : {}),
      ...(o.buyerName ? { buyerName: o.buyerName } : {}),
      items: (itemsByOrder.get(o.orderId) ?? []).map((i) => ({
        asin: i.asin, quantity: i.quantity, ...(i.sku ? { sku: i.sku } : {}), ...(i.itemStatus ? { itemStatus: i.itemStatus } : {}),
      })),
    });
  }

  const alreadyAskedOrders = new Set<string>();
  for (const e of src.sendLog ?? []) {
    if (e.orderId && isReviewKey(e.key) && countsAsAsked(e)) alreadyAskedOrders.add(e.orderId);
  }

  return {
    orders,
    facts: {
      blacklistedBuyers, blacklistedOrders, optedOutBuyers, negativeFeedbackBuyers, negativeFeedbackOrders,
      returnedOrders, refundedOrders, claimOrders, optedOutOrders,
      alreadyAskedOrders, threadCategories, ordersPerBuyer,
    },
  };
}
