/** The starters' names, categories and tags, and which template is still a starter (small: the page UI imports it). */
import type { Category, Template } from '../../model';
import { STARTER_KEYS, type StarterKey } from './keys';

interface StarterMeta { name: string; categories: Category[]; tags: string[] }

export const META: Readonly<Record<StarterKey, StarterMeta>> = {
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

/**
 * The starter a template still is, by id and unchanged name (the UI then shows the starter's name and tags in the
 * seller's language); a renamed starter, or any template of the seller's, is theirs as written.
 */
export function starterKeyOf(t: Pick<Template, 'id' | 'name'>): StarterKey | undefined {
  const key = STARTER_KEYS.find((k) => starterId(k) === t.id);
  return key && META[key].name === t.name ? key : undefined;
}

/** The tags the starters come with (the UI words them when a starter shows them). */
export const STARTER_TAGS: ReadonlySet<string> = new Set(Object.values(META).flatMap((m) => m.tags));
