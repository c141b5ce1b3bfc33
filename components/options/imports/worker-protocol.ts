/** Messages between the Imports page and its report-parser worker (report-parser.worker.ts). */
import type { ImportBatch, MarketplaceGuess } from '../../../lib/imports';
import type { ReportEncoding, ReportError, ReportKind, ReportStats } from '../../../lib/reports';

export interface StartMessage {
  type: 'start';
  file: File;
  /** read the file as this kind instead of detecting it */
  kind?: ReportKind;
  /** marketplace code for dates without a time (feedback, seller-fulfilled returns); guessed from the file when absent */
  marketplace?: string;
  /** ISO time of the import (provenance) */
  now: string;
  /** records per batch (an All Orders row makes an item and, for most rows, an order: fewer rows per batch) */
  batchRecords: number;
  /** batches the worker may send before the page acknowledges them */
  window: number;
  /** rows of each store kept for the preview */
  sampleRows: number;
}
export interface AckMessage { type: 'ack'; seq: number }
export type ToWorker = StartMessage | AckMessage;

/** The first records of the file, for the preview table. */
export interface ImportSample { orders: ImportBatch['orders']; orderItems: ImportBatch['orderItems']; feedback: ImportBatch['feedback']; returns: ImportBatch['returns'] }

export type FromWorker =
  | { type: 'detected'; kind: ReportKind | 'unknown'; encoding: ReportEncoding; bytes: number; marketplace?: string; guess?: MarketplaceGuess }
  /** records of the next batch (empty batches are not sent) and the rows rejected since the previous one */
  | { type: 'batch'; kind: ReportKind; seq: number; /** the batch as JSON text, sent on as is */ json: string; records: number; errors: ReportError[]; stats: ReportStats; progress: number }
  /** rows rejected, sent on their own when a stretch of the file had no accepted rows */
  | { type: 'errors'; errors: ReportError[]; stats: ReportStats; progress: number }
  | {
    type: 'done'; kind: ReportKind | 'unknown'; stats: ReportStats; batches: number;
    /** file-level errors (empty file, unknown report, missing column, marketplace needed) */
    fileErrors: ReportError[];
    /** problems that reject no row (a column that is not imported) */
    warnings: ReportError[];
    sample: ImportSample;
    /** every error as CSV, built here so that the page does no work for large files */
    errorsCsv?: Blob;
    needsMarketplace: boolean;
  }
  | { type: 'failed'; message: string };
