/**
 * Loads what planning needs from the database (the one place the runner reads orders and facts), and
 * joins it with lib/campaigns/facts.ts. Only orders bought in the last LOOKBACK_DAYS can still be in a
 * review window (delivery + 30 days); a repeat-buyer campaign also counts the older ones per buyer.
 */
import { buyerKeyOf, orderIdentity } from '../../buyers/identity';
import type { Repositories } from '../../db';
import type { Campaign, Order } from '../../model';
import { joinPlanInputs, type PlanInputs } from '../facts';
import { guardStorage } from '../../db/errors';

export const LOOKBACK_DAYS = 120;

export interface LoadedPlanInputs extends PlanInputs { ordersById: Map<string, Order> }

/** `only`: plan just these orders (the order panel), with every fact that concerns them */
export function loadPlanInputs(repos: Repositories, campaigns: readonly Campaign[], now: Date, only?: readonly string[]): Promise<LoadedPlanInputs> {
  const { db } = repos;
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000).toISOString();
  return guardStorage(async () => {
    const orders = only
      ? (await db.orders.bulkGet([...only])).filter((o): o is Order => !!o)
      : await db.orders.where('purchaseDate').aboveOrEqual(since).toArray();
    const ids = orders.map((o) => o.orderId);
    const [items, blacklist, buyers, feedback, returns, refunds, sendLog, threads, notices, reviews] = await Promise.all([
      db.orderItems.where('orderId').anyOf(ids).toArray(),
      db.blacklist.toArray(),
      db.buyers.filter((b) => b.optedOut === true).toArray(),
      db.feedback.where('rating').belowOrEqual(2).toArray(),
      db.returns.where('orderId').anyOf(ids).toArray(),
      repos.refunds.getMany(ids),
      db.sendLog.where('orderId').anyOf(ids).toArray(),
      db.threads.where('orderIds').anyOf(ids).distinct().toArray(),
      // Amazon's notices about any order (an opt-out bounce about an older order still says who opted out)
      db.threads.filter((t) => t.isSystem).toArray(),
      db.reviews.filter((r) => r.rating <= 2).toArray(),
    ]);
    const seen = new Set(threads.map((t) => t.key));
    const inputs = joinPlanInputs({
      orders, items, blacklist, buyers, feedback, returns, sendLog, reviews,
      threads: [...threads, ...notices.filter((t) => !seen.has(t.key))],
      refundedOrderIds: refunds.filter((r) => r.state === 'partial' || r.state === 'full').map((r) => r.orderId),
    });
    if (campaigns.some((c) => c.enabled && c.kind === 'repeat-buyer')) {
      // repeat buyers: count every stored order of each buyer, not only the recent ones
      const counts = new Map<string, number>();
      await db.orders.each((o) => {
        const key = buyerKeyOf(orderIdentity(o));
        if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
      });
      inputs.facts = { ...inputs.facts, ordersPerBuyer: counts };
    }
    return { ...inputs, ordersById: new Map(orders.map((o) => [o.orderId, o])) };
  });
}
