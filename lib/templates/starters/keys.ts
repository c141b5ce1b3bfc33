/**
 * The starter templates every language file provides: one reply per message category, a
 * seller-fulfilled variant of "where is my order" that quotes the tracking number, a neutral
 * review request, and an away message for the holiday auto-reply.
 */
export const STARTER_KEYS = [
  'where-is-my-order', 'where-is-my-order-fbm', 'return-refund', 'cancel-order', 'address-change',
  'product-question', 'product-issue', 'invoice', 'feedback-review', 'other', 'review-request', 'away-message',
] as const;
export type StarterKey = (typeof STARTER_KEYS)[number];

/** One language's mustache bodies, keyed by starter. */
export type StarterBodies = Readonly<Record<StarterKey, string>>;
