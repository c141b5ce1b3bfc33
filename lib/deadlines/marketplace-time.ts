/** The marketplace's local time next to the seller's, for the badge hover text. */
import { marketplaceById } from '../marketplaces';
import { parseUtcMs } from './due';
import type { UiLocale } from './format-time-left';
import { offsetMinutes, shortAtOffset, shortInZone } from './zone-time';

/** Chinese names of the cities whose zones the marketplaces use (lib/marketplaces.ts). */
const ZH_CITY: Readonly<Record<string, string>> = {
  'America/Los_Angeles': '洛杉矶', 'America/Sao_Paulo': '圣保罗', 'Europe/London': '伦敦',
  'Europe/Paris': '巴黎', 'Europe/Dublin': '都柏林', 'Europe/Amsterdam': '阿姆斯特丹',
  'Europe/Brussels': '布鲁塞尔', 'Europe/Stockholm': '斯德哥尔摩', 'Europe/Warsaw': '华沙',
  'Europe/Istanbul': '伊斯坦布尔', 'Asia/Dubai': '迪拜', 'Asia/Riyadh': '利雅得', 'Africa/Cairo': '开罗',
  'Asia/Kolkata': '加尔各答', 'Africa/Johannesburg': '约翰内斯堡', 'Asia/Tokyo': '东京',
  'Australia/Sydney': '悉尼', 'Asia/Singapore': '新加坡',
};

const cityCache = new Map<string, string>();

/** "Los Angeles" / "洛杉矶" for an IANA zone (the last part of its name when there is no translation). */
export function zoneCity(timeZone: string, locale: UiLocale): string {
  const cacheKey = `${locale}|${timeZone}`;
  let city = cityCache.get(cacheKey);
  if (city === undefined) {
    city = (locale === 'zh_CN' ? ZH_CITY[timeZone] : undefined)
      ?? timeZone.slice(timeZone.lastIndexOf('/') + 1).replace(/_/g, ' ');
    if (cityCache.size < 1000) cityCache.set(cacheKey, city);
  }
  return city;
}

function marketplaceTimeText(time: string, timeZone: string, locale: UiLocale): string {
  const city = zoneCity(timeZone, locale);
  return locale === 'zh_CN' ? `${city}时间 ${time}` : `${time} ${city} time`;
}

/**
 * The instant in the marketplace's zone: "Mon 14:05 Los Angeles time" / "洛杉矶时间 周一 14:05".
 * Undefined for an unknown marketplace or an unparsable instant.
 */
export function marketplaceLocalTime(iso: string, marketplaceId: string, locale: UiLocale = 'en'): string | undefined {
  const ms = parseUtcMs(iso);
  const mp = marketplaceById(marketplaceId);
  if (!mp || Number.isNaN(ms)) return undefined;
  return marketplaceTimeText(shortInZone(ms, mp.timeZone, locale), mp.timeZone, locale);
}

/**
 * Hover text for a due time: "Due Tue 06:05 your time · Mon 14:05 Los Angeles time"
 * ("Was due …" once overdue; zh "截止：您的时间 周二 06:05 · 洛杉矶时间 周一 14:05").
 * The marketplace part is left out when its clock reads the same as the seller's at that instant.
 */
export function dueHoverText(
  dueMs: number, sellerTimeZone: string, marketplaceId: string, locale: UiLocale, overdue: boolean,
): string {
  const zh = locale === 'zh_CN';
  const sellerOffset = offsetMinutes(sellerTimeZone, dueMs);
  const yours = shortAtOffset(dueMs, sellerOffset, locale);
  const text = zh ? `截止：您的时间 ${yours}` : `${overdue ? 'Was due' : 'Due'} ${yours} your time`;
  const mp = marketplaceById(marketplaceId);
  if (!mp) return text;
  const mpOffset = offsetMinutes(mp.timeZone, dueMs);
  if (mpOffset === sellerOffset) return text;
  return `${text} · ${marketplaceTimeText(shortAtOffset(dueMs, mpOffset, locale), mp.timeZone, locale)}`;
}
