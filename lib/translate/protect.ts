/**
 * Values a translation must give back exactly: template values (`{{order_id}}`), the picker's unfilled markers
 * (`[order id?]`), order ids, ASINs, tracking numbers, amounts with their currency, links and e-mail addresses.
 * Each is swapped for a numbered token before translating (`⟦1⟧`, which translation models leave alone as a
 * symbol) and put back afterwards; a token the translation dropped or doubled is reported, never guessed. Pure.
 */

export interface Protected {
  /** the text with each value replaced by its token */
  text: string;
  /** the values, token n = values[n - 1] */
  values: string[];
}

export interface Restored {
  text: string;
  /** values whose token the translation lost (the result lacks them) */
  lost: string[];
  /** values whose token came back more than once */
  repeated: string[];
}

const CURRENCY = '(?:[$€£¥₹￥]|US\\$|C\\$|A\\$|R\\$|S\\$|zł|kr|USD|EUR|GBP|JPY|CAD|AUD|MXN|BRL|SEK|PLN|TRY|AED|SAR|INR|SGD|EGP|ZAR|CNY|RMB)';
const NUMBER = '\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3})*(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?';

/** Longest first where they overlap: a link holds ids, a template value holds words. */
const PATTERNS: readonly RegExp[] = [
  /\{\{\{?\s*[#^/&]?\s*[\w.]+\s*\}?\}\}/g,
  /\[[^[\]\n]{1,40}\?\]/g,
  /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g,
  /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g,
  /\b\d{3}-\d{7}-\d{7}\b/g,
  /\b(?:B0[0-9A-Z]{8}|\d{9}[\dX])\b/g,
  new RegExp(`${CURRENCY}\\s?(?:${NUMBER})|(?:${NUMBER})\\s?${CURRENCY}`, 'g'),
  // tracking numbers and other codes: 10+ capitals and digits with at least 3 digits and a letter
  /\b(?=(?:[A-Z]*\d){3})(?=[0-9]*[A-Z])[A-Z0-9]{10,35}\b/g,
];

export const TOKEN = (n: number): string => `⟦${n}⟧`;
/** a token as a translation may give it back (spaces inside, ASCII or full-width brackets) */
const TOKEN_BACK = /(?:⟦|\[\[|［［)\s*(\d{1,3})\s*(?:⟧|\]\]|］］)/g;

export function protect(text: string): Protected {
  const spans: { start: number; end: number }[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!spans.some((s) => start < s.end && s.start < end)) spans.push({ start, end });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const values: string[] = [];
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start);
    const value = text.slice(s.start, s.end);
    // one token per occurrence: a value written twice must come back twice, each counted
    out += TOKEN(values.push(value));
    at = s.end;
  }
  return { text: out + text.slice(at), values };
}

export function restore(translated: string, values: readonly string[]): Restored {
  const seen = new Map<number, number>();
  const text = translated.replace(TOKEN_BACK, (whole, d: string) => {
    const n = Number(d);
    const value = values[n - 1];
    if (value === undefined) return whole;
    seen.set(n, (seen.get(n) ?? 0) + 1);
    return value;
  });
  return {
    text,
    lost: values.filter((_, i) => !seen.has(i + 1)),
    repeated: values.filter((_, i) => (seen.get(i + 1) ?? 0) > 1),
  };
}
