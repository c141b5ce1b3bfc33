/**
 * The replica's seeded data generator: the same seed and `now` always give the same data.
 * `generateReplicaData({ seed, threads, now })`.
 */
import { marketplaceById, type Marketplace } from '../../../lib/marketplaces';
import { CATEGORIES, type Category, type Language } from '../../../lib/model';
import { MARKETPLACE_WEIGHTS, REPLICA_ACCOUNTS } from './accounts';
import { buildAfterSales } from './after-sales';
import { buildCaseOrders, type CaseOrderKind, type CaseOrders } from './case-orders';
import { KIRIN_CATALOG, LUMEN_CATALOG } from './catalog';
import { ORDER_STATUSES, buildOrders } from './orders';
import { buildProducts } from './products';
import { createRng } from './random';
import { makeHostile } from './hostile';
import { buildThread, type ThreadPlan } from './threads';
import { DAY, iso } from './time';
import type { GenerateOptions, ReplicaBuyer, ReplicaData, ReplicaOrder } from './types';

const BRANDS = [{ brand: 'Lumen', catalog: LUMEN_CATALOG }, { brand: 'Kirin', catalog: KIRIN_CATALOG }];

/** Split `total` by weights (largest remainder), so the counts always add up. */
export const apportion = (total: number, weights: readonly number[]): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < total - counts.reduce((a, b) => a + b, 0); k++) {
    const i = order[k % order.length]?.[1] ?? 0;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
};

/**
 * The first threads of each marketplace, in this order, whatever the dice and `now` say: a buyer awaiting an
 * answer in every category (several about the case orders of case-orders.ts), a weekend case, Amazon's
 * notices awaiting and settled, an answered thread, one about no order. invariants.ts names what they give.
 */
const coveragePlans = (cases: CaseOrders): ThreadPlan[] => {
  const about = (kind: CaseOrderKind): ThreadPlan => ({ orders: cases.threadOrders[kind] });
  const plans: Record<Category, ThreadPlan> = {
    'where-is-my-order': { scenario: 'on-time', ...about('multi') },
    'return-refund': { scenario: 'due-soon', ...about('returned') },
    'cancel-order': { scenario: 'on-time', ...about('unshipped') },
    'address-change': { scenario: 'overdue' },
    'product-question': { scenario: 'due-soon', ...about('fba-shipped') },
    'product-issue': { scenario: 'on-time', ...about('negative-feedback') },
    invoice: { scenario: 'overdue', ...about('fbm-shipped') },
    'feedback-review': { scenario: 'due-soon' },
    other: { scenario: 'overdue' },
  };
  return [
    ...CATEGORIES.map((category): ThreadPlan => ({ category, system: false, weekend: false, ...plans[category] })),
    { scenario: 'overdue', weekend: true, system: false },
    { scenario: 'on-time', system: true },
    { scenario: 'no-response-needed', system: true },
    { scenario: 'answered', system: false },
    { category: 'product-question', scenario: 'on-time', system: false, noOrder: true },
    { category: 'other', scenario: 'no-response-needed', system: false },
  ];
};

export const generateReplicaData = ({ seed = 1, threads = 500, now = new Date(), hostile = false }: GenerateOptions = {}): ReplicaData => {
  const rng = createRng(seed);
  const nowMs = now.getTime();
  const data: ReplicaData = {
    seed, now: iso(nowMs), accounts: REPLICA_ACCOUNTS.map((a) => ({ ...a, marketplaceIds: [...a.marketplaceIds] })),
    products: [], buyers: [], orders: [], threads: [], returns: [], refunds: [], feedback: [], reviews: [],
  };
  const languageOf = (marketplaceId: string): Language => (marketplaceById(marketplaceId)?.language ?? 'en') as Language;

  data.accounts.forEach((account, a) => {
    const { brand, catalog } = BRANDS[a] ?? BRANDS[0]!;
    const products = buildProducts(rng, account, brand, catalog);
    data.products.push(...products);
    const markets = account.marketplaceIds.map((id) => marketplaceById(id)).filter((m): m is Marketplace => Boolean(m));
    const threadTotal = a === 0 ? threads : Math.max(1, Math.round(threads / 5));
    const perMarket = apportion(threadTotal, markets.map((m) => MARKETPLACE_WEIGHTS[m.code] ?? 5));
    markets.forEach((marketplace, m) => {
      const language = marketplace.language as Language;
      const threadCount = perMarket[m] ?? 0;
      const ctx = { rng, nowMs, account, marketplace, language, products };
      const cases = buildCaseOrders(ctx);
      const random = buildOrders(ctx, Math.ceil(threadCount * 1.6) + 12, m === 0 ? ORDER_STATUSES : []);
      for (const order of random.orders) {
        if (order.deliveredAt && rng.chance(0.15)) {
          const at = Date.parse(order.deliveredAt) + rng.int(5, 9) * DAY;
          if (at < nowMs) order.reviewRequestedAt = iso(at);
        }
      }
      const buyers = [...cases.buyers, ...random.buyers];
      const orders = [...cases.orders, ...random.orders];
      data.buyers.push(...buyers);
      data.orders.push(...orders);
      const buyerMap = new Map<string, ReplicaBuyer>(buyers.map((b) => [b.buyerId, b]));
      const ordersByBuyer = new Map<string, ReplicaOrder[]>();
      for (const order of orders) ordersByBuyer.set(order.buyerId, [...(ordersByBuyer.get(order.buyerId) ?? []), order]);
      const threadCtx = { ...ctx, orders, buyers: buyerMap, marketplaceBuyers: buyers, ordersByBuyer };
      const plans = coveragePlans(cases);
      for (let i = 0; i < threadCount; i++) data.threads.push(buildThread(threadCtx, plans[i] ?? {}));
      // the case orders' after-sales records are decided in case-orders.ts, never by the dice
      const after = buildAfterSales(rng, nowMs, random.orders, buyerMap, languageOf);
      data.returns.push(...cases.returns, ...after.returns);
      data.refunds.push(...cases.refunds, ...after.refunds);
      data.feedback.push(...cases.feedback, ...after.feedback);
      data.reviews.push(...after.reviews);
    });
  });
  return hostile ? makeHostile(data) : data;
};
