/** Message volume: buyer messages by category and by hour of the day. Pure. */
import { CATEGORIES, type Category } from '../model';
import type { ResponseEvent } from './response-events';
import { hourOf, marketplaceZone } from './time';

export interface CategoryCount { category: Category; count: number }

/** Every category (zeros included) in the classifier's order; an unclassified message counts as `other`. */
export function volumeByCategory(events: readonly Pick<ResponseEvent, 'category'>[]): CategoryCount[] {
  const counts = new Map<Category, number>(CATEGORIES.map((c) => [c, 0]));
  for (const e of events) {
    const c = e.category ?? 'other';
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return CATEGORIES.map((category) => ({ category, count: counts.get(category) ?? 0 }));
}

/**
 * Which clock the hour of day is read on: the seller's time zone (one zone for every message) or each
 * message's marketplace (a German message at 09:00 Berlin time is hour 9 even for a seller in Shanghai).
 */
export type HourClock = { kind: 'seller'; zone: string } | { kind: 'marketplace' };

export interface HourCount { hour: number; count: number }

/** 24 rows, hours 0-23, by the hour the message arrived. */
export function volumeByHour(events: readonly Pick<ResponseEvent, 'receivedAt' | 'marketplaceId'>[], clock: HourClock): HourCount[] {
  const counts: number[] = Array.from({ length: 24 }, () => 0);
  for (const e of events) {
    const zone = clock.kind === 'seller' ? clock.zone : marketplaceZone(e.marketplaceId);
    const h = hourOf(e.receivedAt, zone);
    counts[h] = (counts[h] ?? 0) + 1;
  }
  return counts.map((count, hour) => ({ hour, count }));
}
