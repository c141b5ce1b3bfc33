/**
 * Report imports, staged then committed.
 *
 * Staging: each batch the options page sends (<= 2,000 rows) is stored as ONE record in the `meta` store
 * (key `import-staging|<importId>|<seq>`), plus a header `import-staging|<importId>`.
 * Nothing the rest of the extension reads changes, the background keeps no records in memory, and a
 * restarted service worker loses nothing. Stale staging (page closed mid-import) is purged after
 * STAGING_TTL_MS.
 *
 * Commit: ONE read-write transaction over the staging records and the target stores reads the batches in
 * order, merges every record by the precedence of lib/db/merge.ts (lib/imports/diff.ts), writes what changes
 * and deletes the staging: either all of the import is written or none of it (any failure, or a cancel,
 * rolls everything back). A record whose content does not change is not written again, so importing the
 * same file twice writes nothing the second time.
 */
import type { Table } from 'dexie';
import { classify } from '../../imports/diff';
import {
  emptyCounts, IMPORT_TABLES, keyOf, type ImportBatch, type ImportPlan, type ImportRecord, type ImportTable,
} from '../../imports/types';
import type { ReportKind } from '../../reports/types';
import type { SettingRecord } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';

export const STAGING_PREFIX = 'import-staging|';
/** Staging untouched this long is dropped (the page that made it is gone). */
export const STAGING_TTL_MS = 6 * 3_600_000;

interface StagingHeader { kind: ReportKind; fileName: string; createdAt: string; touchedAt: string }
interface StagedBatch { seq: number; records: number; batch: ImportBatch }

const headerKey = (id: string) => `${STAGING_PREFIX}${id}`;
const batchKey = (id: string, seq: number) => `${STAGING_PREFIX}${id}|${String(seq).padStart(6, '0')}`;
const batchRange = (id: string): [string, string] => [`${STAGING_PREFIX}${id}|`, `${STAGING_PREFIX}${id}|\uffff`];

export class StagingMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StagingMismatchError';
  }
}

export interface StagedInfo { kind: ReportKind; fileName: string; batches: number }

export class ImportsRepository {
  constructor(private readonly db: SellerInboxDB, private readonly now: () => Date = () => new Date()) {}

  private table(t: ImportTable): Table<ImportRecord, string> {
    return this.db[t] as unknown as Table<ImportRecord, string>;
  }

  /** Stores one batch of an import (again: replaced). Returns how many batches the import has now. */
  stage(id: string, meta: { kind: ReportKind; fileName: string }, seq: number, batch: ImportBatch): Promise<{ batches: number }> {
    const at = this.now().toISOString();
    const records = IMPORT_TABLES.reduce((n, t) => n + (batch[t]?.length ?? 0), 0);
    const value: StagedBatch = { seq, records, batch };
    return guardStorage(() =>
      this.db.transaction('rw', this.db.meta, async () => {
        const header = (await this.db.meta.get(headerKey(id)))?.value as StagingHeader | undefined;
        if (header && header.kind !== meta.kind) {
          throw new StagingMismatchError(`import ${id} is a ${header.kind} import, not ${meta.kind}`);
        }
        await this.db.meta.bulkPut([
          { key: headerKey(id), value: { ...meta, createdAt: header?.createdAt ?? at, touchedAt: at } satisfies StagingHeader },
          { key: batchKey(id, seq), value },
        ]);
        return { batches: await this.db.meta.where('key').between(...batchRange(id)).count() };
      }),
    );
  }

  /** The staged import: kind, file name and how many batches are stored (undefined: none). */
  staged(id: string): Promise<StagedInfo | undefined> {
    return guardStorage(() =>
      this.db.transaction('r', this.db.meta, async () => {
        const header = (await this.db.meta.get(headerKey(id)))?.value as StagingHeader | undefined;
        if (!header) return undefined;
        return { kind: header.kind, fileName: header.fileName, batches: await this.db.meta.where('key').between(...batchRange(id)).count() };
      }),
    );
  }

  /** Drops an import's staging. */
  drop(id: string): Promise<void> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.meta, async () => {
        await this.db.meta.where('key').between(...batchRange(id)).delete();
        await this.db.meta.delete(headerKey(id));
      }),
    );
  }

  /** Drops every staging untouched for STAGING_TTL_MS. Returns the import ids dropped. */
  purgeStale(): Promise<string[]> {
    const limit = this.now().getTime() - STAGING_TTL_MS;
    return guardStorage(async () => {
      const keys = await this.db.meta.where('key').startsWith(STAGING_PREFIX).primaryKeys();
      const headers = keys.filter((k) => !k.slice(STAGING_PREFIX.length).includes('|'));
      const stale = (await this.db.meta.bulkGet(headers))
        .filter((r): r is SettingRecord => !!r && Date.parse((r.value as StagingHeader).touchedAt) < limit)
        .map((r) => r.key.slice(STAGING_PREFIX.length));
      for (const id of stale) await this.drop(id);
      return stale;
    });
  }

  /** New / updated / unchanged counts per store against what is stored now. Writes nothing. */
  plan(id: string, batches: number): Promise<ImportPlan> {
    return guardStorage(() =>
      this.db.transaction('r', [this.db.meta, ...IMPORT_TABLES.map((t) => this.table(t))], async () => {
        await this.expect(id, batches);
        const plan: ImportPlan = {};
        await this.walk(id, plan, false);
        return plan;
      }),
    );
  }

  /**
   * Writes the whole import in one read-write transaction, deletes its staging, and returns what changed.
   * `onBatch(done, total)` runs after each batch; throwing from it (a cancel) rolls everything back.
   */
  commit(id: string, batches: number, onBatch?: (done: number, total: number) => void): Promise<ImportPlan> {
    return guardStorage(() =>
      this.db.transaction('rw', [this.db.meta, ...IMPORT_TABLES.map((t) => this.table(t))], async () => {
        await this.expect(id, batches);
        const result: ImportPlan = {};
        await this.walk(id, result, true, onBatch);
        await this.db.meta.where('key').between(...batchRange(id)).delete();
        await this.db.meta.delete(headerKey(id));
        return result;
      }),
    );
  }

  private async expect(id: string, batches: number): Promise<void> {
    const n = await this.db.meta.where('key').between(...batchRange(id)).count();
    if (n !== batches) throw new StagingMismatchError(`import ${id} has ${n} of ${batches} batches staged: send them again`);
  }

  /**
   * Goes through the staged batches in order. Per store, the primary keys already stored are read once
   * (keys only), so records that are new cost no read; a key met again in a later batch (an order whose
   * rows are spread over the file) is counted once. `write`: merge and write (inside the caller's rw
   * transaction, so a later key sees the earlier write).
   */
  private async walk(id: string, counts: ImportPlan, write: boolean, onBatch?: (done: number, total: number) => void): Promise<void> {
    const batchKeys = await this.db.meta.where('key').between(...batchRange(id)).primaryKeys();
    const storedKeys = new Map<ImportTable, Set<string>>();
    const seen = new Map<ImportTable, Set<string>>();
    const keysOf = async (t: ImportTable) => {
      let s = storedKeys.get(t);
      if (!s) storedKeys.set(t, (s = new Set(await this.table(t).toCollection().primaryKeys())));
      return s;
    };
    for (const [i, key] of batchKeys.entries()) {
      const staged = (await this.db.meta.get(key))?.value as StagedBatch | undefined;
      if (!staged) continue;
      const { batch } = staged;
      for (const t of IMPORT_TABLES) {
        const records = batch[t] as ImportRecord[] | undefined;
        if (!records?.length) continue;
        const present = await keysOf(t);
        let once = seen.get(t);
        if (!once) seen.set(t, (once = new Set()));
        const c = (counts[t] ??= emptyCounts());
        // within a batch: one record per key (merged by the staging side already), sorted for the writes
        const byKey = new Map<string, ImportRecord>();
        for (const r of records) byKey.set(keyOf(t, r), r);
        const keys = [...byKey.keys()].sort();
        const known = keys.filter((k) => present.has(k));
        const stored = new Map<string, ImportRecord>();
        if (known.length) (await this.table(t).bulkGet(known)).forEach((r, j) => { if (r) stored.set(known[j]!, r); });
        const writes: ImportRecord[] = [];
        for (const k of keys) {
          const { change, write: w } = classify(stored.get(k), byKey.get(k)!);
          if (!once.has(k)) {
            once.add(k);
            c[change]++;
          }
          if (w) writes.push(w);
        }
        if (write && writes.length) {
          await this.table(t).bulkPut(writes);
          for (const k of keys) present.add(k);
        }
      }
      onBatch?.(i + 1, batchKeys.length);
    }
  }
}
