/**
 * Reading a backup file: JSON, the envelope, older versions upgraded, every row checked. Every problem
 * says where it is, as a path into the file: `data.templates[3].bodies.de: expected string, got number`.
 * All or nothing: any problem and no data is returned.
 */
import * as v from 'valibot';
import {
  BACKUP_FORMAT, BACKUP_TABLE_NAMES, BACKUP_TABLES, BACKUP_VERSION, emptyData, rowKey, sortRows,
  type BackupFile, type Row,
} from './format';
import { jsonError } from '../templates/import-export';
import { lineColumn } from '../templates/position';
import { ROW_SCHEMAS, settingValueSchema } from './schemas';

/**
 * Upgrades of older files: entry i turns a version i+1 file into version i+2 (the raw parsed JSON, before
 * any check). Version 1 is the first, so the list is empty; a format change appends one and bumps
 * BACKUP_VERSION, and every older file keeps importing.
 */
export type BackupUpgrade = (file: Record<string, unknown>) => Record<string, unknown>;
export const BACKUP_UPGRADES: readonly BackupUpgrade[] = [];

export const MAX_ERRORS = 50;

export type ParseBackupResult =
  | { ok: true; file: BackupFile; warnings: string[] }
  | { ok: false; errors: string[] };

type Issue = v.BaseIssue<unknown>;

const pathOf = (prefix: string, path: Issue['path']): string =>
  (path ?? []).reduce<string>((s, item) => {
    const key = (item as { key: unknown }).key;
    return typeof key === 'number' ? `${s}[${key}]` : `${s}${s ? '.' : ''}${String(key)}`;
  }, prefix);

const typeName = (x: unknown): string => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);

/** `expected string, got number` for type mistakes, the check's own message otherwise. */
function describe(issue: Issue): string {
  if (issue.kind === 'schema' && (issue.type === 'object' || issue.type === 'loose_object') && issue.input === undefined) return 'required, missing';
  if (issue.kind === 'schema' && issue.expected) {
    const expected = issue.expected.replace(/"/g, '').replace(/^\((.*)\)$/, '$1');
    const got = issue.input === undefined ? 'nothing' : typeName(issue.input);
    return issue.type === 'picklist' ? `expected one of ${expected}, got ${JSON.stringify(issue.input)}` : `expected ${expected}, got ${got}`;
  }
  return issue.message;
}

/** Where a JSON text breaks, with line and column (the templates file's JSON scanner). */
function jsonProblem(text: string): string {
  const { offset, message } = jsonError(text);
  const { line, column } = lineColumn(text, offset);
  return `not valid JSON: line ${line}, column ${column}: ${message}`;
}

const Envelope = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('expected an ISO date and time')),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  data: v.record(v.string(), v.unknown()),
});

/**
 * Parses and checks a backup file. `maxSchemaVersion`: the database's schema version; a file from a newer
 * database is refused (its rows may need fields this version cannot store).
 */
export function parseBackup(text: string, maxSchemaVersion: number, upgrades: readonly BackupUpgrade[] = BACKUP_UPGRADES): ParseBackupResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: [jsonProblem(text)] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as Row).format !== BACKUP_FORMAT) {
    return { ok: false, errors: [`format: not a Seller Inbox backup (expected "format": "${BACKUP_FORMAT}")`] };
  }
  let obj = raw as Record<string, unknown>;
  const version = obj.version;
  const current = upgrades.length + 1;
  if (typeof version === 'number' && Number.isInteger(version)) {
    if (version > Math.max(current, BACKUP_VERSION)) {
      return { ok: false, errors: [`version: this backup is version ${version}, made by a newer Seller Inbox; this one reads up to version ${current}`] };
    }
    for (let from = version; from < current; from++) {
      const up = upgrades[from - 1];
      if (up) obj = { ...up(obj), version: from + 1 };
    }
  }
  const env = v.safeParse(Envelope, obj);
  if (!env.success) return { ok: false, errors: env.issues.slice(0, MAX_ERRORS).map((i) => `${pathOf('', i.path) || 'file'}: ${describe(i)}`) };
  if (env.output.schemaVersion > maxSchemaVersion) {
    return { ok: false, errors: [`schemaVersion: the data is from database version ${env.output.schemaVersion}, newer than this Seller Inbox (${maxSchemaVersion}); update the extension first`] };
  }

  const errors: string[] = [];
  const warnings: string[] = [];
  const data = emptyData();
  const known = new Set<string>(BACKUP_TABLE_NAMES);
  for (const name of Object.keys(env.output.data).sort()) {
    if (!known.has(name)) warnings.push(`data.${name}: not a table Seller Inbox keeps; left out`);
  }
  for (const table of BACKUP_TABLE_NAMES) {
    const rows = env.output.data[table];
    if (rows === undefined) continue;
    if (!Array.isArray(rows)) { errors.push(`data.${table}: expected array, got ${typeName(rows)}`); continue; }
    const seen = new Map<string, number>();
    rows.forEach((row: unknown, i) => {
      if (errors.length >= MAX_ERRORS) return;
      const at = `data.${table}[${i}]`;
      const r = v.safeParse(ROW_SCHEMAS[table], row);
      if (!r.success) { for (const issue of r.issues) errors.push(`${pathOf(at, issue.path)}: ${describe(issue)}`); return; }
      const value = row as Row;
      if (table === 'settings') {
        const schema = settingValueSchema(String(value.key));
        const s = schema ? v.safeParse(schema, value.value) : undefined;
        if (s && !s.success) for (const issue of s.issues) errors.push(`${pathOf(`${at}.value`, issue.path)}: ${describe(issue)}`);
      }
      if (table === 'attachments') {
        const b64 = String(value.data);
        const bytes = (b64.length / 4) * 3 - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0);
        if (bytes !== value.size) errors.push(`${at}.size: ${String(value.size)}, but data holds ${bytes} bytes`);
      }
      const key = rowKey(table, value);
      const first = seen.get(key);
      if (first !== undefined) errors.push(`${at}.${BACKUP_TABLES[table]}: "${key}" is also the key of data.${table}[${first}]`);
      else seen.set(key, i);
      // the row as written (valibot's output would drop nothing here, but the original keeps the bytes)
      data[table].push(value);
    });
    data[table] = sortRows(table, data[table]);
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return {
    ok: true,
    warnings,
    file: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: env.output.exportedAt, schemaVersion: env.output.schemaVersion, data },
  };
}
