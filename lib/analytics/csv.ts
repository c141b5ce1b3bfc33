/** A table as CSV text for a spreadsheet: RFC 4180 quoting (papaparse), CRLF, formula cells guarded. */
import Papa from 'papaparse';
import { guardFormula } from '../csv/guard';

export type CsvCell = string | number | undefined | null;

/**
 * Text cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a leading
 * apostrophe; numbers stay numbers (a negative number is not a formula).
 */
export function tableToCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const cell = (c: CsvCell): string =>
    c === undefined || c === null ? '' : typeof c === 'number' ? (Number.isFinite(c) ? String(c) : '') : guardFormula(c);
  const csv = Papa.unparse({ fields: header.map((h) => guardFormula(h)), data: rows.map((r) => r.map(cell)) }, { newline: '\r\n', quotes: false });
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}

/** Rounds for a CSV cell or a label: hours with one decimal, shares as percent with one decimal. */
export const round1 = (x: number | undefined): number | undefined => (x === undefined ? undefined : Math.round(x * 10) / 10);
export const percent1 = (x: number | undefined): number | undefined => (x === undefined ? undefined : Math.round(x * 1000) / 10);
