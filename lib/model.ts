/**
 * The domain model shared by every part: what the background stores, what adapters produce,
 * what the protocol carries. Times are ISO-8601 strings in UTC; money amounts are numbers in the
 * order's currency. Plain data only (structured-clone safe).
 */

export const CATEGORIES = [
  'where-is-my-order', 'return-refund', 'cancel-order', 'address-change', 'product-question',
  'product-issue', 'invoice', 'feedback-review', 'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Where a value came from, and when we learnt it: live data beats imported data, newer beats older. */
export interface Provenance {
  source: 'page' | 'endpoint' | 'import' | 'manual';
  /** e.g. 'orders-api/order', 'All Orders report: orders-2026-11.txt' */
  detail?: string;
  at: string;
}

export interface Account {
  /** Seller (merchant) id, e.g. A1OFNH7X27CXTU */
  id: string;
  /** the store name the page header showed */
  name?: string;
  /** the store name the seller typed in Options; wins over `name` (lib/store-name.ts) */
  storeName?: string;
  marketplaceIds: string[];
  lastSeenAt: string;
}

export type ThreadStatus = 'response-needed' | 'answered' | 'no-response-needed';

export interface Thread {
  /** `${accountId}|${marketplaceId}|${threadId}`: one record per thread per account + marketplace */
  key: string;
  accountId: string;
  marketplaceId: string;
  threadId: string;
  buyerName: string;
  /** Amazon's obfuscated buyer id or relay address when the page shows one */
  buyerId?: string;
  orderIds: string[];
  subject?: string;
  preview?: string;
  status: ThreadStatus;
  /** oldest buyer message not yet answered; absent when nothing awaits an answer */
  oldestUnansweredAt?: string;
  lastMessageAt?: string;
  /** Amazon's own system notification (no reply expected) */
  isSystem: boolean;
  category?: Category;
  categoryConfidence?: number;
  /**
   * the buyer's main request (the message the category was read from, lib/classify/thread.ts) as the
   * conversation page showed it; the inbox, which sees only the newest message, decides with it
   */
  request?: string;
  /** position in the seller's inbox listing, for Next across pages */
  page?: number;
  seenAt: string;
}

export type OrderStatus =
  | 'Pending' | 'Unshipped' | 'PartiallyShipped' | 'Shipped' | 'Canceled' | 'Unfulfillable'
  | 'InvoiceUnconfirmed' | 'PendingAvailability';
export type Fulfillment = 'FBA' | 'FBM';

export interface Money { amount: number; currency: string }

export interface Order {
  orderId: string;
  accountId?: string;
  marketplaceId?: string;
  salesChannel?: string;
  status: OrderStatus;
  fulfillment: Fulfillment;
  purchaseDate: string;
  lastUpdateDate?: string;
  shipDate?: string;
  earliestShipDate?: string;
  latestShipDate?: string;
  earliestDeliveryDate?: string;
  latestDeliveryDate?: string;
  buyerId?: string;
  buyerName?: string;
  /** anonymised relay address (…@marketplace.amazon.com) */
  buyerEmail?: string;
  total?: Money;
  isBusinessOrder?: boolean;
  isPrime?: boolean;
  trackingNumber?: string;
  shipCountry?: string;
  provenance: Provenance;
}

export interface OrderItem {
  /** `${orderId}|${orderItemId ?? sku ?? asin}` */
  key: string;
  orderId: string;
  orderItemId?: string;
  asin: string;
  sku?: string;
  title?: string;
  quantity: number;
  quantityShipped?: number;
  price?: Money;
  imageUrl?: string;
  itemStatus?: string;
  provenance: Provenance;
}

export interface Buyer {
  /** best stable identity we have: buyer id, else relay e-mail, else `name|marketplaceId` */
  key: string;
  buyerId?: string;
  relayEmail?: string;
  name?: string;
  marketplaceId?: string;
  optedOut?: boolean;
  optedOutAt?: string;
  provenance: Provenance;
}

export interface Feedback {
  /** `${orderId}` (one seller feedback per order) */
  orderId: string;
  marketplaceId?: string;
  rating: 1 | 2 | 3 | 4 | 5;
  comment: string;
  date: string;
  response?: string;
  raterEmail?: string;
  provenance: Provenance;
}

export interface ProductReview {
  key: string;
  asin: string;
  orderId?: string;
  buyerKey?: string;
  rating: 1 | 2 | 3 | 4 | 5;
  title?: string;
  date: string;
  provenance: Provenance;
}

export interface Return {
  /** `${kind}|${orderId}|${rma ?? asin ?? sku}|${requestDate}` */
  key: string;
  kind: 'seller-fulfilled' | 'fba';
  orderId: string;
  asin?: string;
  sku?: string;
  quantity: number;
  reason?: string;
  status?: string;
  requestDate: string;
  rma?: string;
  refundedAmount?: Money;
  comments?: string;
  provenance: Provenance;
}

export type Language = 'en' | 'de' | 'fr' | 'it' | 'es' | 'ja';
export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'it', 'es', 'ja'];

export interface Template {
  id: string;
  name: string;
  tags: string[];
  categories: Category[];
  /** mustache bodies, one per language */
  bodies: Partial<Record<Language, string>>;
  attachmentId?: string;
  builtin?: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Attachment { id: string; name: string; type: string; size: number; data: Blob }

export interface BlacklistEntry {
  id: string;
  buyerKey?: string;
  buyerName?: string;
  orderId?: string;
  marketplaceId?: string;
  reason?: string;
  addedAt: string;
}

export type CampaignKind = 'follow-up' | 'asin-after-sales' | 'repeat-buyer' | 'bulk-buyer';
export type CampaignMethod = 'amazon-review-request' | 'template-message';

export interface Campaign {
  id: string;
  name: string;
  kind: CampaignKind;
  method: CampaignMethod;
  templateId?: string;
  enabled: boolean;
  paused: boolean;
  testMode: boolean;
  trigger: 'shipped' | 'delivered';
  delayDays: Record<Fulfillment, number>;
  /** hour of the marketplace's local day (0-23) */
  sendHour: number;
  marketplaceIds: string[];
  asins: string[];
  excludeAsins: string[];
  excludeSkus: string[];
  /** asin-after-sales: leave these orders out of the regular follow-up */
  excludeFromRegular: boolean;
  /** bulk-buyer: quantity >= N */
  minQuantity: number;
  dailyCap: number;
  createdAt: string;
  updatedAt: string;
}

export type SendKind = 'review-request' | 'campaign-message' | 'holiday-reply' | 'reply';
export type SendStage = 'pending' | 'sending' | 'sent' | 'failed' | 'unknown' | 'skipped' | 'test';

export interface SendLogEntry {
  /** idempotency key: `${kind}|${orderId}` for campaigns, `${kind}|${threadKey}` for holiday replies */
  key: string;
  kind: SendKind;
  orderId?: string;
  threadKey?: string;
  marketplaceId?: string;
  campaignId?: string;
  templateId?: string;
  stage: SendStage;
  reason?: string;
  text?: string;
  attempts: number;
  /** unknown outcomes: how often the buyer's conversation was read for the text, and how often it was sent again after it was not there */
  readBacks?: number;
  resends?: number;
  createdAt: string;
  updatedAt: string;
}

/** Per account + marketplace counts for the popup and toolbar badge. */
export interface InboxCounts {
  /** `${accountId}|${marketplaceId}` */
  key: string;
  accountId: string;
  marketplaceId: string;
  overdue: number;
  dueSoon: number;
  awaiting: number;
  /** when these counts were computed (deadlines pass: recomputed every minute) */
  updatedAt: string;
  /** when a Seller Central page last showed this marketplace's messages (what the counts are made of) */
  readAt?: string;
  /** "response needed" cases held (Amazon's notices included, one per case): to set against `pending` */
  responseNeeded?: number;
  /** Amazon's own "Response needed N" as the inbox page last showed it, and when */
  pending?: number;
  pendingAt?: string;
  /** of those, cases the pages read showed but that cannot be kept (a list row naming no case: no order id, no link) */
  unkept?: number;
}

export interface SettingRecord { key: string; value: unknown }

/** A feature failure a content script reported (`log/problem`), kept in a small ring buffer. */
export interface ProblemReport {
  /** auto-incremented by the database */
  id?: number;
  feature: string;
  message: string;
  /** page path (no query string) where it happened */
  page: string;
  at: string;
}
