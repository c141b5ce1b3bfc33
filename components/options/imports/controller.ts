/**
 * The import jobs of the Imports page, outside React. One job per dropped file:
 *   queued -> parsing (worker: decode, detect, parse; each batch sent to the background with `imports/stage`)
 *   -> planning (`imports/plan`: new / updated / unchanged) -> preview -> committing (`imports/apply`, one
 *   transaction) -> done.  Cancel works in every phase; nothing is written before the commit, and a commit
 *   cancelled half-way is rolled back by the background.
 * Files are parsed one at a time (one worker, bounded memory). The background keeps the staged batches in
 * the database (not in memory), so a preview may stay open as long as the page does; if the staging was
 * purged meanwhile, Confirm parses the file again and re-sends it before committing.
 */
import type { ImportPlan, MarketplaceGuess } from '../../../lib/imports';
import { IMPORT_BATCH_RECORDS } from '../../../lib/imports';
import type { ReportEncoding, ReportError, ReportKind, ReportStats } from '../../../lib/reports';
import { RequestFailedError, sendRequest } from '../../messaging';
import type { FromWorker, ImportSample, StartMessage } from './worker-protocol';

export type Phase = 'queued' | 'parsing' | 'planning' | 'preview' | 'committing' | 'done' | 'failed' | 'cancelled';

export interface ImportJob {
  /** the import id the background knows the staged records by */
  id: string;
  file: File;
  phase: Phase;
  /** the kind the user chose (undefined: detected) */
  chosenKind?: ReportKind;
  kind?: ReportKind | 'unknown';
  encoding?: ReportEncoding;
  marketplace?: string;
  guess?: MarketplaceGuess;
  needsMarketplace: boolean;
  /** 0..1 of the current phase */
  progress: number;
  stats: ReportStats;
  /** rejected rows, plus file-level problems (line 0 or the header line) */
  errors: ReportError[];
  fileErrors: ReportError[];
  /** problems that reject no row: a column of the file that is not imported */
  warnings: ReportError[];
  errorsCsv?: Blob;
  sample?: ImportSample;
  /** records sent to the background (after merging rows of one order: orders + items) */
  records: number;
  batches: number;
  plan?: ImportPlan;
  result?: ImportPlan;
  /** why it failed (phase 'failed') */
  message?: string;
  startedAt: number;
  /** ms from drop to preview, and of the commit */
  timings: { preview?: number; commit?: number };
}

export interface ControllerOptions {
  makeWorker?: () => Worker;
  now?: () => Date;
  /** records per batch */
  batchRecords?: number;
}

const EMPTY_STATS: ReportStats = { rows: 0, accepted: 0, rejected: 0 };
const SAMPLE_ROWS = 50;
const WINDOW = 2;

const defaultWorker = () => new Worker(new URL('./report-parser.worker.ts', import.meta.url), { type: 'module' });

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const statsOf = (j: { stats: ReportStats }): ReportStats => ({ rows: j.stats.rows, accepted: j.stats.accepted, rejected: j.stats.rejected });

class Cancelled extends Error {}

export class ImportController {
  private jobs: ImportJob[] = [];
  private readonly listeners = new Set<() => void>();
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  /** the job whose file is being parsed for its preview (one at a time) */
  private running: string | undefined;
  /** parser runs in progress, per job: stop() terminates the worker and rejects the run */
  private readonly runs = new Map<string, { worker: Worker; stop: () => void }>();
  private readonly makeWorker: () => Worker;
  private readonly now: () => Date;
  private readonly batchRecords: number;

  constructor(opts: ControllerOptions = {}) {
    this.makeWorker = opts.makeWorker ?? defaultWorker;
    this.now = opts.now ?? (() => new Date());
    this.batchRecords = opts.batchRecords ?? IMPORT_BATCH_RECORDS;
  }

  // --- store for useSyncExternalStore -------------------------------------------------------------
  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  readonly snapshot = (): readonly ImportJob[] => this.jobs;

  /** Notifies soon (coalesced: at most one render per 80 ms while batches stream in). */
  private changed(now = false): void {
    if (now) {
      clearTimeout(this.notifyTimer);
      this.notifyTimer = undefined;
      for (const l of this.listeners) l();
      return;
    }
    this.notifyTimer ??= setTimeout(() => { this.notifyTimer = undefined; for (const l of this.listeners) l(); }, 80);
  }

  private patch(id: string, p: Partial<ImportJob> | ((j: ImportJob) => Partial<ImportJob>), now = false): void {
    this.jobs = this.jobs.map((j) => (j.id === id ? { ...j, ...(typeof p === 'function' ? p(j) : p) } : j));
    this.changed(now);
  }

  private job(id: string): ImportJob | undefined {
    return this.jobs.find((j) => j.id === id);
  }

  // --- commands -------------------------------------------------------------------------------------
  addFiles(files: readonly File[]): void {
    for (const file of files) this.jobs = [...this.jobs, this.fresh(file)];
    this.changed(true);
    this.pump();
  }

  /** Reads the file again as `kind` (undefined: detect) and/or for another marketplace. */
  reread(id: string, choice: { kind?: ReportKind | undefined; marketplace?: string | undefined }): void {
    const old = this.job(id);
    if (!old || old.phase === 'committing') return;
    this.abort(old);
    const next: ImportJob = {
      ...this.fresh(old.file),
      chosenKind: 'kind' in choice ? choice.kind : old.chosenKind,
      marketplace: 'marketplace' in choice ? choice.marketplace : old.marketplace,
    };
    this.jobs = this.jobs.map((j) => (j.id === id ? next : j));
    this.changed(true);
    this.pump();
  }

  cancel(id: string): void {
    const j = this.job(id);
    if (!j) return;
    if (j.phase === 'committing') {
      // the background rolls the transaction back; the pending apply then fails and marks the job cancelled
      void sendRequest({ type: 'imports/cancel', importId: id }).catch(() => undefined);
      this.patch(id, { message: 'cancelling' }, true);
      return;
    }
    if (j.phase === 'done' || j.phase === 'failed' || j.phase === 'cancelled') {
      this.jobs = this.jobs.filter((x) => x.id !== id);
      this.changed(true);
      return;
    }
    this.abort(j);
    this.patch(id, { phase: 'cancelled', progress: 0 }, true);
    this.pump();
  }

  remove(id: string): void {
    const j = this.job(id);
    if (!j || j.phase === 'committing') return;
    this.abort(j);
    this.jobs = this.jobs.filter((x) => x.id !== id);
    this.changed(true);
    this.pump();
  }

  async confirm(id: string): Promise<void> {
    const j = this.job(id);
    if (!j || j.phase !== 'preview' || !j.plan) return;
    const t0 = performance.now();
    this.patch(id, { phase: 'committing', progress: 0, message: undefined }, true);
    const poll = setInterval(() => {
      sendRequest({ type: 'imports/status', importId: id }).then((s) => {
        if (s.committing && this.job(id)?.phase === 'committing') this.patch(id, { progress: s.committing.total ? s.committing.done / s.committing.total : 0 });
      }, () => undefined);
    }, 250);
    try {
      let res;
      try {
        res = await sendRequest({ type: 'imports/apply', importId: id, batches: j.batches, stats: statsOf(j) });
      } catch (e) {
        if (!(e instanceof RequestFailedError && e.code === 'not-found')) throw e;
        // the staging is gone (purged as stale): send the batches again, then commit
        await sendRequest({ type: 'imports/cancel', importId: id }).catch(() => undefined);
        const again = await this.stage(this.job(id)!, true);
        this.patch(id, { phase: 'committing', progress: 0 }, true);
        res = await sendRequest({ type: 'imports/apply', importId: id, batches: again, stats: statsOf(this.job(id) ?? j) });
      }
      this.patch(id, (x) => ({ phase: 'done', progress: 1, result: res.result, timings: { ...x.timings, commit: performance.now() - t0 } }), true);
    } catch (e) {
      const cancelled = /cancelled/.test(messageOf(e)) || this.job(id)?.message === 'cancelling';
      this.patch(id, cancelled ? { phase: 'cancelled', message: undefined } : { phase: 'failed', message: messageOf(e) }, true);
    } finally {
      clearInterval(poll);
      this.pump();
    }
  }

  /** Confirms every job in preview, one after the other. */
  async confirmAll(): Promise<void> {
    for (const j of this.jobs.filter((x) => x.phase === 'preview' && x.stats.accepted > 0)) await this.confirm(j.id);
  }

  /** The page is going away: drop what the background holds for us. */
  dispose(): void {
    clearTimeout(this.notifyTimer);
    for (const j of this.jobs) if (j.phase !== 'committing') this.abort(j);
  }

  // --- internals ------------------------------------------------------------------------------------
  private fresh(file: File): ImportJob {
    return {
      id: globalThis.crypto.randomUUID(), file, phase: 'queued', needsMarketplace: false, progress: 0,
      stats: EMPTY_STATS, errors: [], fileErrors: [], warnings: [], records: 0, batches: 0, startedAt: performance.now(), timings: {},
    };
  }

  private abort(j: ImportJob): void {
    this.runs.get(j.id)?.stop();
    if (this.running === j.id) this.running = undefined;
    if (j.phase !== 'queued' && j.phase !== 'done') {
      void sendRequest({ type: 'imports/cancel', importId: j.id }).catch(() => undefined);
    }
  }

  /** Starts the next queued job when none is parsing. */
  private pump(): void {
    if (this.running) return;
    const next = this.jobs.find((j) => j.phase === 'queued');
    if (!next) return;
    void this.prepare(next.id);
  }

  private async prepare(id: string): Promise<void> {
    const j = this.job(id);
    if (!j) return;
    try {
      this.running = id;
      const batches = await this.stage(j, false);
      const now = this.job(id);
      if (!now || now.phase !== 'parsing') return;
      if (batches === 0) {
        this.patch(id, (x) => ({ phase: 'preview', progress: 1, timings: { preview: performance.now() - x.startedAt } }), true);
        return;
      }
      this.patch(id, { phase: 'planning', progress: 1 }, true);
      const { plan } = await sendRequest({ type: 'imports/plan', importId: id, batches });
      if (this.job(id)?.phase !== 'planning') return;
      this.patch(id, (x) => ({ phase: 'preview', plan, timings: { preview: performance.now() - x.startedAt } }), true);
    } catch (e) {
      if (e instanceof Cancelled || this.job(id)?.phase === 'cancelled' || !this.job(id)) return;
      void sendRequest({ type: 'imports/cancel', importId: id }).catch(() => undefined);
      this.patch(id, { phase: 'failed', message: messageOf(e) }, true);
    } finally {
      if (this.running === id) this.running = undefined;
      this.pump();
    }
  }

  /**
   * Parses the file in the worker and stages every batch in the background. Returns the number of batches.
   * `resend`: the preview exists already; only the records are sent again (no new errors or sample).
   */
  private stage(job: ImportJob, resend: boolean): Promise<number> {
    const id = job.id;
    this.runs.get(id)?.stop();
    const worker = this.makeWorker();
    if (!resend) this.patch(id, { phase: 'parsing', progress: 0, errors: [], fileErrors: [], warnings: [], stats: EMPTY_STATS, records: 0, batches: 0 }, true);
    else this.patch(id, { phase: 'committing', progress: 0 }, true);
    const live = () => this.runs.get(id)?.worker === worker && this.job(id)?.phase !== 'cancelled';

    return new Promise<number>((resolve, reject) => {
      let settled = false;
      const inFlight = new Set<Promise<unknown>>();
      const finish = () => {
        settled = true;
        worker.terminate();
        if (this.runs.get(id)?.worker === worker) this.runs.delete(id);
      };
      const fail = (e: unknown) => {
        if (settled) return;
        finish();
        reject(e);
      };
      this.runs.set(id, { worker, stop: () => fail(new Cancelled()) });
      worker.onerror = (e) => fail(new Error(e.message || 'The report parser stopped.'));
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        if (settled) return;
        if (!live()) { fail(new Cancelled()); return; }
        const m = e.data;
        switch (m.type) {
          case 'detected':
            if (!resend) this.patch(id, { kind: m.kind, encoding: m.encoding, marketplace: m.marketplace, guess: m.guess });
            break;
          case 'batch': {
            const p = sendRequest({
              type: 'imports/stage', importId: id, kind: m.kind, fileName: job.file.name, seq: m.seq, batch: m.json,
            }).then(() => {
              inFlight.delete(p);
              if (!live()) throw new Cancelled();
              worker.postMessage({ type: 'ack', seq: m.seq });
            }).catch(fail);
            inFlight.add(p);
            this.patch(id, (x) => resend ? { progress: m.progress } : {
              progress: m.progress, stats: m.stats, records: x.records + m.records,
              errors: m.errors.length ? x.errors.concat(m.errors) : x.errors,
            });
            break;
          }
          case 'errors':
            if (!resend) this.patch(id, (x) => ({ progress: m.progress, stats: m.stats, errors: x.errors.concat(m.errors) }));
            break;
          case 'done':
            void Promise.all(inFlight).then(() => {
              if (settled) return;
              finish();
              if (!resend) {
                this.patch(id, {
                  kind: m.kind, stats: m.stats, batches: m.batches, sample: m.sample, fileErrors: m.fileErrors, warnings: m.warnings,
                  errorsCsv: m.errorsCsv, needsMarketplace: m.needsMarketplace, progress: 1,
                }, true);
              }
              resolve(m.batches);
            });
            break;
          case 'failed':
            fail(new Error(m.message));
            break;
        }
      };
      const start: StartMessage = {
        type: 'start', file: job.file, kind: job.chosenKind, marketplace: job.marketplace, now: this.now().toISOString(),
        batchRecords: this.batchRecords, window: WINDOW, sampleRows: SAMPLE_ROWS,
      };
      worker.postMessage(start);
    });
  }
}
