/**
 * The classifier corpus (tests/fixtures/classify/corpus/<lang>.<split>.jsonl): buyer messages and Amazon's
 * notices, one JSON object a line: { id, lang, category, system?, text }. The split is fixed by file:
 * `dev` is for tuning and training, `heldout` is only ever measured.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, type Category } from '../../../lib/model.ts';
import { LANGUAGES, type LanguageCode } from '../../../lib/classify/language.ts';

export interface CorpusRow { id: string; lang: LanguageCode; category: Category; system?: boolean; text: string }
export type Split = 'dev' | 'heldout';

export const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/classify/corpus/', import.meta.url));

/** Rows of one JSONL file; a bad line throws an error naming the file, the line and the field. */
export function parseCorpus(text: string, file: string): CorpusRow[] {
  const rows: CorpusRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let r: Record<string, unknown>;
    try { r = JSON.parse(line) as Record<string, unknown>; } catch (e) { throw new Error(`${where}: not JSON (${(e as Error).message})`); }
    if (typeof r.id !== 'string' || !r.id) throw new Error(`${where}: field "id" missing`);
    if (typeof r.text !== 'string' || !r.text.trim()) throw new Error(`${where}: field "text" missing or empty`);
    if (!(LANGUAGES as readonly unknown[]).includes(r.lang)) throw new Error(`${where}: field "lang" is not one of ${LANGUAGES.join(', ')}`);
    if (!(CATEGORIES as readonly unknown[]).includes(r.category)) throw new Error(`${where}: field "category" is not a category`);
    if (r.system !== undefined && r.system !== true) throw new Error(`${where}: field "system" must be true or absent`);
    if (r.system && r.category !== 'other') throw new Error(`${where}: a notice ("system": true) has category "other"`);
    rows.push({ id: r.id, lang: r.lang as LanguageCode, category: r.category as Category, ...(r.system ? { system: true } : {}), text: r.text });
  });
  return rows;
}

export function loadCorpus(split: Split, langs: readonly LanguageCode[] = LANGUAGES): CorpusRow[] {
  return langs.flatMap((lang) => {
    const file = `${lang}.${split}.jsonl`;
    return parseCorpus(readFileSync(CORPUS_DIR + file, 'utf8'), file);
  });
}
