/**
 * Showing an instant in a time zone. `formatInZone` is the reference (@date-fns/tz TZDate + date-fns
 * format). `shortInZone` gives the same "Mon 14:05" text from a number without date-fns, for the
 * badge hot path (thousands of rows per frame): the zone offset is looked up once per 15-minute
 * slot (offset changes under current tz rules fall on a quarter hour in UTC) and cached.
 */
import { TZDate, tzName, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { UiLocale } from './format-time-left';
import { parseUtcMs } from './due';

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
      cachedSlots = 0;
      zone = new Map();
      slotOffsets.set(timeZone, zone);
    }
    offset = tzOffset(timeZone, new Date(slot * SLOT_MS));
    zone.set(slot, offset);
    cachedSlots++;
  }
  return offset;
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

/**
 * An instant in a time zone: 'short' "Mon 14:05" (zh "周一 14:05"), 'full' "2026-11-23 14:05 (PST)"
 * (the abbreviation is what Intl gives in English: PST/PDT, GMT+1, GMT+9). An unknown zone shows UTC;
 * an unparsable instant gives ''.
 */
export function formatInZone(iso: string, timeZone: string, locale: UiLocale, style: ZoneStyle = 'short'): string {
  const ms = parseUtcMs(iso);
  if (Number.isNaN(ms)) return '';
  const zone = safeZone(timeZone);
  const date = new TZDate(ms, zone);
  if (style === 'short') return format(date, 'EEE HH:mm', locale === 'zh_CN' ? { locale: zhCN } : undefined);
  return `${format(date, 'yyyy-MM-dd HH:mm')} (${tzName(zone, date, 'short')})`;
}
