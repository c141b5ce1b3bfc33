/**
 * Payload schemas and response types of the thread panels' messages (order panel, buyer panel,
 * blacklist toggle): `orders/upsert`, `orders/get`, `returns/upsert`, `feedback/upsert`,
 * `buyers/profile`, `blacklist/status` (entries in lib/protocol/messages.ts). Order, item, feedback
 * and return records use the same schemas as report imports (lib/imports/schemas.ts).
 */
import * as v from 'valibot';
import type { Feedback, Order, OrderItem, Return } from '../../model';
import type { BuyerProfile } from '../../buyers';
import type { OrderRefunds } from '../../seller-central/refund-status';
import type { ReviewRequestStatus } from '../../campaigns/runner/order-status';
import { ImportFeedbackSchema, ImportOrderItemSchema, ImportOrderSchema, ImportReturnSchema, ProvenanceSchema } from '../../imports/schemas';
import { BLACKLIST_MAX } from '../../limits';

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Id = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const OrderIds = v.pipe(v.array(Id(40)), v.maxLength(50));

const MoneySchema = v.object({ amount: v.pipe(v.number(), v.finite()), currency: Text(3) });
export const OrderRefundsSchema = v.object({
  orderId: Id(40),
  state: v.picklist(['none', 'partial', 'full', 'unknown']),
  refunds: v.pipe(v.array(v.object({
    refundId: v.optional(Text(100)), amount: v.optional(MoneySchema), date: v.optional(Text(40)), reason: v.optional(Text(500)),
  })), v.maxLength(100)),
  provenance: ProvenanceSchema,
});

/** What the content script fetched from Seller Central for the open thread's orders. */
export const OrdersUpsertSchema = v.object({
  orders: v.pipe(v.array(v.object({ order: ImportOrderSchema, items: v.pipe(v.array(ImportOrderItemSchema), v.maxLength(200)) })), v.maxLength(50)),
  refunds: v.optional(v.pipe(v.array(OrderRefundsSchema), v.maxLength(50)), () => []),
});
export const OrdersGetSchema = v.object({ orderIds: OrderIds });
export const ReturnsUpsertSchema = v.object({ returns: v.pipe(v.array(ImportReturnSchema), v.maxLength(5000)) });
export const FeedbackUpsertSchema = v.object({ feedback: v.pipe(v.array(ImportFeedbackSchema), v.maxLength(5000)) });

/** The open thread's buyer as the page shows it. */
export const BuyerProfileRequestSchema = v.object({
  accountId: v.optional(Id(64)),
  marketplaceId: v.optional(Id(64)),
  threadId: v.optional(Id(200)),
  buyerId: v.optional(Id(200)),
  buyerName: v.optional(Text(200)),
  relayEmail: v.optional(Text(300)),
  orderIds: v.optional(OrderIds, () => []),
});

export const BlacklistStatusSchema = v.object({
  buyerKey: v.optional(Text(BLACKLIST_MAX.buyerKey)),
  buyerName: v.optional(Text(BLACKLIST_MAX.buyerName)),
  marketplaceId: v.optional(Id(BLACKLIST_MAX.marketplaceId)),
  orderIds: v.optional(OrderIds, () => []),
});

/** One order as the order panel shows it: the stored (merged) record and what we know around it. */
export interface OrderView {
  order: Order;
  items: OrderItem[];
  returns: Return[];
  refunds?: OrderRefunds;
  feedback?: Feedback;
  /** review request: sent (when), planned, or why not (lib/campaigns/runner/order-status.ts) */
  reviewRequest?: ReviewRequestStatus;
}

export interface OrdersGetResponse { orders: OrderView[]; missing: string[] }
export interface OrdersUpsertResponse { orders: number; items: number; refunds: number }
export interface BuyerProfileResponse { profile: BuyerProfile; bulkMinQuantity: number }
