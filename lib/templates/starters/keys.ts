/**
 * The starter templates every language file provides: one reply per message category, a
 * seller-fulfilled variant of "where is my order" that quotes the tracking number, and a neutral
 * review request.
 */
export const STARTER_KEYS = [
  'where-is-my-order', 'where-is-my-order-fbm', 'return-refund', 'cancel-order', 'address-change',
  'product-question', 'product-issue', 'invoice', 'feedback-review', 'other', 'review-request',
] as const;
export type StarterKey = (typeof STARTER_KEYS)[number];

/** One language's mustache bodies, keyed by starter. */
export type StarterBodies = Readonly<Record<StarterKey, string>>;
