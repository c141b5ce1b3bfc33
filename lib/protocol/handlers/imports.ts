/**
 * Report imports (options page "Imports"). The page parses the file in a Web Worker and sends the records
 * in batches (`imports/stage`) while it parses; the background holds them in memory per import id
 * (lib/imports/staging.ts, bounded) and writes NOTHING until `imports/apply` commits the whole import in
 * one transaction. `imports/plan` says what the import would change; `imports/cancel` drops it.
 * `imports/status` keeps the worker alive while a preview is open and reports the commit's progress.
 */
import { ImportStaging, StagingLimitError, type ImportBatch } from '../../imports';
import { HandlerError } from '../define';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type ImportHandlers = Pick<Handlers, 'imports/stage' | 'imports/plan' | 'imports/apply' | 'imports/cancel' | 'imports/status'>;

interface Committing { done: number; total: number; cancelled: boolean }

export function importHandlers({ repos }: HandlerDeps, staging = new ImportStaging()): ImportHandlers {
  const committing = new Map<string, Committing>();

  /** The staged import, complete: every batch the page sent arrived (else the worker was restarted). */
  const complete = (importId: string, batches: number) => {
    const s = staging.get(importId);
    if (!s || s.seqs.size !== batches) {
      throw new HandlerError('not-found', `import ${importId} is not staged (complete) any more: send its records again`);
    }
    return s;
  };

  return {
    'imports/stage': ({ importId, kind, fileName, seq, batch }) => {
      if (committing.has(importId)) throw new HandlerError('invalid-request', `import ${importId} is being committed`);
      try {
        const s = staging.add(importId, { kind, fileName }, seq, batch as ImportBatch);
        return { batches: s.seqs.size, records: s.size };
      } catch (e) {
        if (e instanceof StagingLimitError) throw new HandlerError('invalid-request', e.message);
        throw e;
      }
    },

    'imports/plan': async ({ importId, batches }) => {
      const s = complete(importId, batches);
      return { plan: await repos.imports.plan(s.tables), records: s.size };
    },

    'imports/apply': async ({ importId, batches }) => {
      if (committing.has(importId)) throw new HandlerError('invalid-request', `import ${importId} is already being committed`);
      const s = complete(importId, batches);
      const progress: Committing = { done: 0, total: s.size, cancelled: false };
      committing.set(importId, progress);
      try {
        const result = await repos.imports.commit(s.tables, (done, total) => {
          // throwing inside the transaction rolls the whole import back
          if (progress.cancelled) throw new HandlerError('invalid-request', `import ${importId} was cancelled: nothing was saved`);
          progress.done = done;
          progress.total = total;
        });
        staging.drop(importId);
        return { result, records: s.size };
      } finally {
        committing.delete(importId);
      }
    },

    /** drops a staged import; during the commit, rolls it back (the pending `imports/apply` fails) */
    'imports/cancel': ({ importId }) => {
      const c = committing.get(importId);
      if (c) c.cancelled = true;
      return { dropped: staging.drop(importId) };
    },

    'imports/status': ({ importId }) => {
      const c = committing.get(importId);
      const s = staging.get(importId);
      return {
        staged: !!s,
        batches: s?.seqs.size ?? 0,
        records: s?.size ?? 0,
        ...(c ? { committing: { done: c.done, total: c.total } } : {}),
      };
    },
  };
}
