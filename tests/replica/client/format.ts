/** Dates shown like Seller Central: relative ("3 hours ago") plus the local date and time. */
import { LOCALE_TAG, MARKUP, serverNow } from './boot';

/** "vor 3 Stunden" ('german-ui' variant). */
function relativeTimeDe(min: number): string {
  if (min < 1) return 'Gerade eben';
  if (min < 60) return `vor ${min} ${min === 1 ? 'Minute' : 'Minuten'}`;
  const h = Math.floor(min / 60);
  if (h < 24) return `vor ${h} ${h === 1 ? 'Stunde' : 'Stunden'}`;
  const d = Math.floor(h / 24);
  return `vor ${d} ${d === 1 ? 'Tag' : 'Tagen'}`;
}

export function relativeTime(iso: string): string {
  const ms = serverNow() - Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  if (MARKUP === 'german-ui') return relativeTimeDe(Math.round(ms / 60_000));
  const min = Math.round(ms / 60_000);
  if (min < 1) return 'Just now';
  if (min < 60) return `${min} minute${min === 1 ? '' : 's'} ago`;
  const h = Math.floor(min / 60);
  if (h < 24) return `${h} hour${h === 1 ? '' : 's'} ago`;
  const d = Math.floor(h / 24);
  return `${d} day${d === 1 ? '' : 's'} ago`;
}

export function localDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALE_TAG, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function localDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALE_TAG, { dateStyle: 'medium' }).format(date);
}

export function money(m: { CurrencyCode: string; Amount: string } | undefined): string {
  if (!m) return '';
  try {
    return new Intl.NumberFormat(LOCALE_TAG, { style: 'currency', currency: m.CurrencyCode }).format(Number(m.Amount));
  } catch {
    return `${m.Amount} ${m.CurrencyCode}`;
  }
}
