/**
 * CSV text -> BlacklistEntry[] + per-line errors. Accepts what blacklistToCsv writes and what a
 * spreadsheet makes of it (`;` or tab separators, quoted cells, a BOM, header case and spacing).
 * Ids are derived from the content, so importing the same file twice yields the same ids.
 */
import Papa from 'papaparse';
import { marketplaceByCode, marketplaceById } from '../marketplaces';
import type { BlacklistEntry } from '../model';
import { BLACKLIST_MAX } from '../limits';
import {
  BLACKLIST_CSV_ALIASES, BLACKLIST_CSV_HEADER, type BlacklistCsvColumn, normaliseCsvHeader, ORDER_ID_RE,
  unguardFormula,
} from './columns';

export interface BlacklistCsvError { line: number; column?: string; value?: string; reason: string }
export interface BlacklistCsvResult { entries: BlacklistEntry[]; errors: BlacklistCsvError[] }

const ISO_RE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Stable id: the same buyer / order / marketplace is the same entry. */
export const blacklistEntryId = (buyer: string, orderId: string, marketplaceId: string): string =>
  `blacklist|${marketplaceId}|${orderId}|${buyer.toLowerCase()}`;

/** The same bounds as the blacklist messages and the backup (lib/limits.ts). */
export const BUYER_MAX = BLACKLIST_MAX.buyerName;
export const REASON_MAX = BLACKLIST_MAX.reason;

export function blacklistFromCsv(text: string, opts: { now: string }): BlacklistCsvResult {
  const entries: BlacklistEntry[] = [];
  const errors: BlacklistCsvError[] = [];
  // one kind of line break, so line numbers count what an editor shows
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!src.trim()) return { entries, errors: [{ line: 0, reason: 'The file is empty.' }] };

  const parsed = Papa.parse<string[]>(src, { skipEmptyLines: false });
  // Line number of each record: papaparse keeps line breaks inside quoted cells, so count them.
  const lines: number[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    lines.push(line);
    line += 1 + cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  const broken = new Set<number>();
  for (const e of parsed.errors) {
    if (e.type !== 'Quotes' || e.row === undefined) continue;
    broken.add(e.row);
    errors.push({ line: lines[e.row] ?? 0, reason: 'A quoted cell is not closed (a " is missing).' });
  }
  let columns: Map<BlacklistCsvColumn, number> | undefined;
  for (const [r, cells] of parsed.data.entries()) {
    const rowLine = lines[r] ?? 0;
    if (broken.has(r)) continue;
    if (cells.every((c) => !c.trim())) continue;
    if (!columns) {
      columns = new Map();
      cells.forEach((h, i) => {
        const n = normaliseCsvHeader(h);
        const c = (BLACKLIST_CSV_HEADER as readonly string[]).includes(n) ? (n as BlacklistCsvColumn) : BLACKLIST_CSV_ALIASES[n];
        if (c && !columns!.has(c)) columns!.set(c, i);
      });
      if (!columns.has('buyer') && !columns.has('order_id')) {
        return {
          entries, errors: [{ line: rowLine, reason: `Expected the header ${BLACKLIST_CSV_HEADER.join(',')}; found ${cells.join(',')}.` }],
        };
      }
      continue;
    }
    const cols = columns;
    const get = (c: BlacklistCsvColumn): string => {
      const i = cols.get(c);
      return i === undefined ? '' : unguardFormula((cells[i] ?? '').trim());
    };
    const rowErrors: BlacklistCsvError[] = [];
    // the value as it stands in the file (before the formula guard is undone)
    const raw = (c: BlacklistCsvColumn): string => {
      const i = cols.get(c);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const bad = (column: BlacklistCsvColumn, _value: string, what: string) =>
      rowErrors.push({ line: rowLine, column, value: raw(column), reason: `${column}: ${what}` });

    const buyer = get('buyer');
    const orderId = get('order_id');
    const mpRaw = get('marketplace');
    const addedRaw = get('added_at');
    if (!buyer && !orderId) rowErrors.push({ line: rowLine, reason: 'A line needs a buyer or an order_id.' });
    if (buyer.length > BUYER_MAX) bad('buyer', buyer, `longer than ${BUYER_MAX} characters`);
    const reason = get('reason');
    if (reason.length > REASON_MAX) bad('reason', reason, `longer than ${REASON_MAX} characters`);
    if (orderId && !ORDER_ID_RE.test(orderId)) bad('order_id', orderId, `'${orderId}' is not an order id (123-1234567-1234567)`);
    const mp = mpRaw ? marketplaceByCode(mpRaw) ?? marketplaceById(mpRaw) : undefined;
    if (mpRaw && !mp) bad('marketplace', mpRaw, `'${mpRaw}' is not a known marketplace code`);
    let addedAt = opts.now;
    if (addedRaw) {
      const ms = ISO_RE.test(addedRaw) ? Date.parse(addedRaw) : NaN;
      if (Number.isNaN(ms)) bad('added_at', addedRaw, `'${addedRaw}' is not a date (ISO 8601)`);
      else addedAt = new Date(ms).toISOString();
    }
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    const entry: BlacklistEntry = { id: blacklistEntryId(buyer, orderId, mp?.id ?? ''), addedAt };
    if (buyer) entry.buyerName = buyer;
    if (orderId) entry.orderId = orderId;
    if (mp) entry.marketplaceId = mp.id;
    if (reason) entry.reason = reason;
    entries.push(entry);
  }
  if (!columns) errors.push({ line: 0, reason: 'The file is empty.' });
  return { entries, errors };
}
