/**
 * valibot schemas of the records an import carries over the protocol (lib/protocol/messages.ts). The page
 * parsed them with lib/reports; the background checks them again (shape, bounds) before staging them.
 * Kept flat and cheap: 100,000-row files mean ~160,000 records through these schemas.
 */
import * as v from 'valibot';
import { RECORD_MAX } from '../limits';
import { REPORT_KINDS } from '../reports/types';
import { IMPORT_BATCH_RECORDS } from './types';

/*
 * Bounds: the parsers' own cell bounds (lib/reports/limits.ts), so any record lib/reports accepts fits and an
 * over-long cell is one row error with its line and column, never a refused batch. The numbers are lib/limits.ts's:
 * the backup importer checks the same ones, so whatever these admit, a backup restores.
 */
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Key = () => v.pipe(v.string(), v.minLength(1), v.maxLength(RECORD_MAX.key));
/** a date and time as the parsers write it (ISO); anything Date.parse cannot read would not restore from a backup */
const Time = v.pipe(v.string(), v.maxLength(RECORD_MAX.time), v.check((s) => !Number.isNaN(Date.parse(s)), 'expected a date'));
const OptText = (max: number) => v.optional(Text(max));
const SHORT = RECORD_MAX.short;
const LONG = RECORD_MAX.long;
const SKU = RECORD_MAX.sku;
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(RECORD_MAX.count));

export const ProvenanceSchema = v.object({
  source: v.picklist(['page', 'endpoint', 'import', 'manual']),
  detail: OptText(SHORT),
  at: Time,
});
const MoneySchema = v.object({ amount: v.pipe(v.number(), v.finite()), currency: Text(SHORT) });

export const ImportOrderSchema = v.object({
  orderId: Key(),
  accountId: OptText(SHORT),
  marketplaceId: OptText(SHORT),
  salesChannel: OptText(SHORT),
  status: v.picklist(['Pending', 'Unshipped', 'PartiallyShipped', 'Shipped', 'Canceled', 'Unfulfillable', 'InvoiceUnconfirmed', 'PendingAvailability']),
  fulfillment: v.picklist(['FBA', 'FBM']),
  purchaseDate: Time,
  lastUpdateDate: v.optional(Time),
  shipDate: v.optional(Time),
  earliestShipDate: v.optional(Time),
  latestShipDate: v.optional(Time),
  earliestDeliveryDate: v.optional(Time),
  latestDeliveryDate: v.optional(Time),
  buyerId: OptText(SHORT),
  buyerName: OptText(SHORT),
  buyerEmail: OptText(SHORT),
  total: v.optional(MoneySchema),
  isBusinessOrder: v.optional(v.boolean()),
  isPrime: v.optional(v.boolean()),
  trackingNumber: OptText(SHORT),
  shipCountry: OptText(SHORT),
  provenance: ProvenanceSchema,
});

export const ImportOrderItemSchema = v.object({
  key: Key(),
  orderId: Key(),
  orderItemId: OptText(SHORT),
  asin: Text(SHORT),
  sku: OptText(SKU),
  title: OptText(LONG),
  quantity: Count,
  quantityShipped: v.optional(Count),
  price: v.optional(MoneySchema),
  imageUrl: OptText(LONG),
  itemStatus: OptText(SHORT),
  provenance: ProvenanceSchema,
});

export const ImportFeedbackSchema = v.object({
  orderId: Key(),
  marketplaceId: OptText(SHORT),
  rating: v.picklist([1, 2, 3, 4, 5]),
  comment: Text(LONG),
  date: Time,
  response: OptText(LONG),
  raterEmail: OptText(SHORT),
  provenance: ProvenanceSchema,
});

export const ImportReturnSchema = v.object({
  key: Key(),
  kind: v.picklist(['seller-fulfilled', 'fba']),
  orderId: Key(),
  asin: OptText(SHORT),
  sku: OptText(SKU),
  quantity: Count,
  reason: OptText(LONG),
  status: OptText(RECORD_MAX.status),
  requestDate: Time,
  rma: OptText(SHORT),
  refundedAmount: v.optional(MoneySchema),
  comments: OptText(LONG),
  provenance: ProvenanceSchema,
});

/** Orders of a batch may exceed the row count (never more than its items), so each store has its own bound. */
const list = <S extends v.GenericSchema>(s: S) => v.optional(v.pipe(v.array(s), v.maxLength(IMPORT_BATCH_RECORDS * 2)));

export const ImportBatchSchema = v.object({
  orders: list(ImportOrderSchema),
  orderItems: list(ImportOrderItemSchema),
  feedback: list(ImportFeedbackSchema),
  returns: list(ImportReturnSchema),
});

/** well under Chrome's 64 MiB message limit; the worker splits a batch that would be larger */
export const IMPORT_BATCH_JSON_MAX = 24 * 1024 * 1024;

/**
 * A batch as the page sends it: JSON text, parsed and checked here. The parser worker serialises each batch
 * once, so the options page only passes a string along (no object graph to copy or walk on its main thread).
 */
export const ImportBatchJsonSchema = v.pipe(
  v.string(), v.maxLength(IMPORT_BATCH_JSON_MAX, 'batch too large: send at most 2,000 rows per message'),
  v.parseJson(undefined, 'batch is not JSON'), ImportBatchSchema,
);

export const ImportIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/, 'not an import id'));
export const ReportKindSchema = v.picklist(REPORT_KINDS);
