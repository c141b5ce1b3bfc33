/** Filtering the template list: fuzzy text (uFuzzy over name, tags and categories), a category, a tag. */
import uFuzzy from '@leeoniya/ufuzzy';
import type { Category, Template } from '../../../lib/model';

export interface ListFilter { query: string; category: Category | ''; tag: string }

// Unicode-aware settings (uFuzzy's README): template names may be Chinese, Japanese or accented.
const fuzzy = new uFuzzy({
  unicode: true, interSplit: "[^\\p{L}\\d']+", intraSplit: '\\p{Ll}\\p{Lu}',
  intraBound: '\\p{L}\\d|\\d\\p{L}|\\p{Ll}\\p{Lu}', intraChars: "[\\p{L}\\d']", intraContr: "'\\p{L}{1,2}\\b",
});

export function filterTemplates(templates: readonly Template[], f: ListFilter, label: (c: Category) => string): Template[] {
  let rows = templates.filter((x) => (!f.category || x.categories.includes(f.category)) && (!f.tag || x.tags.includes(f.tag)));
  const q = f.query.trim();
  if (q) {
    const hay = rows.map((x) => [x.name, ...x.tags, ...x.categories.map(label)].join(' '));
    const needle = q.toLowerCase();
    const keep = new Set(fuzzy.filter(hay, q) ?? []);
    hay.forEach((h, i) => { if (h.toLowerCase().includes(needle)) keep.add(i); });
    rows = rows.filter((_, i) => keep.has(i));
  }
  return rows;
}

export const allTags = (templates: readonly Template[]): string[] =>
  [...new Set(templates.flatMap((x) => x.tags))].sort((a, b) => a.localeCompare(b));
