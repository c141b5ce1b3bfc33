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
import type { Category, Language, Template } from '../../model';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { JA } from './ja';
import { STARTER_KEYS, type StarterBodies, type StarterKey } from './keys';

export { STARTER_KEYS, type StarterKey, type StarterBodies } from './keys';

const BODIES: Readonly<Record<Language, StarterBodies>> = { en: EN, de: DE, fr: FR, it: IT, es: ES, ja: JA };

const STARTER_TIME = '2026-01-01T00:00:00.000Z';

interface StarterMeta { name: string; categories: Category[]; tags: string[] }

const META: Readonly<Record<StarterKey, StarterMeta>> = {
  'where-is-my-order': { name: 'Where is my order?', categories: ['where-is-my-order'], tags: ['starter', 'shipping'] },
  'where-is-my-order-fbm': {
    name: 'Where is my order? (with tracking number, FBM)', categories: ['where-is-my-order'],
    tags: ['starter', 'shipping', 'tracking', 'fbm'],
  },
  'return-refund': { name: 'Return and refund', categories: ['return-refund'], tags: ['starter', 'return', 'refund'] },
  'cancel-order': { name: 'Cancel order', categories: ['cancel-order'], tags: ['starter', 'cancellation'] },
  'address-change': { name: 'Change of address', categories: ['address-change'], tags: ['starter', 'address'] },
  'product-question': { name: 'Product question', categories: ['product-question'], tags: ['starter', 'product', 'pre-sale'] },
  'product-issue': { name: 'Problem with the product', categories: ['product-issue'], tags: ['starter', 'product', 'defect'] },
  invoice: { name: 'Invoice', categories: ['invoice'], tags: ['starter', 'invoice', 'attachment'] },
  'feedback-review': { name: 'Reply to feedback', categories: ['feedback-review'], tags: ['starter', 'feedback'] },
  other: { name: 'General request', categories: ['other'], tags: ['starter', 'general'] },
  'review-request': { name: 'Review request (neutral)', categories: ['feedback-review'], tags: ['starter', 'review-request'] },
  'away-message': { name: 'Away message (holiday auto-reply)', categories: ['other'], tags: ['starter', 'holiday', 'away'] },
};

export const starterId = (key: StarterKey): string => `starter-${key}`;

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
