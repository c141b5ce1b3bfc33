/**
 * The 24-hour rule (shared/reference/amazon-data.md section 7): a buyer message must be answered
 * within 24 elapsed hours, weekends and holidays included. Elapsed hours, so time zones and DST
 * changes never move the deadline: it is always the oldest unanswered message + 24 h, in UTC.
 */
import type { Thread } from '../model';
import { isAmazonNotice } from '../notice';

export const RESPONSE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Ends with Z or a numeric offset (+01:00, -0800, +09). */
const HAS_ZONE = /(?:[zZ]|[+-]\d\d(?::?\d\d)?)$/;

/**
 * Milliseconds since the epoch for an ISO-8601 string, NaN when absent or unparsable.
 * A date-time without a zone designator is read as UTC (the model's convention), not local time.
 */
export function parseUtcMs(iso: string | undefined): number {
  if (!iso) return NaN;
  if (iso.length > 10 && iso.charCodeAt(iso.length - 1) !== 90 /* Z */ && !HAS_ZONE.test(iso)) return Date.parse(`${iso}Z`);
  return Date.parse(iso);
}

/** Due time in ms for a thread's oldest unanswered message; NaN when unknown. */
export function dueAtMs(oldestUnansweredAt: string | undefined): number {
  return parseUtcMs(oldestUnansweredAt) + RESPONSE_WINDOW_MS;
}

/** Due time as a UTC ISO string: exactly 24 elapsed hours after the oldest unanswered message. */
export function dueAt(oldestUnansweredAt: string): string {
  const ms = dueAtMs(oldestUnansweredAt);
  if (Number.isNaN(ms)) throw new RangeError(`dueAt: not an ISO date-time: ${JSON.stringify(oldestUnansweredAt)}`);
  return new Date(ms).toISOString();
}

/**
 * True when the thread counts toward the response metric: response needed and not Amazon's notice
 * (lib/notice.ts: stored as such, or with "Amazon" as its buyer, as records stored before that rule were).
 */
export function awaitsResponse(thread: Pick<Thread, 'status' | 'isSystem'> & { buyerName?: string }): boolean {
  return thread.status === 'response-needed' && !isAmazonNotice({ marked: thread.isSystem, sender: thread.buyerName });
}
