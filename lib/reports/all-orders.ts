/**
 * All Orders report -> Order + OrderItem. One row per item; the rows of one order are merged into one
 * Order (status and last update from the most recently updated row, total summed over items not cancelled).
 */
import { MARKETPLACES } from '../marketplaces';
import type { Fulfillment, Order, OrderItem, OrderStatus } from '../model';
import type { Row } from './row';
import { compact, KeyCounter, type RowSink, type SinkContext } from './sink';
import { emptyRecords, type ReportRecords } from './types';
import { ORDER_ID_RE } from './values';

const STATUS: Record<string, OrderStatus> = {
  pending: 'Pending', unshipped: 'Unshipped', partiallyshipped: 'PartiallyShipped', shipped: 'Shipped',
  canceled: 'Canceled', cancelled: 'Canceled', unfulfillable: 'Unfulfillable',
  invoiceunconfirmed: 'InvoiceUnconfirmed', pendingavailability: 'PendingAvailability',
  // FBA orders being picked and packed: not shipped yet.
  shipping: 'Unshipped',
};

/** `Shipped - Delivered to Buyer`, `Pending - Waiting for Pick Up`, `Cancelled` ... -> OrderStatus */
export function mapOrderStatus(raw: string): OrderStatus | undefined {
  const main = raw.split(/\s+-\s+/)[0] ?? '';
  return STATUS[main.toLowerCase().replace(/[\s_-]+/g, '')];
}

export function mapFulfillment(raw: string): Fulfillment | undefined {
  const k = raw.toLowerCase();
  if (k === 'amazon' || k === 'afn') return 'FBA';
  if (k === 'merchant' || k === 'mfn' || k === 'seller') return 'FBM';
  return undefined;
}

const ITEM_STATUS: Record<string, string> = {
  canceled: 'Canceled', cancelled: 'Canceled', pending: 'Pending', unshipped: 'Unshipped', shipped: 'Shipped',
  shipping: 'Shipping',
};

/** `Cancelled`, `canceled` and `CANCELED` are the same status; known statuses get one spelling, others stay. */
export const normaliseItemStatus = (raw: string): string | undefined =>
  !raw ? undefined : ITEM_STATUS[raw.toLowerCase().replace(/[\s_-]+/g, '')] ?? raw;

const byDomain = new Map(MARKETPLACES.map((m) => [m.retailDomain, m]));
/** `Amazon.de` -> the DE marketplace; `Non-Amazon` and unknown channels -> undefined. */
export const marketplaceOfSalesChannel = (channel: string) => byDomain.get(channel.toLowerCase().replace(/^www\./, ''));

const ASIN_RE = /^[A-Z0-9]{10}$/;
const CURRENCY_RE = /^[A-Z]{3}$/;

interface OrderAgg {
  order: Order;
  updatedAt: string;
  total: number;
  hasMoney: boolean;
  currency?: string;
}

export class AllOrdersSink implements RowSink {
  private readonly aggs = new Map<string, OrderAgg>();
  private readonly touched = new Set<string>();
  private readonly itemKeys = new KeyCounter();
  private items: OrderItem[] = [];
  private lastOrderId: string | undefined;

  constructor(private readonly ctx: SinkContext) {}

  add(row: Row): void {
    const orderId = row.orderId('amazon-order-id', 'orderId', ORDER_ID_RE);
    const purchaseDate = row.dateTime('purchase-date', 'purchaseDate', true);
    const lastUpdateDate = row.dateTime('last-updated-date', 'lastUpdateDate');
    const statusRaw = row.required('order-status', 'status');
    const status = statusRaw === undefined ? undefined
      : mapOrderStatus(statusRaw) ?? row.fail('order-status', 'status', statusRaw, `'${statusRaw}' is not a known order status`);
    const channelRaw = row.required('fulfillment-channel', 'fulfillment');
    const fulfillment = channelRaw === undefined ? undefined
      : mapFulfillment(channelRaw) ?? row.fail('fulfillment-channel', 'fulfillment', channelRaw, `'${channelRaw}' is not Amazon or Merchant`);
    const asinRaw = row.required('asin', 'asin');
    const asin = asinRaw === undefined ? undefined
      : ASIN_RE.test(asinRaw) ? asinRaw : row.fail('asin', 'asin', asinRaw, `'${asinRaw}' is not an ASIN`);
    const quantity = row.count('quantity', 'quantity', true);
    const currencyRaw = row.get('currency');
    if (currencyRaw && !CURRENCY_RE.test(currencyRaw)) row.fail('currency', 'currency', currencyRaw, `'${currencyRaw}' is not a currency code`);
    const itemPrice = row.money('item-price', 'price');
    const shipping = row.money('shipping-price', 'total');
    const giftWrap = row.money('gift-wrap-price', 'total');
    const itemPromo = row.money('item-promotion-discount', 'total');
    const shipPromo = row.money('ship-promotion-discount', 'total');
    const isBusinessOrder = row.flag('is-business-order', 'isBusinessOrder');
    // text cells are read before the error check: an over-long one is a row error too
    const salesChannel = row.get('sales-channel') || undefined;
    const itemStatusRaw = row.get('item-status');
    const orderItemId = row.get('order-item-id') || undefined;
    const sku = row.get('sku') || undefined;
    const buyerEmail = row.get('buyer-email') || undefined;
    const buyerName = row.get('buyer-name') || undefined;
    const shipCountry = row.get('ship-country') || undefined;
    const title = row.get('product-name');
    if (row.errors.length || !orderId || !purchaseDate || !status || !fulfillment || !asin || quantity === undefined) return;

    const mp = (salesChannel && marketplaceOfSalesChannel(salesChannel)) || this.ctx.marketplace;
    const currency = currencyRaw || mp?.currency;
    const itemStatus = normaliseItemStatus(itemStatusRaw);

    let agg = this.aggs.get(orderId);
    if (!agg) {
      agg = {
        order: compact<Order>({
          orderId, marketplaceId: mp?.id, salesChannel, status, fulfillment, purchaseDate, lastUpdateDate,
          buyerEmail, buyerName, isBusinessOrder, shipCountry, provenance: this.ctx.provenance,
        }),
        updatedAt: lastUpdateDate ?? '', total: 0, hasMoney: false, currency,
      };
      this.aggs.set(orderId, agg);
    } else {
      const o = agg.order;
      if (lastUpdateDate && lastUpdateDate > agg.updatedAt) {
        o.status = status;
        o.fulfillment = fulfillment;
        o.lastUpdateDate = lastUpdateDate;
        agg.updatedAt = lastUpdateDate;
      }
      if (shipCountry && !o.shipCountry) o.shipCountry = shipCountry;
      if (isBusinessOrder !== undefined && o.isBusinessOrder === undefined) o.isBusinessOrder = isBusinessOrder;
      agg.currency ??= currency;
    }

    const money = [itemPrice, shipping, giftWrap, itemPromo, shipPromo];
    if (money.some((v) => v !== undefined)) {
      agg.hasMoney = true;
      if (itemStatus !== 'Canceled') {
        agg.total += (itemPrice ?? 0) + (shipping ?? 0) + (giftWrap ?? 0)
          - Math.abs(itemPromo ?? 0) - Math.abs(shipPromo ?? 0);
      }
    }
    this.touched.add(orderId);
    this.lastOrderId = orderId;

    // Built key by key rather than through compact(): this runs once per row of 100,000-row files.
    const item: OrderItem = { key: this.itemKeys.next(`${orderId}|${orderItemId ?? sku ?? asin}`), orderId, asin, quantity, provenance: this.ctx.provenance };
    if (orderItemId) item.orderItemId = orderItemId;
    if (sku) item.sku = sku;
    if (title) item.title = title;
    if (itemPrice !== undefined && currency) item.price = { amount: itemPrice, currency };
    if (itemStatus) item.itemStatus = itemStatus;
    this.items.push(item);
  }

  take(final: boolean): ReportRecords {
    const out = emptyRecords();
    out.items = this.items;
    this.items = [];
    // The last order read may continue in the next batch: hold it back unless this is the end.
    const held = !final && this.lastOrderId !== undefined && this.touched.has(this.lastOrderId) ? this.lastOrderId : undefined;
    for (const id of this.touched) {
      if (id === held) continue;
      const agg = this.aggs.get(id);
      if (!agg) continue;
      const order: Order = { ...agg.order };
      if (agg.hasMoney && agg.currency) order.total = { amount: Math.round(agg.total * 100) / 100, currency: agg.currency };
      out.orders.push(order);
    }
    this.touched.clear();
    if (held) this.touched.add(held);
    return out;
  }
}
