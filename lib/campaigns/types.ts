import type { Campaign, Category, Fulfillment, OrderStatus } from '../model';

/** What planning needs of an order (joined from orders, items, buyers by the caller). */
export interface PlanOrder {
  orderId: string;
  marketplaceId: string;
  status: OrderStatus;
  fulfillment: Fulfillment;
  purchaseDate: string;
  shipDate?: string;
  earliestDeliveryDate?: string;
  latestDeliveryDate?: string;
  buyerKey?: string;
  buyerName?: string;
  items: Array<{ asin: string; sku?: string; quantity: number; itemStatus?: string }>;
}

/** Everything known that can exclude an order. Sets hold order ids or buyer keys as named. */
export interface PlanFacts {
  blacklistedBuyers: ReadonlySet<string>;
  blacklistedOrders: ReadonlySet<string>;
  optedOutBuyers: ReadonlySet<string>;
  negativeFeedbackBuyers: ReadonlySet<string>;
  negativeFeedbackOrders: ReadonlySet<string>;
  returnedOrders: ReadonlySet<string>;
  refundedOrders: ReadonlySet<string>;
  /** an A-to-z Guarantee claim (Amazon's notice, or the buyer's words) */
  claimOrders: ReadonlySet<string>;
  /** orders an opt-out notice was about (their buyer opted out even when we cannot key the buyer) */
  optedOutOrders: ReadonlySet<string>;
  /** a review request or review-request message already went out (send log or Amazon's ALREADY_SENT) */
  alreadyAskedOrders: ReadonlySet<string>;
  /** category of threads about each order */
  threadCategories: ReadonlyMap<string, Category>;
  /** number of orders per buyer key in the data set (repeat buyers) */
  ordersPerBuyer: ReadonlyMap<string, number>;
}

export type SkipReason =
  | 'marketplace-not-in-campaign' | 'not-target-asin' | 'not-repeat-buyer' | 'below-quantity'
  | 'covered-by-asin-campaign' | 'cancelled' | 'not-shipped' | 'returned' | 'refunded' | 'a-to-z-claim' | 'blacklisted'
  | 'opted-out' | 'negative-feedback' | 'already-requested' | 'problem-thread' | 'excluded-asin'
  | 'excluded-sku' | 'outside-window' | 'no-delivery-date' | 'daily-cap' | 'claimed-by-other-campaign';

export interface PlanEntry {
  orderId: string;
  campaignId: string;
  marketplaceId: string;
  /** ISO time to send; absent when skipped */
  sendAt?: string;
  skip?: SkipReason;
  /**
   * machine detail the UI words (components/options/campaigns/labels.ts): outside-window `start/end` (ISO
   * interval), daily-cap the cap, below-quantity `quantity/minimum`, excluded-asin/-sku the ASIN/SKU,
   * problem-thread the category, claimed-by-other-campaign the campaign id
   */
  detail?: string;
  /** delivery date was estimated from the ship date */
  estimatedDelivery?: boolean;
  /** internal: the order is outside this campaign's targeting (kept only if no campaign plans it) */
  outOfScope?: boolean;
}

export type PlanCampaign = Pick<Campaign,
  'id' | 'kind' | 'method' | 'trigger' | 'delayDays' | 'sendHour' | 'marketplaceIds' | 'asins' | 'excludeAsins' |
  'excludeSkus' | 'excludeFromRegular' | 'minQuantity' | 'dailyCap' | 'enabled' | 'paused'>;
