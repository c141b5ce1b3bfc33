/**
 * The campaign runner: executes the plan (lib/campaigns/plan.ts) one request at a time, by the rules of
 * lib/campaigns/runner/machine.ts. Free of browser APIs: the background wires it to alarms and to fetch
 * (components/background/campaign-runner.ts); tests give it fakes.
 *
 * Never twice, nothing lost:
 * - One worker at a time holds the lock (a lease in the database, renewed by a heartbeat); a worker that
 *   died stops renewing and the next one takes over when the lease ends.
 * - For each order: the eligibility check (GET) first; then the send-log entry `review|<orderId>` is
 *   written `sending` BEFORE the send goes out, and its outcome after. An entry still `sending` when a
 *   tick starts (under the lock) belongs to a worker that died mid-send: it becomes `unknown`. A review
 *   request's unknown outcome (that, or a send without an answer) is then settled by asking Amazon (the GET
 *   answers "already sent" -> sent; eligible -> not sent, sent once more under the same record; an answer that
 *   cannot be read -> the Request a Review page, which Amazon also guards once per order). Only what Amazon's
 *   own answer leaves open stays "needs a look". A message's unknown outcome is read back in the buyer's
 *   conversation (read-back.ts): found -> sent; not there -> sent again under the same record, at most MAX_RESENDS.
 * - Throttle (random gap), backoff and stop state are stored, so a restarted worker honours them.
 */
import type { Repositories } from '../../db';
import type { SendLogEntry } from '../../model';
import { planCampaigns } from '../plan';
import { waitUntilReady, type RunContext } from './context';
import { holdLock } from './hold-lock';
import { testKey } from './keys';
import { loadPlanInputs } from './load';
import { applyEffect, applyResume, decideCheck, pruneDeferred, readyAt } from './machine';
import type { SellerCentralPort } from './port';
import { readBackUnknown } from './read-back';
import { selectDue } from './select';
import { processItem } from './send-item';
import { recoverInterrupted, resolveUnknown } from './settle-unknown';
import { runnerStatus, sendsToday } from './status';
import { runTests } from './test-sends';
import type { RunnerState, RunnerStatus } from './types';

export interface EngineDeps {
  repos: Repositories;
  port: SellerCentralPort;
  /** this worker instance (a random id per service-worker start) */
  owner: string;
  now?: () => Date;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** lock lease and heartbeat */
  leaseMs?: number;
  heartbeatMs?: number;
  /** a tick waits in-process at most this long for the throttle or a backoff; longer waits go to an alarm */
  maxInlineWaitMs?: number;
  /** a tick stops starting new sends after this long (the next tick continues) */
  tickBudgetMs?: number;
  /** the status may have changed (popup, options page, badge) */
  onChange?: () => void;
  warn?: (message: string) => void;
}

export interface TickReport {
  ran: boolean;
  reason: 'locked' | 'off' | 'paused' | 'stopped' | 'done' | 'budget' | 'waiting' | 'lost-lock' | 'error';
  sent: number;
  tests: number;
  recovered: number;
  /** when the runner wants to run again (ms since epoch), if it has due work left */
  nextAt?: number;
}

export interface Engine {
  /** Runs due work (one tick at a time per worker; concurrent calls share the running tick). */
  tick(): Promise<TickReport>;
  status(): Promise<RunnerStatus>;
}

export const DEFAULT_LEASE_MS = 10_000;

export function createEngine(deps: EngineDeps): Engine {
  const { repos, port, owner } = deps;
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxInlineWaitMs = deps.maxInlineWaitMs ?? 25_000;
  const tickBudgetMs = deps.tickBudgetMs ?? 4 * 60_000;
  const store = repos.campaignRunner;
  const ctx: RunContext = { repos, port, now, random, sleep, maxInlineWaitMs, ...(deps.warn ? { warn: deps.warn } : {}) };
  let running: Promise<TickReport> | undefined;
  let again = false;

  const changed = () => { try { deps.onChange?.(); } catch { /* a listener's failure is not the runner's */ } };

  async function loadState(): Promise<RunnerState> {
    const [state, control] = await Promise.all([store.getState(), store.getControl()]);
    return pruneDeferred(applyResume(state, control.resumedAt), now());
  }

  const status = (): Promise<RunnerStatus> => runnerStatus(repos, now());
  const countsToday = (at: Date) => sendsToday(repos, at);

  /** A tick asked for while one runs (a saved campaign, Run now) runs again right after it, with fresh data. */
  function tick(): Promise<TickReport> {
    if (running) { again = true; return running; }
    running = (async () => {
      let report: TickReport;
      do { again = false; report = await runTick(); } while (again && report.reason !== 'locked');
      return report;
    })().finally(() => { running = undefined; });
    return running;
  }

  async function runTick(): Promise<TickReport> {
    const report: TickReport = { ran: false, reason: 'done', sent: 0, tests: 0, recovered: 0 };
    // the lease: the engine's own (tests) or the stored config's (how long a dead worker's lock blocks the next)
    const leaseMs = deps.leaseMs ?? (await store.getConfig()).leaseMs ?? DEFAULT_LEASE_MS;
    const attempt = await holdLock(store, owner, now, leaseMs, deps.heartbeatMs);
    if (!attempt.held) return { ...report, reason: 'locked', nextAt: attempt.lockedUntil + 100 };
    const lock = attempt.held;
    const stillMine = (): Promise<boolean> => lock.stillMine();
    try {
      report.ran = true;
      report.recovered = await recoverInterrupted(repos);
      if (report.recovered) changed();
      if (!(await repos.settings.get('campaignsEnabled'))) return { ...report, reason: 'off' };
      const config = await store.getConfig();
      let state = await loadState();
      // unknown outcomes of messages: read the buyer's conversation before anything is sent again (read-back.ts)
      if (!state.stopped && !(await store.getControl()).paused) {
        const rb = await readBackUnknown(repos, port, stillMine);
        if (rb.resolved || rb.resend) changed();
        if (rb.stop) state = applyEffect(state, decideCheck(rb.stop).effect, now(), random, config, undefined, rb.stop);
      }
      state.lastTickAt = now().toISOString();
      await store.saveState(state);

      // unknown review requests first: what Amazon settles as not sent is picked again below
      if (!(await store.getControl()).paused && !state.stopped) {
        const settled = await resolveUnknown(ctx, state, config);
        state = settled.state;
        if (settled.changed) changed();
        if (settled.wait !== undefined) return { ...report, reason: 'waiting', nextAt: settled.wait };
      }

      const campaigns = await repos.campaigns.list();
      const active = campaigns.filter((c) => c.enabled);
      if (!active.length) return report;
      const inputs = await loadPlanInputs(repos, active, now());
      const plan = planCampaigns(inputs.orders, active, inputs.facts, now());
      const keys = plan.flatMap((e) => [`review|${e.orderId}`, testKey(e.campaignId, e.orderId)]);
      const logRows = await repos.db.sendLog.bulkGet(keys);
      const log = new Map<string, SendLogEntry>();
      for (const r of logRows) if (r) log.set(r.key, r);
      const byId = new Map(campaigns.map((c) => [c.id, c]));
      const { work, tests } = selectDue(plan, byId, log, state, config.maxAttempts, now());

      report.tests = await runTests(ctx, tests, inputs.ordersById);
      if (report.tests) changed();

      const control = await store.getControl();
      if (control.paused) return { ...report, reason: 'paused' };
      if (state.stopped) return { ...report, reason: 'stopped' };

      const started = now().getTime();
      const heldOrders = new Set<string>();
      let retryLater = false;
      for (const item of work) {
        if (now().getTime() - started > tickBudgetMs) return { ...report, reason: 'budget', nextAt: now().getTime() + 1_000 };
        if ((await store.getControl()).paused) return { ...report, reason: 'paused' };
        if (heldOrders.has(item.entry.orderId)) continue;
        const counts = await countsToday(now());
        const mp = item.entry.marketplaceId;
        if (config.dailyCapPerMarketplace > 0 && (counts.byMarketplace.get(mp) ?? 0) >= config.dailyCapPerMarketplace) continue;
        if (item.campaign.dailyCap > 0 && (counts.byCampaign.get(`${item.campaign.id}|${mp}`) ?? 0) >= item.campaign.dailyCap) continue;

        const waited = await waitUntilReady(ctx, state);
        if (waited !== 'ready') return { ...report, reason: 'waiting', nextAt: waited };
        if (!(await stillMine())) return { ...report, reason: 'lost-lock' };

        const result = await processItem(ctx, item, state, config, stillMine, inputs.ordersById);
        state = result.state;
        if (result.sent) report.sent++;
        if (result.held) heldOrders.add(item.entry.orderId);
        if (result.retryLater) retryLater = true;
        changed();
        if (result.lost) return { ...report, reason: 'lost-lock' };
        if (state.stopped) return { ...report, reason: 'stopped' };
      }
      // a refused send (429, 5xx...) is tried again as soon as the throttle and backoff allow;
      // other work that comes due later is found by the background's periodic alarm
      return retryLater ? { ...report, nextAt: Math.max(readyAt(state), now().getTime() + 500) } : report;
    } catch (e) {
      deps.warn?.(`campaign runner: ${e instanceof Error ? e.message : String(e)}`);
      return { ...report, reason: 'error', nextAt: now().getTime() + 60_000 };
    } finally {
      await lock.release();
    }
  }

  return { tick, status };
}

