export { planCampaigns } from './plan';
export { reviewWindow, WINDOW_START_DAYS, WINDOW_END_DAYS, TRANSIT_DAYS } from './window';
export type { PlanCampaign, PlanEntry, PlanFacts, PlanOrder, SkipReason } from './types';
