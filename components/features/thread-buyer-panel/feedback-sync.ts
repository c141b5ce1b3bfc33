/**
 * Reads the Feedback Manager list once per browser session and marketplace (at most every 30 minutes),
 * so negative feedback is known before the seller answers; stored with `feedback/upsert`.
 * Only a timestamp goes into the page's sessionStorage (no feedback data).
 */
import { sendRequest } from '../../messaging';
import { emit } from '../thread-shared/bus';
import { fetchRecentFeedback, type FetchFailure } from '../thread-shared/fetch-live';

export const FEEDBACK_SYNC_EVERY_MS = 30 * 60_000;
const KEY = 'seller-inbox:feedback-sync:';
const inFlight = new Map<string, Promise<FeedbackSync>>();

export type FeedbackSync = { ran: false } | { ran: true; stored: number; at: string } | { ran: true; failure: FetchFailure };

function lastRun(marketplaceId: string): number {
  try {
    return Number(sessionStorage.getItem(KEY + marketplaceId) ?? 0) || 0;
  } catch {
    return 0;
  }
}

function markRun(marketplaceId: string, at: number): void {
  try {
    sessionStorage.setItem(KEY + marketplaceId, String(at));
  } catch {
    // storage blocked: we just sync again next time
  }
}

export function syncFeedbackOnce(opts: { marketplaceId?: string; csrfToken?: string; signal: AbortSignal }): Promise<FeedbackSync> {
  const mp = opts.marketplaceId ?? 'default';
  if (Date.now() - lastRun(mp) < FEEDBACK_SYNC_EVERY_MS) return Promise.resolve({ ran: false });
  const running = inFlight.get(mp);
  if (running) return running;
  const job = (async (): Promise<FeedbackSync> => {
    const r = await fetchRecentFeedback(opts);
    if ('failure' in r) return { ran: true, failure: r.failure };
    const { stored } = r.feedback.length ? await sendRequest({ type: 'feedback/upsert', feedback: r.feedback }) : { stored: 0 };
    markRun(mp, Date.now());
    if (stored > 0) emit('feedback-stored');
    return { ran: true, stored, at: new Date().toISOString() };
  })().finally(() => inFlight.delete(mp));
  inFlight.set(mp, job);
  return job;
}
