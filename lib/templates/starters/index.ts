/**
 * Built-in starter templates: one reply per message category (plus a seller-fulfilled "where is my
 * order" with the tracking number), a neutral, Amazon-compliant review request, and an away message
 * for the holiday auto-reply (buyer's name and store name only, so it renders for every thread), each
 * in every supported language. Link-free plain text, meant to be copied and edited by the seller.
 *
 * Variables: only {{buyer_name}}/{{buyer_first_name}}, {{order_id}}, {{product_name}},
 * {{tracking_number}} (FBM starter only) and {{store_name}}. "product-question" and "other" need no
 * order, so they also work for questions asked before a purchase.
 */
import type { Language, Template } from '../../model';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { JA } from './ja';
import { STARTER_KEYS, type StarterBodies, type StarterKey } from './keys';
import { META, starterId } from './meta';

export { STARTER_KEYS, type StarterKey, type StarterBodies } from './keys';
export { starterId, starterKeyOf, STARTER_TAGS } from './meta';

const BODIES: Readonly<Record<Language, StarterBodies>> = { en: EN, de: DE, fr: FR, it: IT, es: ES, ja: JA };

const STARTER_TIME = '2026-01-01T00:00:00.000Z';

function bodiesOf(key: StarterKey): Partial<Record<Language, string>> {
  const out: Partial<Record<Language, string>> = {};
  for (const [lang, bodies] of Object.entries(BODIES) as Array<[Language, StarterBodies]>) out[lang] = bodies[key];
  return out;
}

export const STARTER_TEMPLATES: readonly Template[] = Object.freeze(STARTER_KEYS.map((key): Template => {
  const meta = META[key];
  return {
    id: starterId(key),
    name: meta.name,
    tags: [...meta.tags],
    categories: [...meta.categories],
    bodies: bodiesOf(key),
    builtin: true,
    createdAt: STARTER_TIME,
    updatedAt: STARTER_TIME,
  };
}));

export const isStarterId = (id: string): boolean => STARTER_TEMPLATES.some((t) => t.id === id);

