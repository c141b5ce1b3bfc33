/** Buyer identity, matching, flags and history (pure; the background feeds it from the database). */
export * from './identity';
export * from './flags';
export * from './feedback-window';
export * from './profile';
