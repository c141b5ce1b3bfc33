/**
 * The reference for showing an instant in a time zone (@date-fns/tz TZDate + date-fns format): shortInZone
 * (zone-time.ts) gives the same 'short' text without them, and the tests compare the two.
 */
import { TZDate, tzName } from '@date-fns/tz';
import { format } from 'date-fns';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { UiLocale } from './format-time-left';
import { parseUtcMs } from './due';
import { safeZone, type ZoneStyle } from './zone-time';

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
