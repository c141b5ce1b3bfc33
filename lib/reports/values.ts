/** Parsers for the cell values of report files. Each returns undefined when the text is not a valid value. */
import { TZDate } from '@date-fns/tz';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const daysInMonth = (y: number, m: number): number =>
  m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DAYS[m - 1] ?? 0;

export const validYmd = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)
  && y >= 1990 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

export interface Ymd { y: number; m: number; d: number }

/** `YYYY-MM-DD` of a calendar date: used in keys, independent of time zones. */
export const ymdString = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/**
 * Start of a calendar day as a UTC ISO instant: midnight in `timeZone` when given (the marketplace's
 * zone), else midnight UTC.
 */
export function dayStartIso({ y, m, d }: Ymd, timeZone?: string): string {
  const ms = timeZone ? new TZDate(y, m - 1, d, timeZone).getTime() : Date.UTC(y, m - 1, d);
  return new Date(ms).toISOString();
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * `2017-06-17T08:04:21+00:00` (also `Z`, `+0900`, a space for `T`, no seconds) -> UTC ISO string.
 * A value without a zone is read as UTC; a date alone as midnight UTC.
 */
export function parseIsoDateTime(s: string): string | undefined {
  const hit = isoCache.get(s);
  if (hit !== undefined || isoCache.has(s)) return hit;
  const out = isoToUtc(s);
  if (isoCache.size >= 64) isoCache.clear();
  isoCache.set(s, out);
  return out;
}
// The rows of one order repeat its dates: a tiny cache saves most conversions.
const isoCache = new Map<string, string | undefined>();

/** Digits of s[from..to) as a number, or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function isoToUtc(s: string): string | undefined {
  // Amazon's usual form `2017-06-17T08:04:21+00:00` is already UTC: check it without a regex.
  if (s.length === 25 && s.endsWith('+00:00') && s[4] === '-' && s[7] === '-' && s[10] === 'T' && s[13] === ':' && s[16] === ':') {
    const [y, mo, d] = [digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)];
    const [hh, mi, ss] = [digits(s, 11, 13), digits(s, 14, 16), digits(s, 17, 19)];
    if (!validYmd(y, mo, d) || hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 59) return undefined;
    return `${s.slice(0, 19)}.000Z`;
  }
  const m = ISO_RE.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validYmd(y, mo, d)) return undefined;
  const hh = Number(m[4] ?? 0);
  const mi = Number(m[5] ?? 0);
  const ss = Number(m[6] ?? 0);
  if (hh > 23 || mi > 59 || ss > 59) return undefined;
  const ms = m[7] ? Math.round(Number(m[7]) * 1000) : 0;
  let offsetMin = 0;
  const zone = m[8];
  if (zone && /^[+-]/.test(zone)) {
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2) || 0);
    if (oh > 14 || om > 59) return undefined;
    offsetMin = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  return new Date(Date.UTC(y, mo - 1, d, hh, mi, ss, ms) - offsetMin * 60000).toISOString();
}

/** The calendar date of an ISO value as written (before any zone conversion). */
export function isoYmd(s: string): Ymd | undefined {
  const m = ISO_RE.exec(s);
  if (!m) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return validYmd(ymd.y, ymd.m, ymd.d) ? ymd : undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** `10-Jul-2025` (also `10 Jul 2025`, `10-Jul-25`; an ISO date is accepted too). */
export function parseDayMonthYear(s: string): Ymd | undefined {
  const m = /^(\d{1,2})[-\s]([A-Za-z]{3,4})\.?[-\s](\d{2}|\d{4})$/.exec(s);
  if (!m) return isoYmd(s);
  const month = MONTHS[m[2]!.toLowerCase()];
  const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const d = Number(m[1]);
  return month && validYmd(y, month, d) ? { y, m: month, d } : undefined;
}

/**
 * Money as the reports write it: `12.99`, `-5.00`, `1,234.56`, `1.234,56`, `12,99`, `￥1,980`.
 * The last `.` or `,` followed by one or two digits is the decimal mark.
 */
export function parseMoney(s: string): number | undefined {
  if (/^-?\d{1,9}\.\d\d$/.test(s)) return Number(s);
  let t = s.replace(/[\s\u00a0]/g, '').replace(/^[^\d+\-.,]+|[^\d.,]+$/g, '');
  if (!t) return undefined;
  let sign = 1;
  if (t.startsWith('-') || t.startsWith('+')) {
    if (t.startsWith('-')) sign = -1;
    t = t.slice(1);
  }
  if (!/^[\d.,]+$/.test(t) || !/\d/.test(t)) return undefined;
  const dec = /[.,](\d{1,2})$/.exec(t);
  let intPart = t;
  let frac = '';
  if (dec) {
    intPart = t.slice(0, dec.index);
    frac = dec[1]!;
  }
  if (!/^(\d+|\d{1,3}([.,]\d{3})*)$/.test(intPart === '' ? '0' : intPart)) return undefined;
  const n = Number(`${intPart.replace(/[.,]/g, '') || '0'}.${frac || '0'}`);
  return Number.isFinite(n) ? sign * n : undefined;
}

/** A whole number >= 0. */
export function parseCount(s: string): number | undefined {
  if (!/^\d{1,9}$/.test(s)) return undefined;
  return Number(s);
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** `true`/`false` strings (any case), `Y`/`N`, `yes`/`no`, `1`/`0`. */
export function parseFlag(s: string): boolean | undefined {
  const t = s.toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return undefined;
}

/** Amazon order id; `S01-` style ids of multi-channel orders pass too. */
export const ORDER_ID_RE = /^[0-9A-Z]{3}-\d{7}-\d{7}$/;
