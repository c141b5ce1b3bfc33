/**
 * The template picker's list: which templates match the typed query (uFuzzy over name, tags and the
 * body in the thread's language) and in which order. Pure (no DOM), fast enough for every keystroke
 * over thousands of templates: the haystacks are built once per list, and a query that extends the
 * previous one only searches the previous matches. Runs in the background (`templates/pick`), which
 * keeps uFuzzy out of the content script.
 *
 * Order: without a query, the templates for the thread's category first, then the rest, each
 * alphabetically. With a query: name matches before tag/body matches, and within each the thread's
 * category first, then alphabetically.
 */
import uFuzzy from '@leeoniya/ufuzzy';
import type { Category, Language, Template } from '../../model';
import { pickBody } from '../../templates/language';

export interface PickerEntry {
  template: Template;
  /** the body for this thread's marketplace (pickBody); '' when the template has none */
  body: string;
  language?: Language;
  /** the body is not in the marketplace's language */
  fallback: boolean;
  inCategory: boolean;
}

export interface PickerIndex {
  entries: PickerEntry[];
  /** lower-case name per entry */
  names: string[];
  /** lower-case name and tags per entry */
  labels: string[];
  /** lower-case name, tags and body per entry */
  hay: string[];
  /** entries for the thread's category first, then the rest (no query) */
  base: number[];
  /** the last query searched in full (name, tags and body) and its matches */
  last?: { query: string; hits: number[] };
  /** ranked results of recent queries (backspacing, re-ranking the same query) */
  memo: Map<string, number[]>;
}

const MEMO = 64;

// Unicode-aware (template names and bodies may be German, Japanese, Chinese): as uFuzzy's README advises.
const fuzzy = new uFuzzy({
  unicode: true, interSplit: "[^\\p{L}\\d']+", intraSplit: '\\p{Ll}\\p{Lu}',
  intraBound: '\\p{L}\\d|\\d\\p{L}|\\p{Ll}\\p{Lu}', intraChars: "[\\p{L}\\d']", intraContr: "'\\p{L}{1,2}\\b",
  intraMode: 0, intraIns: 1,
});

const collator = new Intl.Collator();
const byName = (a: PickerEntry, b: PickerEntry) => collator.compare(a.template.name, b.template.name);

export function buildIndex(templates: readonly Template[], marketplaceId: string | undefined, category?: Category): PickerIndex {
  const entries = templates.map((template): PickerEntry => {
    const picked = pickBody(template, marketplaceId);
    return {
      template,
      body: picked?.body ?? '',
      ...(picked ? { language: picked.language } : {}),
      fallback: picked?.fallback ?? false,
      inCategory: category !== undefined && template.categories.includes(category),
    };
  });
  entries.sort((a, b) => Number(b.inCategory) - Number(a.inCategory) || byName(a, b));
  const names = entries.map((e) => e.template.name.toLowerCase());
  const labels = entries.map((e, i) => `${names[i]}\n${e.template.tags.join(' ').toLowerCase()}`);
  const hay = entries.map((e, i) => `${labels[i]}\n${e.body.toLowerCase()}`);
  return { entries, names, labels, hay, base: entries.map((_, i) => i), memo: new Map() };
}

/** Query terms (split on white space; each must match, in any order). */
const termsOf = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

/** Indexes (into index.hay) matching every term: uFuzzy's fuzzy filter, plus plain substring hits. */
function matchAll(hay: readonly string[], terms: readonly string[], from: number[] | undefined): number[] {
  let idxs = from;
  for (const term of terms) {
    const set = new Set(fuzzy.filter(hay as string[], term, idxs) ?? []);
    for (const i of idxs ?? hay.keys()) if (!set.has(i) && hay[i]!.includes(term)) set.add(i);
    idxs = [...set].sort((a, b) => a - b);
    if (idxs.length === 0) break;
  }
  return idxs ?? [];
}

/** Ranked entry indexes for a query ('' = every template, category first). */
export function searchIndex(index: PickerIndex, query: string): number[] {
  const q = query.trim().toLowerCase();
  if (!q) return index.base;
  const known = index.memo.get(q);
  if (known) return known;
  const terms = termsOf(q);
  let hits: number[];
  if (terms.length === 1 && terms[0]!.length === 1) {
    // one letter is in nearly every body: it only looks at names and tags
    hits = matchAll(index.labels, terms, undefined);
  } else {
    // typing forward: search only what matched the shorter query
    const prev = index.last && q.startsWith(index.last.query) ? index.last.hits : undefined;
    hits = matchAll(index.hay, terms, prev);
    index.last = { query: q, hits };
  }
  const inName = new Set(matchAll(index.names, terms, hits));
  // hits are in base order (category first, then by name): a stable partition keeps that within each group
  const first: number[] = [];
  const rest: number[] = [];
  for (const i of hits) (inName.has(i) ? first : rest).push(i);
  const ranked = first.concat(rest);
  index.memo.set(q, ranked);
  if (index.memo.size > MEMO) index.memo.delete(index.memo.keys().next().value as string);
  return ranked;
}
