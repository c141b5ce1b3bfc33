/**
 * Adapter for Seller Central's order JSON (`GET /orders-api/order/<orderId>`, the call the order page
 * makes; shared/reference/seller-central-pages.md "Orders"): the URL, the request headers, the response
 * shape (valibot) and the mapping to our Order + OrderItem[] with provenance 'endpoint'. Pure.
 *
 * Parsed defensively: flags may come as "true"/"false" strings, amounts as strings (also "1.234,50"),
 * quantities as strings, dates missing, empty or unparsable, statuses in another case or spelling
 * ("Cancelled"), items without an ASIN. What cannot be read is left out and listed in `problems`;
 * only a response without an order id is refused.
 */
import * as v from 'valibot';
import type { Fulfillment, Money, Order, OrderItem, OrderStatus } from '../model';
import { REQUESTS, requestPath } from './requests';

export const ORDER_PROVENANCE_DETAIL = 'orders-api/order';

/** Path of one order's JSON (relative: same host as the current Seller Central page). */
export const orderApiUrl = (orderId: string): string => requestPath(REQUESTS.order, { orderId });

/**
 * Headers of the orders JSON calls: the page's own calls mark themselves with
 * `anti-csrftoken-a2z-request: true`; the token itself goes along when we have it.
 */
export function ordersApiHeaders(csrfToken?: string): Record<string, string> {
  return { accept: 'application/json', 'anti-csrftoken-a2z-request': 'true', ...(csrfToken ? { 'anti-csrftoken-a2z': csrfToken } : {}) };
}

const Loose = v.unknown();
const MoneyShape = v.looseObject({ CurrencyCode: v.optional(Loose), Amount: v.optional(Loose) });

export const OrderItemShape = v.looseObject({
  asin: v.optional(Loose), ASIN: v.optional(Loose), orderItemId: v.optional(Loose), sku: v.optional(Loose),
  sellerSku: v.optional(Loose), title: v.optional(Loose), quantityOrdered: v.optional(Loose),
  quantityShipped: v.optional(Loose), itemPrice: v.optional(Loose), imageUrl: v.optional(Loose), image: v.optional(Loose),
  itemStatus: v.optional(Loose),
});

/** The fields we read from `order`; every one optional and untyped here (the mapping checks each). */
export const WireOrderShape = v.looseObject({
  amazonOrderId: v.pipe(v.string(), v.trim(), v.regex(/^[\w-]{5,40}$/, 'not an order id')),
  orderStatus: v.optional(Loose), fulfillmentChannel: v.optional(Loose), purchaseDate: v.optional(Loose),
  lastUpdateDate: v.optional(Loose), earliestShipDate: v.optional(Loose), latestShipDate: v.optional(Loose),
  shipDate: v.optional(Loose), earliestDeliveryDate: v.optional(Loose), latestDeliveryDate: v.optional(Loose),
  buyerProxyEmail: v.optional(Loose), buyerName: v.optional(Loose), buyerId: v.optional(Loose),
  orderTotal: v.optional(Loose), orderItems: v.optional(Loose), salesChannel: v.optional(Loose),
  marketplaceId: v.optional(Loose), isPrime: v.optional(Loose), isBusinessOrder: v.optional(Loose),
  trackingNumber: v.optional(Loose), shipCountry: v.optional(Loose), pluginActions: v.optional(Loose),
});

export const OrderResponseShape = v.looseObject({ order: WireOrderShape });
export type WireOrderResponse = v.InferOutput<typeof OrderResponseShape>;

export interface ReviewRequestAction { available: boolean; reason?: string }

export interface OrderDetails {
  order: Order;
  items: OrderItem[];
  /** `pluginActions.requestAReview`, when the response has it */
  reviewRequest?: ReviewRequestAction;
}

export type ParseResult<T> = { ok: true; value: T; problems: string[] } | { ok: false; error: string };

export interface ParseContext {
  /** when the data was fetched (ISO) */
  at: string;
  accountId?: string;
  /** the page's marketplace, used when the response does not say */
  marketplaceId?: string;
}

// ---- defensive value readers (exported for the other adapters) ----

export const readString = (x: unknown): string | undefined => {
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  if (typeof x !== 'string') return undefined;
  const s = x.trim();
  return s && s.toLowerCase() !== 'null' && s.toLowerCase() !== 'undefined' ? s : undefined;
};

/** true/false from booleans, "true"/"false"/"Y"/"N"/"1"/"0" strings (any case); undefined otherwise. */
export const readBool = (x: unknown): boolean | undefined => {
  if (typeof x === 'boolean') return x;
  if (typeof x === 'number') return x === 1 ? true : x === 0 ? false : undefined;
  const s = readString(x)?.toLowerCase();
  if (s === 'true' || s === 'y' || s === 'yes' || s === '1') return true;
  if (s === 'false' || s === 'n' || s === 'no' || s === '0') return false;
  return undefined;
};

/** A number from a number or a numeric string ("44.99", "1,234.50", "1.234,50", "1 234,50"). */
export const readNumber = (x: unknown): number | undefined => {
  if (typeof x === 'number') return Number.isFinite(x) ? x : undefined;
  let s = readString(x)?.replace(/[\s\u00a0']/g, '');
  if (!s || !/^-?[\d.,]+$/.test(s)) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // "29,90" is a decimal comma; "1,234" (three digits after) a thousands separator
    s = /,\d{3}$/.test(s) && s.indexOf(',') === lastComma ? s.replace(',', '') : s.replace(/,/g, '.');
  }
  if ((s.match(/\./g) ?? []).length > 1) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

export const readInt = (x: unknown): number | undefined => {
  const n = readNumber(x);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
};

/** An ISO-8601 instant normalised to UTC `…Z`; undefined for missing, empty or unparsable values. */
export const readDate = (x: unknown): string | undefined => {
  const s = readString(x);
  if (!s || !/^\d{4}-\d{2}-\d{2}/.test(s)) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};

export const readMoney = (x: unknown): Money | undefined => {
  const r = v.safeParse(MoneyShape, x);
  if (!r.success) return undefined;
  const amount = readNumber(r.output.Amount);
  const currency = readString(r.output.CurrencyCode)?.toUpperCase();
  return amount !== undefined && currency && /^[A-Z]{3}$/.test(currency) ? { amount, currency } : undefined;
};

/** Only https image URLs (never javascript:, data: or http:). */
export const readImageUrl = (x: unknown): string | undefined => {
  const s = readString(x);
  if (!s) return undefined;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
};

const STATUSES: readonly OrderStatus[] = [
  'Pending', 'Unshipped', 'PartiallyShipped', 'Shipped', 'Canceled', 'Unfulfillable', 'InvoiceUnconfirmed', 'PendingAvailability',
];
const STATUS_BY_KEY = new Map<string, OrderStatus>([
  ...STATUSES.map((s) => [s.toLowerCase(), s] as const),
  ['cancelled', 'Canceled'], ['partially shipped', 'PartiallyShipped'], ['pending availability', 'PendingAvailability'],
  ['invoice unconfirmed', 'InvoiceUnconfirmed'],
]);

export const readOrderStatus = (x: unknown): OrderStatus | undefined => {
  const s = readString(x)?.toLowerCase().replace(/[_-]/g, ' ');
  if (!s) return undefined;
  return STATUS_BY_KEY.get(s) ?? STATUS_BY_KEY.get(s.replace(/\s+/g, ''));
};

export const readFulfillment = (x: unknown): Fulfillment | undefined => {
  const s = readString(x)?.toUpperCase();
  if (s === 'AFN' || s === 'AMAZON' || s === 'FBA') return 'FBA';
  if (s === 'MFN' || s === 'MERCHANT' || s === 'FBM' || s === 'SELLER') return 'FBM';
  return undefined;
};

const readEmail = (x: unknown): string | undefined => {
  const s = readString(x)?.toLowerCase();
  return s && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) ? s : undefined;
};

/** Drops undefined fields (records stay minimal, and merging never sees "not known" as a value). */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function readItem(raw: unknown, orderId: string, provenance: Order['provenance'], problems: string[], index: number): OrderItem | undefined {
  const r = v.safeParse(OrderItemShape, raw);
  if (!r.success) {
    problems.push(`item ${index + 1}: not an object`);
    return undefined;
  }
  const it = r.output;
  const asin = readString(it.asin ?? it.ASIN)?.toUpperCase();
  if (!asin || !/^[A-Z0-9]{10}$/.test(asin)) {
    problems.push(`item ${index + 1}: no ASIN`);
    return undefined;
  }
  const orderItemId = readString(it.orderItemId);
  const sku = readString(it.sku ?? it.sellerSku);
  const quantity = readInt(it.quantityOrdered);
  if (quantity === undefined) problems.push(`item ${index + 1}: no quantity`);
  return compact<OrderItem>({
    key: `${orderId}|${orderItemId ?? sku ?? asin}`,
    orderId,
    orderItemId,
    asin,
    sku,
    title: readString(it.title),
    quantity: quantity ?? 1,
    quantityShipped: readInt(it.quantityShipped),
    price: readMoney(it.itemPrice),
    imageUrl: readImageUrl(it.imageUrl ?? it.image),
    itemStatus: readString(it.itemStatus),
    provenance,
  });
}

function readReviewAction(plugin: unknown): ReviewRequestAction | undefined {
  if (!plugin || typeof plugin !== 'object') return undefined;
  const rr = (plugin as { requestAReview?: unknown }).requestAReview;
  if (!rr || typeof rr !== 'object') return undefined;
  const available = readBool((rr as { isAvailable?: unknown }).isAvailable);
  if (available === undefined) return undefined;
  const reason = readString((rr as { reason?: unknown }).reason);
  return { available, ...(reason ? { reason } : {}) };
}

/** `/orders-api/order/<id>` JSON -> Order + items (provenance 'endpoint'). */
export function parseOrderResponse(json: unknown, ctx: ParseContext): ParseResult<OrderDetails> {
  const r = v.safeParse(OrderResponseShape, json);
  if (!r.success) return { ok: false, error: `unexpected order response: ${r.issues[0]?.message ?? 'shape'}` };
  const o = r.output.order;
  const problems: string[] = [];
  const orderId = o.amazonOrderId;
  const provenance = { source: 'endpoint' as const, detail: ORDER_PROVENANCE_DETAIL, at: ctx.at };

  const status = readOrderStatus(o.orderStatus);
  if (!status) problems.push(`unknown order status ${JSON.stringify(o.orderStatus ?? null)}`);
  const fulfillment = readFulfillment(o.fulfillmentChannel);
  if (!fulfillment) problems.push(`unknown fulfillment channel ${JSON.stringify(o.fulfillmentChannel ?? null)}`);
  const purchaseDate = readDate(o.purchaseDate);
  if (!purchaseDate) problems.push('no purchase date');

  const rawItems: unknown[] = Array.isArray(o.orderItems) ? o.orderItems : [];
  if (!Array.isArray(o.orderItems)) problems.push('no items');
  const items = rawItems
    .map((raw, i) => readItem(raw, orderId, provenance, problems, i))
    .filter((it): it is OrderItem => it !== undefined);

  const order = compact<Order>({
    orderId,
    accountId: ctx.accountId,
    marketplaceId: readString(o.marketplaceId) ?? ctx.marketplaceId,
    salesChannel: readString(o.salesChannel),
    status: status ?? 'Pending',
    fulfillment: fulfillment ?? 'FBM',
    purchaseDate: purchaseDate ?? '',
    lastUpdateDate: readDate(o.lastUpdateDate),
    shipDate: readDate(o.shipDate),
    earliestShipDate: readDate(o.earliestShipDate),
    latestShipDate: readDate(o.latestShipDate),
    earliestDeliveryDate: readDate(o.earliestDeliveryDate),
    latestDeliveryDate: readDate(o.latestDeliveryDate),
    buyerId: readString(o.buyerId),
    buyerName: readString(o.buyerName),
    buyerEmail: readEmail(o.buyerProxyEmail),
    total: readMoney(o.orderTotal),
    isBusinessOrder: readBool(o.isBusinessOrder),
    isPrime: readBool(o.isPrime),
    trackingNumber: readString(o.trackingNumber),
    shipCountry: readString(o.shipCountry),
    provenance,
  });
  const reviewRequest = readReviewAction(o.pluginActions);
  return { ok: true, value: { order, items, ...(reviewRequest ? { reviewRequest } : {}) }, problems };
}
