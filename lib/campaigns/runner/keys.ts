/**
 * Idempotency keys of the send log. Amazon allows ONE review request per order, and a review-request
 * message uses up the same allowance: Amazon's request and a template message share the key
 * `review|<orderId>`, so an order is never asked twice by either. Test-mode results live under their
 * own keys (`test|<campaignId>|<orderId>`) and never block a real send.
 */
import type { SendLogEntry } from '../../model';

export const reviewKey = (orderId: string): string => `review|${orderId}`;
export const testKey = (campaignId: string, orderId: string): string => `test|${campaignId}|${orderId}`;
export const isReviewKey = (key: string): boolean => key.startsWith('review|');
export const isTestKey = (key: string): boolean => key.startsWith('test|');

/** Failure reasons after which nothing went out, so the runner may try again (after a GET check). */
export const RETRYABLE_REASONS: ReadonlySet<string> = new Set(['rate-limited', 'server-error', 'signed-out', 'captcha', 'csrf-invalid', 'checked-not-sent', 'unrecognised-page']);

/** A resend the read-back allowed (read-back.ts: the text is not in the conversation) adds one attempt to the limit. */
export const isRetryable = (e: Pick<SendLogEntry, 'stage' | 'reason' | 'attempts' | 'resends'>, maxAttempts: number): boolean =>
  e.stage === 'failed' && RETRYABLE_REASONS.has(e.reason ?? '') && e.attempts < maxAttempts + (e.resends ?? 0);

/** May the runner pick this order (no entry yet, or a failure it may retry)? */
export const mayPick = (existing: SendLogEntry | undefined, maxAttempts: number): boolean =>
  existing === undefined || isRetryable(existing, maxAttempts);

/**
 * Has this order been asked, or may it have been? Planning excludes these ('already-requested').
 * sent, sending, unknown: asked or maybe asked; skipped: Amazon said no (already sent, window closed).
 */
export const countsAsAsked = (e: Pick<SendLogEntry, 'stage'>): boolean =>
  e.stage === 'sent' || e.stage === 'sending' || e.stage === 'unknown' || e.stage === 'skipped';
