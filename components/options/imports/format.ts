/** Small text helpers of the Imports page. */
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

/** `2025-06-17T08:04:21.000Z` -> `2025-06-17` (the preview shows calendar days). */
export const day = (iso?: string): string => (iso ? iso.slice(0, 10) : '');
