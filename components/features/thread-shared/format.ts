/** Text helpers of the thread panels: dates in the marketplace's zone, ages, money, provenance. */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { Money, Provenance } from '../../../lib/model';
import { marketplaceById } from '../../../lib/marketplaces';
import { safeZone } from '../../../lib/deadlines/zone-time';
import { zoneCity, type UiLocale } from '../../../lib/deadlines';
import { pageLocale } from '../../page/locale';
import { t } from '../../page/i18n';

/** The page UI's language: the seller's setting, else the browser's (components/page/language.ts). */
export function uiLocale(): UiLocale {
  return pageLocale();
}

export function zoneOf(marketplaceId: string | undefined): string {
  return safeZone((marketplaceId && marketplaceById(marketplaceId)?.timeZone) || 'UTC');
}

export function zoneLabel(marketplaceId: string | undefined): string {
  const zone = zoneOf(marketplaceId);
  return zoneCity(zone, uiLocale(), t);
}

const parse = (iso: string | undefined): number => (iso ? Date.parse(iso) : Number.NaN);

/** "Nov 21" / "11月21日" in the zone; with `time`: "Nov 21, 08:25". '' for no date. */
export function day(iso: string | undefined, zone: string, time = false): string {
  const ms = parse(iso);
  if (Number.isNaN(ms)) return '';
  const d = new TZDate(ms, zone);
  const zh = uiLocale() === 'zh_CN';
  const sameYear = d.getFullYear() === new TZDate(Date.now(), zone).getFullYear();
  const pattern = zh ? `${sameYear ? '' : 'yyyy年'}M月d日${time ? ' HH:mm' : ''}` : `MMM d${sameYear ? '' : ', yyyy'}${time ? ', HH:mm' : ''}`;
  return format(d, pattern, zh ? { locale: zhCN } : undefined);
}

/** "Nov 26 – Dec 1", or one day when both ends fall on the same local day. */
export function dayRange(from: string | undefined, to: string | undefined, zone: string): string {
  const a = day(from, zone);
  const b = day(to, zone);
  if (!a) return b;
  if (!b || a === b) return a;
  return `${a} – ${b}`;
}

/** "just now", "5 min ago", "3 h ago", "4 d ago" (zh: "刚刚", "5 分钟前" ...). */
export function ago(iso: string | undefined, now = Date.now()): string {
  const ms = parse(iso);
  if (Number.isNaN(ms)) return '';
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 45) return t('threadAgoNow', 'just now');
  const min = Math.round(s / 60);
  if (min < 60) return t('threadAgoMinutes', '$1 min ago', [String(min)]);
  const h = Math.round(min / 60);
  if (h < 36) return t('threadAgoHours', '$1 h ago', [String(h)]);
  const d = Math.round(h / 24);
  if (d < 60) return t('threadAgoDays', '$1 d ago', [String(d)]);
  return t('threadAgoMonths', '$1 mo ago', [String(Math.round(d / 30))]);
}

export function money(m: Money | undefined): string {
  if (!m) return '';
  try {
    return new Intl.NumberFormat(uiLocale() === 'zh_CN' ? 'zh-CN' : 'en-US', { style: 'currency', currency: m.currency }).format(m.amount);
  } catch {
    return `${m.amount.toFixed(2)} ${m.currency}`;
  }
}

const REPORT_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  'all-orders': ['impKindAllOrders', 'All Orders'],
  'seller-feedback': ['impKindFeedback', 'Seller feedback'],
  'seller-feedback-legacy': ['impKindFeedbackLegacy', 'Seller feedback (older layout)'],
  'returns-seller-fulfilled': ['impKindReturnsSf', 'Seller-fulfilled returns'],
  'returns-fba': ['impKindReturnsFba', 'FBA customer returns'],
};

/** Where a value came from and how old it is: "from Seller Central · 2 min ago", "from All Orders report · imported 3 d ago". */
export function provenanceText(p: Provenance | undefined): string {
  if (!p) return '';
  const age = ago(p.at);
  switch (p.source) {
    case 'page':
      if (p.detail === 'feedback-manager') return t('threadFromFeedbackManager', 'from the Feedback Manager page · read $1', [age]);
      return t('threadFromSellerCentral', 'from Seller Central · $1', [age]);
    case 'endpoint':
      return t('threadFromSellerCentral', 'from Seller Central · $1', [age]);
    case 'import': {
      const kind = p.detail?.split(':')[0]?.trim();
      const named = kind ? REPORT_NAMES[kind] : undefined;
      // a report kind is an internal id: the seller reads the report's name, or "an imported report"
      const report = named ? t(named[0], named[1]) : kind && !/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(kind) ? kind : undefined;
      return report
        ? t('threadFromReport', 'from $1 · imported $2', [report, age])
        : t('threadFromImport', 'from an imported report · $1', [age]);
    }
    case 'manual':
      return t('threadFromManual', 'entered by you · $1', [age]);
  }
}

/** ★★★★☆ for a 1-5 rating. */
export const stars = (rating: number): string => '★★★★★'.slice(0, rating) + '☆☆☆☆☆'.slice(0, 5 - rating);

/** An https URL, or undefined (nothing else goes into href/src). */
export function safeHttps(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, location.href);
    return u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
