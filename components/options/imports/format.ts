/** Small text helpers of the Imports page. */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { safeZone } from '../../../lib/deadlines/zone-time';
import { marketplaceById, marketplaceByCode } from '../../../lib/marketplaces';
import type { ReportKind } from '../../../lib/reports';

export const KIND_LABEL_KEYS: Readonly<Record<ReportKind | 'unknown', string>> = {
  'all-orders': 'impKindAllOrders',
  'seller-feedback': 'impKindFeedback',
  'seller-feedback-legacy': 'impKindFeedbackLegacy',
  'returns-seller-fulfilled': 'impKindReturnsSf',
  'returns-fba': 'impKindReturnsFba',
  unknown: 'impKindUnknown',
};

export const TABLE_LABEL_KEYS = {
  orders: 'impTableOrders', orderItems: 'impTableItems', feedback: 'impTableFeedback', returns: 'impTableReturns',
} as const;

export function formatBytes(n: number, locale: string): string {
  const f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${f.format(n / 1024)} KB`;
  return `${f.format(n / 1024 / 1024)} MB`;
}

export const intlLocale = (uiLocale: string): string => (uiLocale === 'zh_CN' ? 'zh-CN' : 'en-US');

/**
 * The calendar day of an instant in a marketplace's zone (`2025-01-12T23:00:00.000Z`, DE -> `2025-01-13`),
 * as the thread panels show it; in UTC when the marketplace is not known.
 */
export function day(iso: string | undefined, marketplace?: string): string {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) return '';
  const mp = marketplace ? marketplaceByCode(marketplace) ?? marketplaceById(marketplace) : undefined;
  return format(new TZDate(ms, safeZone(mp?.timeZone ?? 'UTC')), 'yyyy-MM-dd');
}
