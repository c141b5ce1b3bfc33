/** Buyers can remove seller feedback within 60 days of leaving it (amazon-data.md section 4). Pure. */
import type { Feedback } from '../model';

export const FEEDBACK_REMOVAL_DAYS = 60;
const DAY_MS = 86_400_000;

export interface RemovalWindow {
  /** the last instant the buyer can remove it (ISO) */
  deadline: string;
  /** whole days left, rounded up ("1 day left" on the last day); 0 once closed */
  daysLeft: number;
  open: boolean;
}

/** The removal window of feedback left at `date`; undefined for an unparsable date. */
export function removalWindow(date: string, now: Date): RemovalWindow | undefined {
  const left = Date.parse(date);
  if (Number.isNaN(left)) return undefined;
  const deadlineMs = left + FEEDBACK_REMOVAL_DAYS * DAY_MS;
  const msLeft = deadlineMs - now.getTime();
  const open = msLeft > 0;
  return { deadline: new Date(deadlineMs).toISOString(), daysLeft: open ? Math.ceil(msLeft / DAY_MS) : 0, open };
}

/** 1 or 2 stars. */
export const isNegative = (f: Pick<Feedback, 'rating'>): boolean => f.rating <= 2;
