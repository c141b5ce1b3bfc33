/**
 * A tiny weighted-phrase matcher. Keyword tables are compact strings: `pattern:weight|pattern:weight`.
 *
 * Pattern syntax (Latin-script languages, matched on folded word tokens):
 *   `refund*`       a word starting with "refund" (refund, refunded, refunds)
 *   `where is`      consecutive words
 *   `not ~ arrived` `~` skips up to 3 words ("not yet arrived", "not arrived")
 *   `!cancel*`      negatable: ignored when "not/no/never/nicht/pas/non/..." occurs in the 3 words before
 *   `?`             the message contains a question mark
 * Japanese patterns are substrings of the folded text; `~` there skips up to 8 characters.
 * A negative weight subtracts (used to defuse idioms, e.g. French "changé d'avis" is not a review).
 * Each pattern counts once per message.
 */
import type { Category } from '../model.ts';
import { BOUNDARY_TOKENS } from './normalize.ts';

export type KeywordTable = Partial<Record<Category, string>>;

interface Term { text: string; prefix: boolean; gap: boolean }

export interface Pattern {
  category: Category;
  source: string;
  weight: number;
  negatable: boolean;
  terms: Term[];
  /** Japanese: substring or regex */
  sub?: string;
  re?: RegExp;
}

export interface CompiledTable {
  exact: Map<string, Pattern[]>;
  prefix: Map<string, Pattern[]>;
  prefixLengths: number[];
  special: Pattern[];
  substrings: Pattern[];
}

const GAP_WORDS = 3;
const GAP_CHARS = 8;
const NEGATORS = new Set(
  'not no never nicht kein keine keinen pas non nunca ni jamais niemals nie nessun nessuna'.split(' '),
);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function push(map: Map<string, Pattern[]>, key: string, p: Pattern): void {
  const list = map.get(key);
  if (list) list.push(p); else map.set(key, [p]);
}

export function compileTable(table: KeywordTable, substring = false): CompiledTable {
  const out: CompiledTable = { exact: new Map(), prefix: new Map(), prefixLengths: [], special: [], substrings: [] };
  const lengths = new Set<number>();
  for (const [category, spec] of Object.entries(table) as [Category, string][]) {
    for (const item of spec.split('|')) {
      const at = item.lastIndexOf(':');
      let source = (at > 0 ? item.slice(0, at) : item).trim();
      const weight = at > 0 ? Number(item.slice(at + 1)) : 1;
      if (!source || Number.isNaN(weight)) throw new Error(`bad keyword "${item}"`);
      const negatable = source.startsWith('!');
      if (negatable) source = source.slice(1);
      const p: Pattern = { category, source, weight, negatable, terms: [] };
      if (source === '?') { out.special.push(p); continue; }
      if (substring) {
        if (source.includes('~')) p.re = new RegExp(source.split('~').map((s) => escapeRe(s.trim())).join(`.{0,${GAP_CHARS}}`));
        else p.sub = source;
        out.substrings.push(p);
        continue;
      }
      p.terms = source.split(/\s+/).map((w) => (w === '~'
        ? { text: '', prefix: false, gap: true }
        : { text: w.replace(/\*$/, ''), prefix: w.endsWith('*'), gap: false }));
      const first = p.terms[0];
      if (!first || first.gap) throw new Error(`bad keyword "${item}"`);
      if (first.prefix) { push(out.prefix, first.text, p); lengths.add(first.text.length); } else push(out.exact, first.text, p);
    }
  }
  out.prefixLengths = [...lengths].sort((a, b) => a - b);
  return out;
}

function termMatches(t: Term, token: string): boolean {
  return t.prefix ? token.startsWith(t.text) : token === t.text;
}

function matchFrom(tokens: string[], pos: number, terms: Term[], j: number): boolean {
  const t = terms[j];
  if (!t) return true;
  if (t.gap) {
    for (let skip = 0; skip <= GAP_WORDS; skip++) if (matchFrom(tokens, pos + skip, terms, j + 1)) return true;
    return false;
  }
  const tok = tokens[pos];
  return tok !== undefined && termMatches(t, tok) && matchFrom(tokens, pos + 1, terms, j + 1);
}

/** Clause boundaries stop the negation scope ("nicht versenden und stornieren"). */
const BOUNDARIES = new Set('and but or und aber oder et mais ou e ma o y pero'.split(' '));

function negated(tokens: string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const tok = tokens[k] ?? '';
    if (BOUNDARIES.has(tok) || BOUNDARY_TOKENS.has(tok)) return false;
    if (NEGATORS.has(tok)) return true;
  }
  return false;
}

/** Matched patterns (each once) of a compiled table in folded text / its tokens. */
export function matchTable(table: CompiledTable, folded: string, tokens: string[], hits: Set<Pattern>): void {
  for (const p of table.special) if (folded.includes(p.source)) hits.add(p);
  for (const p of table.substrings) if (p.sub !== undefined ? folded.includes(p.sub) : p.re?.test(folded)) hits.add(p);
  if (table.exact.size === 0 && table.prefix.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as string;
    const check = (list: Pattern[] | undefined) => {
      if (!list) return;
      for (const p of list) {
        if (hits.has(p) || !matchFrom(tokens, i + 1, p.terms, 1)) continue;
        if (p.negatable && negated(tokens, i)) continue;
        hits.add(p);
      }
    };
    check(table.exact.get(tok));
    for (const len of table.prefixLengths) {
      if (len > tok.length) break;
      check(table.prefix.get(tok.slice(0, len)));
    }
  }
}
