/** The Next button: the next thread awaiting a response, in urgency order. */
import { awaitsResponse } from '../deadlines/due';
import { compareKeys, urgencyKey, type UrgencyThread } from './urgency';

/**
 * The most urgent thread awaiting a response that comes after `currentKey` in urgency order,
 * wrapping to the most urgent one; never the current thread itself. When the current thread is
 * not in the list or no longer awaits a response, the most urgent awaiting thread. Undefined when
 * nothing else awaits a response. O(n), across every marketplace in `threads`.
 */
export function nextThread<T extends UrgencyThread>(
  threads: readonly T[], currentKey: string | undefined, _now?: Date,
): T | undefined {
  const current = currentKey === undefined ? undefined : threads.find((t) => t.key === currentKey);
  const cur = current ? urgencyKey(current) : undefined;
  let first: T | undefined;
  let firstG = 0;
  let firstR = 0;
  let after: T | undefined;
  let afterG = 0;
  let afterR = 0;
  for (const t of threads) {
    if (!awaitsResponse(t) || t.key === currentKey) continue;
    const { group, rank } = urgencyKey(t);
    if (!first || compareKeys(group, rank, t.key, firstG, firstR, first.key) < 0) {
      first = t; firstG = group; firstR = rank;
    }
    if (cur && current && compareKeys(group, rank, t.key, cur.group, cur.rank, current.key) > 0
      && (!after || compareKeys(group, rank, t.key, afterG, afterR, after.key) < 0)) {
      after = t; afterG = group; afterR = rank;
    }
  }
  return after ?? first;
}
