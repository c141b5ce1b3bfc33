/** Background inbox refresh: the state it keeps between runs, what the status message returns, the limits. */

export type StopReason = 'signed-out' | 'captcha' | 'forbidden' | 'wrong-marketplace';

export interface MarketplaceRefresh {
  /** when this account + marketplace was last asked (whatever came back) */
  lastAt: string;
  /** ok: every page read; partial: the page cap was reached; bad-response / error: nothing (more) stored */
  result: 'ok' | 'partial' | 'bad-response' | 'error';
  /** threads stored in that refresh */
  stored?: number;
  /** threads the list said it had */
  total?: number;
  detail?: string;
}

export interface RefreshState {
  /** set while a run is in progress (a lock that expires: a worker stopped mid-run does not block forever) */
  runningSince?: string;
  lastRunAt?: string;
  /** one line about the last run (for the status) */
  lastRunSummary?: string;
  /** the session needs the seller (sign in, captcha) or the site does not honour the request: no run until cleared */
  stop?: { reason: StopReason; at: string; detail: string; host: string; marketplaceId: string };
  /** 429 / 5xx / network: no run before `until`; `failures` in a row make the wait longer */
  backoff?: { until: string; failures: number; detail: string };
  /** by `${accountId}|${marketplaceId}` */
  marketplaces: Record<string, MarketplaceRefresh>;
}

/** What an open Seller Central tab showed last (its content script's `threads/upsert`). */
export interface TabView {
  tabId: number;
  accountId: string;
  marketplaceId: string;
  host: string;
  at: string;
}

export interface RefreshLimits {
  /** wait between two requests of a run */
  gapMs: number;
  /** requests per run, all marketplaces together */
  maxRequestsPerRun: number;
  /** pages of the "Response needed" list per marketplace */
  maxPagesPerMarketplace: number;
  pageSize: number;
  /** a run lock older than this is stale */
  lockMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** per request */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<RefreshLimits> = Object.freeze({
  gapMs: 3_000,
  maxRequestsPerRun: 12,
  maxPagesPerMarketplace: 3,
  pageSize: 50,
  lockMs: 10 * 60_000,
  backoffBaseMs: 5 * 60_000,
  backoffMaxMs: 2 * 60 * 60_000,
  timeoutMs: 20_000,
});

export interface InboxRefreshStatus {
  /** false when the background has not registered the refresh (unit tests) */
  available: boolean;
  enabled: boolean;
  minutes: number;
  running: boolean;
  state: RefreshState;
}

export const emptyState = (): RefreshState => ({ marketplaces: {} });

export const refreshKey = (accountId: string, marketplaceId: string): string => `${accountId}|${marketplaceId}`;
