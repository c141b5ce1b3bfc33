/**
 * The `Date` column of the seller feedback report is written in the marketplace's format
 * (amazon-data.md section 4): US M/D/YY, DE D.M.YY, JP YY/M/D, SE YYYY-MM-DD, most others D/M/YY.
 * An ambiguous value such as 1/2/17 is read in the marketplace's order. ISO dates pass everywhere.
 */
import { isoYmd, validYmd, type Ymd } from './values';

export type DateOrder = 'MDY' | 'DMY' | 'YMD';
export interface FeedbackDateFormat { order: DateOrder; separator: string; label: string }

const MDY: FeedbackDateFormat = { order: 'MDY', separator: '/', label: 'M/D/YY' };
const DMY_DOT: FeedbackDateFormat = { order: 'DMY', separator: '.', label: 'D.M.YY' };
const YMD_SLASH: FeedbackDateFormat = { order: 'YMD', separator: '/', label: 'YY/M/D' };
const ISO: FeedbackDateFormat = { order: 'YMD', separator: '-', label: 'YYYY-MM-DD' };
const DMY: FeedbackDateFormat = { order: 'DMY', separator: '/', label: 'D/M/YY' };

const BY_CODE: Record<string, FeedbackDateFormat> = { US: MDY, DE: DMY_DOT, JP: YMD_SLASH, SE: ISO };

/** Marketplace code -> format; codes not listed in the reference (ZA) get the common D/M/YY. */
export const feedbackDateFormat = (code: string): FeedbackDateFormat => BY_CODE[code.toUpperCase()] ?? DMY;

const year = (s: string): number => (s.length <= 2 ? 2000 + Number(s) : Number(s));

export function parseFeedbackDate(value: string, format: FeedbackDateFormat): Ymd | undefined {
  const s = value.trim();
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(s)) {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return validYmd(y, m, d) ? { y, m, d } : undefined;
  }
  if (format === ISO) return isoYmd(s);
  const parts = s.split(format.separator);
  if (parts.length !== 3 || parts.some((p) => !/^\d{1,4}$/.test(p))) return undefined;
  const [a, b, c] = parts as [string, string, string];
  let ymd: Ymd;
  if (format.order === 'MDY') {
    if (c.length === 3 || a.length > 2 || b.length > 2) return undefined;
    ymd = { y: year(c), m: Number(a), d: Number(b) };
  } else if (format.order === 'DMY') {
    if (c.length === 3 || a.length > 2 || b.length > 2) return undefined;
    ymd = { y: year(c), m: Number(b), d: Number(a) };
  } else {
    if (a.length === 3 || b.length > 2 || c.length > 2) return undefined;
    ymd = { y: year(a), m: Number(b), d: Number(c) };
  }
  return validYmd(ymd.y, ymd.m, ymd.d) ? ymd : undefined;
}
