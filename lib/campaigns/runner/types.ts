/**
 * Types of the campaign runner: its persisted state, its configuration, and the outcomes of the calls it
 * makes to Seller Central. Pure data (structured-clone safe), stored in the `meta` table.
 */
import * as v from 'valibot';

/** What one call to Seller Central came to (adapters' outcomes plus transport failures). */
export type OutcomeKind =
  | 'eligible' | 'sent' | 'already-sent' | 'outside-window' | 'not-found' | 'ineligible' | 'rejected'
  | 'rate-limited' | 'server-error' | 'signed-out' | 'captcha' | 'csrf-invalid'
  /** a page the extension works through did not show what it needs (nothing was clicked): the finding in detail */
  | 'unrecognised-page'
  /** no answer in time: the request may or may not have been acted on */
  | 'timeout'
  /** fetch failed (offline, DNS, blocked): when it happens on a send we cannot know either */
  | 'network-error'
  | 'unknown';

export interface Outcome { kind: OutcomeKind; detail?: string; retryAfterMs?: number }

export type StopReason = 'signed-out' | 'captcha' | 'errors' | 'rate-limited' | 'unrecognised-page';

export interface RunnerState {
  /** set when the runner stopped itself; only the seller's Resume clears it */
  stopped?: { reason: StopReason; detail: string; at: string };
  consecutiveErrors: number;
  consecutiveBackoffs: number;
  /** throttle: no request before this time */
  nextRequestAt?: string;
  /** 429 / 5xx: no request before this time */
  backoffUntil?: string;
  /** orders Seller Central did not know in this session (another account signed in?): not before `until` */
  deferred: Record<string, string>;
  lastTickAt?: string;
  lastActivity?: { at: string; orderId?: string; outcome: OutcomeKind; detail?: string };
}

export const INITIAL_STATE: RunnerState = { consecutiveErrors: 0, consecutiveBackoffs: 0, deferred: {} };

/** The seller's controls (written by the options page only, so the runner never overwrites them). */
export interface RunnerControl {
  paused: boolean;
  /** a Resume after a stop: clears a stop that happened before this time */
  resumedAt?: string;
}
export const INITIAL_CONTROL: RunnerControl = { paused: false };

const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const RunnerConfigSchema = v.object({
  /** throttle: a random gap between two requests */
  minGapMs: int(0, 600_000),
  maxGapMs: int(0, 600_000),
  /** review requests + campaign messages per marketplace and marketplace-local day */
  dailyCapPerMarketplace: int(0, 100_000),
  /** backoff: first delay (doubles each time, with jitter), ceiling, and how many in a row before stopping */
  backoffBaseMs: int(100, 3_600_000),
  backoffMaxMs: int(1_000, 6 * 3_600_000),
  maxBackoffs: int(1, 50),
  /** a request without an answer in this time is abandoned (on a send: outcome unknown) */
  requestTimeoutMs: int(1_000, 300_000),
  /** a failed send (refused by Seller Central, nothing went out) is tried again up to this many times */
  maxAttempts: int(1, 10),
  /** how long an order Seller Central did not find is left alone */
  deferMs: int(0, 7 * 86_400_000),
  /** test hook for the fault tests: a pause after writing `sending` and after the send's answer */
  stageDelayMs: int(0, 10_000),
  /** the runner's lock lease: a worker that died blocks the next one at most this long */
  leaseMs: int(1_000, 120_000),
});
export type RunnerConfig = v.InferOutput<typeof RunnerConfigSchema>;
export const RunnerConfigPatchSchema = v.partial(RunnerConfigSchema);

export const DEFAULT_CONFIG: Readonly<RunnerConfig> = Object.freeze({
  minGapMs: 3_000,
  maxGapMs: 6_000,
  dailyCapPerMarketplace: 300,
  backoffBaseMs: 2_000,
  backoffMaxMs: 15 * 60_000,
  maxBackoffs: 6,
  requestTimeoutMs: 30_000,
  maxAttempts: 3,
  deferMs: 6 * 3_600_000,
  stageDelayMs: 0,
  leaseMs: 10_000,
});

/** The stored config when valid, else defaults (field by field). */
export function configOrDefault(stored: unknown): RunnerConfig {
  const out: Record<string, unknown> = { ...DEFAULT_CONFIG };
  if (stored && typeof stored === 'object') {
    for (const [k, schema] of Object.entries(RunnerConfigSchema.entries)) {
      const r = v.safeParse(schema, (stored as Record<string, unknown>)[k]);
      if (r.success) out[k] = r.output;
    }
  }
  const cfg = out as RunnerConfig;
  if (cfg.maxGapMs < cfg.minGapMs) cfg.maxGapMs = cfg.minGapMs;
  return cfg;
}

/** What the popup and the options page show. */
export type RunnerPhase = 'off' | 'paused' | 'stopped' | 'backoff' | 'waiting' | 'sending' | 'idle';
export interface RunnerStatus {
  phase: RunnerPhase;
  stopped?: RunnerState['stopped'];
  backoffUntil?: string;
  nextRequestAt?: string;
  lastTickAt?: string;
  lastActivity?: RunnerState['lastActivity'];
  consecutiveErrors: number;
  /** sends (sent + sending + unknown) today per marketplace id */
  sentToday: Record<string, number>;
  /** entries that need the seller's look (outcome unknown) */
  needsLook: number;
}
