/** Types shared by the report decoders and parsers (lib/reports). */
import type { Feedback, Order, OrderItem, Return } from '../model';

export const REPORT_KINDS = [
  'all-orders', 'seller-feedback', 'seller-feedback-legacy', 'returns-seller-fulfilled', 'returns-fba',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * One problem found in a file. `line` is the 1-based line in the file (the header is line 1);
 * line 0 means the file as a whole (empty, binary). `column` is the header name as the file spells it,
 * `field` the model field it feeds.
 */
export interface ReportError {
  line: number;
  column?: string;
  field?: string;
  value?: string;
  reason: string;
}

export interface ReportRecords {
  orders: Order[];
  items: OrderItem[];
  feedback: Feedback[];
  returns: Return[];
}

export interface ReportStats {
  /** non-empty data rows (the header excluded) */
  rows: number;
  accepted: number;
  rejected: number;
}

export interface ParseOptions {
  /** skip detection and read the file as this kind (required columns are still checked) */
  kind?: ReportKind;
  /** marketplace code ('DE') or id ('A1PA6795UKMFR9'); feedback dates need it */
  marketplace?: string;
  fileName: string;
  /** ISO time of the import, stored in provenance */
  now: string | Date;
  /** lines whose bytes were not valid in the file's encoding (decodeReport): their rows are rejected */
  damagedLines?: readonly number[];
}

export interface ParseResult {
  kind: ReportKind | 'unknown';
  records: ReportRecords;
  errors: ReportError[];
  stats: ReportStats;
  /** problems that reject no row: a column that is not imported, a repeated column */
  warnings?: ReportError[];
}

export interface ReportChunk {
  kind: ReportKind;
  /** records completed since the previous chunk (an order whose rows are spread out may come again, merged) */
  records: ReportRecords;
  /** errors found since the previous chunk */
  errors: ReportError[];
  /** running totals */
  stats: ReportStats;
  /** 0..1, share of the text read so far */
  progress: number;
  final: boolean;
}

export const emptyRecords = (): ReportRecords => ({ orders: [], items: [], feedback: [], returns: [] });
