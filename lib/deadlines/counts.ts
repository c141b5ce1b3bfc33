/** Inbox counts for the popup, toolbar badge and the inbox header. */
import type { InboxCounts } from '../model';
import { awaitsResponse, dueAtMs } from './due';
import { dueSoonMs, stateFromMsLeft, type DeadlineOptions, type DeadlineThread } from './state';

export type DeadlineCounts = Pick<InboxCounts, 'overdue' | 'dueSoon' | 'awaiting'>;

/**
 * awaiting = threads that need a response (not system notifications); overdue and dueSoon are
 * the part of those past due / within the due-soon window (a thread with an unknown time counts
 * only as awaiting).
 */
export function summarizeCounts(
  threads: Iterable<DeadlineThread>, now: Date, opts: DeadlineOptions = {},
): DeadlineCounts {
  const nowMs = now.getTime();
  const soonMs = dueSoonMs(opts);
  let overdue = 0;
  let dueSoon = 0;
  let awaiting = 0;
  for (const thread of threads) {
    if (!awaitsResponse(thread)) continue;
    awaiting++;
    const due = dueAtMs(thread.oldestUnansweredAt);
    if (Number.isNaN(due)) continue;
    const state = stateFromMsLeft(due - nowMs, soonMs);
    if (state === 'overdue') overdue++;
    else if (state === 'due-soon') dueSoon++;
  }
  return { overdue, dueSoon, awaiting };
}
