/** Buyer-message threads, one record per thread per account + marketplace. */
import type { Thread, ThreadStatus } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';
import { mergeDefined } from '../merge';
import { keepsOldestUnanswered } from '../thread-refine';
import { normalizeThreadId } from '../../case-id';

/** A thread's key; a case id in it is lowercase, whichever page gave it (lib/case-id.ts): one record per case. */
export const threadKey = (accountId: string, marketplaceId: string, threadId: string): string =>
  `${accountId}|${marketplaceId}|${normalizeThreadId(threadId)}`;

export interface UpsertResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** each key's record as stored now (the one written, or the one kept unchanged) */
  stored: Map<string, Thread>;
}

/**
 * Merges a newly seen version of a thread into the stored one: known fields override, missing ones
 * are kept, order ids accumulate. When the thread no longer awaits an answer and the update does not
 * say since when, `oldestUnansweredAt` is cleared (it means "nothing awaits an answer"). An exact time read from
 * the case stays when a list row offers its later stand-in (thread-refine.ts).
 */
export function mergeThread(existing: Thread | undefined, incoming: Thread): Thread {
  if (!existing) return incoming;
  const merged = mergeDefined(existing, incoming);
  merged.orderIds = [...new Set([...existing.orderIds, ...incoming.orderIds])];
  if (keepsOldestUnanswered(existing, incoming)) merged.oldestUnansweredAt = existing.oldestUnansweredAt;
  if (incoming.status !== 'response-needed' && incoming.oldestUnansweredAt === undefined) {
    delete merged.oldestUnansweredAt;
  }
  return merged;
}

const same = (a: Thread, b: Thread): boolean => JSON.stringify(a) === JSON.stringify(b);

export class ThreadsRepository {
  constructor(private readonly db: SellerInboxDB) {}

  /**
   * Inserts new threads, merges known ones (never duplicates), in one transaction. `read`: records the caller read
   * in the same transaction (key -> record or undefined), not read again (500 rows a page view: each read costs).
   */
  upsertMany(threads: readonly Thread[], read?: ReadonlyMap<string, Thread | undefined>): Promise<UpsertResult> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.threads, async () => {
        const byKey = new Map<string, Thread>();
        for (const t of threads) byKey.set(t.key, mergeThread(byKey.get(t.key), t));
        const keys = [...byKey.keys()];
        const unread = read ? keys.filter((k) => !read.has(k)) : keys;
        const fetched = unread.length ? await this.db.threads.bulkGet(unread) : [];
        const got = new Map(unread.map((k, i) => [k, fetched[i]]));
        const stored = keys.map((k) => (got.has(k) ? got.get(k) : read?.get(k)));
        const result: UpsertResult = { inserted: 0, updated: 0, unchanged: 0, stored: new Map() };
        const writes: Thread[] = [];
        keys.forEach((key, i) => {
          const incoming = byKey.get(key);
          if (!incoming) return;
          const existing = stored[i];
          const merged = mergeThread(existing, incoming);
          if (!existing) result.inserted++;
          else if (same(existing, merged)) {
            result.unchanged++;
            result.stored.set(key, existing);
            return;
          } else result.updated++;
          writes.push(merged);
          result.stored.set(key, merged);
        });
        if (writes.length) await this.db.threads.bulkPut(writes);
        return result;
      }),
    );
  }

  get(key: string): Promise<Thread | undefined> {
    return guardStorage(() => this.db.threads.get(key));
  }

  /** Threads of an account, optionally of one marketplace, oldest unanswered first. */
  list(accountId: string, marketplaceId?: string): Promise<Thread[]> {
    return guardStorage(async () => {
      const rows = marketplaceId === undefined
        ? await this.db.threads.where('accountId').equals(accountId).toArray()
        : await this.db.threads.where('[accountId+marketplaceId]').equals([accountId, marketplaceId]).toArray();
      return rows.sort(byOldestUnanswered);
    });
  }

  /** Sets the status; returns the updated thread, or undefined when the key is unknown. */
  setStatus(key: string, status: ThreadStatus): Promise<Thread | undefined> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.threads, async () => {
        const existing = await this.db.threads.get(key);
        if (!existing) return undefined;
        // keeps oldestUnansweredAt only while the thread still needs a response
        const updated = mergeThread(existing, { ...existing, status, oldestUnansweredAt: undefined });
        await this.db.threads.put(updated);
        return updated;
      }),
    );
  }
}

function byOldestUnanswered(a: Thread, b: Thread): number {
  const t = (x: Thread) => (x.oldestUnansweredAt ? Date.parse(x.oldestUnansweredAt) : Infinity);
  const d = t(a) - t(b);
  if (d !== 0 && !Number.isNaN(d)) return d;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
