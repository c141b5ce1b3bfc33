/**
 * parseReport / parseReportChunks: text of a Seller Central report -> model records, per-row errors, stats.
 * Tab-separated, read with papaparse in fast mode (Amazon's flat files do not quote; a spreadsheet's
 * quotes around a cell are removed per cell). Empty lines are skipped here rather than by papaparse so
 * that every error keeps the line number it has in the file.
 */
import Papa from 'papaparse';
import { marketplaceByCode, marketplaceById, type Marketplace } from '../marketplaces';
import { AllOrdersSink } from './all-orders';
import { canonicalColumn, specFor, type ReportSpec } from './columns';
import { looksBinary } from './decode';
import { detectReportKindFromColumns } from './detect';
import { FeedbackSink } from './feedback';
import { FbaReturnsSink, SellerFulfilledReturnsSink } from './returns';
import { cleanCell, Row, type ColumnRef } from './row';
import { DAMAGED_LINE, fieldCountProblem } from './row-shape';
import type { RowSink, SinkContext } from './sink';
import {
  emptyRecords, type ParseOptions, type ParseResult, type ReportChunk, type ReportError, type ReportKind,
  type ReportStats,
} from './types';

export const resolveMarketplace = (codeOrId: string): Marketplace | undefined =>
  marketplaceByCode(codeOrId.trim()) ?? marketplaceById(codeOrId.trim());

interface Prepared {
  kind: ReportKind;
  headerSize: number;
  columns: Map<string, ColumnRef>;
  /** the file's spelling of the required columns, by position in the header */
  requiredAt: Map<number, string>;
  damaged: ReadonlySet<number>;
  sink: RowSink;
  newline: string;
  /** offset of the first line after the header, and its line number */
  offset: number;
  line: number;
  stats: ReportStats;
  errors: ReportError[];
  warnings: ReportError[];
}

const fail = (kind: ParseResult['kind'], errors: ReportError[]): ParseResult =>
  ({ kind, records: emptyRecords(), errors, stats: { rows: 0, accepted: 0, rejected: 0 } });

function makeSink(kind: ReportKind, ctx: SinkContext): RowSink | ReportError {
  switch (kind) {
    case 'all-orders': return new AllOrdersSink(ctx);
    case 'returns-seller-fulfilled':
      if (!ctx.marketplace) {
        return {
          line: 0, field: 'marketplace',
          reason: 'Choose the marketplace of this returns file: its dates (10-Jul-2025) are days in the marketplace\'s '
            + 'time zone.',
        };
      }
      return new SellerFulfilledReturnsSink(ctx);
    case 'returns-fba': return new FbaReturnsSink(ctx);
    case 'seller-feedback':
    case 'seller-feedback-legacy':
      if (!ctx.marketplace) {
        return {
          line: 0, field: 'marketplace',
          reason: 'Choose the marketplace of this feedback file: its dates are written in the marketplace\'s format '
            + '(US M/D/YY, DE D.M.YY, JP YY/M/D, SE YYYY-MM-DD, most others D/M/YY).',
        };
      }
      return new FeedbackSink({ ...ctx, marketplace: ctx.marketplace }, kind === 'seller-feedback-legacy');
  }
}

function prepare(input: string, opts: ParseOptions): Prepared | ParseResult {
  const text = input;
  if (!text.trim()) return fail(opts.kind ?? 'unknown', [{ line: 0, reason: 'The file is empty.' }]);
  if (looksBinary(text)) {
    return fail(opts.kind ?? 'unknown', [{ line: 0, reason: 'The file is not a text report (it contains binary data).' }]);
  }
  const newline = text.includes('\n') ? '\n' : text.includes('\r') ? '\r' : '\n';

  // The header is the first line that is not empty.
  let offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 0;
  let headerLine = '';
  while (offset <= text.length) {
    const end = text.indexOf(newline, offset);
    const stop = end === -1 ? text.length : end;
    line++;
    headerLine = text.slice(offset, stop);
    offset = end === -1 ? text.length + 1 : end + newline.length;
    if (headerLine.trim()) break;
  }
  const headerNo = line;
  const cells = headerLine.split('\t');

  let spec: ReportSpec;
  if (opts.kind) {
    spec = specFor(opts.kind);
  } else {
    const detected = detectReportKindFromColumns(cells);
    if (detected.kind === 'unknown') return fail('unknown', [{ line: headerNo, reason: detected.message }]);
    spec = detected.spec;
  }

  const columns = new Map<string, ColumnRef>();
  const warnings: ReportError[] = [];
  const known = new Set([...spec.expected, ...spec.extra]);
  cells.forEach((raw, index) => {
    const c = canonicalColumn(spec, raw);
    const name = cleanCell(raw.replace(/^\uFEFF/, ''));
    if (!c) return;
    if (columns.has(c)) {
      warnings.push({ line: headerNo, column: name, reason: `Column '${name}' appears twice: only the first one is read.` });
      return;
    }
    columns.set(c, { index, name });
    if (!known.has(c)) {
      warnings.push({ line: headerNo, column: name, reason: `Column '${name}' is not part of the ${spec.label} report: its values are not imported.` });
    }
  });
  if (opts.damagedLines?.includes(headerNo)) {
    warnings.push({ line: headerNo, reason: 'The header line has bytes that are not valid text in the file\'s encoding.' });
  }
  const missing = spec.required.filter((c) => !columns.has(c));
  if (missing.length) {
    return fail(spec.kind, missing.map((c) => ({
      line: headerNo, column: c, reason: `Missing required column '${c}' (${spec.label} report).`,
    })));
  }

  let marketplace: Marketplace | undefined;
  if (opts.marketplace) {
    marketplace = resolveMarketplace(opts.marketplace);
    if (!marketplace) {
      return fail(spec.kind, [{ line: 0, field: 'marketplace', value: opts.marketplace, reason: `'${opts.marketplace}' is not a known marketplace.` }]);
    }
  }
  const at = typeof opts.now === 'string' ? opts.now : opts.now.toISOString();
  const ctx: SinkContext = { provenance: { source: 'import', detail: `${spec.kind}: ${opts.fileName}`, at }, marketplace };
  const sink = makeSink(spec.kind, ctx);
  if (!('add' in sink)) return fail(spec.kind, [sink]);

  const requiredAt = new Map(spec.required.map((c) => [columns.get(c)!.index, columns.get(c)!.name]));
  return {
    kind: spec.kind, headerSize: cells.length, columns, requiredAt, damaged: new Set(opts.damagedLines ?? []), sink,
    newline, offset, line: headerNo, stats: { rows: 0, accepted: 0, rejected: 0 }, errors: [], warnings,
  };
}

/** Reads up to `maxLines` lines from `p.offset`; returns the errors found. */
function readLines(p: Prepared, text: string, maxLines: number): ReportError[] {
  if (p.offset > text.length) return [];
  let pos = p.offset;
  let lines = 0;
  let end = text.length;
  let next = text.length + 1;
  for (;;) {
    const nl = text.indexOf(p.newline, pos);
    lines++;
    if (nl === -1) {
      end = text.length;
      next = text.length + 1;
      break;
    }
    end = nl;
    next = pos = nl + p.newline.length;
    if (lines >= maxLines) break;
  }
  const slice = text.slice(p.offset, end);
  const rows = Papa.parse<string[]>(slice, { delimiter: '\t', newline: p.newline as '\n', fastMode: true }).data;
  const errors: ReportError[] = [];
  for (let i = 0; i < lines; i++) {
    const cells = rows[i] ?? [''];
    const lineNo = p.line + 1 + i;
    if (cells.every((c) => !c.trim())) continue;
    p.stats.rows++;
    const problem = p.damaged.has(lineNo) ? DAMAGED_LINE : fieldCountProblem(cells, p.headerSize, p.requiredAt);
    if (problem) {
      p.stats.rejected++;
      errors.push({ line: lineNo, reason: problem });
      continue;
    }
    const row = new Row(cells, lineNo, p.columns);
    p.sink.add(row);
    if (row.errors.length) {
      p.stats.rejected++;
      errors.push(...row.errors);
    } else {
      p.stats.accepted++;
    }
  }
  p.line += lines;
  p.offset = next;
  return errors;
}

const withWarnings = <T extends object>(r: T, warnings: ReportError[]): T & { warnings?: ReportError[] } =>
  (warnings.length ? { ...r, warnings } : r);

export function parseReport(text: string, opts: ParseOptions): ParseResult {
  const p = prepare(text, opts);
  if (!('sink' in p)) return p;
  // Slices of 5,000 lines keep papaparse's row arrays short-lived (less heap, less GC).
  const errors: ReportError[] = [];
  while (p.offset <= text.length) errors.push(...readLines(p, text, 5000));
  return withWarnings({ kind: p.kind, records: p.sink.take(true), errors, stats: p.stats }, p.warnings);
}

/**
 * The same in batches of `chunkSize` lines, for large files in a Web Worker: `onChunk` gets the records
 * finished so far (awaited, so the caller can write a batch before the next is read) and running stats;
 * the last call has `final: true`. Returns the kind, all errors and the stats (records only go to
 * `onChunk`). A file-level failure (empty, unknown, missing column) returns at once without calling it.
 */
export async function parseReportChunks(
  text: string, opts: ParseOptions,
  onChunk: (chunk: ReportChunk) => void | Promise<void>, chunkSize = 5000,
): Promise<Omit<ParseResult, 'records'>> {
  const p = prepare(text, opts);
  if (!('sink' in p)) return { kind: p.kind, errors: p.errors, stats: p.stats };
  const all: ReportError[] = [];
  let done = false;
  while (!done) {
    const errors = readLines(p, text, Math.max(1, chunkSize));
    done = p.offset > text.length;
    all.push(...errors);
    await onChunk({
      kind: p.kind, records: p.sink.take(done), errors, stats: { ...p.stats },
      progress: done ? 1 : p.offset / text.length, final: done,
    });
  }
  return withWarnings({ kind: p.kind, errors: all, stats: p.stats }, p.warnings);
}
