/**
 * Times of the inbox v3 page, in the browser's time zone (Intl): the list shows the newest message relative
 * under 24 hours ("3 hours ago") and as a date after ("Sep 4, 2026"); messages show minute-precision
 * date and time. "Now" is the replica server's clock (boot.ts `serverNow`).
 */
import { serverNow } from '../../boot';
import { RELATIVE, TIME_TAG } from './labels';

const DAY_MS = 86_400_000;
const dateFormat = new Intl.DateTimeFormat(TIME_TAG, { year: 'numeric', month: 'short', day: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat(TIME_TAG, { dateStyle: 'medium', timeStyle: 'short' });

const valid = (iso: string): Date | null => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
};

/** "Sep 4, 2026" / "4. Sept. 2026" / "2026年9月4日" */
export const listDate = (iso: string): string => {
  const d = valid(iso);
  return d ? dateFormat.format(d) : '';
};

/** The list's "Most recent message": relative under 24 hours, the date after. */
export const listTime = (iso: string, now = serverNow()): string => {
  const d = valid(iso);
  if (!d) return '';
  const minutes = Math.max(0, Math.floor((now - d.getTime()) / 60_000));
  if (minutes < 1) return RELATIVE.now;
  if (minutes < 60) return RELATIVE.min(minutes);
  if (minutes < 24 * 60) return RELATIVE.hour(Math.floor(minutes / 60));
  return listDate(iso);
};

/** "Sep 4, 2026, 10:32 AM" */
export const messageTime = (iso: string): string => {
  const d = valid(iso);
  return d ? dateTimeFormat.format(d) : '';
};

/** The header's metrics period: the 30 days up to today, "Nov 6 – Dec 6, 2026". */
export const metricsRange = (now = serverNow()): string => dateFormat.formatRange(new Date(now - 30 * DAY_MS), new Date(now));
