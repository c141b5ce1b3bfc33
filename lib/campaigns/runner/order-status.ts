/**
 * Where an order stands with review requests, for the order panel: sent (when), failed or unclear (the
 * send log), tried in test mode only, planned (when), or left out (the plan's reason), or no live campaign.
 */
import type { Repositories } from '../../db';
import { guardStorage } from '../../db/errors';
import type { SendLogEntry } from '../../model';
import { planCampaigns } from '../plan';
import type { SkipReason } from '../types';
import { reviewKey } from './keys';
import { loadPlanInputs } from './load';

export type ReviewRequestStatus =
  | { state: 'logged'; stage: SendLogEntry['stage']; at: string; reason?: string; campaignId?: string }
  | { state: 'planned'; at: string; campaignId: string }
  | { state: 'left-out'; reason: SkipReason; detail?: string; campaignId: string }
  | { state: 'test-only' }
  | { state: 'switched-off' }
  | { state: 'no-campaign' };

export async function reviewRequestStatus(repos: Repositories, orderIds: readonly string[], now: Date): Promise<Map<string, ReviewRequestStatus>> {
  const out = new Map<string, ReviewRequestStatus>();
  if (!orderIds.length) return out;
  const logs = await guardStorage(() => repos.db.sendLog.bulkGet(orderIds.map(reviewKey)));
  const rest: string[] = [];
  orderIds.forEach((id, i) => {
    const l = logs[i];
    if (l && l.stage !== 'pending') {
      out.set(id, { state: 'logged', stage: l.stage, at: l.updatedAt, ...(l.reason ? { reason: l.reason } : {}), ...(l.campaignId ? { campaignId: l.campaignId } : {}) });
    } else rest.push(id);
  });
  if (!rest.length) return out;
  const campaigns = (await repos.campaigns.list()).filter((c) => c.enabled);
  const live = campaigns.filter((c) => !c.testMode);
  const on = await repos.settings.get('campaignsEnabled');
  if (!live.length || !on) {
    for (const id of rest) out.set(id, { state: !campaigns.length ? 'no-campaign' : !live.length ? 'test-only' : 'switched-off' });
    return out;
  }
  const inputs = await loadPlanInputs(repos, live, now, rest);
  const plan = planCampaigns(inputs.orders, live, inputs.facts, now);
  for (const id of rest) {
    const entries = plan.filter((e) => e.orderId === id);
    const planned = entries.find((e) => e.sendAt && !e.skip);
    const skipped = entries.find((e) => e.skip);
    if (planned?.sendAt) out.set(id, { state: 'planned', at: planned.sendAt, campaignId: planned.campaignId });
    else if (skipped?.skip) out.set(id, { state: 'left-out', reason: skipped.skip, campaignId: skipped.campaignId, ...(skipped.detail ? { detail: skipped.detail } : {}) });
  }
  return out;
}
