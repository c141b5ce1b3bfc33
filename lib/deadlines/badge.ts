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

const FIXED: Record<UiLocale, Record<Fixed, { text: string; title: string }>> = {
  en: {
    'answered': { text: 'Answered', title: 'Answered: nothing awaits a reply' },
    'no-response-needed': {
      text: 'No response needed',
      title: 'Marked as no response needed: not counted in the late response rate',
    },
    'no-reply-expected': { text: 'No reply expected', title: 'Amazon system notification: no reply expected' },
    'unknown-time': {
      text: 'Awaiting reply',
      title: 'Awaiting a reply; the message time is unknown, so the 24-hour deadline cannot be shown',
    },
  },
  zh_CN: {
    'answered': { text: '已回复', title: '已回复，没有待回复的消息' },
    'no-response-needed': { text: '无需回复', title: '已标记为无需回复，不计入迟复率' },
    'no-reply-expected': { text: '系统通知', title: '亚马逊系统通知，无需回复' },
    'unknown-time': { text: '待回复', title: '待回复；消息时间未知，无法显示 24 小时回复期限' },
  },
};

/** Badge for one thread at `now` (allocation-light: no date-fns on this path). */
/** `tr`: the catalog's lookup for the time left (the page UI's `t`); English without it. */
export function badgeFor(thread: BadgeThread, now: Date, opts: BadgeOptions, locale: UiLocale, tr: TextLookup = englishText): Badge {
  const settled = settledState(thread);
  if (settled) return { state: settled, ...FIXED[locale][settled as Fixed] };
  const due = dueAtMs(thread.oldestUnansweredAt);
  if (Number.isNaN(due)) return { state: 'on-time', ...FIXED[locale]['unknown-time'] };
  const msLeft = due - now.getTime();
  const state = stateFromMsLeft(msLeft, dueSoonMs(opts));
  return {
    state,
    text: formatTimeLeft(msLeft, tr),
    title: dueHoverText(due, opts.timeZone, thread.marketplaceId, locale, state === 'overdue'),
    dueIso: new Date(due).toISOString(),
  };
}
