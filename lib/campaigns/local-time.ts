/**
 * Marketplace-local calendar arithmetic with @date-fns/tz, cached per (zone, local day) so planning
 * 100,000 orders costs a few hundred time-zone look-ups, not 100,000.
 */
import { TZDate } from '@date-fns/tz';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const dayCache = new Map<string, Map<number, number>>();
const offsetCache = new Map<string, Map<number, number>>();

function zoneMap(cache: Map<string, Map<number, number>>, timeZone: string): Map<number, number> {
  let m = cache.get(timeZone);
  if (!m || m.size > 200_000) cache.set(timeZone, (m = new Map()));
  return m;
}

/** Zone offset (local - UTC, ms) at an instant; cached per zone and UTC hour (offsets change on the hour). */
function offsetAt(ms: number, timeZone: string): number {
  const m = zoneMap(offsetCache, timeZone);
  const hour = Math.floor(ms / HOUR);
  let v = m.get(hour);
  if (v === undefined) m.set(hour, (v = -new TZDate(ms, timeZone).getTimezoneOffset() * 60_000));
  return v;
}

/** Local calendar day (as days since epoch) of an instant in a zone. */
export function localDay(ms: number, timeZone: string): number {
  return Math.floor((ms + offsetAt(ms, timeZone)) / DAY);
}

/** The instant of `hour`:00 local time on local day `day` in a zone. */
export function atLocalHour(day: number, hour: number, timeZone: string): number {
  const m = zoneMap(dayCache, timeZone);
  const key = day * 24 + hour;
  let v = m.get(key);
  if (v === undefined) {
    const u = new Date(day * DAY);
    v = new TZDate(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), hour, 0, 0, timeZone).getTime();
    m.set(key, v);
  }
  return v;
}

/** First instant at `hour`:00 local on or after `ms`. */
export function nextLocalHour(ms: number, hour: number, timeZone: string): number {
  const day = localDay(ms, timeZone);
  const same = atLocalHour(day, hour, timeZone);
  return same >= ms ? same : atLocalHour(day + 1, hour, timeZone);
}

export const DAY_MS = DAY;
