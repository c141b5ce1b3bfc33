/**
 * Urgency order: threads that need a response first, least time left first (the most overdue
 * leads), then awaiting threads whose message time is unknown (oldest activity first), then
 * answered / no response needed / system notifications, newest first. Ties by thread key.
 * Every due time is the message time + 24 h, so the order does not depend on `now`.
 */
import type { Thread } from '../model';
import { awaitsResponse, dueAtMs, parseUtcMs } from '../deadlines/due';

export type UrgencyThread = Pick<Thread, 'key' | 'status' | 'oldestUnansweredAt' | 'isSystem' | 'lastMessageAt' | 'seenAt'>;

/** 0 = awaiting with a due time, 1 = awaiting with unknown time, 2 = nothing to answer */
export type UrgencyGroup = 0 | 1 | 2;

/** Sort key of a thread: group, then `rank` ascending, then key. `rank` is never NaN. */
export interface UrgencyKey { group: UrgencyGroup; rank: number }

const activityMs = (t: UrgencyThread): number => {
  const ms = parseUtcMs(t.lastMessageAt ?? t.oldestUnansweredAt);
  return Number.isNaN(ms) ? parseUtcMs(t.seenAt) : ms;
};

export function urgencyKey(t: UrgencyThread): UrgencyKey {
  if (awaitsResponse(t)) {
    const due = dueAtMs(t.oldestUnansweredAt);
    if (!Number.isNaN(due)) return { group: 0, rank: due };
    const seen = activityMs(t);
    return { group: 1, rank: Number.isNaN(seen) ? Infinity : seen };
  }
  const recent = activityMs(t);
  return { group: 2, rank: Number.isNaN(recent) ? Infinity : -recent };
}

/** Compares precomputed keys; the building block of urgencyCompare, sortByUrgency and nextThread. */
export function compareKeys(ga: number, ra: number, ka: string, gb: number, rb: number, kb: string): number {
  if (ga !== gb) return ga - gb;
  if (ra !== rb) return ra < rb ? -1 : 1;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Comparator for one-off comparisons (parses dates; for whole lists use sortByUrgency). */
export function urgencyCompare(a: UrgencyThread, b: UrgencyThread, _now?: Date): number {
  const x = urgencyKey(a);
  const y = urgencyKey(b);
  return compareKeys(x.group, x.rank, a.key, y.group, y.rank, b.key);
}

/** A new array in urgency order. O(n log n); dates parsed once per thread, not in the comparator. */
export function sortByUrgency<T extends UrgencyThread>(threads: readonly T[], _now?: Date): T[] {
  const n = threads.length;
  const groups = new Uint8Array(n);
  const ranks = new Float64Array(n);
  const keys = new Array<string>(n);
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const t = threads[i] as T;
    const k = urgencyKey(t);
    groups[i] = k.group;
    ranks[i] = k.rank;
    keys[i] = t.key;
    order[i] = i;
  }
  order.sort((i, j) =>
    compareKeys(groups[i] as number, ranks[i] as number, keys[i] as string, groups[j] as number, ranks[j] as number, keys[j] as string)
    || i - j);
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = threads[order[i] as number] as T;
  return out;
}
