/**
 * The starter templates from their texts: names, categories, tags and ids are here (meta.ts, small), the texts
 * per language come in (index.ts imports them for the tools and tests; the background reads them from a package
 * file, file.ts, so that they are not in its script).
 */
import type { Language, Template } from '../../model';
import { STARTER_KEYS, type StarterBodies, type StarterKey } from './keys';
import { META, starterId } from './meta';

/** Every language's texts of every starter. */
export type StarterTexts = Readonly<Record<Language, StarterBodies>>;

const STARTER_TIME = '2026-01-01T00:00:00.000Z';

/** The starters' ids (no texts needed). */
export const STARTER_IDS: readonly string[] = STARTER_KEYS.map(starterId);

function bodiesOf(texts: StarterTexts, key: StarterKey): Partial<Record<Language, string>> {
  const out: Partial<Record<Language, string>> = {};
  for (const [lang, bodies] of Object.entries(texts) as Array<[Language, StarterBodies]>) out[lang] = bodies[key];
  return out;
}

export function startersFrom(texts: StarterTexts): readonly Template[] {
  return Object.freeze(STARTER_KEYS.map((key): Template => {
    const meta = META[key];
    return {
      id: starterId(key),
      name: meta.name,
      tags: [...meta.tags],
      categories: [...meta.categories],
      bodies: bodiesOf(texts, key),
      builtin: true,
      createdAt: STARTER_TIME,
      updatedAt: STARTER_TIME,
    };
  }));
}
