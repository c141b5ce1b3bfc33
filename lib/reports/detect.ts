/** Which report a header line belongs to, by the column names it contains. */
import { REPORT_SPECS, canonicalColumn, type ReportSpec } from './columns';
import type { ReportKind } from './types';

export type DetectResult =
  | { kind: ReportKind; spec: ReportSpec }
  | { kind: 'unknown'; message: string };

export const splitHeaderLine = (headerLine: string): string[] =>
  headerLine.replace(/^\uFEFF/, '').replace(/\r?\n$/, '').split('\t');

function score(spec: ReportSpec, cells: readonly string[]): number {
  const names = new Set(cells.map((c) => canonicalColumn(spec, c)));
  let overlap = 0;
  for (const e of spec.expected) if (names.has(e)) overlap++;
  const signature = spec.signature.some((s) => names.has(s));
  return overlap + (signature ? 100 : 0);
}

export function expectedHeadersMessage(): string {
  return REPORT_SPECS.map((s) => `${s.label}: ${s.expected.join(', ')}`).join('; ');
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
  if (!best || bestScore < 2) {
    const seen = cells.filter((c) => c.trim()).slice(0, 8).map((c) => c.trim()).join(', ');
    const delimiterHint = cells.length === 1 && /[,;]/.test(cells[0] ?? '') ? ' The file is not tab-separated.' : '';
    return {
      kind: 'unknown',
      message: `Not a known Seller Central report (columns found: ${seen || 'none'}).${delimiterHint} `
        + `Expected the tab-separated header of one of: ${expectedHeadersMessage()}.`,
    };
  }
  return { kind: best.kind, spec: best };
}

export const detectReportKind = (headerLine: string): DetectResult =>
  detectReportKindFromColumns(splitHeaderLine(headerLine));
