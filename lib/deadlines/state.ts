/** Deadline state of one thread at a given moment. */
import type { Thread } from '../model';
import { dueAtMs } from './due';

export type DeadlineState =
  | 'overdue' | 'due-soon' | 'on-time' | 'answered' | 'no-response-needed'
  /** Amazon system notification: no reply expected */
  | 'no-reply-expected';

export interface DeadlineOptions {
  /** a thread with at most this many hours left is "due soon" (default 4) */
  dueSoonHours?: number;
}

export interface DeadlineInfo {
  state: DeadlineState;
  /** UTC ISO due time; absent when nothing awaits an answer or the message time is unknown */
  dueAt?: string;
  /** due minus now; negative when overdue */
  msLeft?: number;
}

export type DeadlineThread = Pick<Thread, 'status' | 'oldestUnansweredAt' | 'isSystem'>;

export const DEFAULT_DUE_SOON_HOURS = 4;

export const dueSoonMs = (opts: DeadlineOptions | undefined): number =>
  (opts?.dueSoonHours ?? DEFAULT_DUE_SOON_HOURS) * 3_600_000;

/**
 * State of a thread that awaits a response, from numbers only (no allocation).
 * Exactly at the due time the answer is still in time (due-soon); 1 ms later it is overdue.
 * Exactly `dueSoonMs` left is due-soon.
 */
export function stateFromMsLeft(msLeft: number, soonMs: number): 'overdue' | 'due-soon' | 'on-time' {
  if (msLeft < 0) return 'overdue';
  return msLeft <= soonMs ? 'due-soon' : 'on-time';
}

/** State that does not depend on time, or undefined when the thread awaits a response. */
export function settledState(thread: Pick<Thread, 'status' | 'isSystem'>): DeadlineState | undefined {
  if (thread.isSystem) return 'no-reply-expected';
  if (thread.status === 'answered') return 'answered';
  if (thread.status === 'no-response-needed') return 'no-response-needed';
  return undefined;
}

/**
 * Where a thread stands against the 24-hour rule at `now`.
 * A thread awaiting a response whose message time is unknown is 'on-time' without dueAt/msLeft
 * (we cannot tell; the badge says "awaiting reply").
 */
export function deadlineState(thread: DeadlineThread, now: Date, opts: DeadlineOptions = {}): DeadlineInfo {
  const settled = settledState(thread);
  if (settled) return { state: settled };
  const due = dueAtMs(thread.oldestUnansweredAt);
  if (Number.isNaN(due)) return { state: 'on-time' };
  const msLeft = due - now.getTime();
  return { state: stateFromMsLeft(msLeft, dueSoonMs(opts)), dueAt: new Date(due).toISOString(), msLeft };
}
