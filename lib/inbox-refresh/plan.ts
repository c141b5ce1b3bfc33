/**
 * Pure planning of a background inbox refresh: whether a run may start (on, not running, not stopped, not
 * backing off), which account is signed in, which of its marketplaces are due (seen, not shown by an open
 * tab, not refreshed within the interval; oldest first, capped), on which host; and the state changes the
 * run's outcomes make (stop, back off, per-marketplace result).
 */
import type { Account } from '../model';
import { marketplaceById, type Region } from '../marketplaces';
import { refreshKey, type MarketplaceRefresh, type RefreshLimits, type RefreshState, type StopReason, type TabView } from './types';

export interface RefreshTarget {
  accountId: string;
  marketplaceId: string;
  host: string;
}

export type SkipReason = 'disabled' | 'busy' | 'stopped' | 'backoff' | 'no-account' | 'nothing-due';
export type RefreshPlan = { kind: 'skip'; reason: SkipReason } | { kind: 'run'; accountId: string; targets: RefreshTarget[] };

export interface PlanInput {
  enabled: boolean;
  minutes: number;
  accounts: readonly Account[];
  /** open Seller Central tabs, as last reported */
  tabs: readonly TabView[];
  state: RefreshState;
  now: Date;
  limits: Pick<RefreshLimits, 'maxRequestsPerRun' | 'lockMs'>;
}

/** an alarm may fire a little early or late: a marketplace is due this much before its interval is over */
const DUE_SLACK_MS = 60_000;

const ms = (iso: string | undefined): number => (iso ? Date.parse(iso) : NaN);

export const isLocked = (state: RefreshState, now: Date, lockMs: number): boolean => {
  const since = ms(state.runningSince);
  return Number.isFinite(since) && now.getTime() - since < lockMs;
};

export const inBackoff = (state: RefreshState, now: Date): boolean => {
  const until = ms(state.backoff?.until);
  return Number.isFinite(until) && now.getTime() < until;
};

/**
 * The signed-in account: the one an open Seller Central tab reported last (that tab is in the session), else
 * the account seen most recently. Undefined when nothing was seen.
 */
export function signedInAccount(accounts: readonly Account[], tabs: readonly TabView[]): Account | undefined {
  const tab = [...tabs].sort((a, b) => ms(b.at) - ms(a.at))[0];
  if (tab) return accounts.find((a) => a.id === tab.accountId) ?? { id: tab.accountId, marketplaceIds: [tab.marketplaceId], lastSeenAt: tab.at };
  return [...accounts].sort((a, b) => ms(b.lastSeenAt) - ms(a.lastSeenAt))[0];
}

const regionOf = (marketplaceId: string): Region | undefined => marketplaceById(marketplaceId)?.region;

/** The Seller Central host for a marketplace: the host an open tab of its region uses, else the marketplace's own. */
export function hostFor(marketplaceId: string, tabs: readonly TabView[]): string | undefined {
  const mp = marketplaceById(marketplaceId);
  if (!mp) return undefined;
  const tab = [...tabs].sort((a, b) => ms(b.at) - ms(a.at)).find((t) => regionOf(t.marketplaceId) === mp.region);
  return tab?.host ?? mp.sellerCentralHost;
}

export function planRun(input: PlanInput): RefreshPlan {
  const { state, now } = input;
  if (!input.enabled) return { kind: 'skip', reason: 'disabled' };
  if (isLocked(state, now, input.limits.lockMs)) return { kind: 'skip', reason: 'busy' };
  if (state.stop) return { kind: 'skip', reason: 'stopped' };
  if (inBackoff(state, now)) return { kind: 'skip', reason: 'backoff' };
  const account = signedInAccount(input.accounts, input.tabs);
  if (!account) return { kind: 'skip', reason: 'no-account' };
  const shown = new Set(input.tabs.filter((t) => t.accountId === account.id).map((t) => t.marketplaceId));
  const intervalMs = Math.max(1, input.minutes) * 60_000 - DUE_SLACK_MS;
  const due = account.marketplaceIds
    .filter((id) => !shown.has(id) && marketplaceById(id))
    .map((id) => ({ id, last: ms(state.marketplaces[refreshKey(account.id, id)]?.lastAt) }))
    .filter(({ last }) => !Number.isFinite(last) || now.getTime() - last >= intervalMs)
    // never refreshed first, then the longest ago; ties in the account's order
    .sort((a, b) => (Number.isFinite(a.last) ? a.last : -Infinity) - (Number.isFinite(b.last) ? b.last : -Infinity));
  const targets: RefreshTarget[] = [];
  for (const { id } of due.slice(0, Math.max(0, input.limits.maxRequestsPerRun))) {
    const host = hostFor(id, input.tabs);
    if (host) targets.push({ accountId: account.id, marketplaceId: id, host });
  }
  return targets.length ? { kind: 'run', accountId: account.id, targets } : { kind: 'skip', reason: 'nothing-due' };
}

/** A Seller Central tab reported after the stop: the seller is signed in again, the stop is lifted. */
export function liftStopIfSessionSeen(state: RefreshState, tabs: readonly TabView[]): RefreshState {
  const stopAt = ms(state.stop?.at);
  if (!state.stop || !tabs.some((t) => ms(t.at) > stopAt)) return state;
  const { stop: _lifted, ...rest } = state;
  return rest;
}

export const withLock = (state: RefreshState, now: Date): RefreshState => ({ ...state, runningSince: now.toISOString() });

export function withoutLock(state: RefreshState): RefreshState {
  const { runningSince: _done, ...rest } = state;
  return rest;
}

export const withStop = (
  state: RefreshState, now: Date, reason: StopReason, detail: string, target: Pick<RefreshTarget, 'host' | 'marketplaceId'>,
): RefreshState => ({ ...state, stop: { reason, at: now.toISOString(), detail, host: target.host, marketplaceId: target.marketplaceId } });

/** The next wait: Retry-After when longer, else base × 2^(failures − 1), capped. */
export function withBackoff(
  state: RefreshState, now: Date, detail: string, limits: Pick<RefreshLimits, 'backoffBaseMs' | 'backoffMaxMs'>, retryAfterMs?: number,
): RefreshState {
  const failures = (state.backoff?.failures ?? 0) + 1;
  const wait = Math.min(limits.backoffMaxMs, Math.max(retryAfterMs ?? 0, limits.backoffBaseMs * 2 ** (failures - 1)));
  return { ...state, backoff: { until: new Date(now.getTime() + wait).toISOString(), failures, detail } };
}

export function withoutBackoff(state: RefreshState): RefreshState {
  const { backoff: _cleared, ...rest } = state;
  return rest;
}

export const withMarketplace = (state: RefreshState, accountId: string, marketplaceId: string, r: MarketplaceRefresh): RefreshState =>
  ({ ...state, marketplaces: { ...state.marketplaces, [refreshKey(accountId, marketplaceId)]: r } });
