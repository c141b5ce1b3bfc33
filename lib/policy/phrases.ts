/**
 * Phrase lists -> one regular expression over folded text. Pattern syntax: regex source written in
 * folded form (lower case, no accents); a space means "one or more spaces" (" ?" an optional one), ` _ ` means "up to four
 * words in between". Latin patterns get word boundaries; patterns with CJK characters do not.
 */
import type { Analysed, Finding, Severity } from './types';

export type PhraseLists = Partial<Record<'en' | 'de' | 'fr' | 'it' | 'es' | 'ja' | 'zh' | 'any', readonly string[]>>;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

function expand(p: string): string {
  return p.replace(/ _ /g, '\\s+(?:[^\\s.!?]+\\s+){0,4}').replace(/ \?/g, '\\s?').replace(/ (?![?*])/g, '\\s+');
}

export function compile(lists: PhraseLists, flags = 'g'): RegExp {
  const latin: string[] = [];
  const cjk: string[] = [];
  for (const list of Object.values(lists)) for (const p of list ?? []) (CJK.test(p) ? cjk : latin).push(expand(p));
  const parts: string[] = [];
  // one boundary check around the whole Latin alternation keeps matching fast
  if (latin.length) parts.push(`(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])`);
  if (cjk.length) parts.push(cjk.join('|'));
  return new RegExp(parts.join('|'), flags.includes('u') ? flags : flags + 'u');
}

/** All matches of `re` (global) in the folded text, as [start, end) in folded coordinates. */
export function spans(re: RegExp, s: string, from = 0, to = s.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

export const test = (re: RegExp, s: string): boolean => { re.lastIndex = 0; return re.test(s); };

/** Folded [start, end) -> a finding on the original text: its code and values (the UI words them). */
export function finding(a: Analysed, rule: string, severity: Severity, ns: number, ne: number, code: string, values?: readonly string[]): Finding {
  const start = a.starts[ns] ?? a.text.length;
  const end = ne > ns ? (a.ends[ne - 1] ?? a.text.length) : start;
  return values?.length ? { rule, severity, start, end, code, values: [...values] } : { rule, severity, start, end, code };
}

/** The sentence (folded coordinates) containing folded index i. */
export function sentenceAt(a: Analysed, i: number): readonly [number, number] {
  for (const s of a.sentences) if (i >= s[0] && i < s[1]) return s;
  return [0, a.norm.length];
}
