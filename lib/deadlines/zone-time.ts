/**
 * Showing an instant in a time zone. `formatInZone` (format-in-zone.ts) is the reference (@date-fns/tz TZDate +
 * date-fns format), kept apart: TZDate is not in the page UI's start part. `shortInZone` gives the same "Mon 14:05" text from a number without date-fns, for the
 * badge hot path (thousands of rows per frame): the zone offset is looked up once per 15-minute
 * slot (offset changes under current tz rules fall on a quarter hour in UTC) and cached.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';
import type { UiLocale } from './format-time-left';

export type ZoneStyle = 'short' | 'full';

const SLOT_MS = 15 * 60_000;
const MAX_CACHED_SLOTS = 20_000;
const WEEKDAYS: Record<UiLocale, readonly string[]> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  zh_CN: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
};

const slotOffsets = new Map<string, Map<number, number>>();
let cachedSlots = 0;

/** The zone itself when the runtime knows it, else 'UTC' (never throws on a bad zone name). */
export function safeZone(timeZone: string): string {
  return Number.isNaN(offsetMinutes(timeZone, Date.now())) ? 'UTC' : timeZone;
}

/** UTC offset of `timeZone` at `ms`, in minutes (Tokyo +540, Los Angeles -420/-480); NaN for an unknown zone. */
export function offsetMinutes(timeZone: string, ms: number): number {
  const slot = Math.floor(ms / SLOT_MS);
  let zone = slotOffsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    slotOffsets.set(timeZone, zone);
  }
  let offset = zone.get(slot);
  if (offset === undefined) {
    if (cachedSlots >= MAX_CACHED_SLOTS) {
      slotOffsets.clear();
      dayOffsets.clear();
      cachedSlots = 0;
      zone = new Map();
      slotOffsets.set(timeZone, zone);
    }
    offset = dayOffset(timeZone, slot) ?? tzOffset(timeZone, new Date(slot * SLOT_MS));
    zone.set(slot, offset);
    cachedSlots++;
  }
  return offset;
}

const SLOTS_PER_DAY = 96;
/** per zone and UTC day: the offset when the day's first and last slots have the same one, else null (it changes that day) */
const dayOffsets = new Map<string, Map<number, number | null>>();

/**
 * The offset of a slot's whole UTC day, when it does not change that day (zones change twice a year at most, months
 * apart: equal at both ends means equal all day). A list's due times fall in hundreds of slots but a few days: two
 * lookups per day instead of one per slot (each costs an Intl format).
 */
function dayOffset(timeZone: string, slot: number): number | undefined {
  const day = Math.floor(slot / SLOTS_PER_DAY);
  let days = dayOffsets.get(timeZone);
  if (!days) dayOffsets.set(timeZone, (days = new Map()));
  let offset = days.get(day);
  if (offset === undefined) {
    const first = tzOffset(timeZone, new Date(day * SLOTS_PER_DAY * SLOT_MS));
    const last = tzOffset(timeZone, new Date(((day + 1) * SLOTS_PER_DAY - 1) * SLOT_MS));
    days.set(day, (offset = first === last ? first : null));
    cachedSlots++;
  }
  return offset ?? undefined;
}

/**
 * The instant of a wall-clock time in `timeZone` (month 0-11; out-of-range fields roll over as in Date.UTC), as
 * `new TZDate(y, mo, d, h, m, zone).getTime()` gives it (tests compare them around DST changes), without TZDate: the
 * page UI's start part reads list times with it and does not carry @date-fns/tz's date class. A time the zone skips
 * moves on by the skipped time; a time it repeats is its first instant (TZDate's choice there depends on the
 * computer's own zone). NaN for an unknown zone.
 */
export function wallTimeInZone(timeZone: string, y: number, mo: number, d: number, h: number, m: number): number {
  const wall = Date.UTC(y, mo, d, h, m);
  // a list shows the same dates on many rows: each wall time is worked out once per zone (the zone's rules do not
  // change while the page is open; bounded with the offsets)
  const key = `${timeZone}|${wall}`;
  let at = wallTimes.get(key);
  if (at === undefined) {
    if (wallTimes.size >= MAX_CACHED_SLOTS) wallTimes.clear();
    wallTimes.set(key, (at = instantOfWall(timeZone, wall)));
  }
  return at;
}
const wallTimes = new Map<string, number>();

function instantOfWall(timeZone: string, wall: number): number {
  // the zone's offsets a day before and after (zone changes are months apart): the wall time is one of them
  const before = wall - offsetMinutes(timeZone, wall - 86_400_000) * 60_000;
  const after = wall - offsetMinutes(timeZone, wall + 86_400_000) * 60_000;
  const fits = (at: number): boolean => at + offsetMinutes(timeZone, at) * 60_000 === wall;
  if (fits(before) && fits(after)) return Math.min(before, after); // a repeated hour: the first time
  if (fits(after)) return after;
  return before; // fits, or a skipped hour: moved on by the skipped time (as Date and TZDate do)
}

/** The calendar date in `timeZone` at `ms` (month 0-11), as TZDate's getFullYear/getMonth/getDate give it. */
export function wallDateInZone(timeZone: string, ms: number): { y: number; mo: number; d: number } {
  const local = new Date(ms + offsetMinutes(timeZone, ms) * 60_000);
  return { y: local.getUTCFullYear(), mo: local.getUTCMonth(), d: local.getUTCDate() };
}

/**
 * Fills the offset cache for `timeZones` from `fromMs` to `toMs` (default: 3 days before to 1 day
 * after now), so the first badge pass does not pay for creating Intl formatters (~2 ms per zone).
 * Call it once when the page code starts, e.g. with the seller's zone and the marketplaces' zones.
 */
export function warmZones(timeZones: Iterable<string>, fromMs = Date.now() - 72 * 3_600_000, toMs = fromMs + 96 * 3_600_000): void {
  for (const zone of timeZones) {
    for (let ms = Math.floor(fromMs / SLOT_MS) * SLOT_MS; ms <= toMs; ms += SLOT_MS) offsetMinutes(zone, ms);
  }
}

/** "Mon 14:05" / "周一 14:05" for `ms` shown at a UTC offset in minutes (NaN reads as UTC). */
export function shortAtOffset(ms: number, offset: number, locale: UiLocale): string {
  const local = ms + (Number.isNaN(offset) ? 0 : offset * 60_000);
  const day = Math.floor(local / 86_400_000);
  const minuteOfDay = Math.floor(local / 60_000) - day * 1440;
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday
  const hour = Math.floor(minuteOfDay / 60);
  const minute = minuteOfDay % 60;
  return `${WEEKDAYS[locale][weekday < 0 ? weekday + 7 : weekday]} ${hour < 10 ? '0' : ''}${hour}:${minute < 10 ? '0' : ''}${minute}`;
}

/** "Mon 14:05" / "周一 14:05" for `ms` in `timeZone` (UTC for an unknown zone). Same text as formatInZone 'short'. */
export function shortInZone(ms: number, timeZone: string, locale: UiLocale): string {
  return shortAtOffset(ms, offsetMinutes(timeZone, ms), locale);
}
