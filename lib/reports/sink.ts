/** What each report parser implements: read rows one by one, hand out finished records in batches. */
import type { Marketplace } from '../marketplaces';
import type { Provenance } from '../model';
import type { Row } from './row';
import type { ReportRecords } from './types';

export interface SinkContext {
  provenance: Provenance;
  marketplace?: Marketplace;
}

export interface RowSink {
  /** Reads one row; when the row gets errors it must produce no record. */
  add(row: Row): void;
  /** Records finished since the last call; `final` flushes everything held back. */
  take(final: boolean): ReportRecords;
}

/**
 * Copies the keys whose value is not undefined (records stay small and compare cleanly). Builds a new
 * object rather than deleting keys: `delete` turns V8 objects into slow dictionaries.
 */
export function compact<T extends object>(o: T): T {
  const out = {} as Record<string, unknown>;
  for (const k in o) {
    const v = o[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
}

/** Appends `#2`, `#3` ... to a key already produced from this file, so every row keeps its own record. */
export class KeyCounter {
  private readonly seen = new Map<string, number>();
  next(key: string): string {
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  }
}
