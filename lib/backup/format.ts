/**
 * The backup file: everything the seller made or collected, as ONE versioned JSON file.
 *
 *   { "format": "seller-inbox-backup", "version": 1, "exportedAt": "…", "schemaVersion": 2,
 *     "data": { "accounts": [ … ], "attachments": [ … ], … } }
 *
 * Deterministic: tables in alphabetical order, rows by primary key (code-unit order), object keys sorted at
 * every depth, one row per line. The same data and the same `exportedAt` give the same bytes, so
 * export -> import -> export is byte-identical when the second export is given the same time; between two
 * real exports only the `exportedAt` line differs (it is kept: a seller wants to know how old a backup is).
 *
 * Attachments (template files) are rows `{ id, name, type, size, data }` with `data` in standard base64.
 * Not in the file: inbox counts (recomputed from the threads after an import), the problem log and internal
 * bookkeeping (`meta`). Pure: no Dexie, no browser API.
 */

export const BACKUP_FORMAT = 'seller-inbox-backup';
export const BACKUP_VERSION = 1;

/** Every table in the file and its primary key, alphabetical. */
export const BACKUP_TABLES = {
  accounts: 'id',
  attachments: 'id',
  blacklist: 'id',
  buyers: 'key',
  campaigns: 'id',
  feedback: 'orderId',
  orderItems: 'key',
  orders: 'orderId',
  responseEvents: 'key',
  returns: 'key',
  reviews: 'key',
  sendLog: 'key',
  settings: 'key',
  templates: 'id',
  threads: 'key',
} as const;

export type BackupTable = keyof typeof BACKUP_TABLES;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES).sort() as BackupTable[];

export type Row = Record<string, unknown>;
export type BackupData = Record<BackupTable, Row[]>;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  /** the database schema version the data was read at */
  schemaVersion: number;
  data: BackupData;
}

export const emptyData = (): BackupData =>
  Object.fromEntries(BACKUP_TABLE_NAMES.map((t) => [t, []])) as unknown as BackupData;

/** The primary key of a row as a string (every table's key is a string). */
export const rowKey = (table: BackupTable, row: Row): string => String(row[BACKUP_TABLES[table]]);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A copy with object keys sorted at every depth and `undefined` members dropped (JSON's own rule). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((x) => (x === undefined ? null : sortKeys(x)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort(cmp)) {
      const x = (value as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return value;
}

/** A row's canonical text: what the file holds and what the import diff compares. */
export const canonicalRow = (row: Row): string => JSON.stringify(sortKeys(row));

export const sortRows = (table: BackupTable, rows: readonly Row[]): Row[] =>
  [...rows].sort((a, b) => cmp(rowKey(table, a), rowKey(table, b)));

/** The file's text: deterministic bytes for the same data and exportedAt (see the top of this file). */
export function serializeBackup(file: BackupFile): string {
  const tables = BACKUP_TABLE_NAMES.map((t) => {
    const rows = sortRows(t, file.data[t] ?? []);
    const body = rows.length ? `[\n${rows.map((r) => `      ${canonicalRow(r)}`).join(',\n')}\n    ]` : '[]';
    return `    ${JSON.stringify(t)}: ${body}`;
  });
  return [
    '{',
    `  "format": ${JSON.stringify(file.format)},`,
    `  "version": ${file.version},`,
    `  "exportedAt": ${JSON.stringify(file.exportedAt)},`,
    `  "schemaVersion": ${file.schemaVersion},`,
    `  "data": {\n${tables.join(',\n')}\n  }`,
    '}',
    '',
  ].join('\n');
}

export function createBackup(data: Partial<BackupData>, exportedAt: string, schemaVersion: number): BackupFile {
  const full = emptyData();
  for (const t of BACKUP_TABLE_NAMES) full[t] = sortRows(t, data[t] ?? []);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, schemaVersion, data: full };
}

export const backupFileName = (exportedAt: string): string =>
  `seller-inbox-backup-${exportedAt.slice(0, 16).replace(/[:T]/g, '-')}.json`;

/** Bytes <-> standard base64, in chunks (no call-stack limit on large files). */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
