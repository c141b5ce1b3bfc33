/**
 * "3 h 12 m left" / "overdue by 1 d 3 h", in the seller's language through the one catalog (public/_locales): the
 * caller passes its lookup (components/page/i18n.ts `t`, the popup's translator); the English fallbacks are the en
 * catalog's messages (tests/unit/deadlines-format.test.ts holds them equal). Pure.
 */

export type UiLocale = 'en' | 'zh_CN';

/** The catalog's lookup: message `key` with `$1`, `$2` … replaced by `substitutions`, else `fallback` so replaced. */
export type TextLookup = (key: string, fallback: string, substitutions: string[]) => string;

/** [catalog key, English] of each phrase */
export const TIME_LEFT_TEXT = {
  daysHours: ['timeLeftDaysHours', '$1 d $2 h'],
  hoursMinutes: ['timeLeftHoursMinutes', '$1 h $2 m'],
  minutes: ['timeLeftMinutes', '$1 m'],
  left: ['timeLeftLeft', '$1 left'],
  overdue: ['timeLeftOverdue', 'overdue by $1'],
} as const;

/** English only (no catalog at hand: logs, tests). */
export const englishText: TextLookup = (_key, fallback, subs) => fallback.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');

const MIN = 60_000;

/**
 * Time left (positive) or overdue (negative) as a short phrase.
 * Rounded up to whole minutes so a non-zero amount never reads "0 m". From one day on, days and
 * hours ("1 d 3 h"); from one hour, hours and minutes ("3 h 12 m"); below, minutes ("45 m").
 */
export function formatTimeLeft(msLeft: number, tr: TextLookup = englishText): string {
  const say = (phrase: keyof typeof TIME_LEFT_TEXT, ...subs: (string | number)[]): string =>
    tr(TIME_LEFT_TEXT[phrase][0], TIME_LEFT_TEXT[phrase][1], subs.map(String));
  const overdue = msLeft < 0;
  const totalMin = Math.ceil(Math.abs(msLeft) / MIN);
  const days = Math.floor(totalMin / 1440);
  const hours = Math.floor((totalMin % 1440) / 60);
  const minutes = totalMin % 60;
  const amount = days > 0 ? say('daysHours', days, hours) : hours > 0 ? say('hoursMinutes', hours, minutes) : say('minutes', minutes);
  return overdue ? say('overdue', amount) : say('left', amount);
}
