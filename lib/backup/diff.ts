/**
 * What importing a backup would change, table by table, and the writes that do it. Pure: the background
 * applies the plan in one Dexie transaction.
 *
 * merge:   rows of the file are added or replace the stored row with the same key; stored rows the file
 *          does not have are kept.
 * replace: every table of the backup is emptied first; afterwards the store holds exactly the file.
 * Either way, a case the file brings in is one record under its case id (case-ids.ts): the counts are of the records
 * the store will hold, and `merged` says how many became part of another record of the same case.
 */
import { ONE_RECORD_PER_CASE_VERSION } from '../db/case-merge';
import { oneRecordPerCase } from './case-ids';
import { BACKUP_TABLE_NAMES, canonicalRow, rowKey, type BackupData, type BackupTable, type Row } from './format';

export type ImportMode = 'merge' | 'replace';

export interface TableChange {
  table: BackupTable;
  added: number;
  updated: number;
  unchanged: number;
  /** stored rows the file does not have: removed by replace, kept by merge */
  notInFile: number;
  /** records (of the file, or stored ones in merge mode) that became part of another record of the same case; absent: none */
  merged?: number;
}

export interface ImportPreview {
  mode: ImportMode;
  tables: TableChange[];
  totals: { added: number; updated: number; unchanged: number; removed: number; kept: number; merged?: number };
}

export interface ImportPlan {
  preview: ImportPreview;
  /** rows to write per table (replace: every row of the file) */
  puts: Partial<Record<BackupTable, Row[]>>;
  /** replace: the tables to empty first */
  clear: BackupTable[];
  /** merge: stored rows to delete (first), each now part of another record of its case */
  deletes: Partial<Record<BackupTable, string[]>>;
}

/** `schemaVersion`: the database version the file's data was read at (older than 4: the v4 migration's rules apply). */
export function planImport(current: BackupData, incoming: BackupData, mode: ImportMode, schemaVersion = ONE_RECORD_PER_CASE_VERSION): ImportPlan {
  const cases = oneRecordPerCase(current, incoming, mode, schemaVersion);
  const tables: TableChange[] = [];
  const puts: Partial<Record<BackupTable, Row[]>> = {};
  for (const table of BACKUP_TABLE_NAMES) {
    const stored = new Map((current[table] ?? []).map((r) => [rowKey(table, r), canonicalRow(r)]));
    const change: TableChange = { table, added: 0, updated: 0, unchanged: 0, notInFile: 0 };
    const writes: Row[] = [];
    // the keys the import writes or merges away: the other stored rows are not in the file
    const inFile = new Set<string>(cases.deletes[table]);
    for (const row of cases.rows[table] ?? []) {
      const key = rowKey(table, row);
      inFile.add(key);
      const old = stored.get(key);
      if (old === undefined) { change.added++; writes.push(row); }
      else if (old !== canonicalRow(row)) { change.updated++; writes.push(row); }
      else { change.unchanged++; if (mode === 'replace') writes.push(row); }
    }
    for (const key of stored.keys()) if (!inFile.has(key)) change.notInFile++;
    const merged = cases.merged[table];
    if (merged) change.merged = merged;
    tables.push(change);
    if (writes.length) puts[table] = writes;
  }
  const sum = (f: (c: TableChange) => number) => tables.reduce((s, c) => s + f(c), 0);
  const notInFile = sum((c) => c.notInFile);
  const merged = sum((c) => c.merged ?? 0);
  return {
    preview: {
      mode, tables,
      totals: {
        added: sum((c) => c.added), updated: sum((c) => c.updated), unchanged: sum((c) => c.unchanged),
        removed: mode === 'replace' ? notInFile : 0, kept: mode === 'merge' ? notInFile : 0,
        ...(merged ? { merged } : {}),
      },
    },
    puts,
    clear: mode === 'replace' ? [...BACKUP_TABLE_NAMES] : [],
    deletes: mode === 'merge' ? cases.deletes : {},
  };
}

/** True when the import would change nothing. */
export const isNoop = (p: ImportPreview): boolean => p.totals.added + p.totals.updated + p.totals.removed === 0;
