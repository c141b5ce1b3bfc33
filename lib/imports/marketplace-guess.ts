/**
 * The seller feedback report writes dates in the marketplace's format, so a feedback file needs its
 * marketplace. This guesses it from the file, best evidence first:
 *   1. the rater e-mail relay domain (`…@marketplace.amazon.de` -> DE),
 *   2. the date column (D.M.YY -> DE, YYYY-MM-DD -> SE, a first number > 12 -> a D/M/YY marketplace,
 *      a second number > 12 -> US),
 *   3. the encoding (Shift_JIS -> JP) and the comments' language (de, fr, it, es, ja).
 * Returns undefined when nothing points anywhere: the page then asks.
 */
import { detectLanguage } from '../classify/language';
import { MARKETPLACES } from '../marketplaces';
import type { ReportEncoding } from '../reports';

export type GuessReason = 'rater-email' | 'date-format' | 'encoding' | 'language';
export interface MarketplaceGuess { code: string; reason: GuessReason }

const byRetailDomain = new Map(MARKETPLACES.map((m) => [m.retailDomain, m.code]));
const LANGUAGE_MARKETPLACE: Record<string, string> = { de: 'DE', fr: 'FR', it: 'IT', es: 'ES', ja: 'JP' };

const tally = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const best = (counts: Map<string, number>): string | undefined =>
  [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

/** Reads up to `maxRows` data rows of a tab-separated feedback file (header found by name). */
export function guessFeedbackMarketplace(text: string, encoding: ReportEncoding, maxRows = 500): MarketplaceGuess | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, maxRows + 1);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim().toLowerCase().replace(/[\s_]+/g, '-'));
  const col = (name: string) => header.indexOf(name);
  const [dateCol, emailCol, commentCol] = [col('date'), col('rater-email'), col('comments')];
  const rows = lines.slice(1).filter((l) => l.trim()).map((l) => l.split('\t'));

  const domains = new Map<string, number>();
  for (const r of rows) {
    const domain = (r[emailCol] ?? '').trim().toLowerCase().match(/@marketplace\.(amazon\.[a-z.]+)$/)?.[1];
    const code = domain && byRetailDomain.get(domain);
    if (code) tally(domains, code);
  }
  const byEmail = best(domains);
  if (byEmail) return { code: byEmail, reason: 'rater-email' };

  let dotted = 0;
  let iso = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const r of rows) {
    const d = (r[dateCol] ?? '').trim();
    if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(d)) dotted++;
    else if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(d)) iso++;
    const m = d.match(/^(\d{1,2})\/(\d{1,2})\/\d{2}$/);
    if (m) {
      if (Number(m[1]) > 12) dayFirst++;
      else if (Number(m[2]) > 12) monthFirst++;
    }
  }
  if (dotted) return { code: 'DE', reason: 'date-format' };
  if (iso && iso === rows.length) return { code: 'SE', reason: 'date-format' };

  if (encoding === 'shift_jis') return { code: 'JP', reason: 'encoding' };
  const comments = rows.map((r) => r[commentCol] ?? '').join(' \n ').slice(0, 20_000);
  if (comments.trim()) {
    const lang = detectLanguage(comments);
    const code = LANGUAGE_MARKETPLACE[lang.language];
    if (lang.sure && code) return { code, reason: 'language' };
  }
  if (monthFirst && !dayFirst) return { code: 'US', reason: 'date-format' };
  if (dayFirst && !monthFirst) return { code: 'UK', reason: 'date-format' };
  return undefined;
}
