/**
 * Sends what the inbox shows to the background (`threads/upsert`, one call per marketplace and at most
 * 1,000 threads per call), coalesced and only when something changed since the last send. The first send of a page
 * waits until the page is idle (at most FIRST_SEND_MAX_MS): storing a 500-case list while the page still renders it
 * had the worker and the database compete with the page for the CPU (about 45 ms of the page's main-thread time on
 * two cores, `npm run bench -- page-load-v3`). Leaving or hiding the page sends at once (the feature calls stop()).
 */
import type { ThreadInput } from '../../../lib/protocol/messages';
import { sendRequest } from '../../messaging';

const MAX_PER_CALL = 1000;
/** the longest the first send waits for an idle page */
export const FIRST_SEND_MAX_MS = 2000;

/** Runs `fn` once the page is idle (or after `maxMs`); returns a cancel. */
export type WhenIdle = (fn: () => void, maxMs: number) => () => void;

const pageIdle: WhenIdle = (fn, maxMs) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: maxMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
};

export interface ThreadBatch {
  accountId: string;
  /** the store name the page header shows */
  accountName?: string;
  marketplaceId: string;
  threads: ThreadInput[];
}

export function chunks<T>(items: readonly T[], size = MAX_PER_CALL): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One batch per account + marketplace; a later record of the same thread replaces an earlier one. */
export function merge(batches: readonly ThreadBatch[]): ThreadBatch[] {
  const out = new Map<string, Map<string, ThreadBatch['threads'][number]>>();
  const names = new Map<string, string>();
  for (const b of batches) {
    const key = `${b.accountId}|${b.marketplaceId}`;
    if (b.accountName) names.set(b.accountId, b.accountName);
    let threads = out.get(key);
    if (!threads) out.set(key, (threads = new Map()));
    for (const t of b.threads) threads.set(t.threadId, t);
  }
  return [...out].map(([key, threads]) => {
    const [accountId = '', marketplaceId = ''] = key.split('|');
    const accountName = names.get(accountId);
    return { accountId, marketplaceId, ...(accountName ? { accountName } : {}), threads: [...threads.values()] };
  });
}

export class ThreadSync {
  private last = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: (() => ThreadBatch[]) | undefined;
  private started = false;
  /** cancels the wait for the first send */
  private cancelFirst: (() => void) | undefined;

  constructor(
    private readonly onError: (error: unknown) => void,
    private readonly delayMs = 250,
    private readonly whenIdle: WhenIdle = pageIdle,
  ) {}

  /**
   * Schedules a send of these batches (the latest call wins; what is pending is sent together). The first one goes
   * when the page is idle, later ones `delayMs` after the change (off the page's update path).
   */
  schedule(batches: ThreadBatch[] | (() => ThreadBatch[])): void {
    const make = typeof batches === 'function' ? batches : () => batches;
    const before = this.pending;
    this.pending = before ? () => merge([...before(), ...make()]) : make;
    if (!this.started) {
      this.started = true;
      this.cancelFirst = this.whenIdle(() => this.flush(), FIRST_SEND_MAX_MS);
      return;
    }
    if (this.timer !== undefined || this.cancelFirst) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.cancelFirst?.();
    this.cancelFirst = undefined;
    const make = this.pending;
    this.pending = undefined;
    if (make) this.send(make()).catch(this.onError);
  }

  async send(batches: ThreadBatch[]): Promise<void> {
    const signature = JSON.stringify(batches);
    if (signature === this.last) return;
    for (const b of batches) {
      for (const threads of chunks(b.threads)) {
        await sendRequest({ type: 'threads/upsert', accountId: b.accountId, marketplaceId: b.marketplaceId, ...(b.accountName ? { accountName: b.accountName } : {}), threads });
      }
    }
    this.last = signature;
  }

  /** Sends what is pending now (the page is left or hidden, the feature stops: a quick navigation must not lose it). */
  stop(): void {
    this.flush();
  }
}

/** The page left or hidden: what waits is sent at once (until `signal` ends). */
export function sendWhenLeft(sync: ThreadSync, signal: AbortSignal, win: Window = window): void {
  win.addEventListener('pagehide', () => sync.stop(), { signal });
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') sync.stop();
  }, { signal });
}
