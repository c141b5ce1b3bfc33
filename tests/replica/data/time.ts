/** Time helpers for the generator: all arithmetic in epoch milliseconds, output ISO strings. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const iso = (ms: number): string => new Date(ms).toISOString();

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** Day of the week (0 = Sunday) of an instant in an IANA time zone. */
export const weekdayIn = (ms: number, timeZone: string): number => {
  let fmt = weekdayFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone });
    weekdayFormats.set(timeZone, fmt);
  }
  return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(fmt.format(new Date(ms)));
};

export const isWeekendIn = (ms: number, timeZone: string): boolean => {
  const day = weekdayIn(ms, timeZone);
  return day === 0 || day === 6;
};

/** Whole hours between `from` and `to` (exclusive) that fall on a weekend in `timeZone`. */
export const weekendHours = (from: number, to: number, timeZone: string): number[] => {
  const out: number[] = [];
  for (let t = Math.ceil(from / HOUR) * HOUR; t < to; t += HOUR) if (isWeekendIn(t, timeZone)) out.push(t);
  return out;
};

/** A date as the marketplace's shoppers read it, e.g. "March 3, 2026" / "3. März 2026" / "2026年3月3日". */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
export const formatDay = (ms: number, locale: string, timeZone: string): string => {
  const key = `${locale}|${timeZone}`;
  let fmt = dayFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
    dayFormats.set(key, fmt);
  }
  return fmt.format(new Date(ms));
};
