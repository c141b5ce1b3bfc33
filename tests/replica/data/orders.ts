/** Buyers (regular, repeat, bulk) and their orders for one account + marketplace. */
import type { Marketplace } from '../../../lib/marketplaces';
import type { Language, OrderStatus } from '../../../lib/model';
import { money, roundMoney, shippingFee, unitPrice } from './money';
import { FIRST_NAMES, LAST_NAMES, fullName } from './names';
import type { Rng } from './random';
import { DAY, HOUR, MINUTE, iso } from './time';
import type { BuyerKind, ReplicaAccount, ReplicaBuyer, ReplicaOrder, ReplicaOrderItem, ReplicaProduct } from './types';

export const ORDER_STATUSES: readonly OrderStatus[] = [
  'Pending', 'Unshipped', 'PartiallyShipped', 'Shipped', 'Canceled', 'Unfulfillable', 'InvoiceUnconfirmed', 'PendingAvailability',
];
const STATUS_WEIGHTS = [5, 10, 3, 70, 6, 1, 2, 2];
/** How long ago such an order was placed, in days [min, max]. */
const AGE_DAYS: Record<OrderStatus, [number, number]> = {
  Pending: [0.05, 1], Unshipped: [0.1, 2.5], PartiallyShipped: [1, 5], Shipped: [1.5, 60], Canceled: [0.2, 40],
  Unfulfillable: [1, 20], InvoiceUnconfirmed: [0.3, 3], PendingAvailability: [1, 25],
};
const ORDER_PREFIX: Record<string, readonly string[]> = {
  NA: ['111', '112', '113', '114', '701', '702'], EU: ['028', '302', '303', '304', '305', '404', '406'], FE: ['249', '250', '503'],
};
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export interface OrderContext {
  rng: Rng;
  nowMs: number;
  account: ReplicaAccount;
  marketplace: Marketplace;
  language: Language;
  products: readonly ReplicaProduct[];
}

export const makeBuyer = (ctx: OrderContext, kind: BuyerKind): ReplicaBuyer => {
  const { rng, language, marketplace } = ctx;
  const name = fullName(language, rng.pick(FIRST_NAMES[language]), rng.pick(LAST_NAMES[language]));
  return {
    buyerId: `A${rng.chars(UPPER_ALNUM, 13)}`,
    accountId: ctx.account.merchantId,
    marketplaceId: marketplace.id,
    name,
    relayEmail: `${rng.chars(LOWER_ALNUM, 16)}@marketplace.${marketplace.retailDomain}`,
    language,
    kind,
    optedOut: rng.chance(0.04),
  };
};

const makeItems = (ctx: OrderContext, bulk: boolean, status: OrderStatus): ReplicaOrderItem[] => {
  const { rng, products, marketplace, language } = ctx;
  const count = rng.weighted([1, 2, 3], [70, 22, 8]);
  const chosen = rng.shuffle(products).slice(0, count);
  return chosen.map((product, i) => {
    const qty = bulk && i === 0 ? rng.int(5, 24) : rng.weighted([1, 2, 3], [82, 13, 5]);
    const shipped = status === 'Shipped' ? qty : status === 'PartiallyShipped' && i === 0 ? Math.max(1, qty - 1) : 0;
    return {
      orderItemId: rng.digits(14),
      asin: product.asin,
      sku: product.sku,
      title: product.titles[language],
      quantityOrdered: qty,
      quantityShipped: shipped,
      itemPrice: money(unitPrice(product.basePriceUsd, marketplace.currency) * qty, marketplace.currency),
    };
  });
};

export interface OrderOptions {
  bulk?: boolean;
  /** lets the caller make sure every status appears */
  status?: OrderStatus;
  /** FBA or FBM instead of the dice (Unfulfillable is always FBA, InvoiceUnconfirmed always FBM) */
  fulfillment?: 'FBA' | 'FBM';
  /** placed this many days before `now` (fractions allowed) instead of the status's usual range */
  ageDays?: number;
}

/** One order. */
export const makeOrder = (ctx: OrderContext, buyer: ReplicaBuyer, opts: OrderOptions = {}): ReplicaOrder => {
  const { rng, nowMs, marketplace } = ctx;
  const status = opts.status ?? rng.weighted(ORDER_STATUSES, STATUS_WEIGHTS);
  const dice = rng.chance(0.6) ? 'FBA' : 'FBM';
  const fulfillment = status === 'Unfulfillable' ? 'FBA' : status === 'InvoiceUnconfirmed' ? 'FBM' : opts.fulfillment ?? dice;
  const [minAge, maxAge] = AGE_DAYS[status];
  const drawn = minAge + rng.next() ** 1.6 * (maxAge - minAge);
  const purchase = nowMs - Math.round((opts.ageDays ?? drawn) * DAY);
  const orderId = `${rng.pick(ORDER_PREFIX[marketplace.region] ?? ['111'])}-${rng.digits(7)}-${rng.digits(7)}`;
  const earliestShip = purchase + (fulfillment === 'FBA' ? 4 * HOUR : DAY);
  const latestShip = earliestShip + rng.int(1, 2) * DAY;
  const transit = marketplace.code === 'JP' ? 1 : rng.int(1, 3);
  const earliestDelivery = latestShip + transit * DAY;
  const latestDelivery = earliestDelivery + rng.int(2, 5) * DAY;
  const hasDelivery = !['Pending', 'Canceled', 'PendingAvailability'].includes(status);
  const shipped = status === 'Shipped' || status === 'PartiallyShipped';
  const shipMs = shipped ? Math.min(nowMs - HOUR, earliestShip + rng.next() * (latestShip - earliestShip)) : undefined;
  const deliveredMs = status === 'Shipped' && shipMs !== undefined
    ? shipMs + transit * DAY + rng.int(-12, 36) * HOUR : undefined;
  const delivered = deliveredMs !== undefined && deliveredMs < nowMs - 30 * MINUTE ? deliveredMs : undefined;
  const items = makeItems(ctx, opts.bulk === true, status);
  const itemsTotal = items.reduce((sum, item) => sum + item.itemPrice.amount, 0);
  const shipping = fulfillment === 'FBM' && rng.chance(0.4) ? shippingFee(marketplace.currency) : 0;
  const lastUpdate = Math.min(nowMs - 5 * MINUTE, Math.max(purchase + 10 * MINUTE, delivered ?? shipMs ?? purchase + HOUR));
  return {
    orderId,
    accountId: ctx.account.merchantId,
    marketplaceId: marketplace.id,
    salesChannel: `Amazon.${marketplace.retailDomain.replace(/^amazon\./, '')}`,
    buyerId: buyer.buyerId,
    status,
    fulfillment,
    purchaseDate: iso(purchase),
    lastUpdateDate: iso(lastUpdate),
    earliestShipDate: iso(earliestShip),
    latestShipDate: iso(latestShip),
    ...(hasDelivery ? { earliestDeliveryDate: iso(earliestDelivery), latestDeliveryDate: iso(latestDelivery) } : {}),
    ...(shipMs !== undefined ? { shipDate: iso(shipMs) } : {}),
    ...(delivered !== undefined ? { deliveredAt: iso(delivered) } : {}),
    items,
    total: money(roundMoney(itemsTotal + shipping, marketplace.currency), marketplace.currency),
    isPrime: fulfillment === 'FBA' && rng.chance(0.8),
    isBusinessOrder: opts.bulk === true ? rng.chance(0.5) : rng.chance(0.04),
  };
};

/**
 * About `count` orders for one marketplace: most buyers order once, repeat buyers 2-5 times, bulk buyers
 * order 5+ of an item. `forceStatuses` are used first, in order.
 */
export const buildOrders = (ctx: OrderContext, count: number, forceStatuses: readonly OrderStatus[] = []):
  { buyers: ReplicaBuyer[]; orders: ReplicaOrder[] } => {
  const { rng } = ctx;
  const buyers: ReplicaBuyer[] = [];
  const orders: ReplicaOrder[] = [];
  const forced = [...forceStatuses];
  const nextStatus = (): OrderStatus | undefined => forced.shift();
  // make sure both special kinds exist in every marketplace
  const kinds: BuyerKind[] = ['repeat', 'bulk'];
  while (orders.length < count) {
    const kind = kinds.shift() ?? rng.weighted<BuyerKind>(['regular', 'repeat', 'bulk'], [86, 9, 5]);
    const buyer = makeBuyer(ctx, kind);
    buyers.push(buyer);
    const n = kind === 'repeat' ? rng.int(2, 5) : kind === 'bulk' ? rng.int(1, 2) : 1;
    for (let i = 0; i < n; i++) {
      const status = nextStatus();
      orders.push(makeOrder(ctx, buyer, { bulk: kind === 'bulk' && i === 0, ...(status ? { status } : {}) }));
    }
  }
  return { buyers, orders };
};
