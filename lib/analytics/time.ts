/** Calendar buckets in a time zone: ISO weeks and hours of the day. Pure (date-fns + @date-fns/tz). */
import { TZDate } from '@date-fns/tz';
import { addDays, format, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import { marketplaceById } from '../marketplaces';

export interface IsoWeek {
  /** `2026-W53` */
  key: string;
  /** the Monday it starts on, `YYYY-MM-DD` (in the zone the week was taken in) */
  start: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO week (Monday to Sunday, week 1 holds the year's first Thursday) of an instant in a time zone. */
export function isoWeekOf(iso: string, zone: string): IsoWeek {
  const d = new TZDate(Date.parse(iso), zone);
  return { key: `${getISOWeekYear(d)}-W${pad(getISOWeek(d))}`, start: format(startOfISOWeek(d), 'yyyy-MM-dd') };
}

/** The ISO week after the one starting on `start` (a calendar date: no zone needed). */
export function nextIsoWeek(start: string): IsoWeek {
  const d = addDays(new TZDate(`${start}T12:00:00Z`, 'UTC'), 7);
  return { key: `${getISOWeekYear(d)}-W${pad(getISOWeek(d))}`, start: format(d, 'yyyy-MM-dd') };
}

/** The hour of the day (0-23) of an instant in a time zone. */
export const hourOf = (iso: string, zone: string): number => new TZDate(Date.parse(iso), zone).getHours();

/** The calendar date `YYYY-MM-DD` of an instant in a time zone. */
export const dayOf = (iso: string, zone: string): string => format(new TZDate(Date.parse(iso), zone), 'yyyy-MM-dd');

/** The marketplace's time zone (lib/marketplaces), UTC for an unknown id. */
export const marketplaceZone = (marketplaceId: string): string => marketplaceById(marketplaceId)?.timeZone ?? 'UTC';

/** The instant a calendar day starts in a zone (`2026-11-02`, `Europe/Berlin` -> 2026-11-01T23:00:00.000Z). */
export function startOfDayIn(day: string, zone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, zone).getTime()).toISOString();
}
