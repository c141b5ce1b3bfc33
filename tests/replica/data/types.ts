/**
 * Types of the replica's generated data. Plain data, JSON-safe; times are ISO-8601 UTC strings.
 * `expectedCategory` on buyer/Amazon messages is the answer key for classifier tests: it never reaches the wire.
 */
import type { Category, Fulfillment, Language, OrderStatus, ThreadStatus } from '../../../lib/model';

export interface ReplicaMoney { amount: number; currency: string }

export interface ReplicaAccount {
  merchantId: string;
  name: string;
  /** marketplace ids, the first one is the default */
  marketplaceIds: string[];
}

export interface ReplicaProduct {
  accountId: string;
  asin: string;
  sku: string;
  /** full title per language */
  titles: Record<Language, string>;
  /** short name per language, used inside buyer messages */
  shortNames: Record<Language, string>;
  colorNames: Record<Language, string>;
  /** unit price in USD; converted per marketplace */
  basePriceUsd: number;
  color: string;
  shape: 'circle' | 'square' | 'triangle' | 'diamond';
  initials: string;
}

export type BuyerKind = 'regular' | 'repeat' | 'bulk';

export interface ReplicaBuyer {
  /** obfuscated buyer id, e.g. A2B7QX0LM3N4PZ */
  buyerId: string;
  accountId: string;
  marketplaceId: string;
  name: string;
  relayEmail: string;
  language: Language;
  kind: BuyerKind;
  optedOut: boolean;
}

export interface ReplicaOrderItem {
  orderItemId: string;
  asin: string;
  sku: string;
  title: string;
  quantityOrdered: number;
  quantityShipped: number;
  /** unit price x quantity */
  itemPrice: ReplicaMoney;
}

export interface ReplicaOrder {
  orderId: string;
  accountId: string;
  marketplaceId: string;
  /** e.g. Amazon.de */
  salesChannel: string;
  buyerId: string;
  status: OrderStatus;
  fulfillment: Fulfillment;
  purchaseDate: string;
  lastUpdateDate: string;
  earliestShipDate: string;
  latestShipDate: string;
  earliestDeliveryDate?: string;
  latestDeliveryDate?: string;
  shipDate?: string;
  deliveredAt?: string;
  items: ReplicaOrderItem[];
  total: ReplicaMoney;
  isPrime: boolean;
  isBusinessOrder: boolean;
  /** set when a review request was already sent before the replica started */
  reviewRequestedAt?: string;
}

export interface ReplicaReturn {
  kind: 'seller-fulfilled' | 'fba';
  orderId: string;
  asin: string;
  sku: string;
  quantity: number;
  reason: string;
  status: string;
  requestDate: string;
  rma?: string;
  customerComments?: string;
}

export interface ReplicaRefund {
  refundId: string;
  orderId: string;
  amount: ReplicaMoney;
  date: string;
  reason: string;
}

export interface ReplicaFeedback {
  orderId: string;
  accountId: string;
  marketplaceId: string;
  rating: 1 | 2 | 3 | 4 | 5;
  comment: string;
  date: string;
  raterEmail: string;
}

export interface ReplicaReview {
  reviewId: string;
  asin: string;
  orderId: string;
  accountId: string;
  marketplaceId: string;
  rating: 1 | 2 | 3 | 4 | 5;
  title: string;
  date: string;
}

export type SenderType = 'buyer' | 'seller' | 'amazon';
export type SystemKind = 'undeliverable' | 'delivery-failure' | 'return-authorization' | 'a-to-z-claim' | 'refund-initiated';

export interface ReplicaAttachment { name: string; type: string; size: number }

export interface ReplicaMessage {
  messageId: string;
  threadId: string;
  from: SenderType;
  senderName: string;
  text: string;
  sentAt: string;
  attachments: ReplicaAttachment[];
  /** answer key for buyer and Amazon messages */
  expectedCategory?: Category;
  /** a buyer's nudge ("any update?") on the thread's topic */
  isFollowUp?: boolean;
  systemKind?: SystemKind;
}

/** Why the generator built the thread this way (test oracle; not on the wire). */
export type ThreadScenario = 'overdue' | 'due-soon' | 'on-time' | 'answered' | 'no-response-needed';

export interface ReplicaThread {
  threadId: string;
  accountId: string;
  marketplaceId: string;
  buyerId?: string;
  buyerName: string;
  orderIds: string[];
  subject: string;
  status: ThreadStatus;
  isSystem: boolean;
  language: Language;
  scenario: ThreadScenario;
  /** oldest buyer message not yet answered lies on a Saturday or Sunday in the marketplace's time zone */
  weekend: boolean;
  /** category of the thread's first buyer (or Amazon) message */
  expectedCategory: Category;
  messages: ReplicaMessage[];
}

export interface ReplicaData {
  seed: number;
  /** the `now` the data was generated against */
  now: string;
  accounts: ReplicaAccount[];
  products: ReplicaProduct[];
  buyers: ReplicaBuyer[];
  orders: ReplicaOrder[];
  threads: ReplicaThread[];
  returns: ReplicaReturn[];
  refunds: ReplicaRefund[];
  feedback: ReplicaFeedback[];
  reviews: ReplicaReview[];
}

export interface GenerateOptions {
  seed?: number;
  /** threads of the default (first) account; the second account gets a fifth of it */
  threads?: number;
  now?: Date;
  /** HTML/script payloads, formulas, RTL/zero-width characters and very long strings in buyer and product texts (hostile.ts) */
  hostile?: boolean;
}
