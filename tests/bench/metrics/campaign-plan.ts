import { runInChromium } from '../in-chromium';
import type { MetricSource } from '../types';

export const campaignPlan: MetricSource = async ({ root }) => {
  const r = await runInChromium<{ median: number; planned: number }>(`${root}/tests/bench/in-page/campaign-plan.bench.ts`);
  return [{ name: 'campaign planning, 100,000 orders x 3 campaigns', value: Math.round(r.median), unit: 'ms', goal: 300, note: `${r.planned} plan entries, median of 7` }];
};
