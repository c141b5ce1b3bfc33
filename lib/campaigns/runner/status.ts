/** The campaign runner's status as stored, and today's sends per marketplace and campaign (the daily caps). */
import type { Repositories } from '../../db';
import { marketplaceById } from '../../marketplaces';
import { localDay } from '../local-time';
import { isReviewKey } from './keys';
import { applyResume } from './machine';
import type { RunnerStatus } from './types';

/** Sends (sent, sending, unknown) today per marketplace, and per campaign + marketplace, by marketplace-local day. */
export async function sendsToday(repos: Repositories, at: Date): Promise<{ byMarketplace: Map<string, number>; byCampaign: Map<string, number> }> {
  const since = new Date(at.getTime() - 2 * 86_400_000).toISOString();
  const recent = await repos.db.sendLog.where('updatedAt').aboveOrEqual(since).toArray();
  const byMarketplace = new Map<string, number>();
  const byCampaign = new Map<string, number>();
  for (const e of recent) {
    if (!isReviewKey(e.key) || !(e.stage === 'sent' || e.stage === 'sending' || e.stage === 'unknown') || !e.marketplaceId) continue;
    const tz = marketplaceById(e.marketplaceId)?.timeZone ?? 'UTC';
    if (localDay(Date.parse(e.updatedAt), tz) !== localDay(at.getTime(), tz)) continue;
    byMarketplace.set(e.marketplaceId, (byMarketplace.get(e.marketplaceId) ?? 0) + 1);
    if (e.campaignId) {
      const k = `${e.campaignId}|${e.marketplaceId}`;
      byCampaign.set(k, (byCampaign.get(k) ?? 0) + 1);
    }
  }
  return { byMarketplace, byCampaign };
}

/** The runner's status as stored (any extension page or the background can read it). */
export async function runnerStatus(repos: Repositories, at: Date): Promise<RunnerStatus> {
  const store = repos.campaignRunner;
  const [settings, control, state, unknown, counts, lock] = await Promise.all([
    repos.settings.get('campaignsEnabled'), store.getControl(), store.getState(),
    repos.db.sendLog.where('stage').equals('unknown').count(), sendsToday(repos, at), store.getLock(),
  ]);
  const s = applyResume(state, control.resumedAt);
  const nowMs = at.getTime();
  const phase: RunnerStatus['phase'] = !settings ? 'off'
    : control.paused ? 'paused'
    : s.stopped ? 'stopped'
    : s.backoffUntil && Date.parse(s.backoffUntil) > nowMs ? 'backoff'
    : lock && lock.until > nowMs ? 'sending'
    : s.nextRequestAt && Date.parse(s.nextRequestAt) > nowMs ? 'waiting'
    : 'idle';
  return {
    phase,
    ...(s.stopped ? { stopped: s.stopped } : {}),
    ...(s.backoffUntil ? { backoffUntil: s.backoffUntil } : {}),
    ...(s.nextRequestAt ? { nextRequestAt: s.nextRequestAt } : {}),
    ...(s.lastTickAt ? { lastTickAt: s.lastTickAt } : {}),
    ...(s.lastActivity ? { lastActivity: s.lastActivity } : {}),
    consecutiveErrors: s.consecutiveErrors,
    sentToday: Object.fromEntries(counts.byMarketplace),
    needsLook: unknown,
  };
}
