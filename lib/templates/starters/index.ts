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
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { JA } from './ja';
import { startersFrom, STARTER_IDS, type StarterTexts } from './templates';

export { STARTER_KEYS, type StarterKey, type StarterBodies } from './keys';
export { starterId, starterKeyOf, STARTER_TAGS } from './meta';
export { STARTER_IDS, startersFrom, type StarterTexts } from './templates';

/** Every language's texts (what the build writes into the package file templates/starters.json, file.ts). */
export const STARTER_TEXTS: StarterTexts = { en: EN, de: DE, fr: FR, it: IT, es: ES, ja: JA };

export const STARTER_TEMPLATES = startersFrom(STARTER_TEXTS);

export const isStarterId = (id: string): boolean => STARTER_IDS.includes(id);
