/** Which report a header line belongs to, by the column names it contains. */
import { REPORT_SPECS, canonicalColumn, type ReportSpec } from './columns';
import type { ReportKind } from './types';
import { ORDER_ID_RE, parseIsoDateTime } from './values';

export type DetectResult =
  | { kind: ReportKind; spec: ReportSpec }
  | { kind: 'unknown'; message: string };

export const splitHeaderLine = (headerLine: string): string[] =>
  headerLine.replace(/^\uFEFF/, '').replace(/\r?\n$/, '').split('\t');

/** Known columns of the kind found among the cells. */
function overlap(spec: ReportSpec, cells: readonly string[]): Set<string> {
  const names = new Set(cells.map((c) => canonicalColumn(spec, c)));
  return new Set(spec.expected.filter((e) => names.has(e)));
}

function score(spec: ReportSpec, cells: readonly string[]): number {
  const names = new Set(cells.map((c) => canonicalColumn(spec, c)));
  const signature = spec.signature.some((s) => names.has(s));
  return overlap(spec, cells).size + (signature ? 100 : 0);
}

/** A cell no report uses as a column name: an order id, or a date. */
const isDataCell = (cell: string): boolean => {
  const c = cell.trim();
  return ORDER_ID_RE.test(c) || parseIsoDateTime(c) !== undefined || /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(c);
};

const shorten = (s: string): string => (s.length > 32 ? `${s.slice(0, 31)}…` : s);

/** The kind sharing most columns with the cells, and its required columns the cells lack. */
function closest(cells: readonly string[]): { spec: ReportSpec; missing: string[] } | undefined {
  let best: ReportSpec | undefined;
  let bestOverlap = 0;
  for (const spec of REPORT_SPECS) {
    const n = overlap(spec, cells).size;
    if (n > bestOverlap) {
      best = spec;
      bestOverlap = n;
    }
  }
  if (!best) return undefined;
  const have = overlap(best, cells);
  return { spec: best, missing: best.required.filter((c) => !have.has(c)) };
}

function unknownMessage(cells: readonly string[]): string {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.some(isDataCell)) {
    return `The header row is missing: the first line holds values (${[...filled.slice(0, 3).map(shorten), '…'].join(', ')}), `
      + 'not column names. Download the report again from Seller Central, or add its header row.';
  }
  const seen = filled.slice(0, 8).map(shorten).join(', ');
  const delimiterHint = cells.length === 1 && /[,;]/.test(cells[0] ?? '') ? ' The file is not tab-separated.' : '';
  const near = closest(cells);
  const hint = near
    ? ` Closest: ${near.spec.label}, which also needs the column${near.missing.length === 1 ? '' : 's'} ${near.missing.join(', ')}.`
    : ` Expected the tab-separated header of one of: ${REPORT_SPECS.map((s) => s.label).join(', ')}.`;
  return `Not a known Seller Central report (columns found: ${seen || 'none'}).${delimiterHint}${hint}`;
}

/** Detect from the header cells. At least two known columns, or one signature column, are needed. */
export function detectReportKindFromColumns(cells: readonly string[]): DetectResult {
  let best: ReportSpec | undefined;
  let bestScore = 0;
  for (const spec of REPORT_SPECS) {
    const s = score(spec, cells);
    if (s > bestScore) {
      best = spec;
      bestScore = s;
    }
  }
  if (!best || bestScore < 2) return { kind: 'unknown', message: unknownMessage(cells) };
  return { kind: best.kind, spec: best };
}

export const detectReportKind = (headerLine: string): DetectResult =>
  detectReportKindFromColumns(splitHeaderLine(headerLine));
