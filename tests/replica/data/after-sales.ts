/** Returns, refunds, seller feedback and product reviews for delivered orders. */
import type { Language } from '../../../lib/model';
import { money } from './money';
import { PHRASES } from './phrases';
import type { Rng } from './random';
import { DAY, HOUR, iso } from './time';
import type { ReplicaBuyer, ReplicaFeedback, ReplicaOrder, ReplicaRefund, ReplicaReturn, ReplicaReview } from './types';

const SF_REASONS = ['AMZ-PG-APP-TOO-SMALL', 'AMZ-PG-APP-TOO-LARGE', 'AMZ-PG-BAD-DESC', 'AMZ-PG-DEFECTIVE', 'AMZ-PG-MISORDERED', 'AMZ-PG-UNWANTED', 'AMZ-PG-DAMAGED-IN-TRANSIT'];
const FBA_REASONS = ['CUSTOMER_DAMAGED', 'DEFECTIVE', 'NOT_COMPATIBLE', 'UNWANTED_ITEM', 'NOT_AS_DESCRIBED', 'DAMAGED_BY_CARRIER', 'SWITCHEROO'];
const SF_STATUSES = ['Approved', 'Closed', 'Pending', 'Authorized'];
const FBA_STATUSES = ['Unit returned to inventory', 'Reimbursed', 'Pending'];
const COMMENTS = ['Too small', 'Stopped working', 'Colour not as pictured', 'Arrived damaged', 'Changed my mind', 'Ordered wrong size'];
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export interface AfterSales {
  returns: ReplicaReturn[];
  refunds: ReplicaRefund[];
  feedback: ReplicaFeedback[];
  reviews: ReplicaReview[];
}

const capAt = (ms: number, nowMs: number): number => Math.min(ms, nowMs - HOUR);

export const buildAfterSales = (
  rng: Rng, nowMs: number, orders: readonly ReplicaOrder[], buyers: ReadonlyMap<string, ReplicaBuyer>,
  languageOf: (marketplaceId: string) => Language,
): AfterSales => {
  const out: AfterSales = { returns: [], refunds: [], feedback: [], reviews: [] };
  let refundSeq = 0;
  for (const order of orders) {
    if (!order.deliveredAt) continue;
    const delivered = Date.parse(order.deliveredAt);
    const item = order.items[0];
    if (!item) continue;
    const lang = languageOf(order.marketplaceId);
    if (rng.chance(0.07)) {
      const fba = order.fulfillment === 'FBA';
      const requestMs = capAt(delivered + rng.int(1, 20) * DAY, nowMs);
      out.returns.push({
        kind: fba ? 'fba' : 'seller-fulfilled',
        orderId: order.orderId,
        asin: item.asin,
        sku: item.sku,
        quantity: Math.min(item.quantityOrdered, rng.int(1, 2)),
        reason: rng.pick(fba ? FBA_REASONS : SF_REASONS),
        status: rng.pick(fba ? FBA_STATUSES : SF_STATUSES),
        requestDate: iso(requestMs),
        ...(fba ? {} : { rma: `D${rng.chars(UPPER, 9)}RRMA` }),
        ...(rng.chance(0.6) ? { customerComments: rng.pick(COMMENTS) } : {}),
      });
      if (rng.chance(0.7)) {
        out.refunds.push({
          refundId: `R${++refundSeq}-${rng.digits(6)}`, orderId: order.orderId, amount: { ...order.total },
          date: iso(capAt(requestMs + rng.int(1, 6) * DAY, nowMs)), reason: 'Return',
        });
      }
    } else if (rng.chance(0.02)) {
      const share = 0.1 + rng.next() * 0.2;
      out.refunds.push({
        refundId: `R${++refundSeq}-${rng.digits(6)}`, orderId: order.orderId,
        amount: money(order.total.amount * share, order.total.currency),
        date: iso(capAt(delivered + rng.int(1, 10) * DAY, nowMs)), reason: rng.pick(['Price adjustment', 'Goodwill', 'Shipping refund']),
      });
    }
    if (rng.chance(0.16)) {
      const rating = rng.weighted([5, 4, 3, 2, 1] as const, [52, 18, 8, 8, 14]);
      const book = PHRASES[lang].feedback;
      out.feedback.push({
        orderId: order.orderId, accountId: order.accountId, marketplaceId: order.marketplaceId, rating,
        comment: rng.pick(rating >= 4 ? book.positive : rating === 3 ? book.neutral : book.negative),
        date: iso(capAt(delivered + rng.int(1, 14) * DAY + rng.int(0, 23) * HOUR, nowMs)),
        raterEmail: buyers.get(order.buyerId)?.relayEmail ?? '',
      });
    }
    if (rng.chance(0.1)) {
      const rating = rng.weighted([5, 4, 3, 2, 1] as const, [50, 20, 10, 8, 12]);
      const titles = PHRASES[lang].reviewTitles;
      out.reviews.push({
        reviewId: `R${rng.chars(UPPER, 13)}`, asin: item.asin, orderId: order.orderId, accountId: order.accountId,
        marketplaceId: order.marketplaceId, rating, title: rng.pick(rating >= 3 ? titles.positive : titles.negative),
        date: iso(capAt(delivered + rng.int(2, 20) * DAY, nowMs)),
      });
    }
  }
  return out;
};
