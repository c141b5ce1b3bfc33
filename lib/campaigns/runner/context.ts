/**
 * What the campaign runner's steps share within a tick (the database, Seller Central, the clock), and waiting for the
 * stored throttle or backoff.
 */
import type { Repositories } from '../../db';
import { readyAt } from './machine';
import type { SellerCentralPort } from './port';
import type { RunnerState } from './types';

/** `P`: what the runner asks of Seller Central (the holiday auto-reply runs on the same rails with its own port). */
export interface RunContext<P = SellerCentralPort> {
  repos: Repositories;
  port: P;
  now: () => Date;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  /** a tick waits in-process at most this long for the throttle or a backoff; longer waits go to an alarm */
  maxInlineWaitMs: number;
  warn?: (message: string) => void;
}

/** 'ready', or the time to come back when the wait is too long for this tick. */
export async function waitUntilReady(ctx: RunContext<unknown>, state: RunnerState): Promise<'ready' | number> {
  const { now, sleep, maxInlineWaitMs } = ctx;
  const at = readyAt(state);
  const wait = at - now().getTime();
  if (wait <= 0) return 'ready';
  if (wait > maxInlineWaitMs) return at;
  await sleep(wait);
  return 'ready';
}
