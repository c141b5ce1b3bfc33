/** Inbox counts of one account + marketplace, by the deadline rules in lib/deadlines. */
import { summarizeCounts } from '../../deadlines';
import type { InboxCounts, Thread } from '../../model';
import { onePerCase } from '../../db/thread-refine';

export interface CountRule { dueSoonHours: number }

/** What the counts carry besides the threads: when a page was read, Amazon's own pending count. */
export interface CountsRead { readAt?: string; pending?: number; pendingAt?: string; unkept?: number }

const newest = (isos: readonly (string | undefined)[]): string | undefined =>
  isos.reduce<string | undefined>((a, b) => (b && (!a || b > a) ? b : a), undefined);

export function computeInboxCounts(
  accountId: string,
  marketplaceId: string,
  threads: readonly Thread[],
  now: Date,
  rule: CountRule = { dueSoonHours: 4 },
  read: CountsRead = {},
): InboxCounts {
  const mine = onePerCase(threads.filter((t) => t.accountId === accountId && t.marketplaceId === marketplaceId));
  const { overdue, dueSoon, awaiting } = summarizeCounts(mine, now, { dueSoonHours: rule.dueSoonHours });
  // not told: the newest time a page showed one of its threads
  const readAt = read.readAt ?? newest(mine.map((t) => t.seenAt));
  const responseNeeded = mine.filter((t) => t.status === 'response-needed').length;
  return {
    key: `${accountId}|${marketplaceId}`, accountId, marketplaceId, overdue, dueSoon, awaiting, updatedAt: now.toISOString(),
    ...(readAt ? { readAt } : {}), responseNeeded,
    ...(read.pending !== undefined && read.pendingAt ? { pending: read.pending, pendingAt: read.pendingAt, ...(read.unkept ? { unkept: read.unkept } : {}) } : {}),
  };
}
