/**
 * Typed storage errors. Repositories convert Dexie/IndexedDB failures with `toStorageError` so callers
 * (and the protocol, through `code`) can tell "disk full" from a bug.
 */

export type StorageErrorCode = 'storage-quota' | 'storage-failed' | 'invalid-transition';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  constructor(code: StorageErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

/** The browser refused the write because the extension's storage is full. Nothing was written. */
export class StorageQuotaError extends StorageError {
  constructor(options?: { cause?: unknown }) {
    super('storage-quota', 'Browser storage is full: nothing was saved. Free up disk space or delete old data.', options);
    this.name = 'StorageQuotaError';
  }
}

/** A send-log entry was asked to move to a stage it may not move to (e.g. sent -> pending). */
export class InvalidTransitionError extends StorageError {
  constructor(message: string) {
    super('invalid-transition', message);
    this.name = 'InvalidTransitionError';
  }
}

const QUOTA = 'QuotaExceededError';

function isQuota(e: unknown, depth = 0): boolean {
  if (depth > 4 || typeof e !== 'object' || e === null) return false;
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === QUOTA) return true;
  if (isQuota(err.inner, depth + 1) || isQuota(err.cause, depth + 1)) return true;
  // Dexie.BulkError carries the per-record failures
  return Array.isArray(err.failures) && err.failures.some((f) => isQuota(f, depth + 1));
}

/** Maps any error thrown by Dexie/IndexedDB to a StorageError (already-typed errors pass through). */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  if (isQuota(e)) return new StorageQuotaError({ cause: e });
  const message = e instanceof Error ? e.message : String(e);
  return new StorageError('storage-failed', `Storage failed: ${message}`, { cause: e });
}

/** Runs a storage operation, rethrowing failures as StorageError. */
export async function guardStorage<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw toStorageError(e);
  }
}
