/**
 * The Imports page's Web Worker: reads the dropped file, decodes it (lib/reports decodeReport), detects the
 * report, guesses the marketplace of a feedback or seller-fulfilled returns file, parses it in batches of lines and posts each batch of
 * records to the page, which forwards it to the background. At most `window` batches are in flight: the
 * worker waits for the page's acknowledgements, so a slow background never makes either side buffer the
 * whole file. The page stays responsive: everything heavy happens here.
 */
import {
  batchOfRecords, batchSize, errorsToCsv, guessFeedbackMarketplace, guessReturnsMarketplace, IMPORT_TABLES, type ImportBatch,
} from '../../../lib/imports';
import { IMPORT_BATCH_JSON_MAX } from '../../../lib/imports/schemas';
import { decodeReport, detectReportKind, parseReportChunks, type ReportError, type ReportKind } from '../../../lib/reports';
import type { FromWorker, ImportSample, StartMessage, ToWorker } from './worker-protocol';

const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const post = (m: FromWorker) => scope.postMessage(m);

/** batches the page has acknowledged (the background staged them) */
let acked = 0;
let wake: (() => void) | undefined;

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'start') {
    run(m).catch((err: unknown) => post({ type: 'failed', message: err instanceof Error ? err.message : String(err) }));
  } else if (m.type === 'ack') {
    acked++;
    wake?.();
  }
};

const waitForAcks = async (count: number) => {
  while (acked < count) await new Promise<void>((resolve) => { wake = resolve; });
};

/** an All Orders row gives one item, and a new order for ~70 % of rows (orders have 1-3 items) */
const ALL_ORDERS_RECORDS_PER_ROW = 1.7;

const isFeedback = (k: ReportKind | 'unknown') => k === 'seller-feedback' || k === 'seller-feedback-legacy';
/** the kinds whose dates are days in the marketplace's zone: they need the marketplace */
const needsMarketplaceKind = (k: ReportKind | 'unknown') => isFeedback(k) || k === 'returns-seller-fulfilled';
const firstLine = (text: string) => {
  const m = /\r\n|\n|\r/.exec(text.slice(0, 100_000));
  return m ? text.slice(0, m.index) : text.slice(0, 100_000);
};

function addSample(sample: ImportSample, batch: ImportBatch, rows: number): void {
  for (const t of ['orders', 'orderItems', 'feedback', 'returns'] as const) {
    const have = sample[t]?.length ?? 0;
    const more = batch[t];
    if (!more?.length || have >= rows) continue;
    (sample as unknown as Record<string, unknown[]>)[t] = [...(sample[t] ?? []), ...more.slice(0, rows - have)];
  }
}

/** The batch as JSON, split in halves while it is larger than a message may be (very long cells). */
function asMessages(batch: ImportBatch): string[] {
  const json = JSON.stringify(batch);
  if (json.length <= IMPORT_BATCH_JSON_MAX || batchSize(batch) <= 1) return [json];
  const [a, b]: [ImportBatch, ImportBatch] = [{}, {}];
  for (const t of IMPORT_TABLES) {
    const list = batch[t] as unknown[] | undefined;
    if (!list?.length) continue;
    const half = Math.ceil(list.length / 2);
    (a as Record<string, unknown[]>)[t] = list.slice(0, half);
    (b as Record<string, unknown[]>)[t] = list.slice(half);
  }
  return [...asMessages(a), ...asMessages(b)];
}

async function run(m: StartMessage): Promise<void> {
  const size = m.file.size;
  const { text, encoding, damagedLines } = decodeReport(new Uint8Array(await m.file.arrayBuffer()), { marketplace: m.marketplace });
  const headerLine = firstLine(text.replace(/^\s*[\r\n]+/, ''));
  const detected = m.kind ?? detectReportKind(headerLine).kind;
  let marketplace = m.marketplace;
  const guess = marketplace ? undefined
    : isFeedback(detected) ? guessFeedbackMarketplace(text, encoding)
      : detected === 'returns-seller-fulfilled' ? guessReturnsMarketplace(text) : undefined;
  marketplace ??= guess?.code;
  post({ type: 'detected', kind: detected, encoding, bytes: size, marketplace, guess });

  const sample: ImportSample = { orders: [], orderItems: [], feedback: [], returns: [] };
  const allErrors: ReportError[] = [];
  let seq = 0;
  let pendingErrors: ReportError[] = [];
  let chunks = 0;
  const opts = { kind: m.kind, marketplace, fileName: m.file.name, now: m.now, damagedLines };
  const result = await parseReportChunks(text, opts, async (chunk) => {
    chunks++;
    const batch = batchOfRecords(chunk.records);
    const records = batchSize(batch);
    allErrors.push(...chunk.errors);
    pendingErrors.push(...chunk.errors);
    if (records) {
      addSample(sample, batch, m.sampleRows);
      for (const json of asMessages(batch)) {
        post({ type: 'batch', kind: chunk.kind, seq, json, records, errors: pendingErrors, stats: chunk.stats, progress: chunk.progress });
        pendingErrors = [];
        seq++;
        await waitForAcks(seq - m.window);
      }
    } else if (pendingErrors.length >= 2000 || chunk.final) {
      post({ type: 'errors', errors: pendingErrors, stats: chunk.stats, progress: chunk.progress });
      pendingErrors = [];
    }
  }, detected === 'all-orders' ? Math.round(m.batchRecords / ALL_ORDERS_RECORDS_PER_ROW) : m.batchRecords);
  if (pendingErrors.length) post({ type: 'errors', errors: pendingErrors, stats: result.stats, progress: 1 });
  await waitForAcks(seq);

  // a file-level failure (empty, unknown report, missing column, no marketplace) reads no row at all
  const fileErrors = chunks === 0 ? result.errors : [];
  const everyError = chunks === 0 ? fileErrors : allErrors;
  post({
    type: 'done', kind: result.kind, stats: result.stats, batches: seq, sample, fileErrors, warnings: result.warnings ?? [],
    errorsCsv: everyError.length ? new Blob([errorsToCsv(everyError)], { type: 'text/csv;charset=utf-8' }) : undefined,
    needsMarketplace: needsMarketplaceKind(result.kind) && !marketplace,
  });
}
