/**
 * Why an order must not be asked, in the order sellers expect to read it: targeting first, then the
 * order's state, then the buyer, then our own history. The first reason found wins.
 */
import type { Category } from '../model';
import type { PlanCampaign, PlanFacts, PlanOrder, SkipReason } from './types';

const PROBLEM_CATEGORIES: ReadonlySet<Category> = new Set(['product-issue', 'return-refund', 'feedback-review']);

export interface Exclusion { skip: SkipReason; detail?: string }

export function targetingExclusion(o: PlanOrder, c: PlanCampaign, facts: PlanFacts): Exclusion | undefined {
  if (c.marketplaceIds.length && !c.marketplaceIds.includes(o.marketplaceId)) return { skip: 'marketplace-not-in-campaign' };
  if (c.kind === 'asin-after-sales' && !o.items.some((i) => c.asins.includes(i.asin))) return { skip: 'not-target-asin' };
  if (c.kind === 'repeat-buyer' && (!o.buyerKey || (facts.ordersPerBuyer.get(o.buyerKey) ?? 0) < 2)) return { skip: 'not-repeat-buyer' };
  if (c.kind === 'bulk-buyer') {
    const qty = o.items.reduce((n, i) => n + i.quantity, 0);
    if (qty < Math.max(1, c.minQuantity)) return { skip: 'below-quantity', detail: `${qty}/${c.minQuantity}` };
  }
  return undefined;
}

export function orderExclusion(o: PlanOrder, c: PlanCampaign, facts: PlanFacts): Exclusion | undefined {
  if (o.status === 'Canceled' || o.items.length > 0 && o.items.every((i) => /^cancel+ed$/i.test(i.itemStatus ?? ''))) return { skip: 'cancelled' };
  if (o.status !== 'Shipped') return { skip: 'not-shipped', detail: o.status };
  if (facts.returnedOrders.has(o.orderId)) return { skip: 'returned' };
  if (facts.refundedOrders.has(o.orderId)) return { skip: 'refunded' };
  if (facts.claimOrders.has(o.orderId)) return { skip: 'a-to-z-claim' };
  const asin = o.items.find((i) => c.excludeAsins.includes(i.asin));
  if (asin) return { skip: 'excluded-asin', detail: asin.asin };
  const sku = o.items.find((i) => i.sku && c.excludeSkus.includes(i.sku));
  if (sku) return { skip: 'excluded-sku', detail: sku.sku };
  if (facts.blacklistedOrders.has(o.orderId) || (o.buyerKey && facts.blacklistedBuyers.has(o.buyerKey))) return { skip: 'blacklisted' };
  if (facts.optedOutOrders.has(o.orderId) || (o.buyerKey && facts.optedOutBuyers.has(o.buyerKey))) return { skip: 'opted-out' };
  if (facts.negativeFeedbackOrders.has(o.orderId) || (o.buyerKey && facts.negativeFeedbackBuyers.has(o.buyerKey))) return { skip: 'negative-feedback' };
  if (facts.alreadyAskedOrders.has(o.orderId)) return { skip: 'already-requested' };
  const category = facts.threadCategories.get(o.orderId);
  if (category && PROBLEM_CATEGORIES.has(category)) return { skip: 'problem-thread', detail: category };
  return undefined;
}
