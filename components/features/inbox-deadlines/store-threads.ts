/**
 * Sends what the inbox shows to the background (`threads/upsert`, one call per marketplace and at most
 * 1,000 threads per call), coalesced and only when something changed since the last send.
 */
import type { ThreadInput } from '../../../lib/protocol/messages';
import { sendRequest } from '../../messaging';

const MAX_PER_CALL = 1000;

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

  constructor(
    private readonly onError: (error: unknown) => void,
    private readonly delayMs = 250,
  ) {}

  /**
   * Schedules a send of these batches (the latest call wins). The first one goes at once: the seller
   * may leave the page right after it showed (a page load does not wait for timers).
   */
  schedule(batches: ThreadBatch[] | (() => ThreadBatch[])): void {
    const make = typeof batches === 'function' ? batches : () => batches;
    if (!this.started) {
      this.started = true;
      this.send(make()).catch(this.onError);
      return;
    }
    // later changes are built and sent together, after the change (off the page's update path)
    const before = this.pending;
    this.pending = before ? () => merge([...before(), ...make()]) : make;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
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

  /** Stops the timer; what is still pending is sent now (a quick navigation must not lose it). */
  stop(): void {
    this.flush();
  }
}
