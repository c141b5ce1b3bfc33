/**
 * What switching a campaign from test to live would do now: the orders that would get a request at once,
 * how many later, and the orders in their review window that the rules leave out, with the reason. The
 * Campaigns page shows this and asks the seller to confirm before a campaign goes live. Pure.
 */
import type { PlanEntry, PlanOrder, SkipReason } from './types';
import { reviewWindow } from './window';

/** Reasons that are the rules' doing (not targeting, not the review window): the seller sees these. */
export const RULE_SKIPS: ReadonlySet<SkipReason> = new Set<SkipReason>([
  'cancelled', 'returned', 'refunded', 'a-to-z-claim', 'blacklisted', 'opted-out', 'negative-feedback', 'already-requested',
  'problem-thread', 'excluded-asin', 'excluded-sku', 'daily-cap', 'claimed-by-other-campaign', 'covered-by-asin-campaign',
]);

export interface GoLiveRow {
  orderId: string;
  marketplaceId: string;
  buyerName?: string;
  sendAt?: string;
  reason?: SkipReason;
  detail?: string;
}

export interface GoLiveSummary {
  /** would get a request at the next run (first `limit`) */
  due: GoLiveRow[];
  dueTotal: number;
  /** planned for a later day */
  later: number;
  /** in their review window now, left out by a rule (first `limit`) */
  leftOut: GoLiveRow[];
  leftOutTotal: number;
}

export function goLiveSummary(
  plan: readonly PlanEntry[], orders: readonly PlanOrder[], campaignId: string, asked: (orderId: string) => boolean, now: Date, limit = 300,
): GoLiveSummary {
  const byId = new Map(orders.map((o) => [o.orderId, o]));
  const nowMs = now.getTime();
  const due: GoLiveRow[] = [];
  const leftOut: GoLiveRow[] = [];
  let later = 0;
  for (const e of plan) {
    if (e.campaignId !== campaignId) continue;
    const o = byId.get(e.orderId);
    const base: GoLiveRow = { orderId: e.orderId, marketplaceId: e.marketplaceId, ...(o?.buyerName ? { buyerName: o.buyerName } : {}) };
    if (e.sendAt && !e.skip) {
      if (asked(e.orderId)) continue;
      if (Date.parse(e.sendAt) <= nowMs) due.push({ ...base, sendAt: e.sendAt }); else later++;
      continue;
    }
    if (!e.skip || !RULE_SKIPS.has(e.skip) || !o) continue;
    const win = reviewWindow(o);
    if (!win || nowMs < win.start || nowMs > win.end) continue;
    leftOut.push({ ...base, reason: e.skip, ...(e.detail ? { detail: e.detail } : {}) });
  }
  const byOrder = (a: GoLiveRow, b: GoLiveRow) => (a.reason ?? '').localeCompare(b.reason ?? '') || a.orderId.localeCompare(b.orderId);
  due.sort(byOrder);
  leftOut.sort(byOrder);
  return { due: due.slice(0, limit), dueTotal: due.length, later, leftOut: leftOut.slice(0, limit), leftOutTotal: leftOut.length };
}
