/** Inbox counts of one account + marketplace, by the deadline rules in lib/deadlines. */
import { summarizeCounts } from '../../deadlines';
import type { InboxCounts, Thread } from '../../model';
import { onePerCase } from '../../db/thread-refine';

export interface CountRule { dueSoonHours: number }

export function computeInboxCounts(
  accountId: string,
  marketplaceId: string,
  threads: readonly Thread[],
  now: Date,
  rule: CountRule = { dueSoonHours: 4 },
): InboxCounts {
  const mine = onePerCase(threads.filter((t) => t.accountId === accountId && t.marketplaceId === marketplaceId));
  const { overdue, dueSoon, awaiting } = summarizeCounts(mine, now, { dueSoonHours: rule.dueSoonHours });
  return { key: `${accountId}|${marketplaceId}`, accountId, marketplaceId, overdue, dueSoon, awaiting, updatedAt: now.toISOString() };
}
