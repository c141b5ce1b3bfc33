/**
 * Scores a classifier on corpus rows: overall, per language, notices, per category, confusions.
 * A row is right when both the category and the notice flag are (a buyer message taken for a notice is wrong).
 */
import type { Category } from '../../../lib/model.ts';
import type { CorpusRow } from './corpus.ts';

export type Classifier = (text: string) => { category: Category; system?: boolean };

export interface Score { ok: number; n: number; rate: number }
export interface Evaluation {
  overall: Score;
  byLang: Record<string, Score>;
  notices: Score;
  byCategory: Record<string, Score>;
  /** "expected -> got: ids" */
  misses: { id: string; expected: string; got: string; text: string }[];
}

const label = (category: string, system: boolean | undefined): string => (system ? 'notice' : category);

function add(m: Record<string, Score>, k: string, hit: boolean): void {
  const s = (m[k] ??= { ok: 0, n: 0, rate: 0 });
  s.n++;
  if (hit) s.ok++;
  s.rate = s.ok / s.n;
}

export function evaluate(rows: readonly CorpusRow[], classify: Classifier): Evaluation {
  const all: Record<string, Score> = {};
  const byLang: Record<string, Score> = {};
  const byCategory: Record<string, Score> = {};
  const misses: Evaluation['misses'] = [];
  for (const r of rows) {
    const got = classify(r.text);
    const expected = label(r.category, r.system);
    const actual = label(got.category, got.system);
    const hit = expected === actual;
    add(all, 'all', hit);
    add(byLang, r.lang, hit);
    add(byCategory, expected, hit);
    if (!hit) misses.push({ id: r.id, expected, got: actual, text: r.text });
  }
  const zero: Score = { ok: 0, n: 0, rate: 0 };
  return { overall: all.all ?? zero, byLang, notices: byCategory.notice ?? zero, byCategory, misses };
}

export const pct = (s: Score): string => `${s.ok}/${s.n} ${(100 * s.rate).toFixed(1)} %`;

export function summary(name: string, e: Evaluation): string {
  const langs = Object.entries(e.byLang).map(([k, s]) => `${k} ${pct(s)}`).join(', ');
  return `${name}: ${pct(e.overall)}; notices ${pct(e.notices)}; ${langs}`;
}
