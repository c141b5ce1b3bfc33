/**
 * Times as Seller Central's messaging list and case view write them, read back into instants.
 * Evidence (seller-central-pages.md, M): the v3 list shows dates like "Sep 4, 2026" (en) or "2026年9月4日" (zh);
 * relative times ("2 hours ago", "vor 2 Stunden", "2時間前") and a bare clock time for today are what such lists
 * commonly show (L: not traced on Amazon's page; the adapter copes with all of them).
 * Pure: `now` and the time zone the page writes in (the browser's) come in as arguments.
 */
import { wallDateInZone, wallTimeInZone } from '../deadlines/zone-time';

/** How exact the instant is: a relative "3 hours ago" is good to the hour, a bare date to the day. */
export type TimePrecision = 'minute' | 'hour' | 'day';
export interface ListTime { readonly at: number; readonly precision: TimePrecision }

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago" ... in the marketplaces' and the seller UI's languages. */
const RELATIVE: readonly { re: RegExp; unit: number; precision: TimePrecision }[] = [
  { re: /^(?:just now|gerade (?:eben|jetzt)|à l[’']instant|adesso|ahora(?: mismo)?|たった今|刚刚)$/i, unit: 0, precision: 'minute' },
  { re: /(\d+)\s*(?:min(?:ute)?s?\.?\s+ago|minuten?|minutes?|minuti|minutos?|分(?:钟)?前)/i, unit: MINUTE, precision: 'minute' },
  { re: /(\d+)\s*(?:h(?:ou)?rs?\.?\s+ago|hours?|stunden?|heures?|ore|horas?|時間前|小时前|個小時前)/i, unit: HOUR, precision: 'hour' },
  { re: /(\d+)\s*(?:days?\s+ago|tagen?|jours?|giorni|días?|dias?|日前|天前)/i, unit: DAY, precision: 'day' },
  { re: /^(?:an?|one|eine[rm]?|une?|un)\s+(?:minute|minuto)/i, unit: MINUTE, precision: 'minute' },
  { re: /^(?:an?|one|eine[rm]?|une?|un)\s+(?:hour|stunde|heure|ora|hora)/i, unit: HOUR, precision: 'hour' },
];
const YESTERDAY = /^(?:yesterday|gestern|hier|ieri|ayer|昨日|昨天)\b/i;

const MONTH_LOCALES = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'sv', 'tr', 'pt'] as const;
const MONTH_EXTRAS: readonly (readonly [string, number])[] = [['sept', 8], ['june', 5], ['july', 6], ['mrz', 2], ['mär', 2], ['juin', 5], ['juil', 6]];
const monthNames = new Map<string, number>(MONTH_EXTRAS);
let monthLocalesRead = 0;
/**
 * Month names and abbreviations of the marketplaces' languages, from Intl (no table of our own to drift). A
 * language's names are made when a word is not found in those before it (Intl formatters cost ~1 ms each: an
 * English list needs English only). No name means different months in two of these languages (unit test), so the
 * order they are read in does not change an answer.
 */
function monthOf(word: string): number | undefined {
  const key = norm(word);
  let month = monthNames.get(key);
  while (month === undefined && monthLocalesRead < MONTH_LOCALES.length) {
    const locale = MONTH_LOCALES[monthLocalesRead++]!;
    for (const style of ['long', 'short'] as const) {
      const fmt = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const name = norm(fmt.format(Date.UTC(2026, m, 15)));
        if (!monthNames.has(name)) monthNames.set(name, m);
      }
    }
    month = monthNames.get(key);
  }
  return month;
}

/** Every month name the languages above give (tests: no name stands for two months). */
export function monthNamesByLocale(): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const locale of MONTH_LOCALES) {
    const names = new Map<string, number>();
    for (const style of ['long', 'short'] as const) {
      const fmt = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) names.set(norm(fmt.format(Date.UTC(2026, m, 15))), m);
    }
    out.set(locale, names);
  }
  return out;
}
function norm(word: string): string {
  return word.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f.]/g, '');
}

/** "10:32 AM", "10:32", "22:05", "午後3:04" -> hours and minutes. */
function clockOf(text: string): { h: number; m: number } | undefined {
  const match = /(午前|午後|上午|下午)?\s*(\d{1,2})[:：](\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?/i.exec(text);
  if (!match) return undefined;
  let h = Number(match[2]);
  const m = Number(match[3]);
  const half = (match[4] ?? match[1] ?? '').toLowerCase().replace(/\./g, '');
  if ((half === 'pm' || half === '午後' || half === '下午') && h < 12) h += 12;
  if ((half === 'am' || half === '午前' || half === '上午') && h === 12) h = 0;
  return h < 24 && m < 60 ? { h, m } : undefined;
}

/** Year, month (0-11) and day of a written date, or undefined. */
function dateOf(text: string): { y: number; mo: number; d: number } | undefined {
  let match = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})/.exec(text);
  if (match) return { y: Number(match[1]), mo: Number(match[2]) - 1, d: Number(match[3]) };
  // "Sep 4, 2026" / "September 4, 2026"
  match = /([\p{L}.]{3,})\s+(\d{1,2}),?\s+(\d{4})/u.exec(text);
  if (match) {
    const mo = monthOf(match[1]!);
    if (mo !== undefined) return { y: Number(match[3]), mo, d: Number(match[2]) };
  }
  // "4. Sept. 2026" / "4 sept. 2026" / "4 de septiembre de 2026"
  match = /(\d{1,2})\.?\s+(?:de\s+)?([\p{L}.]{3,})\s+(?:de\s+)?(\d{4})/u.exec(text);
  if (match) {
    const mo = monthOf(match[2]!);
    if (mo !== undefined) return { y: Number(match[3]), mo, d: Number(match[1]) };
  }
  // numeric day-first (EU) or month-first (US) with a four-digit year: ambiguous ones are not guessed
  match = /(\d{1,2})[/.](\d{1,2})[/.](\d{4})/.exec(text);
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    if (a > 12 && b <= 12) return { y: Number(match[3]), mo: b - 1, d: a };
    if (b > 12 && a <= 12) return { y: Number(match[3]), mo: a - 1, d: b };
  }
  return undefined;
}

const valid = (d: { y: number; mo: number; d: number }): boolean => d.mo >= 0 && d.mo < 12 && d.d >= 1 && d.d <= 31 && d.y > 2000 && d.y < 2200;

/**
 * The instant a list or message time stands for (one object per text and `now`: callers do not change it). `zone`: the IANA zone the page writes in. A bare date is the
 * END of that day when `bound` is 'latest' (the newest the message can be), its start when 'earliest'.
 */
export function parseListTime(raw: string, now: number, zone: string, bound: 'earliest' | 'latest' = 'latest'): ListTime | undefined {
  // a list's rows share few texts ("3 hours ago", one date for many rows): each is parsed once per read (one `now`)
  const m = memo;
  if (m.now !== now || m.zone !== zone || m.bound !== bound || m.byText.size > 5000) Object.assign(m, { now, zone, bound, byText: new Map() });
  if (m.byText.has(raw)) return m.byText.get(raw);
  const time = parse(raw, now, zone, bound);
  m.byText.set(raw, time);
  return time;
}
const memo = { now: NaN, zone: '', bound: '', byText: new Map<string, ListTime | undefined>() };

function parse(raw: string, now: number, zone: string, bound: 'earliest' | 'latest'): ListTime | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 80) return undefined;
  for (const { re, unit, precision } of RELATIVE) {
    const match = re.exec(text);
    if (!match) continue;
    const n = match[1] === undefined ? 1 : Number(match[1]);
    return { at: now - n * unit, precision };
  }
  const clock = clockOf(text);
  const date = dateOf(text);
  if (date && valid(date)) {
    const at = clock
      ? wallTimeInZone(zone, date.y, date.mo, date.d, clock.h, clock.m)
      : bound === 'latest' ? wallTimeInZone(zone, date.y, date.mo, date.d, 23, 59) : wallTimeInZone(zone, date.y, date.mo, date.d, 0, 0);
    return at > now + DAY ? undefined : { at: Math.min(at, now), precision: clock ? 'minute' : 'day' };
  }
  // today's date in the zone: only for the texts that count from it (time-zone work is not free on 2,000 rows)
  const today = YESTERDAY.test(text) || clock ? wallDateInZone(zone, now) : undefined;
  if (!today) return undefined;
  if (YESTERDAY.test(text)) {
    const at = wallTimeInZone(zone, today.y, today.mo, today.d - 1, clock?.h ?? (bound === 'latest' ? 23 : 0), clock?.m ?? (bound === 'latest' ? 59 : 0));
    return { at, precision: clock ? 'minute' : 'day' };
  }
  // a bare clock time: today (or yesterday, when that time is still ahead today)
  if (clock && /^[^\d]*\d{1,2}[:：]\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?[^\d]*$/i.test(text)) {
    let at = wallTimeInZone(zone, today.y, today.mo, today.d, clock.h, clock.m);
    if (at > now + 5 * MINUTE) at -= DAY;
    return { at, precision: 'minute' };
  }
  return undefined;
}

/** True for a text that reads as a list time (used to recognise rows by what they show). */
export const looksLikeListTime = (text: string, now: number, zone: string): boolean => parseListTime(text, now, zone) !== undefined;
