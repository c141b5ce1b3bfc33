/** Handlers for threads and inbox counts. */
import type { InboxCounts, Thread } from '../../model';
import { guardStorage } from '../../db/errors';
import { threadKey } from '../../db/repositories/threads';
import { normalizeThreadId } from '../../case-id';
import { HandlerError } from '../define';
import type { RequestOf } from '../messages';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';
import { computeInboxCounts, type CountsRead } from './inbox-counts';
import { countsKey } from '../../db/repositories/counts';
import { recordResponseEvents } from './response-events';
import { campaignRunnerHooks } from '../../campaigns/runner/hooks';
import { classifierModel, withCategory, withNotice, withStoredRequest } from './classify';
import { orderThreadId, refineOrderRecord } from '../../db/thread-refine';

type ThreadHandlers = Pick<Handlers, 'threads/upsert' | 'threads/list' | 'threads/set-status' | 'counts/list'>;

export function toThread(
  accountId: string, marketplaceId: string, t: RequestOf<'threads/upsert'>['threads'][number], seenAt: string,
): Thread {
  // a case id is stored lowercase, whichever layout or page gave it: one record per case (lib/case-id.ts)
  const threadId = normalizeThreadId(t.threadId);
  const thread: Thread = { ...t, threadId, key: threadKey(accountId, marketplaceId, threadId), accountId, marketplaceId, seenAt };
  for (const k of Object.keys(thread) as (keyof Thread)[]) if (thread[k] === undefined) delete thread[k];
  return thread;
}

/**
 * Recomputes and stores the counts of one account + marketplace (joins the caller's transaction). `read`: a page was
 * read now (its time, Amazon's pending count); what it does not say is kept from the stored counts.
 */
export async function recount({ repos, now }: Pick<HandlerDeps, 'repos' | 'now'>, accountId: string, marketplaceId: string, read: CountsRead = {}) {
  const [threads, rule, before] = await Promise.all([
    repos.threads.list(accountId, marketplaceId), repos.settings.getAll(), repos.db.counts.get(countsKey(accountId, marketplaceId)),
  ]);
  const kept: CountsRead = {
    ...(before?.readAt ? { readAt: before.readAt } : {}),
    ...(before?.pending !== undefined && before.pendingAt ? { pending: before.pending, pendingAt: before.pendingAt, ...(before.unkept ? { unkept: before.unkept } : {}) } : {}),
  };
  const counts = computeInboxCounts(accountId, marketplaceId, threads, now(), rule, { ...kept, ...read });
  await repos.counts.put(counts);
  return counts;
}

/** Recomputes every stored count: deadlines pass without new data (the background runs it on an alarm). */
export function recountAll(deps: Pick<HandlerDeps, 'repos' | 'now'>): Promise<InboxCounts[]> {
  const { db } = deps.repos;
  return guardStorage(() =>
    db.transaction('rw', [db.threads, db.counts, db.settings], async () => {
      const out: InboxCounts[] = [];
      for (const c of await deps.repos.counts.list()) out.push(await recount(deps, c.accountId, c.marketplaceId));
      return out;
    }),
  );
}

export function threadHandlers(deps: HandlerDeps): ThreadHandlers {
  const { repos, now, onCountsChanged } = deps;
  const { db } = repos;

  return {
    'threads/upsert': async ({ accountId, marketplaceId, accountName, threads }) => {
      const at = now().toISOString();
      // the model is read before the transaction (a fetch inside it would end it); unavailable: no categories
      const model = threads.length ? await classifierModel(deps) : undefined;
      const records = threads.map((t) => toThread(accountId, marketplaceId, withNotice(withCategory(t, model)), at));
      const result = await guardStorage(() =>
        db.transaction('rw', [db.threads, db.counts, db.accounts, db.settings, db.responseEvents], async () => {
          // a case read also refines the list's record of its order (rows keyed by order when they do not link to cases)
          const orderKeys = records.flatMap((t) => (t.threadId.startsWith('order:') ? [] : t.orderIds.map((id) => threadKey(accountId, marketplaceId, orderThreadId(id)))));
          const orderRecords = orderKeys.length ? (await db.threads.bulkGet(orderKeys)).filter((t): t is Thread => t !== undefined) : [];
          for (const order of orderRecords) {
            const fromCase = records.find((t) => refineOrderRecord(order, t) !== undefined);
            const refined = fromCase && !records.some((t) => t.key === order.key) ? refineOrderRecord(order, fromCase) : undefined;
            if (refined) records.push(refined);
          }
          const keys = records.map((t) => t.key);
          const before = await db.threads.bulkGet(keys);
          // a thread whose main request is known keeps its category through inbox updates (nudges); the records read
          // here are not read again (by the merge, nor to see what was stored)
          const r = await repos.threads.upsertMany(records.map((t, i) => withStoredRequest(t, before[i], model)), new Map(keys.map((k, i) => [k, before[i]])));
          const after = keys.map((k) => r.stored.get(k));
          await recordResponseEvents(db, keys.map((_, i) => ({ before: before[i], after: after[i] })), at);
          await repos.accounts.touch(accountId, marketplaceId, at, accountName || undefined);
          return { ...r, counts: await recount(deps, accountId, marketplaceId, { readAt: at }) };
        }),
      );
      onCountsChanged?.();
      // new or changed threads: the holiday auto-reply looks at them (the background's hook; absent in tests)
      if (result.inserted + result.updated > 0) {
        try { campaignRunnerHooks().holiday?.(); } catch { /* it looks again on its alarm */ }
      }
      return {
        stored: result.inserted + result.updated + result.unchanged,
        inserted: result.inserted,
        updated: result.updated,
        counts: result.counts,
      };
    },

    'threads/list': async ({ accountId, marketplaceId }) => ({
      threads: await repos.threads.list(accountId, marketplaceId),
    }),

    'threads/set-status': async ({ key, status }) => {
      const thread = await guardStorage(() =>
        db.transaction('rw', [db.threads, db.counts, db.settings, db.responseEvents], async () => {
          const before = await repos.threads.get(key);
          const t = await repos.threads.setStatus(key, status);
          if (t) await recordResponseEvents(db, [{ before, after: t }], now().toISOString());
          if (t) await recount(deps, t.accountId, t.marketplaceId);
          return t;
        }),
      );
      if (!thread) throw new HandlerError('not-found', `no thread ${key}`);
      onCountsChanged?.();
      return { thread };
    },

    'counts/list': async ({ accountId }) => ({ counts: await repos.counts.list(accountId) }),
  };
}
