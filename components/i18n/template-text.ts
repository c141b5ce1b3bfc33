/**
 * Starter templates in the seller's language: a starter whose name the seller has not changed shows its name
 * (`starterName_<key>`) and its tags (`starterTag_<tag>`) from the catalog; the seller's own templates, and renamed
 * starters, show what the seller wrote. `lookup(key)` is the caller's catalog. Pure.
 */
import type { Template } from '../../lib/model';
import { STARTER_KEYS } from '../../lib/templates/starters/keys';
import { STARTER_TAGS, starterKeyOf } from '../../lib/templates/starters/meta';

export type NameLookup = (key: string) => string;

const keyPart = (s: string): string => s.replace(/-/g, '_');

export function templateName(lookup: NameLookup, t: Pick<Template, 'id' | 'name'>): string {
  const key = starterKeyOf(t);
  return key ? lookup(`starterName_${keyPart(key)}`) : t.name;
}

/** a tag of template `t` (a starter's own tags are worded; the seller's tags are theirs) */
export function templateTag(lookup: NameLookup, t: Pick<Template, 'id' | 'name'>, tag: string): string {
  return starterKeyOf(t) && STARTER_TAGS.has(tag) ? lookup(`starterTag_${keyPart(tag)}`) : tag;
}

/** a tag in the tag filter (any template may carry it): a starter tag is worded */
export const tagLabel = (lookup: NameLookup, tag: string): string => (STARTER_TAGS.has(tag) ? lookup(`starterTag_${keyPart(tag)}`) : tag);

/** Every key this file may look up (the i18n test checks both locales have them). */
export const TEMPLATE_TEXT_KEYS: readonly string[] = [
  ...STARTER_KEYS.map((k) => `starterName_${keyPart(k)}`), ...[...STARTER_TAGS].map((g) => `starterTag_${keyPart(g)}`),
];

/** A template syntax error (lib/templates/validate.ts: code + values) in the seller's language. */
export function templateErrorText(lookup: (key: string, subs: string[]) => string, e: { code: string; values: readonly string[] }): string {
  return lookup(`tplErr_${e.code}`, [...e.values]);
}

export const TEMPLATE_ERROR_CODES: readonly string[] = [
  'partial', 'delimiters', 'tooDeep', 'nestedSelf', 'unsupportedTag', 'unknownVariable', 'unknownVariableHint', 'unclosedTag',
  'unclosedSection', 'unopenedSection', 'syntax',
];
