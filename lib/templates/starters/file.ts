/**
 * The starter templates' texts as a package file (templates/starters.json, written by the build from the
 * language files: wxt.config.ts): the background reads it when it first puts the starters in, not on every
 * start of its worker. Checked here; a broken file is named with its field.
 */
import * as v from 'valibot';
import { LANGUAGES, type Language } from '../../model';
import { parseJsonFile } from '../../package-file';
import { STARTER_KEYS, type StarterKey } from './keys';
import { startersFrom, type StarterTexts } from './templates';
import type { Template } from '../../model';

export const STARTERS_FILE = 'templates/starters.json';

const Bodies = v.strictObject(Object.fromEntries(STARTER_KEYS.map((k) => [k, v.pipe(v.string(), v.minLength(1))])) as Record<StarterKey, v.SchemaWithPipe<readonly [v.StringSchema<undefined>, v.MinLengthAction<string, 1, undefined>]>>);

export const StarterTextsSchema = v.strictObject(Object.fromEntries(LANGUAGES.map((l) => [l, Bodies])) as Record<Language, typeof Bodies>);

/** The starter templates from the file's text; throws an error naming the file and the field. */
export function startersFromText(text: string, file = STARTERS_FILE): readonly Template[] {
  const r = v.safeParse(StarterTextsSchema, parseJsonFile(text, file));
  if (!r.success) {
    const issue = r.issues[0];
    const field = v.getDotPath(issue);
    throw new Error(`${file}: ${field ? `field "${field}": ` : ''}${issue.message}`);
  }
  return startersFrom(r.output as StarterTexts);
}
