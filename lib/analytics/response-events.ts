/**
 * Response events: one record per buyer message that needed an answer, with when it arrived and when the
 * seller answered. Threads only say "awaiting since T" at the moment we see them, so the events are derived
 * by comparing what we knew of a thread before a new sighting with what we know after it:
 *
 * - first seen (or seen again) awaiting an answer since T          -> an open event T
 * - seen awaiting since T, later seen answered                      -> T answered at the thread's last message
 *   time when that is after T (the seller's reply is the last message), else at the sighting time (an upper bound)
 * - seen awaiting since T, later seen awaiting since a later T2     -> T answered no later than T2 (upper bound:
 *   the seller answered, then the buyer wrote again), and an open event T2
 * - seen awaiting since T, later marked "no response needed"        -> T leaves the Late Response Rate
 *
 * A thread first seen already answered gives no event: we never learnt when its buyer message arrived.
 * Amazon's own notifications (isSystem) never count. Pure: no Dexie, no browser API.
 */
import type { Category, Thread } from '../model';

export interface ResponseEvent {
  /** `${threadKey}|${receivedAt}` */
  key: string;
  threadKey: string;
  accountId: string;
  marketplaceId: string;
  /** the oldest buyer message that awaited an answer (ISO, UTC) */
  receivedAt: string;
  /** when the seller answered it; absent while it still awaits an answer (or when no answer was needed) */
  answeredAt?: string;
  /**
   * how answeredAt was learnt: the thread's last message (exact), the time we saw it answered, or the
   * buyer's next message (both upper bounds)
   */
  answeredFrom?: 'last-message' | 'seen' | 'next-message';
  category?: Category;
  /** the seller marked the thread "no response needed": Amazon leaves it out of the Late Response Rate */
  noResponseNeeded: boolean;
  updatedAt: string;
}

export const responseEventKey = (threadKey: string, receivedAt: string): string => `${threadKey}|${receivedAt}`;

const awaitingSince = (t: Thread | undefined): string | undefined =>
  t && t.status === 'response-needed' ? t.oldestUnansweredAt : undefined;

const ms = (iso: string | undefined): number => (iso === undefined ? NaN : Date.parse(iso));

/**
 * The events one sighting of a thread creates or changes. `before`: the stored thread before the sighting
 * (undefined when new), `after`: the stored thread after it, `at`: when the sighting happened.
 */
export function deriveResponseEvents(before: Thread | undefined, after: Thread, at: string): ResponseEvent[] {
  if (after.isSystem) return [];
  const base = (receivedAt: string): ResponseEvent => {
    const e: ResponseEvent = {
      key: responseEventKey(after.key, receivedAt), threadKey: after.key, accountId: after.accountId,
      marketplaceId: after.marketplaceId, receivedAt, noResponseNeeded: false, updatedAt: at,
    };
    const category = after.category ?? before?.category;
    if (category) e.category = category;
    return e;
  };
  const out: ResponseEvent[] = [];
  const was = awaitingSince(before);
  const now = awaitingSince(after);
  if (was !== undefined && was !== now) {
    if (after.status === 'no-response-needed') {
      out.push({ ...base(was), noResponseNeeded: true });
    } else if (after.status === 'answered') {
      const last = ms(after.lastMessageAt);
      const exact = after.lastMessageAt !== undefined && last >= ms(was) && last <= ms(at) + 60_000;
      out.push({ ...base(was), answeredAt: exact ? after.lastMessageAt! : at, answeredFrom: exact ? 'last-message' : 'seen' });
    } else if (now !== undefined && ms(now) > ms(was)) {
      out.push({ ...base(was), answeredAt: now, answeredFrom: 'next-message' });
    }
  }
  if (now !== undefined && now !== was) out.push(base(now));
  return out;
}

/**
 * Merges a newly derived event into the stored one: an answer, once known, is kept (the earliest wins);
 * "no response needed" sticks; the category follows the latest classification. Returns the stored event
 * itself when nothing changed (the caller skips the write).
 */
export function mergeResponseEvent(stored: ResponseEvent | undefined, incoming: ResponseEvent): ResponseEvent {
  if (!stored) return incoming;
  const merged: ResponseEvent = { ...stored };
  if (incoming.category) merged.category = incoming.category;
  if (incoming.noResponseNeeded) merged.noResponseNeeded = true;
  if (incoming.answeredAt && (!stored.answeredAt || ms(incoming.answeredAt) < ms(stored.answeredAt))) {
    merged.answeredAt = incoming.answeredAt;
    if (incoming.answeredFrom) merged.answeredFrom = incoming.answeredFrom;
  }
  const changed = merged.category !== stored.category || merged.noResponseNeeded !== stored.noResponseNeeded
    || merged.answeredAt !== stored.answeredAt;
  return changed ? { ...merged, updatedAt: incoming.updatedAt } : stored;
}
