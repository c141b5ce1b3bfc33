/**
 * `campaigns/go-live`: what a campaign would do if it went live now (lib/campaigns/go-live.ts), planned
 * with the other live campaigns and every fact the extension holds; and the rule `campaigns/save` follows:
 * a campaign only goes live (enabled, not in test mode) when the seller confirmed this summary.
 */
import { planCampaigns } from '../../campaigns';
import { goLiveSummary, type GoLiveSummary } from '../../campaigns/go-live';
import { mayPick, reviewKey } from '../../campaigns/runner/keys';
import { loadPlanInputs } from '../../campaigns/runner/load';
import type { Repositories } from '../../db';
import { guardStorage } from '../../db/errors';
import type { Campaign } from '../../model';
import type { CampaignInput } from './campaigns-schemas';

const DRAFT_ID = 'draft';

const isLive = (c: Pick<Campaign, 'enabled' | 'testMode'>): boolean => c.enabled && !c.testMode;

/** Does saving `next` over `existing` make a campaign live that was not? (then the seller must have confirmed) */
export const goesLive = (next: Pick<Campaign, 'enabled' | 'testMode'>, existing: Campaign | undefined): boolean =>
  isLive(next) && !(existing && isLive(existing));

export async function goLivePreview(repos: Repositories, input: CampaignInput, now: Date): Promise<GoLiveSummary> {
  const stored = await repos.campaigns.list();
  const id = input.id ?? DRAFT_ID;
  const at = now.toISOString();
  const draft: Campaign = {
    ...input, id, enabled: true, testMode: false, paused: false, createdAt: at, updatedAt: at,
  };
  const campaigns = [...stored.filter((c) => c.id !== id && isLive(c)), draft];
  const inputs = await loadPlanInputs(repos, campaigns, now);
  const plan = planCampaigns(inputs.orders, campaigns, inputs.facts, now);
  const mine = plan.filter((e) => e.campaignId === id && e.sendAt);
  const config = await repos.campaignRunner.getConfig();
  const log = await guardStorage(() => repos.db.sendLog.bulkGet(mine.map((e) => reviewKey(e.orderId))));
  const asked = new Set(mine.filter((_, i) => !mayPick(log[i], config.maxAttempts)).map((e) => e.orderId));
  return goLiveSummary(plan, inputs.orders, id, (orderId) => asked.has(orderId), now);
}
