/** View model of a deadline badge: the page code only writes these strings into the DOM. */
import type { Thread } from '../model';
import { dueAtMs } from './due';
import { englishText, formatTimeLeft, type TextLookup, type UiLocale } from './format-time-left';
import { dueHoverText } from './marketplace-time';
import { dueSoonMs, settledState, stateFromMsLeft, type DeadlineOptions, type DeadlineState } from './state';

export interface BadgeOptions extends DeadlineOptions {
  /** the seller's own IANA zone (the browser's), for "your time" */
  timeZone: string;
}

export interface Badge {
  state: DeadlineState;
  /** badge label: "3 h 12 m left", "overdue by 2 h 5 m", "Answered" … */
  text: string;
  /** hover text */
  title: string;
  /** UTC due time, when the thread awaits a response and its message time is known */
  dueIso?: string;
}

export type BadgeThread = Pick<Thread, 'status' | 'oldestUnansweredAt' | 'isSystem' | 'marketplaceId'>;

type Fixed = 'answered' | 'no-response-needed' | 'no-reply-expected' | 'unknown-time';

/** [catalog key, English] of the fixed badges' label and hover text */
export const FIXED_BADGE_TEXT: Record<Fixed, { text: readonly [string, string]; title: readonly [string, string] }> = {
  'answered': { text: ['badgeAnswered', 'Answered'], title: ['badgeAnsweredTitle', 'Answered: nothing awaits a reply'] },
  'no-response-needed': {
    text: ['badgeNoResponseNeeded', 'No response needed'],
    title: ['badgeNoResponseNeededTitle', 'Marked as no response needed: not counted in the late response rate'],
  },
  'no-reply-expected': {
    text: ['badgeNoReplyExpected', 'No reply expected'],
    title: ['badgeNoReplyExpectedTitle', 'Amazon system notification: no reply expected'],
  },
  'unknown-time': {
    text: ['badgeUnknownTime', 'Awaiting reply'],
    title: ['badgeUnknownTimeTitle', 'Awaiting a reply; the message time is unknown, so the 24-hour deadline cannot be shown'],
  },
};

const fixed = (which: Fixed, tr: TextLookup): { text: string; title: string } => {
  const { text, title } = FIXED_BADGE_TEXT[which];
  return { text: tr(text[0], text[1], []), title: tr(title[0], title[1], []) };
};

/** Badge for one thread at `now` (allocation-light: no date-fns on this path). */
/** `tr`: the catalog's lookup for every word of the badge (the page UI's `t`); English without it. `locale` formats weekdays. */
export function badgeFor(thread: BadgeThread, now: Date, opts: BadgeOptions, locale: UiLocale, tr: TextLookup = englishText): Badge {
  const settled = settledState(thread);
  if (settled) return { state: settled, ...fixed(settled as Fixed, tr) };
  const due = dueAtMs(thread.oldestUnansweredAt);
  if (Number.isNaN(due)) return { state: 'on-time', ...fixed('unknown-time', tr) };
  const msLeft = due - now.getTime();
  const state = stateFromMsLeft(msLeft, dueSoonMs(opts));
  return {
    state,
    text: formatTimeLeft(msLeft, tr),
    title: dueHoverText(due, opts.timeZone, thread.marketplaceId, locale, state === 'overdue', tr),
    dueIso: new Date(due).toISOString(),
  };
}
