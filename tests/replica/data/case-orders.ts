/**
 * Orders built on purpose for the cases the demo, the e2e tests and the bench rely on (see invariants.ts),
 * in every marketplace, for any `now`: the dice never decide whether such a case exists. Each case order is
 * placed a fixed number of days before `now`, so its stage (unshipped, delivered, in the review window...)
 * is the same on every day. The random orders come on top (orders.ts).
 */
import { money } from './money';
import { PHRASES } from './phrases';
import { makeBuyer, makeOrder, type OrderContext } from './orders';
import { DAY, HOUR, iso } from './time';
import type { ReplicaBuyer, ReplicaFeedback, ReplicaOrder, ReplicaRefund, ReplicaReturn } from './types';

/** The orders a thread plan can ask for by name (threads.ts `ThreadPlan.caseOrder`). */
export type CaseOrderKind = 'fba-shipped' | 'fbm-shipped' | 'unshipped' | 'returned' | 'negative-feedback' | 'multi';

export interface CaseOrders {
  buyers: ReplicaBuyer[];
  orders: ReplicaOrder[];
  /** the orders a thread of that kind is about (two for `multi`) */
  threadOrders: Record<CaseOrderKind, ReplicaOrder[]>;
  /** after-sales records that belong to the cases (a return with its refund, a negative feedback) */
  returns: ReplicaReturn[];
  refunds: ReplicaRefund[];
  feedback: ReplicaFeedback[];
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Days before `now` each case order was placed; chosen so the stage holds whatever the dice add. */
const AGE = {
  // delivered (at most 7.5 days after purchase) and inside Amazon's review window: at most 11 days after
  // purchase earliest delivery + 5 days has passed, latest delivery + 30 days is still ahead
  delivered: [12, 18],
  returned: [16, 24],
  unshipped: [1.2, 2.2], // older than any on-time buyer message (at most 19 h 40 min old)
  reviewRequested: [14, 18],
  tooEarly: [2.5, 3], // earliest delivery + 5 days is still ahead
  tooLate: [45, 55], // latest delivery + 30 days is behind
} as const;

export const buildCaseOrders = (ctx: OrderContext): CaseOrders => {
  const { rng, nowMs } = ctx;
  const buyers: ReplicaBuyer[] = [];
  const orders: ReplicaOrder[] = [];
  const age = ([min, max]: readonly [number, number]): number => min + rng.next() * (max - min);
  const buyer = (kind: ReplicaBuyer['kind'] = 'regular'): ReplicaBuyer => {
    const b = { ...makeBuyer(ctx, kind), optedOut: false };
    buyers.push(b);
    return b;
  };
  const order = (b: ReplicaBuyer, opts: Parameters<typeof makeOrder>[2]): ReplicaOrder => {
    const o = makeOrder(ctx, b, opts);
    orders.push(o);
    return o;
  };
  const shipped = (b: ReplicaBuyer, fulfillment: 'FBA' | 'FBM', days: readonly [number, number]): ReplicaOrder =>
    order(b, { status: 'Shipped', fulfillment, ageDays: age(days) });

  const fba = shipped(buyer(), 'FBA', AGE.delivered);
  const fbm = shipped(buyer(), 'FBM', AGE.delivered);
  const unshipped = order(buyer(), { status: 'Unshipped', ageDays: age(AGE.unshipped) });
  const returned = shipped(buyer(), rng.chance(0.5) ? 'FBA' : 'FBM', AGE.returned);
  // a repeat buyer: three delivered orders, a negative feedback on the one the thread is about
  const unhappy = buyer('repeat');
  const unhappyOrders = [shipped(unhappy, 'FBA', AGE.delivered), shipped(unhappy, 'FBM', [20, 40]), shipped(unhappy, 'FBA', [30, 50])];
  // a repeat buyer writing about two orders: one delivered, one not shipped yet
  const twice = buyer('repeat');
  const multi = [shipped(twice, 'FBA', AGE.delivered), order(twice, { status: 'Unshipped', ageDays: age(AGE.unshipped) })];
  // review-request edge cases (no thread): asked already, too early, too late
  const asked = shipped(buyer(), 'FBA', AGE.reviewRequested);
  if (asked.deliveredAt) asked.reviewRequestedAt = iso(Math.min(nowMs - HOUR, Date.parse(asked.deliveredAt) + 6 * DAY));
  shipped(buyer(), 'FBM', AGE.tooEarly);
  shipped(buyer(), 'FBA', AGE.tooLate);

  const delivered = Date.parse(returned.deliveredAt ?? returned.purchaseDate);
  const item = returned.items[0]!;
  const requestMs = Math.min(nowMs - 2 * DAY, delivered + rng.int(1, 4) * DAY);
  const fbaReturn = returned.fulfillment === 'FBA';
  const returns: ReplicaReturn[] = [{
    kind: fbaReturn ? 'fba' : 'seller-fulfilled', orderId: returned.orderId, asin: item.asin, sku: item.sku, quantity: 1,
    reason: fbaReturn ? 'DEFECTIVE' : 'AMZ-PG-DEFECTIVE', status: fbaReturn ? 'Reimbursed' : 'Approved', requestDate: iso(requestMs),
    ...(fbaReturn ? {} : { rma: `D${rng.chars(UPPER, 9)}RRMA` }), customerComments: 'Stopped working',
  }];
  const refunds: ReplicaRefund[] = [{
    refundId: `RC-${rng.digits(6)}`, orderId: returned.orderId, amount: money(returned.total.amount, returned.total.currency),
    date: iso(Math.min(nowMs - HOUR, requestMs + DAY)), reason: 'Return',
  }];
  const rated = unhappyOrders[0]!;
  const feedback: ReplicaFeedback[] = [{
    orderId: rated.orderId, accountId: rated.accountId, marketplaceId: rated.marketplaceId, rating: 1,
    comment: rng.pick(PHRASES[ctx.language].feedback.negative),
    date: iso(Math.min(nowMs - HOUR, Date.parse(rated.deliveredAt ?? rated.purchaseDate) + rng.int(1, 3) * DAY)),
    raterEmail: unhappy.relayEmail,
  }];

  return {
    buyers, orders, returns, refunds, feedback,
    threadOrders: {
      'fba-shipped': [fba], 'fbm-shipped': [fbm], unshipped: [unshipped], returned: [returned], 'negative-feedback': [rated], multi,
    },
  };
};
