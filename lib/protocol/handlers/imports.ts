/**
 * Report imports (options page "Imports"). The page parses the file in a Web Worker and sends the records
 * in batches (`imports/stage`) while it parses; the background stores each batch as a staging record
 * (lib/db/repositories/imports.ts) that nothing else reads, and writes the real stores only when
 * `imports/apply` commits the whole import in ONE transaction. `imports/plan` says what the import would
 * change; `imports/cancel` drops the staging, or rolls back a commit in progress; `imports/status` reports
 * the commit's progress.
 */
import { StagingMismatchError } from '../../db/repositories/imports';
import { HandlerError } from '../define';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type ImportHandlers = Pick<Handlers, 'imports/stage' | 'imports/plan' | 'imports/apply' | 'imports/cancel' | 'imports/status' | 'imports/history'>;

interface Committing { done: number; total: number; cancelled: boolean }

/** A staging that does not match what the page sent answers not-found: the page sends the batches again. */
const mismatch = async <T>(op: () => Promise<T>): Promise<T> => {
  try {
    return await op();
  } catch (e) {
    const inner = e instanceof Error && e.cause instanceof StagingMismatchError ? e.cause : e;
    if (inner instanceof StagingMismatchError) throw new HandlerError('not-found', inner.message);
    throw e;
  }
};

export function importHandlers({ repos }: HandlerDeps): ImportHandlers {
  const committing = new Map<string, Committing>();
  let purged = false;

  return {
    'imports/stage': async ({ importId, kind, fileName, seq, batch }) => {
      if (committing.has(importId)) throw new HandlerError('invalid-request', `import ${importId} is being committed`);
      if (!purged) {
        purged = true;
        await repos.imports.purgeStale().catch((e: unknown) => console.warn('[seller-inbox] could not purge stale imports', e));
      }
      return mismatch(() => repos.imports.stage(importId, { kind, fileName }, seq, batch));
    },

    'imports/plan': async ({ importId, batches }) => mismatch(async () => ({ plan: await repos.imports.plan(importId, batches) })),

    'imports/history': async () => ({ entries: await repos.importHistory.list() }),

    'imports/apply': async ({ importId, batches, stats }) => {
      if (committing.has(importId)) throw new HandlerError('invalid-request', `import ${importId} is already being committed`);
      const progress: Committing = { done: 0, total: batches, cancelled: false };
      committing.set(importId, progress);
      try {
        const staged = await repos.imports.staged(importId);
        const result = await mismatch(() => repos.imports.commit(importId, batches, (done, total) => {
          // throwing inside the transaction rolls the whole import back
          if (progress.cancelled) throw new HandlerError('invalid-request', `import ${importId} was cancelled: nothing was saved`);
          progress.done = done;
          progress.total = total;
        }));
        if (staged) {
          await repos.importHistory.add({ at: new Date().toISOString(), fileName: staged.fileName, kind: staged.kind, ...(stats ?? {}), result })
            .catch(() => undefined); // the import itself is saved; a lost history line is not worth failing it
        }
        return { result };
      } finally {
        committing.delete(importId);
      }
    },

    /** drops a staged import; during the commit, rolls it back (the pending `imports/apply` fails) */
    'imports/cancel': async ({ importId }) => {
      const c = committing.get(importId);
      if (c) {
        c.cancelled = true;
        return { dropped: true };
      }
      await repos.imports.drop(importId);
      return { dropped: true };
    },

    'imports/status': async ({ importId }) => {
      const c = committing.get(importId);
      const s = await repos.imports.staged(importId);
      return { staged: !!s, batches: s?.batches ?? 0, ...(c ? { committing: { done: c.done, total: c.total } } : {}) };
    },
  };
}
