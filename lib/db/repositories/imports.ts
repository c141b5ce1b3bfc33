/**
 * Report imports: what an import would change (read only) and the import itself, ALL stores in ONE
 * transaction: either every record of the import is written or none is (a failure rolls everything back).
 * Records are merged by the precedence of lib/db/merge.ts (lib/imports/diff.ts); a record whose content
 * does not change is not written again, so importing the same file twice writes nothing the second time.
 */
import type { Table } from 'dexie';
import { classify } from '../../imports/diff';
import { emptyCounts, IMPORT_TABLES, type ImportPlan, type ImportRecord, type ImportTable } from '../../imports/types';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';

/** Records per store, keyed by their primary key (the shape the staging area holds). */
export type ImportTables = { [T in ImportTable]?: ReadonlyMap<string, ImportRecord> };

/** Keys read and written per step inside the transaction: bounds the memory of one step. */
const STEP = 5000;

export class ImportsRepository {
  constructor(private readonly db: SellerInboxDB) {}

  private table(t: ImportTable): Table<ImportRecord, string> {
    return this.db.table(t);
  }

  private used(tables: ImportTables): ImportTable[] {
    return IMPORT_TABLES.filter((t) => (tables[t]?.size ?? 0) > 0);
  }

  /** New / updated / unchanged counts per store, against what is stored now. Writes nothing. */
  plan(tables: ImportTables): Promise<ImportPlan> {
    const used = this.used(tables);
    return guardStorage(() =>
      this.db.transaction('r', used.map((t) => this.table(t)), async () => {
        const plan: ImportPlan = {};
        for (const t of used) {
          const counts = (plan[t] = emptyCounts());
          await this.walk(t, tables[t]!, (existing, incoming) => { counts[classify(existing, incoming).change]++; });
        }
        return plan;
      }),
    );
  }

  /**
   * Writes the import in one read-write transaction and returns what it changed. `onStep(done, total)` is
   * called after each step (progress). A failure anywhere rejects and leaves every store as it was.
   */
  commit(tables: ImportTables, onStep?: (done: number, total: number) => void): Promise<ImportPlan> {
    const used = this.used(tables);
    const total = used.reduce((n, t) => n + tables[t]!.size, 0);
    let done = 0;
    return guardStorage(() =>
      this.db.transaction('rw', used.map((t) => this.table(t)), async () => {
        const result: ImportPlan = {};
        for (const t of used) {
          const counts = (result[t] = emptyCounts());
          await this.walk(t, tables[t]!, (existing, incoming) => {
            const c = classify(existing, incoming);
            counts[c.change]++;
            return c.write;
          }, async (writes) => {
            if (writes.length) await this.table(t).bulkPut(writes);
            done += STEP;
            onStep?.(Math.min(done, total), total);
          });
        }
        return result;
      }),
    );
  }

  /** Reads the stored records step by step and hands each pair to `visit`; `flush` gets what visit returned. */
  private async walk(
    t: ImportTable,
    records: ReadonlyMap<string, ImportRecord>,
    visit: (existing: ImportRecord | undefined, incoming: ImportRecord) => ImportRecord | undefined | void,
    flush?: (writes: ImportRecord[]) => Promise<void>,
  ): Promise<void> {
    const keys = [...records.keys()];
    for (let i = 0; i < keys.length; i += STEP) {
      const step = keys.slice(i, i + STEP);
      const stored = await this.table(t).bulkGet(step);
      const writes: ImportRecord[] = [];
      step.forEach((k, j) => {
        const w = visit(stored[j], records.get(k)!);
        if (w) writes.push(w);
      });
      if (flush) await flush(writes);
    }
  }
}
