/**
 * Amazon's review-request window: from 5 days after the earliest delivery date to 30 days after the
 * latest delivery date (amazon-data.md section 3). Without delivery dates (FBA orders often lack them)
 * the delivery is estimated from the ship date, and the entry says so.
 */
import type { PlanOrder } from './types';
import { DAY_MS } from './local-time';

export const WINDOW_START_DAYS = 5;
export const WINDOW_END_DAYS = 30;
/** conservative transit estimates when Amazon gives no delivery date */
export const TRANSIT_DAYS = { FBA: 3, FBM: 7 } as const;

const t = (iso: string | undefined) => (iso ? Date.parse(iso) : NaN);

export interface ReviewWindow { start: number; end: number; deliveredAt: number; estimated: boolean }

export function reviewWindow(order: PlanOrder): ReviewWindow | undefined {
  let earliest = t(order.earliestDeliveryDate);
  let latest = t(order.latestDeliveryDate);
  let estimated = false;
  if (Number.isNaN(earliest) && Number.isNaN(latest)) {
    const shipped = t(order.shipDate);
    if (Number.isNaN(shipped)) return undefined;
    earliest = latest = shipped + TRANSIT_DAYS[order.fulfillment] * DAY_MS;
    estimated = true;
  } else if (Number.isNaN(earliest)) earliest = latest;
  else if (Number.isNaN(latest)) latest = earliest;
  return { start: earliest + WINDOW_START_DAYS * DAY_MS, end: latest + WINDOW_END_DAYS * DAY_MS, deliveredAt: latest, estimated };
}
