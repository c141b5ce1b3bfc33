/**
 * One record per case in what a restore brings in (schema version 4, lib/db/case-merge.ts). A backup made before
 * version 4 may spell a case id in another way (upper case, braces, no hyphens, `urn:uuid:`) and hold one case under
 * two ids; restored as it is, it would split a case into two records again. So, before the import is planned:
 *
 * - every case id the file brings in is written as stored (lib/case-id.ts), in the threads and in what names a
 *   thread (response events, send-log entries);
 * - records of one case become one record the way the version 4 migration merges them (`planCaseMerge`), and what
 *   named an old key names the new one (lib/db/case-repoint.ts). A file from before version 4 gets the migration's
 *   every rule (an older page's id sharing account, marketplace, an order and the buyer with one case); a newer file
 *   only the spellings. In merge mode the stored records take part: a stored record of a case the file brings in is
 *   merged with the file's, nothing is lost; a stored record the file does not touch stays as it is.
 *
 * Pure. The result is what the import compares with the store and writes (lib/backup/diff.ts).
 */
import type { ResponseEvent } from '../analytics/response-events';
import { caseIdOf } from '../case-id';
import { normalizeThreadKey, ONE_RECORD_PER_CASE_VERSION, planCaseMerge } from '../db/case-merge';
import { repointResponseEvents, repointSendLog, type Repointed } from '../db/case-repoint';
import type { SendLogEntry, Thread } from '../model';
import type { ImportMode } from './diff';
import { rowKey, sortRows, type BackupData, type BackupTable, type Row } from './format';

export interface CaseRecords {
  /** per table, the rows to compare with the store and write: the file's rows as one record per case, and stored rows a merge changed */
  rows: BackupData;
  /** merge mode: stored keys whose record became part of another record of its case */
  deletes: Partial<Record<BackupTable, string[]>>;
  /** per table: how many records became part of another record of the same case (none: absent) */
  merged: Partial<Record<BackupTable, number>>;
}

const CASE_TABLES = ['threads', 'responseEvents', 'sendLog'] as const;

export function oneRecordPerCase(current: BackupData, incoming: BackupData, mode: ImportMode, schemaVersion: number): CaseRecords {
  const keep = mode === 'merge';
  // each table as a plain restore would leave it: the file's rows over the stored ones (merge), or alone (replace)
  const after = <T>(table: BackupTable): Map<string, T> =>
    new Map([...(keep ? current[table] ?? [] : []), ...(incoming[table] ?? [])].map((r) => [rowKey(table, r), r as T]));

  const threads = after<Thread>('threads');
  const fromFile = new Set((incoming.threads ?? []).map((r) => rowKey('threads', r)));
  const olderFile = schemaVersion < ONE_RECORD_PER_CASE_VERSION;
  const plan = planCaseMerge([...threads.values()].filter((t) => caseIdOf(t.threadId) !== undefined || (olderFile && fromFile.has(t.key))));
  // only the cases the file brings in: a stored case the file does not touch stays as it is
  const members = new Map<string, string[]>();
  for (const [from, to] of plan.moved) members.set(to, [...(members.get(to) ?? []), from]);
  const brought = (key: string): boolean => fromFile.has(key) || (members.get(key) ?? []).some((k) => fromFile.has(k));
  const put = plan.put.filter((t) => brought(t.key));
  const moved = new Map([...plan.moved].filter(([, to]) => brought(to)));
  // a thread key the file names without the thread: its spelling as stored
  for (const table of ['responseEvents', 'sendLog'] as const) {
    for (const r of incoming[table] ?? []) {
      const k = r.threadKey;
      if (typeof k !== 'string' || moved.has(k)) continue;
      const stored = normalizeThreadKey(k);
      if (stored !== k) moved.set(k, moved.get(stored) ?? stored);
    }
  }

  const events = after<ResponseEvent>('responseEvents');
  const log = after<SendLogEntry>('sendLog');
  const changes: Record<(typeof CASE_TABLES)[number], [Map<string, unknown>, Repointed<object>]> = {
    threads: [threads, { put, removed: [...moved.keys()].filter((k) => threads.has(k)) }],
    responseEvents: [events, repointResponseEvents([...events.values()], moved)],
    sendLog: [log, repointSendLog([...log.values()], moved)],
  };

  const result: CaseRecords = { rows: { ...incoming }, deletes: {}, merged: {} };
  for (const table of CASE_TABLES) {
    const [before, change] = changes[table];
    const final = new Map(before as Map<string, Row>);
    for (const k of change.removed) final.delete(k);
    for (const r of change.put as Row[]) final.set(rowKey(table, r), r);
    const written = new Set([...(incoming[table] ?? []), ...(change.put as Row[])].map((r) => rowKey(table, r)));
    result.rows[table] = sortRows(table, [...written].flatMap((k): Row[] => { const r = final.get(k); return r ? [r] : []; }));
    const gone = keep ? (current[table] ?? []).map((r) => rowKey(table, r)).filter((k) => !final.has(k)) : [];
    if (gone.length) result.deletes[table] = gone;
    if (before.size > final.size) result.merged[table] = before.size - final.size;
  }
  return result;
}
