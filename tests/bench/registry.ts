/** Every bench metric source; later features add theirs here. */
import { bundleSize } from './metrics/bundle-size';
import { campaignPlan } from './metrics/campaign-plan';
import { pageLoad } from './metrics/page-load';
import type { MetricSource } from './types';

export const METRICS: Record<string, MetricSource> = {
  'bundle-size': bundleSize,
  'campaign-plan': campaignPlan,
  'page-load': pageLoad,
};
