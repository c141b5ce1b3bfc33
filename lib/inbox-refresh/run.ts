/**
 * One refresh run over planned targets, with the outside world injected (the background passes `fetch`
 * and the `threads/upsert` handler; tests pass fakes): one request at a time with a gap between requests,
 * a request cap per run, the first pages of each marketplace's "Response needed" list. A sign-in /
 * captcha / 401 / 403 answer (or an answer of the wrong marketplace) stops the run and records a stop;
 * 429 / 5xx / no answer stops it and records a back-off. Returns the new state; never throws for an answer.
 */
import { classifyInboxAnswer, hasMorePages, inboxApiHeaders, inboxApiUrl, pageThreads } from '../seller-central/inbox-api';
import type { HttpAnswer } from '../seller-central/solicitations';
import type { ThreadInput } from '../protocol/messages';
import { withBackoff, withMarketplace, withoutBackoff, withStop, type RefreshTarget } from './plan';
import type { MarketplaceRefresh, RefreshLimits, RefreshState } from './types';

export interface RefreshPorts {
  /** one GET; a transport failure (network, timeout) as `{ error }` */
  get(url: string, headers: Record<string, string>): Promise<HttpAnswer | { error: string }>;
  /** stores one marketplace's threads the way `threads/upsert` does */
  store(accountId: string, marketplaceId: string, threads: ThreadInput[]): Promise<{ stored: number }>;
  sleep(ms: number): Promise<void>;
  now(): Date;
}

export interface RunReport {
  state: RefreshState;
  requests: number;
  stored: number;
  /** how the run ended */
  ended: 'done' | 'cap' | 'stopped' | 'backoff';
  summary: string;
}

const STORE_CHUNK = 1000;

export async function runRefresh(
  targets: readonly RefreshTarget[], initial: RefreshState, ports: RefreshPorts, limits: RefreshLimits,
): Promise<RunReport> {
  let state = initial;
  let requests = 0;
  let stored = 0;
  const finish = (ended: RunReport['ended'], note?: string): RunReport => {
    const summary = [`${requests} request${requests === 1 ? '' : 's'}`, `${stored} thread${stored === 1 ? '' : 's'} stored`, ...(note ? [note] : [])].join(', ');
    return { state: { ...state, lastRunAt: ports.now().toISOString(), lastRunSummary: summary }, requests, stored, ended, summary };
  };

  for (const target of targets) {
    let result: MarketplaceRefresh | undefined;
    let mpStored = 0;
    for (let page = 1; page <= limits.maxPagesPerMarketplace; page++) {
      if (requests >= limits.maxRequestsPerRun) {
        // a marketplace not asked at all keeps its old time: it is among the first of the next run
        if (page > 1) result = { lastAt: ports.now().toISOString(), result: 'partial', stored: mpStored, detail: 'request cap of the run reached' };
        break;
      }
      if (requests > 0) await ports.sleep(limits.gapMs);
      requests++;
      const url = inboxApiUrl(target.host, { marketplaceId: target.marketplaceId, page, pageSize: limits.pageSize, filter: 'RESPONSE_NEEDED' });
      const answer = await ports.get(url, inboxApiHeaders());
      if ('error' in answer) {
        state = withBackoff(state, ports.now(), `${target.host}: ${answer.error}`, limits);
        return finish('backoff', `no answer from ${target.host}`);
      }
      const outcome = classifyInboxAnswer(answer, ports.now().getTime());
      if (outcome.kind === 'stop') {
        state = withStop(state, ports.now(), outcome.reason, outcome.detail, target);
        return finish('stopped', `stopped: ${outcome.reason}`);
      }
      if (outcome.kind === 'backoff') {
        state = withBackoff(state, ports.now(), `${target.host}: ${outcome.detail}`, limits, outcome.retryAfterMs);
        return finish('backoff', `backing off: ${outcome.detail}`);
      }
      if (outcome.kind === 'bad') {
        result = { lastAt: ports.now().toISOString(), result: 'bad-response', stored: mpStored, detail: outcome.detail };
        break;
      }
      const { threads, foreign } = pageThreads(outcome.page, target.marketplaceId);
      if (foreign > 0) {
        // the marketplace parameter was ignored: storing these under the asked marketplace would be wrong
        state = withStop(state, ports.now(), 'wrong-marketplace',
          `${foreign} thread(s) of another marketplace in the answer for ${target.marketplaceId}`, target);
        return finish('stopped', 'stopped: wrong-marketplace');
      }
      try {
        for (let i = 0; i < threads.length; i += STORE_CHUNK) {
          mpStored += (await ports.store(target.accountId, target.marketplaceId, threads.slice(i, i + STORE_CHUNK))).stored;
        }
      } catch (e) {
        result = { lastAt: ports.now().toISOString(), result: 'error', stored: mpStored, detail: `could not store: ${e instanceof Error ? e.message : String(e)}` };
        break;
      }
      const more = hasMorePages(outcome.page);
      if (!more || page === limits.maxPagesPerMarketplace) {
        result = { lastAt: ports.now().toISOString(), result: more ? 'partial' : 'ok', stored: mpStored, total: outcome.page.total };
        break;
      }
    }
    stored += mpStored;
    if (result) state = withMarketplace(state, target.accountId, target.marketplaceId, result);
    if (!result || result.detail === 'request cap of the run reached') {
      state = withoutBackoff(state);
      return finish('cap', 'request cap reached');
    }
  }
  state = withoutBackoff(state);
  return finish('done');
}
