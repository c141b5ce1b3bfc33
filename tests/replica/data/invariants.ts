/**
 * What the generated data guarantees for ANY `now` (and any seed), by construction (case-orders.ts, the
 * coverage plans in generate.ts), never by luck: the scenarios the demo, the e2e tests and the bench rely
 * on, each with a finder that returns the case. Tests pick their cases through `pickCase` instead of
 * searching the data and hoping; tests/unit/replica-invariants.test.ts generates the data for every day
 * of 440 days (DST changes, month and year ends, 29 February) and checks every invariant.
 *
 * "Lumen US" is the first account's first marketplace (amazon.com), where the e2e tests work. The
 * invariants hold from `MIN_THREADS` threads up (the e2e tests use 60-160, the demo 500).
 */
import { marketplaceById } from '../../../lib/marketplaces';
import { CATEGORIES, type Category } from '../../../lib/model';
import { HOSTILE_PAYLOADS } from './hostile';
import type { ReplicaData, ReplicaFeedback, ReplicaOrder, ReplicaThread } from './types';

export const MIN_THREADS = 60;
const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const nowOf = (data: ReplicaData): number => Date.parse(data.now);
const lumen = (data: ReplicaData): string => data.accounts[0]?.merchantId ?? '';
const orderIndex = new WeakMap<ReplicaData, Map<string, ReplicaOrder>>();
export const orderOf = (data: ReplicaData, id: string | undefined): ReplicaOrder | undefined => {
  let index = orderIndex.get(data);
  if (!index) orderIndex.set(data, index = new Map(data.orders.map((o) => [o.orderId, o])));
  return id === undefined ? undefined : index.get(id);
};
const threadsIn = (data: ReplicaData, marketplaceId: string): ReplicaThread[] =>
  data.threads.filter((t) => t.accountId === lumen(data) && t.marketplaceId === marketplaceId);
const usThreads = (data: ReplicaData): ReplicaThread[] => threadsIn(data, US);
const awaiting = (t: ReplicaThread): boolean => t.status === 'response-needed';
const buyerThread = (t: ReplicaThread): boolean => !t.isSystem && !!t.buyerId;
const singleOrder = (data: ReplicaData, t: ReplicaThread): ReplicaOrder | undefined =>
  t.orderIds.length === 1 ? orderOf(data, t.orderIds[0]) : undefined;

/** When the oldest buyer (or Amazon) message not followed by a seller message was written. */
export const oldestUnanswered = (t: ReplicaThread): number | undefined => {
  let since: number | undefined;
  for (const m of t.messages) {
    if (m.from === 'seller') since = undefined;
    else since ??= Date.parse(m.sentAt);
  }
  return since;
};

/** Amazon (the replica) accepts a review request for it now: shipped, not asked yet, 5-30 days after delivery. */
export const reviewWindowOpen = (o: ReplicaOrder, now: number): boolean =>
  o.status === 'Shipped' && !o.reviewRequestedAt && !!o.earliestDeliveryDate && !!o.latestDeliveryDate
  && now >= Date.parse(o.earliestDeliveryDate) + 5 * DAY && now <= Date.parse(o.latestDeliveryDate) + 30 * DAY;

const shippedSingle = (fulfillment: 'FBA' | 'FBM') => (data: ReplicaData): ReplicaThread | undefined =>
  usThreads(data).find((t) => {
    const o = singleOrder(data, t);
    return buyerThread(t) && o?.fulfillment === fulfillment && o.status === 'Shipped' && !!o.deliveredAt && !!o.earliestDeliveryDate;
  });

/** A hostile thread whose values are short payloads (no very long strings). */
export const hostileShort = (data: ReplicaData, t: ReplicaThread): boolean => t.buyerName.length < 120 && t.subject.length < 300
  && (orderOf(data, t.orderIds[0])?.items ?? []).every((i) => i.title.length < 500 && i.sku.length < 100);

export interface NegativeFeedbackCase { feedback: ReplicaFeedback; orders: ReplicaOrder[]; thread: ReplicaThread; buyerId: string }

/** Every invariant: what it promises, and how to find its case (undefined: the promise is broken). */
export const INVARIANTS = {
  'us-fba-shipped-thread': {
    what: 'Lumen US: a buyer thread about one delivered FBA order',
    find: shippedSingle('FBA'),
  },
  'us-fbm-shipped-thread': {
    what: 'Lumen US: a buyer thread about one delivered FBM order',
    find: shippedSingle('FBM'),
  },
  'us-unshipped-thread': {
    what: 'Lumen US: a buyer thread about one Unshipped order',
    find: (data: ReplicaData) => usThreads(data).find((t) => buyerThread(t) && singleOrder(data, t)?.status === 'Unshipped'),
  },
  'us-returned-refunded-thread': {
    what: 'Lumen US: a buyer thread about one order that has exactly one return and a refund',
    find: (data: ReplicaData) => usThreads(data).find((t) => {
      const o = singleOrder(data, t);
      return buyerThread(t) && !!o && data.returns.filter((r) => r.orderId === o.orderId).length === 1
        && data.refunds.some((f) => f.orderId === o.orderId);
    }),
  },
  'us-multi-order-thread': {
    what: 'Lumen US: a buyer thread about two orders',
    find: (data: ReplicaData) => usThreads(data).find((t) => buyerThread(t) && t.orderIds.length > 1),
  },
  'us-no-order-thread': {
    what: 'Lumen US: a buyer thread about no order',
    find: (data: ReplicaData) => usThreads(data).find((t) => !t.isSystem && t.orderIds.length === 0),
  },
  'us-negative-feedback-repeat-buyer': {
    what: 'Lumen US: a buyer with a negative feedback (1-2 stars) at most 50 days old (inside the 60-day removal window), '
      + 'two or more orders, and a thread about one of them',
    find: (data: ReplicaData): NegativeFeedbackCase | undefined => {
      for (const feedback of data.feedback) {
        if (feedback.accountId !== lumen(data) || feedback.marketplaceId !== US || feedback.rating > 2) continue;
        if (nowOf(data) - Date.parse(feedback.date) > 50 * DAY) continue;
        const buyerId = orderOf(data, feedback.orderId)?.buyerId;
        const orders = data.orders.filter((o) => o.buyerId === buyerId && o.marketplaceId === US);
        const thread = usThreads(data).find((t) => t.buyerId === buyerId && t.orderIds.length === 1);
        if (buyerId && orders.length >= 2 && thread) return { feedback, orders, thread, buyerId };
      }
      return undefined;
    },
  },
  'us-cancel-request': {
    what: 'Lumen US: an English buyer thread awaiting an answer, about an order, asking to cancel it',
    find: (data: ReplicaData) => usThreads(data).find((t) => buyerThread(t) && awaiting(t) && t.language === 'en'
      && t.orderIds.length > 0 && t.expectedCategory === 'cancel-order'),
  },
  'us-open-threads-with-order': {
    what: 'Lumen US: at least 10 English buyer threads awaiting an answer, each about an order (tests that write to a thread take their own)',
    find: (data: ReplicaData) => {
      const list = usThreads(data).filter((t) => buyerThread(t) && awaiting(t) && t.language === 'en' && t.orderIds.length > 0);
      return list.length >= 10 ? list : undefined;
    },
  },
  'us-deadline-mix': {
    what: 'Lumen US: overdue, due-soon and on-time buyer threads, and answered and settled ones',
    find: (data: ReplicaData) => {
      const list = usThreads(data);
      const has = (s: ReplicaThread['scenario']) => list.some((t) => t.scenario === s && (!awaiting(t) || buyerThread(t)));
      return (['overdue', 'due-soon', 'on-time', 'answered', 'no-response-needed'] as const).every(has) ? list : undefined;
    },
  },
  'us-weekend-overdue': {
    what: 'Lumen US: an overdue buyer thread whose unanswered message was written on a Saturday or Sunday (US time), '
      + 'at least 25 hours ago (clear of the deadline boundary)',
    find: (data: ReplicaData) => usThreads(data).find((t) => buyerThread(t) && t.weekend && t.scenario === 'overdue'
      && nowOf(data) - (oldestUnanswered(t) ?? Infinity) >= 25 * HOUR),
  },
  'us-new-buyer-message': {
    what: 'Lumen US: a buyer thread awaiting an answer whose newest message is less than 20 hours old (holiday auto-reply)',
    find: (data: ReplicaData) => usThreads(data).find((t) => buyerThread(t) && awaiting(t)
      && nowOf(data) - Date.parse(t.messages.at(-1)?.sentAt ?? '') < 20 * HOUR),
  },
  'us-notice-awaiting': {
    what: 'Lumen US: an Amazon notice marked "response needed" that arrived in the last 20 hours (must get no reply, no deadline)',
    find: (data: ReplicaData) => usThreads(data).find((t) => t.isSystem && awaiting(t)
      && nowOf(data) - Date.parse(t.messages.at(-1)?.sentAt ?? '') < 20 * HOUR),
  },
  'us-notice-settled': {
    what: 'Lumen US: an Amazon notice with no response needed',
    find: (data: ReplicaData) => usThreads(data).find((t) => t.isSystem && t.status === 'no-response-needed'),
  },
  'de-open-threads': {
    what: 'Lumen DE: at least 3 buyer threads awaiting an answer (another time zone)',
    find: (data: ReplicaData) => {
      const list = threadsIn(data, DE).filter((t) => buyerThread(t) && awaiting(t));
      return list.length >= 3 ? list : undefined;
    },
  },
  'every-category-awaiting-per-marketplace': {
    what: 'Lumen, every marketplace with at least 9 threads: a buyer thread awaiting an answer in every category, in its language',
    find: (data: ReplicaData) => {
      let checked = 0;
      for (const marketplaceId of data.accounts[0]?.marketplaceIds ?? []) {
        const list = threadsIn(data, marketplaceId);
        if (list.length < CATEGORIES.length) continue;
        checked++;
        const language = marketplaceById(marketplaceId)?.language;
        const seen = new Set<Category>(list.filter((t) => buyerThread(t) && awaiting(t) && t.language === language).map((t) => t.expectedCategory));
        if (CATEGORIES.some((c) => !seen.has(c))) return undefined;
      }
      return checked > 0 || undefined;
    },
  },
  'review-request-orders': {
    what: 'Lumen US: at least 4 orders Amazon accepts a review request for now, one already asked for, one too early, one too late',
    find: (data: ReplicaData) => {
      const now = nowOf(data);
      const shipped = data.orders.filter((o) => o.accountId === lumen(data) && o.marketplaceId === US && o.status === 'Shipped');
      const open = shipped.filter((o) => reviewWindowOpen(o, now));
      const asked = shipped.some((o) => !!o.reviewRequestedAt && Date.parse(o.reviewRequestedAt) < now);
      const early = shipped.some((o) => !o.reviewRequestedAt && !!o.earliestDeliveryDate && now < Date.parse(o.earliestDeliveryDate) + 5 * DAY);
      const late = shipped.some((o) => !o.reviewRequestedAt && !!o.latestDeliveryDate && now > Date.parse(o.latestDeliveryDate) + 30 * DAY);
      return open.length >= 4 && asked && early && late ? open : undefined;
    },
  },
  'threads-after-their-orders': {
    what: 'every thread: its first message comes after the purchase of every order it is about, and no message lies in the future',
    find: (data: ReplicaData) => data.threads.every((t) => {
      const first = Date.parse(t.messages[0]?.sentAt ?? '');
      return t.messages.every((m) => Date.parse(m.sentAt) <= nowOf(data))
        && t.orderIds.every((id) => Date.parse(orderOf(data, id)?.purchaseDate ?? '') < first);
    }) || undefined,
  },
  'us-response-needed-beyond-first-page': {
    what: 'demo size only (500 threads): Lumen US has more cases needing a response than one page of the v3 list holds '
      + '(25), and the buyer case about one order (no other case of it) whose newest message is the oldest (the most '
      + 'overdue by what the list shows) is overdue by more than a day and not among the 25 newest',
    demoSizeOnly: true,
    find: (data: ReplicaData) => {
      const newest = (t: ReplicaThread) => Math.max(...t.messages.map((m) => Date.parse(m.sentAt)));
      const cases = usThreads(data).filter(awaiting).sort((a, b) => newest(b) - newest(a));
      // the list names a case by its order id (no case link): one order, no other case of it
      const byOrder = (t: ReplicaThread) => t.orderIds.length === 1 && cases.filter((c) => c.orderIds.includes(t.orderIds[0]!)).length === 1;
      const mostOverdue = cases.filter((t) => buyerThread(t) && byOrder(t)).at(-1);
      if (cases.length <= 25 || !mostOverdue || nowOf(data) - newest(mostOverdue) < 48 * HOUR) return undefined;
      return cases.indexOf(mostOverdue) >= 25 ? { cases, mostOverdue } : undefined;
    },
  },
  'hostile-short-and-long-threads': {
    what: 'hostile data only: Lumen US has an English buyer thread awaiting an answer about one order whose values are short '
      + 'payloads, and a buyer thread about one order with very long values',
    hostileOnly: true,
    find: (data: ReplicaData) => {
      const single = usThreads(data).filter((t) => buyerThread(t) && t.orderIds.length === 1);
      const short = single.find((t) => awaiting(t) && t.language === 'en' && hostileShort(data, t));
      const long = single.find((t) => !hostileShort(data, t));
      return short && long ? { short, long } : undefined;
    },
  },
  'hostile-every-payload-listed': {
    what: 'hostile data only: the buyer names of Lumen US\'s buyer threads carry every short payload (zero-width and bidi '
      + 'characters included), each in at least one thread',
    hostileOnly: true,
    find: (data: ReplicaData) => {
      const named = usThreads(data).filter(buyerThread);
      const byPayload = HOSTILE_PAYLOADS.map((p) => named.find((t) => t.buyerName.includes(p)));
      return byPayload.every((t) => t !== undefined) ? byPayload as ReplicaThread[] : undefined;
    },
  },
} as const;

export type InvariantName = keyof typeof INVARIANTS;
type Found<N extends InvariantName> = NonNullable<ReturnType<(typeof INVARIANTS)[N]['find']>>;

/** The case an invariant guarantees; throws (naming the invariant, seed and `now`) when the data breaks it. */
export function pickCase<N extends InvariantName>(data: ReplicaData, name: N): Found<N> {
  const found = INVARIANTS[name].find(data) as Found<N> | undefined;
  if (found === undefined) throw new Error(`replica data (seed ${data.seed}, now ${data.now}) breaks its invariant "${name}": ${INVARIANTS[name].what}`);
  return found;
}
