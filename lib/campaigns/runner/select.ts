/**
 * Which plan entries the runner works on now, in order: due (sendAt <= now), of an enabled campaign that
 * is not paused, not deferred, and whose order may be picked (no send-log entry, or a failure it may
 * retry). Test-mode campaigns give test items (sent nowhere) unless their test result exists already.
 */
import type { Campaign, SendLogEntry } from '../../model';
import type { PlanEntry } from '../types';
import { mayPick, reviewKey, testKey } from './keys';
import type { RunnerState } from './types';

export interface WorkItem {
  entry: PlanEntry & { sendAt: string };
  campaign: Campaign;
  /** the send-log key this item writes */
  key: string;
  existing?: SendLogEntry;
  test: boolean;
}

export interface Selection { work: WorkItem[]; tests: WorkItem[] }

export function selectDue(
  plan: readonly PlanEntry[],
  campaigns: ReadonlyMap<string, Campaign>,
  log: ReadonlyMap<string, SendLogEntry>,
  state: Pick<RunnerState, 'deferred'>,
  maxAttempts: number,
  now: Date,
): Selection {
  const nowMs = now.getTime();
  const work: WorkItem[] = [];
  const tests: WorkItem[] = [];
  for (const e of plan) {
    if (e.skip || !e.sendAt || Date.parse(e.sendAt) > nowMs) continue;
    const campaign = campaigns.get(e.campaignId);
    if (!campaign || !campaign.enabled || campaign.paused) continue;
    const entry = e as WorkItem['entry'];
    if (campaign.testMode) {
      const key = testKey(campaign.id, e.orderId);
      if (!log.has(key)) tests.push({ entry, campaign, key, test: true });
      continue;
    }
    const until = state.deferred[e.orderId];
    if (until && Date.parse(until) > nowMs) continue;
    const key = reviewKey(e.orderId);
    const existing = log.get(key);
    if (!mayPick(existing, maxAttempts)) continue;
    work.push({ entry, campaign, key, test: false, ...(existing ? { existing } : {}) });
  }
  const bySendAt = (a: WorkItem, b: WorkItem) => a.entry.sendAt.localeCompare(b.entry.sendAt) || a.entry.orderId.localeCompare(b.entry.orderId);
  return { work: work.sort(bySendAt), tests: tests.sort(bySendAt) };
}
