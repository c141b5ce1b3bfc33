/**
 * Holiday auto-reply: which stored threads get the one automatic reply (pure; no browser API).
 *
 * A thread qualifies when its newest buyer message ARRIVED while holiday mode applied: inside the date
 * range (whole local days, start to end inclusive, in the seller's zone) or, when set, inside the daily
 * off-hours (e.g. 22:00-08:00 seller time, across midnight). It must still await an answer
 * (`response-needed`), not be an Amazon notification (`isSystem`), and not have a send-log entry
 * `holiday-reply|<threadKey>` (one reply per thread, ever: an unknown outcome is never retried; only a
 * refusal after which nothing went out, like a 429 or a sign-in page, is tried again, up to maxAttempts).
 * Messages older than `maxAgeMs` (default 24 h) get no auto-reply: the seller is back by then.
 *
 * Amazon does not count an auto-reply as a response for its 24-hour metric (amazon-data.md section 7):
 * the thread stays `response-needed` for the seller.
 */
import { localDay } from '../campaigns/local-time';
import { isRetryable } from '../campaigns/runner/keys';
import { isSystemNotification } from '../classify';
import type { SendLogEntry, Thread } from '../model';

export interface HolidayConfig {
  enabled: boolean;
  /** YYYY-MM-DD in the seller's zone; '' = no date range */
  start: string;
  end: string;
  /** HH:MM in the seller's zone; both '' = no off-hours */
  offHoursStart: string;
  offHoursEnd: string;
}

/** The holiday settings as the selection reads them. */
export function configOf(s: {
  holidayEnabled: boolean; holidayStart: string; holidayEnd: string; holidayOffHoursStart: string; holidayOffHoursEnd: string;
}): HolidayConfig {
  return { enabled: s.holidayEnabled, start: s.holidayStart, end: s.holidayEnd, offHoursStart: s.holidayOffHoursStart, offHoursEnd: s.holidayOffHoursEnd };
}

export const holidayKey = (threadKey: string): string => `holiday-reply|${threadKey}`;
export const isHolidayKey = (key: string): boolean => key.startsWith('holiday-reply|');

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Days since epoch of a YYYY-MM-DD date, or undefined. */
export function dayOf(date: string): number | undefined {
  const m = DATE_RE.exec(date);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 86_400_000);
}

/** Minutes after midnight of HH:MM, or undefined. */
export function minutesOf(time: string): number | undefined {
  const m = TIME_RE.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** Local minutes after midnight of an instant in a zone. */
function localMinutes(ms: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(ms));
  const h = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const mi = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return h * 60 + mi;
}

/** Does holiday mode apply at this instant (date range or daily off-hours, seller's zone)? */
export function inHoliday(ms: number, c: HolidayConfig, zone: string): boolean {
  if (!c.enabled || !Number.isFinite(ms)) return false;
  const from = dayOf(c.start);
  const to = dayOf(c.end);
  if (from !== undefined || to !== undefined) {
    const d = localDay(ms, zone);
    if ((from === undefined || d >= from) && (to === undefined || d <= to)) return true;
  }
  const a = minutesOf(c.offHoursStart);
  const b = minutesOf(c.offHoursEnd);
  if (a !== undefined && b !== undefined && a !== b) {
    const m = localMinutes(ms, zone);
    return a < b ? m >= a && m < b : m >= a || m < b;
  }
  return false;
}

/** When the newest buyer message arrived (a response-needed thread's last message is the buyer's). */
export const buyerMessageAt = (t: Pick<Thread, 'lastMessageAt' | 'oldestUnansweredAt'>): string | undefined =>
  t.lastMessageAt ?? t.oldestUnansweredAt;

/**
 * An Amazon notification: flagged by the page, or recognised by its sender ("Amazon") or wording. The
 * inbox list does not always flag them (rows without the system marker are stored with isSystem false),
 * and an auto-reply to Amazon must never go, so the classifier is asked as well.
 */
export const looksLikeNotification = (t: Pick<Thread, 'isSystem' | 'buyerName' | 'subject' | 'preview'>): boolean =>
  t.isSystem || isSystemNotification([t.subject, t.preview].filter(Boolean).join('\n'), t.buyerName);

export type HolidayExclusion = 'not-awaiting' | 'system' | 'no-time' | 'outside-period' | 'too-old' | 'already-replied';

export function holidayVerdict(
  t: Thread, log: ReadonlyMap<string, SendLogEntry>, c: HolidayConfig, zone: string, now: Date, maxAgeMs = 86_400_000, maxAttempts = 3,
): HolidayExclusion | 'reply' {
  if (looksLikeNotification(t)) return 'system';
  if (t.status !== 'response-needed') return 'not-awaiting';
  const entry = log.get(holidayKey(t.key));
  // any entry is final, except a refusal after which nothing went out (429, signed out, CSRF...)
  if (entry && !isRetryable(entry, maxAttempts)) return 'already-replied';
  const at = buyerMessageAt(t);
  const ms = at ? Date.parse(at) : NaN;
  if (!Number.isFinite(ms)) return 'no-time';
  if (now.getTime() - ms > maxAgeMs) return 'too-old';
  if (!inHoliday(ms, c, zone)) return 'outside-period';
  return 'reply';
}

/** The threads to reply to now, oldest message first. */
export function selectHolidayThreads(
  threads: readonly Thread[], log: ReadonlyMap<string, SendLogEntry>, c: HolidayConfig, zone: string, now: Date, maxAgeMs?: number,
): Thread[] {
  if (!c.enabled) return [];
  return threads
    .filter((t) => holidayVerdict(t, log, c, zone, now, maxAgeMs) === 'reply')
    .sort((a, b) => (buyerMessageAt(a) ?? '').localeCompare(buyerMessageAt(b) ?? ''));
}

/** The template for a marketplace: its own, else the one for all marketplaces. */
export const templateIdFor = (marketplaceId: string, perMarketplace: Readonly<Record<string, string>>, fallback: string): string | undefined =>
  perMarketplace[marketplaceId] || fallback || undefined;
