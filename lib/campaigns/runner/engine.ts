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
import type { Campaign, Order, SendLogEntry } from '../../model';
import type { ContactRequest } from '../../seller-central/contact-buyer';
import { REVIEW_REQUEST_REASON } from '../../seller-central/contact-buyer';
import { marketplaceById } from '../../marketplaces';
import { attachmentProblem, attachmentProblemText } from '../../seller-central/attachment-limits';
import { localDay } from '../local-time';
import { planCampaigns } from '../plan';
import { isRetryable, isReviewKey, mayPick, testKey } from './keys';
import { loadPlanInputs } from './load';
import {
  applyEffect, applyResume, decideCheck, decideResolve, decideSend, isAskable, pruneDeferred, readyAt, type CheckDecision, type LogStep,
} from './machine';
import { isSendable, previewSend } from './preview';
import { selectDue, type WorkItem } from './select';
import type { Outcome, RunnerConfig, RunnerState, RunnerStatus } from './types';
import { holdLock } from './hold-lock';
import { readBackUnknown, type ReadBackPort } from './read-back';

/** Seller Central as the runner sees it (components/background/campaign-seller-central.ts in the extension). */
export interface SellerCentralPort extends ReadBackPort {
  /** the eligibility check (GET): sends nothing */
  check(orderId: string, marketplaceId: string): Promise<Outcome>;
  /** what a send needs that can fail without sending anything (a CSRF token); undefined when ready */
  prepare(orderId: string, marketplaceId: string): Promise<Outcome | undefined>;
  sendReviewRequest(orderId: string, marketplaceId: string): Promise<Outcome>;
  sendMessage(request: ContactRequest): Promise<Outcome>;
  /**
   * Request a Review through Amazon's own page (the fallback when the JSON answers in a way the adapter does not
   * read); Amazon accepts one request per order, so asking again after an unknown outcome cannot duplicate.
   */
  requestReviewByPage?(orderId: string, marketplaceId: string): Promise<Outcome>;
}

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
const UNKNOWN_AFTER_CRASH = 'interrupted: the extension stopped during this send (check the order on Seller Central)';

export function createEngine(deps: EngineDeps): Engine {
  const { repos, port, owner } = deps;
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxInlineWaitMs = deps.maxInlineWaitMs ?? 25_000;
  const tickBudgetMs = deps.tickBudgetMs ?? 4 * 60_000;
  const store = repos.campaignRunner;
  let running: Promise<TickReport> | undefined;
  let again = false;

  const changed = () => { try { deps.onChange?.(); } catch { /* a listener's failure is not the runner's */ } };

  /**
   * `sending` entries left by a dead worker -> unknown. Only called while holding the lock, between sends. Holiday
   * replies are the holiday runner's: it reads the conversation for them first (lib/holiday/runner.ts).
   */
  async function recover(): Promise<number> {
    const stuck = (await repos.sendLog.listByStage('sending')).filter((e) => e.kind !== 'holiday-reply');
    for (const e of stuck) await repos.sendLog.put({ ...e, stage: 'unknown', reason: UNKNOWN_AFTER_CRASH });
    return stuck.length;
  }

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
      report.recovered = await recover();
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
        const settled = await resolveUnknown(state, config);
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

      report.tests = await runTests(tests, inputs.ordersById);
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

        const waited = await waitUntilReady(state);
        if (waited !== 'ready') return { ...report, reason: 'waiting', nextAt: waited };
        if (!(await stillMine())) return { ...report, reason: 'lost-lock' };

        const result = await processItem(item, state, config, stillMine, inputs.ordersById);
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

  /**
   * Unknown review requests Amazon can settle (see the header): one GET each, throttled like any request.
   * `wait`: the time to come back when the throttle or a backoff is too long for this tick.
   */
  async function resolveUnknown(state0: RunnerState, config: RunnerConfig): Promise<{ state: RunnerState; changed: boolean; wait?: number }> {
    let state = state0;
    let touched = false;
    const open = (await repos.sendLog.listByStage('unknown')).filter((e) => e.kind === 'review-request' && isReviewKey(e.key) && isAskable(e.reason));
    for (const entry of open) {
      const { orderId, marketplaceId } = entry;
      if (!orderId || !marketplaceId) continue;
      const waited = await waitUntilReady(state);
      if (waited !== 'ready') return { state, changed: touched, wait: waited };
      let answer = await port.check(orderId, marketplaceId);
      let d = decideResolve(answer);
      if (d.tryPage && port.requestReviewByPage) {
        state = applyEffect(state, d.effect, now(), random, config, orderId, answer);
        await store.saveState(state);
        const again = await waitUntilReady(state);
        if (again !== 'ready') return { state, changed: touched, wait: again };
        answer = await port.requestReviewByPage(orderId, marketplaceId);
        d = decideResolve(answer.kind === 'eligible' ? { kind: 'unknown', detail: 'page: eligible' } : answer);
      }
      for (const step of d.log) await repos.sendLog.put({ ...entry, stage: step.stage, reason: step.reason });
      if (d.log.length) touched = true;
      state = applyEffect(state, d.effect, now(), random, config, orderId, answer);
      await store.saveState(state);
      if (state.stopped) break;
    }
    return { state, changed: touched };
  }

  /** 'ready', or the time to come back when the wait is too long for this tick. */
  async function waitUntilReady(state: RunnerState): Promise<'ready' | number> {
    const at = readyAt(state);
    const wait = at - now().getTime();
    if (wait <= 0) return 'ready';
    if (wait > maxInlineWaitMs) return at;
    await sleep(wait);
    return 'ready';
  }

  async function runTests(tests: readonly WorkItem[], ordersById: Map<string, Order>): Promise<number> {
    let n = 0;
    for (const item of tests) {
      const order = ordersById.get(item.entry.orderId);
      if (!order) continue;
      const stored = await repos.orders.get(order.orderId);
      const template = item.campaign.templateId ? await repos.templates.get(item.campaign.templateId) : undefined;
      const account = order.accountId ? await repos.db.accounts.get(order.accountId) : undefined;
      const p = previewSend(item.campaign, order, stored?.items ?? [], template, account);
      const at = now().toISOString();
      await repos.sendLog.put({
        key: testKey(item.campaign.id, order.orderId),
        kind: item.campaign.method === 'template-message' ? 'campaign-message' : 'review-request',
        orderId: order.orderId, marketplaceId: item.entry.marketplaceId, campaignId: item.campaign.id,
        ...(item.campaign.templateId ? { templateId: item.campaign.templateId } : {}),
        stage: 'test', reason: [p.verdict, ...p.notes].join(' '), ...(p.text ? { text: p.text } : {}),
        attempts: 0, createdAt: at, updatedAt: at,
      });
      n++;
    }
    return n;
  }

  interface ItemResult { state: RunnerState; sent: boolean; held?: boolean; lost?: boolean; retryLater?: boolean }

  async function processItem(
    item: WorkItem, state0: RunnerState, config: RunnerConfig, stillMine: () => Promise<boolean>,
    ordersById: Map<string, Order>,
  ): Promise<ItemResult> {
    let state = state0;
    const { orderId, marketplaceId } = item.entry;
    const campaign: Campaign = item.campaign;
    const channel = campaign.method === 'template-message' ? 'message' : 'review';
    const existing = await repos.sendLog.get(item.key);
    // picked from a snapshot: look again (another path may have written it since)
    if (!mayPick(existing, config.maxAttempts)) return { state, sent: false };

    const base = {
      key: item.key,
      kind: channel === 'review' ? 'review-request' as const : 'campaign-message' as const,
      orderId, marketplaceId, campaignId: campaign.id,
      ...(campaign.templateId && channel === 'message' ? { templateId: campaign.templateId } : {}),
      attempts: existing?.attempts ?? 0,
      // what the read-back of an earlier unknown outcome did (read-back.ts): kept across the resend
      ...(existing?.readBacks ? { readBacks: existing.readBacks } : {}),
      ...(existing?.resends ? { resends: existing.resends } : {}),
      createdAt: existing?.createdAt ?? now().toISOString(),
      updatedAt: now().toISOString(),
    };
    let stage = existing?.stage;
    const write = async (steps: readonly LogStep[], extra: Partial<SendLogEntry> = {}) => {
      for (const s of steps) {
        await repos.sendLog.put({ ...base, ...extra, stage: s.stage, ...(s.reason ? { reason: s.reason } : { reason: undefined }) });
        stage = s.stage;
      }
    };

    // the message text first: a message that cannot be rendered completely, or that breaks the rules, waits
    let text: string | undefined;
    let attachmentId: string | undefined;
    let subject = `Order ${orderId}`;
    if (channel === 'message') {
      const order = ordersById.get(orderId);
      const stored = order ? await repos.orders.get(orderId) : undefined;
      const template = campaign.templateId ? await repos.templates.get(campaign.templateId) : undefined;
      const account = order?.accountId ? await repos.db.accounts.get(order.accountId) : undefined;
      if (!order) return { state, sent: false, held: true };
      const p = previewSend(campaign, order, stored?.items ?? [], template, account);
      if (!isSendable(p)) return { state, sent: false, held: true };
      text = p.text;
      subject = p.subject;
      // the template's file goes with it, within Amazon's limits (a file Amazon would refuse holds the order)
      if (template?.attachmentId) {
        const file = await repos.db.attachments.get(template.attachmentId);
        const problem = file ? attachmentProblem(file) : undefined;
        if (!file || problem) {
          deps.warn?.(`campaign ${campaign.name}: ${problem ? attachmentProblemText(problem) : 'the template’s file is missing'}`);
          return { state, sent: false, held: true };
        }
        attachmentId = file.id;
      }
    }

    // 1. eligibility (also for messages: a review request already sent uses up the order's allowance)
    // an earlier attempt under this record may have gone out (its outcome was settled as "not sent", or a
    // seller said so): Amazon's "already sent" now means it did
    const earlier = existing?.stage === 'failed' && existing.reason === 'checked-not-sent' && channel === 'review';
    const confirmed: LogStep[] = [{ stage: 'sent', reason: 'confirmed-sent' }];
    const checked = await port.check(orderId, marketplaceId);
    // an answer the adapter cannot read: Amazon's own Request a Review page asks instead (no token needed)
    const byPage = channel === 'review' && checked.kind === 'unknown' && port.requestReviewByPage !== undefined;
    const c0: CheckDecision = byPage ? { proceed: true, log: [], effect: { kind: 'success' } } : decideCheck(checked);
    const c = earlier && checked.kind === 'already-sent' ? { ...c0, log: confirmed } : c0;
    await write(c.log);
    state = applyEffect(state, c.effect, now(), random, config, orderId, checked);
    await store.saveState(state);
    // refused or unanswered checks leave the order due: look again once the backoff / throttle allow
    if (!c.proceed || state.stopped) return { state, sent: false, retryLater: c.effect.kind === 'backoff' || c.effect.kind === 'error' };

    // 2. what the send needs (a CSRF token for the JSON request; a message and the page fallback go through the page),
    //    then the throttle gap
    const prep = channel === 'review' && !byPage ? await port.prepare(orderId, marketplaceId) : undefined;
    if (prep) {
      const p = decideCheck(prep);
      state = applyEffect(state, p.effect.kind === 'success' ? { kind: 'error', detail: `prepare: ${prep.detail ?? prep.kind}` } : p.effect, now(), random, config, orderId, prep);
      await store.saveState(state);
      return { state, sent: false, retryLater: true };
    }
    const ready = readyAt(state) - now().getTime();
    if (ready > 0) await sleep(ready);
    if ((await store.getControl()).paused) return { state, sent: false };
    if (!(await stillMine())) return { state, sent: false, lost: true };

    // 3. the entry says `sending` BEFORE anything goes out
    base.attempts += 1;
    await write([{ stage: 'sending' }], text !== undefined ? { text } : {});
    if (config.stageDelayMs) await sleep(config.stageDelayMs);

    // 4. the send
    let sent: Outcome;
    try {
      sent = byPage && port.requestReviewByPage ? await port.requestReviewByPage(orderId, marketplaceId)
        : channel === 'review' ? await port.sendReviewRequest(orderId, marketplaceId)
        : await port.sendMessage({ orderId, marketplaceId, reason: REVIEW_REQUEST_REASON, subject, text: text ?? '', ...(attachmentId ? { attachmentId } : {}) });
    } catch (e) {
      sent = { kind: 'unknown', detail: e instanceof Error ? e.message : String(e) };
    }
    if (config.stageDelayMs) await sleep(config.stageDelayMs);

    // 5. its outcome
    const d0 = decideSend(sent, channel);
    const d = earlier && sent.kind === 'already-sent' ? { ...d0, log: confirmed } : d0;
    await write(d.log, text !== undefined ? { text } : {});
    state = applyEffect(state, d.effect, now(), random, config, orderId, sent);
    await store.saveState(state);
    const last = d.log[d.log.length - 1];
    // a review request whose outcome is unknown is settled by asking Amazon on the next tick
    const askLater = channel === 'review' && last?.stage === 'unknown' && isAskable(last.reason);
    return { state, sent: stage === 'sent', retryLater: askLater || (last?.stage === 'failed' && isRetryable({ ...last, attempts: base.attempts, resends: base.resends }, config.maxAttempts)) };
  }

  return { tick, status };
}

/** Sends (sent, sending, unknown) today per marketplace, and per campaign + marketplace, by marketplace-local day. */
export async function sendsToday(repos: Repositories, at: Date): Promise<{ byMarketplace: Map<string, number>; byCampaign: Map<string, number> }> {
  const since = new Date(at.getTime() - 2 * 86_400_000).toISOString();
  const recent = await repos.db.sendLog.where('updatedAt').aboveOrEqual(since).toArray();
  const byMarketplace = new Map<string, number>();
  const byCampaign = new Map<string, number>();
  for (const e of recent) {
    if (!isReviewKey(e.key) || !(e.stage === 'sent' || e.stage === 'sending' || e.stage === 'unknown') || !e.marketplaceId) continue;
    const tz = marketplaceById(e.marketplaceId)?.timeZone ?? 'UTC';
    if (localDay(Date.parse(e.updatedAt), tz) !== localDay(at.getTime(), tz)) continue;
    byMarketplace.set(e.marketplaceId, (byMarketplace.get(e.marketplaceId) ?? 0) + 1);
    if (e.campaignId) {
      const k = `${e.campaignId}|${e.marketplaceId}`;
      byCampaign.set(k, (byCampaign.get(k) ?? 0) + 1);
    }
  }
  return { byMarketplace, byCampaign };
}

/** The runner's status as stored (any extension page or the background can read it). */
export async function runnerStatus(repos: Repositories, at: Date): Promise<RunnerStatus> {
  const store = repos.campaignRunner;
  const [settings, control, state, unknown, counts, lock] = await Promise.all([
    repos.settings.get('campaignsEnabled'), store.getControl(), store.getState(),
    repos.db.sendLog.where('stage').equals('unknown').count(), sendsToday(repos, at), store.getLock(),
  ]);
  const s = applyResume(state, control.resumedAt);
  const nowMs = at.getTime();
  const phase: RunnerStatus['phase'] = !settings ? 'off'
    : control.paused ? 'paused'
    : s.stopped ? 'stopped'
    : s.backoffUntil && Date.parse(s.backoffUntil) > nowMs ? 'backoff'
    : lock && lock.until > nowMs ? 'sending'
    : s.nextRequestAt && Date.parse(s.nextRequestAt) > nowMs ? 'waiting'
    : 'idle';
  return {
    phase,
    ...(s.stopped ? { stopped: s.stopped } : {}),
    ...(s.backoffUntil ? { backoffUntil: s.backoffUntil } : {}),
    ...(s.nextRequestAt ? { nextRequestAt: s.nextRequestAt } : {}),
    ...(s.lastTickAt ? { lastTickAt: s.lastTickAt } : {}),
    ...(s.lastActivity ? { lastActivity: s.lastActivity } : {}),
    consecutiveErrors: s.consecutiveErrors,
    sentToday: Object.fromEntries(counts.byMarketplace),
    needsLook: unknown,
  };
}
