/** Buyer-seller message threads for one account + marketplace, with deadlines relative to `now`. */
import type { Marketplace } from '../../../lib/marketplaces';
import type { Category, Language, ThreadStatus } from '../../../lib/model';
import { buyerText, followUpText, sellerText, subjectFor, systemMessage, type ComposeContext } from './compose';
import type { Rng } from './random';
import { DAY, HOUR, MINUTE, iso, isWeekendIn, weekendHours } from './time';
import type {
  ReplicaAccount, ReplicaBuyer, ReplicaMessage, ReplicaOrder, ReplicaProduct, ReplicaThread, SenderType, SystemKind, ThreadScenario,
} from './types';

const HEX = '0123456789abcdef';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const CATEGORY_LIST: Category[] = ['where-is-my-order', 'return-refund', 'cancel-order', 'address-change', 'product-question', 'product-issue', 'invoice', 'feedback-review', 'other'];
const CATEGORY_WEIGHTS = [22, 16, 8, 5, 14, 13, 6, 5, 11];
const SYSTEM_KINDS: SystemKind[] = ['undeliverable', 'delivery-failure', 'return-authorization', 'a-to-z-claim', 'refund-initiated'];
const SYSTEM_CATEGORY: Record<SystemKind, Category> = {
  undeliverable: 'other', 'delivery-failure': 'other', 'return-authorization': 'return-refund',
  'a-to-z-claim': 'return-refund', 'refund-initiated': 'return-refund',
};
type Stage = 'open' | 'in-transit' | 'delivered' | 'canceled';
const STAGES: Record<Category, Stage[]> = {
  'where-is-my-order': ['in-transit', 'open', 'delivered'], 'return-refund': ['delivered'], 'cancel-order': ['open', 'canceled'],
  'address-change': ['open'], 'product-question': ['delivered', 'open', 'in-transit'], 'product-issue': ['delivered'],
  invoice: ['delivered', 'in-transit'], 'feedback-review': ['delivered'], other: ['delivered', 'in-transit'],
};
const NO_ORDER_CHANCE: Partial<Record<Category, number>> = { 'product-question': 0.45, other: 0.25 };

export interface ThreadContext {
  rng: Rng;
  nowMs: number;
  account: ReplicaAccount;
  marketplace: Marketplace;
  language: Language;
  products: readonly ReplicaProduct[];
  orders: readonly ReplicaOrder[];
  buyers: ReadonlyMap<string, ReplicaBuyer>;
  marketplaceBuyers: readonly ReplicaBuyer[];
  ordersByBuyer: ReadonlyMap<string, ReplicaOrder[]>;
}

export interface ThreadPlan {
  category?: Category;
  scenario?: ThreadScenario;
  system?: boolean;
  weekend?: boolean;
  /** the thread is about exactly these orders (the first is its main order; all of one buyer) */
  orders?: readonly ReplicaOrder[];
  /** the thread is about no order */
  noOrder?: boolean;
}

const uuid = (rng: Rng): string =>
  `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`;

interface OrderTimes { order: ReplicaOrder; purchase: number; shipped: number; delivered: number; canceled: boolean }
const timesCache = new WeakMap<readonly ReplicaOrder[], OrderTimes[]>();
const orderTimes = (orders: readonly ReplicaOrder[]): OrderTimes[] => {
  let times = timesCache.get(orders);
  if (!times) {
    times = orders.map((order) => ({
      order,
      purchase: Date.parse(order.purchaseDate),
      shipped: order.shipDate ? Date.parse(order.shipDate) : Infinity,
      delivered: order.deliveredAt ? Date.parse(order.deliveredAt) : Infinity,
      canceled: order.status === 'Canceled' || order.status === 'Unfulfillable',
    }));
    timesCache.set(orders, times);
  }
  return times;
};

const stageAt = (o: OrderTimes, at: number): Stage =>
  o.canceled ? 'canceled' : o.delivered < at ? 'delivered' : o.shipped < at ? 'in-transit' : 'open';

const pickOrder = (ctx: ThreadContext, category: Category, at: number): ReplicaOrder | undefined => {
  const placed = orderTimes(ctx.orders).filter((o) => o.purchase < at - 10 * MINUTE);
  const stages = STAGES[category];
  const fitting = placed.filter((o) => stages.includes(stageAt(o, at)));
  if (fitting.length) return ctx.rng.pick(fitting).order;
  return placed.length ? ctx.rng.pick(placed).order : undefined;
};

const weekendCache = new Map<string, number[]>();
const recentWeekendHours = (nowMs: number, timeZone: string): number[] => {
  const key = `${nowMs}|${timeZone}`;
  let hours = weekendCache.get(key);
  if (!hours) {
    if (weekendCache.size > 64) weekendCache.clear();
    hours = weekendHours(nowMs - 8 * DAY, nowMs - HOUR, timeZone);
    weekendCache.set(key, hours);
  }
  return hours;
};

/** When the oldest unanswered message was written, for a response-needed scenario. */
const unansweredAt = (ctx: ThreadContext, scenario: ThreadScenario, weekend: boolean): number => {
  const { rng, nowMs } = ctx;
  if (weekend) {
    const hours = recentWeekendHours(nowMs, ctx.marketplace.timeZone);
    // an overdue weekend case, well clear of the 24-hour boundary: the last 8 days always hold a whole weekend
    const clear = scenario === 'overdue' ? hours.filter((h) => h < nowMs - 25 * HOUR) : hours;
    const from = clear.length ? clear : hours;
    if (from.length) return rng.pick(from) + rng.int(0, 55) * MINUTE;
  }
  if (scenario === 'overdue') return nowMs - 24 * HOUR - Math.round(10 * MINUTE + rng.next() ** 2 * 5 * DAY);
  if (scenario === 'due-soon') return nowMs - 20 * HOUR - rng.int(10, 230) * MINUTE;
  return nowMs - rng.int(5, 19 * 60 + 40) * MINUTE;
};

const scenarioOfAge = (age: number): ThreadScenario => (age > 24 * HOUR ? 'overdue' : age > 20 * HOUR ? 'due-soon' : 'on-time');

export const buildThread = (ctx: ThreadContext, plan: ThreadPlan = {}): ReplicaThread => {
  const { rng, nowMs, marketplace, language } = ctx;
  const threadId = uuid(rng);
  const isSystem = plan.system ?? rng.chance(0.08);
  const systemKind = isSystem ? rng.pick(SYSTEM_KINDS) : undefined;
  const category = systemKind ? SYSTEM_CATEGORY[systemKind] : plan.category ?? rng.weighted(CATEGORY_LIST, CATEGORY_WEIGHTS);
  let scenario: ThreadScenario = plan.scenario ?? (isSystem
    ? rng.weighted<ThreadScenario>(['on-time', 'overdue', 'no-response-needed'], [20, 15, 65])
    : rng.weighted<ThreadScenario>(['overdue', 'due-soon', 'on-time', 'answered', 'no-response-needed'], [10, 6, 16, 53, 15]));
  const responseNeeded = scenario === 'overdue' || scenario === 'due-soon' || scenario === 'on-time';
  const weekend = responseNeeded && (plan.weekend ?? rng.chance(0.1));
  const t = responseNeeded ? unansweredAt(ctx, scenario, weekend)
    : scenario === 'answered' ? nowMs - rng.int(2 * 60, 30 * 24 * 60) * MINUTE : nowMs - rng.int(60, 20 * 24 * 60) * MINUTE;
  if (responseNeeded) scenario = scenarioOfAge(nowMs - t);

  const noOrder = plan.noOrder ?? (!plan.orders && !isSystem && rng.chance(NO_ORDER_CHANCE[category] ?? 0.03));
  const order = noOrder ? undefined : plan.orders?.[0] ?? pickOrder(ctx, category, t);
  const buyer = order ? ctx.buyers.get(order.buyerId) : rng.pick(ctx.marketplaceBuyers);
  const others = order && buyer && !plan.orders
    ? (ctx.ordersByBuyer.get(buyer.buyerId) ?? []).filter((o) => o !== order && Date.parse(o.purchaseDate) < t) : [];
  const secondOrder = plan.orders ? plan.orders[1] : !isSystem && others.length && rng.chance(0.35) ? rng.pick(others) : undefined;
  const productAsin = order?.items[0]?.asin;
  const product = ctx.products.find((p) => p.asin === productAsin) ?? rng.pick(ctx.products);
  const compose = (at: number): ComposeContext => ({
    rng, language, marketplaceCode: marketplace.code, timeZone: marketplace.timeZone, sellerName: ctx.account.name,
    buyer, order, secondOrder, product, at,
  });

  const messages: ReplicaMessage[] = [];
  const add = (from: SenderType, at: number, text: string, extra: Partial<ReplicaMessage> = {}): void => {
    const senderName = from === 'amazon' ? 'Amazon' : from === 'seller' ? ctx.account.name : buyer?.name ?? '';
    const attachments = from === 'buyer' && category === 'product-issue' && rng.chance(0.25)
      ? [{ name: `IMG_${rng.digits(4)}.jpg`, type: 'image/jpeg', size: rng.int(180_000, 3_500_000) }] : [];
    messages.push({ messageId: `M${rng.chars(UPPER, 14)}`, threadId, from, senderName, text, sentAt: iso(at), attachments, ...extra });
  };

  let subject: string;
  if (systemKind) {
    const msg = systemMessage(compose(t), systemKind);
    subject = msg.subject;
    add('amazon', t, msg.text, { expectedCategory: category, systemKind });
  } else {
    subject = subjectFor(compose(t), category);
    // an earlier exchange only after every order the thread is about was placed
    const purchase = order ? Math.max(...[order, secondOrder].map((o) => (o ? Date.parse(o.purchaseDate) : 0))) : t - 30 * DAY;
    if (responseNeeded && rng.chance(0.25) && t - 2 * DAY > purchase) {
      const first = t - rng.int(26, 96) * HOUR;
      if (first > purchase) {
        add('buyer', first, buyerText(compose(first), category), { expectedCategory: category });
        const replyAt = Math.min(t - 10 * MINUTE, first + rng.int(60, 20 * 60) * MINUTE);
        add('seller', replyAt, sellerText(compose(replyAt)));
      }
    }
    add('buyer', t, buyerText(compose(t), category), { expectedCategory: category });
    if (responseNeeded) {
      const nudges = rng.weighted([0, 1, 2], [60, 30, 10]);
      const span = nowMs - 2 * MINUTE - t;
      const fractions = Array.from({ length: nudges }, () => rng.next()).sort((a, b) => a - b);
      for (const f of fractions) {
        if (span <= MINUTE) break;
        const at = t + Math.max(MINUTE, Math.round(f * span));
        add('buyer', at, followUpText(compose(at)), { expectedCategory: category, isFollowUp: true });
      }
    } else if (scenario === 'answered') {
      let at = Math.min(nowMs - 5 * MINUTE, t + rng.int(10, 30 * 60) * MINUTE);
      add('seller', at, sellerText(compose(at)));
      const again = at + rng.int(60, 48 * 60) * MINUTE;
      if (rng.chance(0.3) && again + 2 * HOUR < nowMs) {
        add('buyer', again, buyerText(compose(again), category), { expectedCategory: category });
        at = Math.min(nowMs - 5 * MINUTE, again + rng.int(10, 20 * 60) * MINUTE);
        add('seller', at, sellerText(compose(at)));
      }
    }
  }
  const status: ThreadStatus = responseNeeded ? 'response-needed' : scenario === 'answered' ? 'answered' : 'no-response-needed';
  const orderIds = [order?.orderId, secondOrder?.orderId].filter((id): id is string => Boolean(id));
  return {
    threadId, accountId: ctx.account.merchantId, marketplaceId: marketplace.id,
    ...(isSystem || !buyer ? {} : { buyerId: buyer.buyerId }),
    buyerName: isSystem ? 'Amazon' : buyer?.name ?? '',
    orderIds, subject, status, isSystem, language, scenario,
    weekend: responseNeeded && isWeekendIn(t, marketplace.timeZone),
    expectedCategory: category, messages,
  };
};
