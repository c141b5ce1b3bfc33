/** The marketplace's local time next to the seller's, for the badge hover text. */
import { marketplaceById } from '../marketplaces';
import { parseUtcMs } from './due';
import { englishText, type TextLookup, type UiLocale } from './format-time-left';
import { offsetMinutes, shortAtOffset, shortInZone } from './zone-time';

/** The zones the marketplaces use (lib/marketplaces.ts) have their city's name in the catalog: `zoneCity_<Area>_<City>`. */
export const CITY_ZONES: readonly string[] = [
  'America/Los_Angeles', 'America/Sao_Paulo', 'Europe/London', 'Europe/Paris', 'Europe/Dublin', 'Europe/Amsterdam',
  'Europe/Brussels', 'Europe/Stockholm', 'Europe/Warsaw', 'Europe/Istanbul', 'Asia/Dubai', 'Asia/Riyadh', 'Africa/Cairo',
  'Asia/Kolkata', 'Africa/Johannesburg', 'Asia/Tokyo', 'Australia/Sydney', 'Asia/Singapore',
];
export const cityKey = (timeZone: string): string => `zoneCity_${timeZone.replace(/[^A-Za-z0-9]/g, '_')}`;
const CITY_ZONE_SET = new Set(CITY_ZONES);

/** [catalog key, English] of the hover text's phrases ($1 the time, $2 the city) */
export const DUE_TEXT = {
  due: ['dueYourTime', 'Due $1 your time'],
  wasDue: ['wasDueYourTime', 'Was due $1 your time'],
  cityTime: ['cityTime', '$1 $2 time'],
} as const;

const cityCache = new Map<string, string>();

/**
 * "Los Angeles" / "洛杉矶" for an IANA zone through the catalog (`tr`), the last part of its name when the catalog has
 * none. `locale` keys the cache (one lookup per zone and language).
 */
export function zoneCity(timeZone: string, locale: UiLocale, tr: TextLookup = englishText): string {
  const cacheKey = `${locale}|${timeZone}`;
  let city = cityCache.get(cacheKey);
  if (city === undefined) {
    const english = timeZone.slice(timeZone.lastIndexOf('/') + 1).replace(/_/g, ' ');
    city = CITY_ZONE_SET.has(timeZone) ? tr(cityKey(timeZone), english, []) : english;
    if (cityCache.size < 1000) cityCache.set(cacheKey, city);
  }
  return city;
}

function marketplaceTimeText(time: string, timeZone: string, locale: UiLocale, tr: TextLookup): string {
  return tr(DUE_TEXT.cityTime[0], DUE_TEXT.cityTime[1], [time, zoneCity(timeZone, locale, tr)]);
}

/**
 * The instant in the marketplace's zone: "Mon 14:05 Los Angeles time" / "洛杉矶时间 周一 14:05".
 * Undefined for an unknown marketplace or an unparsable instant.
 */
export function marketplaceLocalTime(
  iso: string, marketplaceId: string, locale: UiLocale = 'en', tr: TextLookup = englishText,
): string | undefined {
  const ms = parseUtcMs(iso);
  const mp = marketplaceById(marketplaceId);
  if (!mp || Number.isNaN(ms)) return undefined;
  return marketplaceTimeText(shortInZone(ms, mp.timeZone, locale), mp.timeZone, locale, tr);
}

/**
 * Hover text for a due time: "Due Tue 06:05 your time · Mon 14:05 Los Angeles time"
 * ("Was due …" once overdue; zh "截止：您的时间 周二 06:05 · 洛杉矶时间 周一 14:05").
 * The marketplace part is left out when its clock reads the same as the seller's at that instant.
 */
export function dueHoverText(
  dueMs: number, sellerTimeZone: string, marketplaceId: string, locale: UiLocale, overdue: boolean,
  tr: TextLookup = englishText,
): string {
  const sellerOffset = offsetMinutes(sellerTimeZone, dueMs);
  const yours = shortAtOffset(dueMs, sellerOffset, locale);
  const [key, english] = overdue ? DUE_TEXT.wasDue : DUE_TEXT.due;
  const text = tr(key, english, [yours]);
  const mp = marketplaceById(marketplaceId);
  if (!mp) return text;
  const mpOffset = offsetMinutes(mp.timeZone, dueMs);
  if (mpOffset === sellerOffset) return text;
  return `${text} · ${marketplaceTimeText(shortAtOffset(dueMs, mpOffset, locale), mp.timeZone, locale, tr)}`;
}
