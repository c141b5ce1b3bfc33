/**
 * Dates without a time are days in the marketplace's zone, and the seller feedback report writes them in
 * the marketplace's format, so feedback and seller-fulfilled returns files need their marketplace. This
 * guesses it from the file, best evidence first.
 * Feedback:
 *   1. the rater e-mail relay domain (`…@marketplace.amazon.de` -> DE),
 *   2. the date column: the formats that read every date decide (13/1/17 is not M/D/YY, 10/20/23 only
 *      is); among marketplaces whose format fits, the encoding (Shift_JIS -> JP) and the comments'
 *      language (de, fr, it, es, ja) only break ties,
 *   3. else the format's usual marketplace (D/M/YY -> UK) when a single format fits.
 * Seller-fulfilled returns: the currency code when one marketplace uses it (USD -> US), else (EUR) the
 * item names' language.
 * Returns undefined when nothing points anywhere: the page then asks.
 */
import { detectLanguage } from '../classify/language';
import { MARKETPLACES, type Marketplace } from '../marketplaces';
import { feedbackDateFormat, parseFeedbackDate, type ReportEncoding } from '../reports';
import { normaliseHeader } from '../reports/columns';

export type GuessReason = 'rater-email' | 'date-format' | 'encoding' | 'language' | 'currency';
export interface MarketplaceGuess { code: string; reason: GuessReason }

const byRetailDomain = new Map(MARKETPLACES.map((m) => [m.retailDomain, m.code]));
const LANGUAGE_MARKETPLACE: Record<string, string> = { de: 'DE', fr: 'FR', it: 'IT', es: 'ES', ja: 'JP' };
/** the marketplace a date format stands for when nothing else points anywhere */
const FORMAT_DEFAULT: Record<string, string> = { 'M/D/YY': 'US', 'D.M.YY': 'DE', 'YY/M/D': 'JP', 'YYYY-MM-DD': 'SE', 'D/M/YY': 'UK' };

const tally = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const best = (counts: Map<string, number>): string | undefined =>
  [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

/** Header (normalised names) and the first `maxRows` non-empty data rows of a tab-separated file. */
function table(text: string, maxRows: number): { col: (name: string) => number; rows: string[][] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, maxRows + 1);
  const header = (lines[0] ?? '').split('\t').map(normaliseHeader);
  return { col: (name) => header.indexOf(name), rows: lines.slice(1).filter((l) => l.trim()).map((l) => l.split('\t')) };
}

function languageOf(texts: readonly string[]): string | undefined {
  const joined = texts.join(' \n ').slice(0, 20_000);
  if (!joined.trim()) return undefined;
  const lang = detectLanguage(joined);
  return lang.sure ? lang.language : undefined;
}

/**
 * The marketplaces whose feedback date format reads every date that some format reads (a value no format
 * reads is a row error whatever the marketplace). Dates that contradict each other (13/1/17 and 1/13/17)
 * leave none: the page asks.
 */
function fittingMarketplaces(values: readonly string[]): Marketplace[] {
  const formats = [...new Map(MARKETPLACES.map((m) => [feedbackDateFormat(m.code).label, feedbackDateFormat(m.code)])).values()];
  const dates = values.filter((d) => formats.some((f) => parseFeedbackDate(d, f)));
  if (!dates.length) return [];
  const fit = new Set(formats.filter((f) => dates.every((d) => parseFeedbackDate(d, f))).map((f) => f.label));
  return MARKETPLACES.filter((m) => fit.has(feedbackDateFormat(m.code).label));
}

/** Reads up to `maxRows` data rows of a tab-separated feedback file (header found by name). */
export function guessFeedbackMarketplace(text: string, encoding: ReportEncoding, maxRows = 500): MarketplaceGuess | undefined {
  const { col, rows } = table(text, maxRows);
  const [dateCol, emailCol, commentCol] = [col('date'), col('rater-email'), col('comments')];

  const domains = new Map<string, number>();
  for (const r of rows) {
    const domain = (r[emailCol] ?? '').trim().toLowerCase().match(/@marketplace\.(amazon\.[a-z.]+)$/)?.[1];
    const code = domain && byRetailDomain.get(domain);
    if (code) tally(domains, code);
  }
  const byEmail = best(domains);
  if (byEmail) return { code: byEmail, reason: 'rater-email' };

  const dates = rows.map((r) => (r[dateCol] ?? '').trim()).filter(Boolean);
  // ISO dates pass in every format: a file of ISO dates only is the SE layout
  if (dates.length && dates.every((d) => /^\d{4}-\d{1,2}-\d{1,2}$/.test(d))) return { code: 'SE', reason: 'date-format' };
  const fitting = fittingMarketplaces(dates);
  const fits = (code: string) => fitting.some((m) => m.code === code);

  const language = languageOf(rows.map((r) => r[commentCol] ?? ''));
  const japanese = encoding === 'shift_jis' || language === 'ja';
  if (encoding === 'shift_jis' && fits('JP')) return { code: 'JP', reason: 'encoding' };
  const byLanguage = language && LANGUAGE_MARKETPLACE[language];
  if (byLanguage && fits(byLanguage)) return { code: byLanguage, reason: 'language' };

  // YY/M/D reads most D/M/YY dates too (13/1/17): without a Japanese clue it is not the JP layout
  const formats = new Set(fitting.filter((m) => japanese || m.code !== 'JP' || fitting.every((x) => x.code === 'JP'))
    .map((m) => feedbackDateFormat(m.code).label));
  if (formats.size !== 1) return undefined;
  const [only] = formats;
  const code = only && FORMAT_DEFAULT[only];
  return code ? { code, reason: 'date-format' } : undefined;
}

/** Reads up to `maxRows` data rows of a seller-fulfilled returns file. */
export function guessReturnsMarketplace(text: string, maxRows = 500): MarketplaceGuess | undefined {
  const { col, rows } = table(text, maxRows);
  const [currencyCol, nameCol] = [col('currency-code'), col('item-name')];
  const currencies = new Map<string, number>();
  for (const r of rows) {
    const c = (r[currencyCol] ?? '').trim().toUpperCase();
    if (/^[A-Z]{3}$/.test(c)) tally(currencies, c);
  }
  if (currencies.size > 1) return undefined;
  const [currency] = currencies.keys();
  const users = currency ? MARKETPLACES.filter((m) => m.currency === currency) : [];
  const [first] = users;
  if (first && users.length === 1) return { code: first.code, reason: 'currency' };
  const language = languageOf(rows.map((r) => r[nameCol] ?? ''));
  const byLanguage = language && LANGUAGE_MARKETPLACE[language];
  if (byLanguage && (!users.length || users.some((m) => m.code === byLanguage))) return { code: byLanguage, reason: 'language' };
  return undefined;
}
