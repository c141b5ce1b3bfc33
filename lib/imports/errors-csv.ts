/** The rows a report import rejected, as a CSV file to fix them in a spreadsheet (formula cells guarded). */
import Papa from 'papaparse';
import { guardFormula } from '../csv/guard';
import type { ReportError } from '../reports';

export const ERRORS_CSV_HEADER = ['line', 'column', 'field', 'value', 'reason'] as const;

export function errorsToCsv(errors: readonly ReportError[]): string {
  const rows = errors.map((e) => [String(e.line), e.column ?? '', e.field ?? '', e.value ?? '', e.reason].map(guardFormula));
  const csv = Papa.unparse({ fields: [...ERRORS_CSV_HEADER], data: rows }, { newline: '\r\n' });
  // a BOM so that spreadsheets read the file as UTF-8
  return `\uFEFF${csv.endsWith('\r\n') ? csv : `${csv}\r\n`}`;
}

/** `orders-2026-01.txt` -> `orders-2026-01.errors.csv` */
export const errorsFileName = (fileName: string): string => `${fileName.replace(/\.[^./\\]+$/, '') || 'report'}.errors.csv`;
