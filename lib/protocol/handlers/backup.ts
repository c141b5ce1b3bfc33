/**
 * Backup (options page): export everything as one file (lib/backup), preview what importing a file would
 * change, and import it (merge or replace) in ONE Dexie transaction: a failure leaves the store unchanged.
 * Inbox counts are recomputed from the threads afterwards (they are not part of the file).
 */
import type { Table } from 'dexie';
import {
  backupFileName, base64ToBytes, BACKUP_TABLE_NAMES, bytesToBase64, createBackup, parseBackup, planImport, serializeBackup,
  type BackupData, type BackupTable, type ImportMode, type ImportPlan, type Row,
} from '../../backup';
import type { SellerInboxDB } from '../../db';
import { guardStorage } from '../../db/errors';
import type { Attachment, Thread } from '../../model';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';
import { computeInboxCounts } from './inbox-counts';

type BackupHandlers = Pick<Handlers, 'backup/export' | 'backup/preview' | 'backup/import'>;

const tableOf = (db: SellerInboxDB, name: BackupTable) => db.table(name) as Table<Row, string>;

/** Every backup table as file rows (attachments' Blobs as base64), read in one transaction. */
export async function readBackupData(db: SellerInboxDB): Promise<BackupData> {
  const tables = BACKUP_TABLE_NAMES.map((t) => tableOf(db, t));
  const rows = await guardStorage(() => db.transaction('r', tables, () => Promise.all(tables.map((t) => t.toArray()))));
  const data = Object.fromEntries(BACKUP_TABLE_NAMES.map((t, i) => [t, rows[i] ?? []])) as unknown as BackupData;
  // Blob -> base64 outside the transaction (reading a Blob is not an IndexedDB request)
  data.attachments = await Promise.all(data.attachments.map(async (row) => {
    const { data: blob, ...rest } = row as unknown as Attachment;
    return { ...rest, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) };
  }));
  return data;
}

/** File rows -> stored records (attachments get their Blob back). */
const toRecord = (table: BackupTable, row: Row): Row => {
  if (table !== 'attachments') return row;
  const type = typeof row.type === 'string' && row.type ? row.type : 'application/octet-stream';
  return { ...row, data: new Blob([base64ToBytes(String(row.data))], { type }) };
};

/** Writes an import plan in one transaction (with the inbox counts recomputed); throws and writes nothing on failure. */
export async function applyImportPlan(db: SellerInboxDB, plan: ImportPlan, now: Date, dueSoonHours: number): Promise<void> {
  const records = Object.fromEntries(
    Object.entries(plan.puts).map(([t, rows]) => [t, rows.map((r) => toRecord(t as BackupTable, r))]),
  ) as Partial<Record<BackupTable, Row[]>>;
  const tables = [...BACKUP_TABLE_NAMES.map((t) => tableOf(db, t)), db.counts];
  await guardStorage(() =>
    db.transaction('rw', tables, async () => {
      for (const t of plan.clear) await tableOf(db, t).clear();
      if (plan.clear.length) await db.counts.clear();
      // records merged into another record of their case (lib/backup/case-ids.ts)
      for (const [t, keys] of Object.entries(plan.deletes)) if (keys.length) await tableOf(db, t as BackupTable).bulkDelete(keys);
      for (const t of BACKUP_TABLE_NAMES) {
        const rows = records[t];
        if (rows?.length) await tableOf(db, t).bulkPut(rows);
      }
      const threads = await db.threads.toArray();
      const pairs = new Map<string, [string, string]>();
      for (const th of threads) pairs.set(`${th.accountId}|${th.marketplaceId}`, [th.accountId, th.marketplaceId]);
      const byPair = new Map<string, Thread[]>();
      for (const th of threads) byPair.set(`${th.accountId}|${th.marketplaceId}`, [...(byPair.get(`${th.accountId}|${th.marketplaceId}`) ?? []), th]);
      const counts = [...pairs].map(([k, [a, m]]) => computeInboxCounts(a, m, byPair.get(k) ?? [], now, { dueSoonHours }));
      if (counts.length) await db.counts.bulkPut(counts);
    }),
  );
}

export function backupHandlers({ repos, now, onCountsChanged }: HandlerDeps): BackupHandlers {
  const { db } = repos;

  const prepare = async (json: string, mode: ImportMode) => {
    const parsed = parseBackup(json, db.verno);
    if (!parsed.ok) return { ok: false as const, errors: parsed.errors };
    const plan = planImport(await readBackupData(db), parsed.file.data, mode, parsed.file.schemaVersion);
    return { ok: true as const, plan, warnings: parsed.warnings, exportedAt: parsed.file.exportedAt };
  };

  return {
    'backup/export': async () => {
      const at = now().toISOString();
      const file = createBackup(await readBackupData(db), at, db.verno);
      const counts = Object.fromEntries(BACKUP_TABLE_NAMES.map((t) => [t, file.data[t].length])) as Record<BackupTable, number>;
      return { json: serializeBackup(file), fileName: backupFileName(at), counts };
    },

    'backup/preview': async ({ json, mode }) => {
      const r = await prepare(json, mode);
      return r.ok ? { ok: true, preview: r.plan.preview, warnings: r.warnings, exportedAt: r.exportedAt } : r;
    },

    'backup/import': async ({ json, mode }) => {
      const r = await prepare(json, mode);
      if (!r.ok) return r;
      const settings = await repos.settings.getAll();
      await applyImportPlan(db, r.plan, now(), settings.dueSoonHours);
      onCountsChanged?.();
      return { ok: true, preview: r.plan.preview, warnings: r.warnings, exportedAt: r.exportedAt };
    },
  };
}
