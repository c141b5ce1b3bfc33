/**
 * The holiday auto-reply runner: one tick sends the due replies (lib/holiday/select.ts) one at a time,
 * on the campaign runner's rails (free of browser APIs; components/background/holiday-runner.ts wires it):
 * - the same lock (lease in the database) as the campaign runner, so the two never send at once;
 * - the same stored throttle, backoff and stop state (a sign-in page or captcha stops both; Resume on the
 *   Campaigns page clears it);
 * - the send-log entry `holiday-reply|<threadKey>` is written `sending` BEFORE the page's Send is clicked and its
 *   outcome after; an outcome that is not confirmed is `unknown` ("needs a look"), never retried by the runner;
 * - an entry left `sending` by a dead worker is settled by the conversation itself: the reply is asked for once more
 *   under the same record with `since` = the record's creation, and the page sends it only when the text is not among
 *   the seller's messages since then (found: `sent`, nothing typed; clearly absent: sent now; the case cannot be
 *   read: the outcome as for any send, `unknown` when it cannot tell).
 * A buyer on the seller's blacklist gets no auto-reply (lib/buyers/blacklist-match.ts, the campaigns' matching, by the
 * thread's buyer id, name and order ids and its stored orders' buyer id, relay e-mail and name): `skipped`, reason
 * `blacklisted`; a reply left `sending` for a buyer blacklisted since is only looked for, never sent.
 * The text is the template for the thread's marketplace (or the one for all), in the buyer's marketplace
 * language (pickBody), policy-checked as a reply: a blocked or incomplete text is `skipped` with the reason.
 */
import type { Repositories } from '../db';
import type { SendLogEntry, Thread } from '../model';
import { checkMessage } from '../policy';
import { pickBody, renderTemplate, replacedNote, type TemplateContext } from '../templates';
import { applyEffect, applyResume, decideSend, readyAt, type LogStep } from '../campaigns/runner/machine';
import type { Outcome } from '../campaigns/runner/types';
import { holidayKey, isHolidayKey, looksLikeNotification, selectHolidayThreads, templateIdFor, type HolidayConfig } from './select';
import { holdLock } from '../campaigns/runner/hold-lock';
import { storeNameOf } from '../store-name';
import { blacklistMatcher, type BlacklistMatcher, type BuyerFacts } from '../buyers/blacklist-match';

const threadFacts = (t: Thread): BuyerFacts => ({
  ...(t.buyerId ? { buyerId: t.buyerId } : {}), ...(t.buyerName ? { buyerName: t.buyerName } : {}), marketplaceId: t.marketplaceId,
});

export interface HolidayPort {
  /**
   * The reply through the case's own reply box (components/background/holiday-page-port.ts); the outcome as the
   * campaign runner's machine knows them. `since`: the idempotency record's creation time: a reply with this text
   * already in the conversation since then is not sent again (`sent`). `pauseMs`: the kill tests' stage pauses.
   */
  sendReply(thread: Pick<Thread, 'threadId' | 'marketplaceId' | 'orderIds'>, text: string, opts: { since: string; pauseMs?: number }): Promise<Outcome>;
  /** Only reads the conversation: is the text among the seller's messages since `since`? (undefined: cannot tell) */
  checkReply(thread: Pick<Thread, 'threadId' | 'marketplaceId' | 'orderIds'>, text: string, opts: { since: string }): Promise<boolean | undefined>;
}

export interface HolidayDeps {
  repos: Repositories;
  port: HolidayPort;
  owner: string;
  /** the seller's IANA zone (settings, 'auto' resolved by the caller) */
  zone: () => string;
  now?: () => Date;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  leaseMs?: number;
  /** a tick waits in-process at most this long for the throttle; longer waits end the tick */
  maxInlineWaitMs?: number;
  warn?: (message: string) => void;
}

export interface HolidayReport {
  reason: 'off' | 'locked' | 'stopped' | 'paused' | 'done' | 'waiting' | 'lost-lock' | 'error';
  sent: number;
  skipped: number;
  unknown: number;
  nextAt?: number;
}

const UNKNOWN_AFTER_CRASH = 'interrupted: the extension stopped during this reply (check the thread on Seller Central)';
const NO_TEXT_AFTER_CRASH = 'interrupted: the extension stopped during this reply, and its text or thread is gone (check the thread on Seller Central)';

export function configOf(s: {
  holidayEnabled: boolean; holidayStart: string; holidayEnd: string; holidayOffHoursStart: string; holidayOffHoursEnd: string;
}): HolidayConfig {
  return { enabled: s.holidayEnabled, start: s.holidayStart, end: s.holidayEnd, offHoursStart: s.holidayOffHoursStart, offHoursEnd: s.holidayOffHoursEnd };
}

/** The reply text for a thread: rendered, policy-checked; or why it may not go. */
export function holidayText(
  thread: Thread, template: { bodies: Parameters<typeof pickBody>[0]['bodies'] } | undefined, extra: Partial<TemplateContext> = {},
): { text: string; language: string; replaced: string[] } | { skip: string } {
  if (!template) return { skip: 'no-template' };
  const body = pickBody(template, thread.marketplaceId);
  if (!body) return { skip: 'no-template' };
  const ctx: TemplateContext = {
    marketplaceId: thread.marketplaceId, items: [],
    ...(thread.buyerName ? { buyerName: thread.buyerName } : {}),
    ...(thread.orderIds[0] ? { orderId: thread.orderIds[0] } : {}),
    sellerId: thread.accountId,
    ...extra,
  };
  // nobody reads an auto-reply before it goes: buyer values are bounded (lib/templates/buyer-values.ts)
  const r = renderTemplate(body.body, ctx, { unattended: true });
  if (!r.complete) return { skip: `incomplete: ${(r.errors.length ? r.errors.map((e) => e.message) : r.missing).join(', ')}` };
  const policy = checkMessage(r.text, { kind: 'reply', marketplace: thread.marketplaceId });
  if (policy.verdict === 'block') return { skip: `policy: ${[...new Set(policy.findings.filter((f) => f.severity === 'block').map((f) => f.rule))].join(', ')}` };
  return { text: r.text, language: body.language, replaced: r.replaced.map(replacedNote) };
}

export async function holidayTick(deps: HolidayDeps): Promise<HolidayReport> {
  const { repos, port, owner } = deps;
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxInlineWaitMs = deps.maxInlineWaitMs ?? 25_000;
  const store = repos.campaignRunner;
  const report: HolidayReport = { reason: 'done', sent: 0, skipped: 0, unknown: 0 };

  const settings = await repos.settings.getAll();
  const config = configOf(settings);
  if (!config.enabled) {
    // switched off: a reply a dead worker left `sending` is not finished now; the seller looks at it
    for (const e of await repos.sendLog.listByStage('sending')) {
      if (isHolidayKey(e.key)) await repos.sendLog.put({ ...e, stage: 'unknown', reason: UNKNOWN_AFTER_CRASH });
    }
    return { ...report, reason: 'off' };
  }

  // the campaign runner's lock and lease (lib/campaigns/runner): one sender at a time
  const leaseMs = deps.leaseMs ?? (await store.getConfig()).leaseMs;
  const attempt = await holdLock(store, owner, now, leaseMs);
  if (!attempt.held) return { ...report, reason: 'locked', nextAt: attempt.lockedUntil + 100 };
  const lock = attempt.held;
  try {
    const [control, runnerConfig] = await Promise.all([store.getControl(), store.getConfig()]);
    let state = applyResume(await store.getState(), control.resumedAt);
    if (state.stopped) return { ...report, reason: 'stopped' };
    if (control.paused) return { ...report, reason: 'paused' };

    /** One reply through the page, the record `sending` before it; false when the tick must end (with `report.reason`). */
    const sendOne = async (base: Omit<SendLogEntry, 'stage' | 'reason' | 'text'>, thread: Thread, text: string, noted: { reason?: string }): Promise<boolean> => {
      // throttle / backoff shared with the campaign runner
      const wait = readyAt(state) - now().getTime();
      if (wait > maxInlineWaitMs) { report.reason = 'waiting'; report.nextAt = readyAt(state); return false; }
      if (wait > 0) await sleep(wait);
      if (!(await lock.stillMine())) { report.reason = 'lost-lock'; return false; }
      const entry = { ...base, attempts: base.attempts + 1, updatedAt: now().toISOString() };
      await repos.sendLog.put({ ...entry, stage: 'sending', text, ...noted });
      let outcome: Outcome;
      try {
        outcome = await port.sendReply(thread, text, { since: entry.createdAt, ...(runnerConfig.stageDelayMs ? { pauseMs: runnerConfig.stageDelayMs } : {}) });
      } catch (e) {
        outcome = { kind: 'unknown', detail: e instanceof Error ? e.message : String(e) };
      }
      // test hook (kill tests): the stage after the answer, before its record
      if (runnerConfig.stageDelayMs) await sleep(runnerConfig.stageDelayMs);
      const d = decideSend(outcome, 'message');
      for (const step of d.log as LogStep[]) {
        await repos.sendLog.put({ ...entry, updatedAt: now().toISOString(), stage: step.stage, text, ...(step.reason ? { reason: step.reason } : noted) });
      }
      const last = d.log[d.log.length - 1]?.stage;
      if (last === 'sent') report.sent++;
      if (last === 'unknown') report.unknown++;
      state = applyEffect(state, d.effect, now(), random, runnerConfig, undefined, outcome);
      await store.saveState(state);
      if (state.stopped) { report.reason = 'stopped'; return false; }
      if (state.backoffUntil && Date.parse(state.backoffUntil) > now().getTime()) { report.reason = 'waiting'; report.nextAt = readyAt(state); return false; }
      return true;
    };

    let matcher: BlacklistMatcher | undefined;
    /** On the blacklist: the thread (buyer id, name, order ids) or one of its stored orders (buyer id, relay e-mail, name). */
    const isBlacklisted = async (thread: Thread): Promise<boolean> => {
      matcher ??= blacklistMatcher(await repos.db.blacklist.toArray());
      const orders = (await repos.db.orders.bulkGet(thread.orderIds)).filter((o) => o !== undefined);
      return matcher.any([{ ...threadFacts(thread), orderIds: thread.orderIds }, ...orders]);
    };

    // replies a dead worker left `sending`: the conversation says whether it went (see the top of this file)
    for (const e of await repos.sendLog.listByStage('sending')) {
      if (!isHolidayKey(e.key)) continue;
      const thread = e.threadKey ? await repos.db.threads.get(e.threadKey) : undefined;
      if (!thread || !e.text) {
        await repos.sendLog.put({ ...e, stage: 'unknown', reason: NO_TEXT_AFTER_CRASH });
        report.unknown++;
        continue;
      }
      const { stage: _stage, reason: _reason, text, ...base } = e;
      if (thread.status !== 'response-needed' || looksLikeNotification(thread) || await isBlacklisted(thread)) {
        // the thread no longer awaits a reply (answered meanwhile), or the buyer was blacklisted meanwhile: only look
        // whether it went, never send now
        const found = await port.checkReply(thread, text, { since: e.createdAt });
        const { reason: _was, ...entry } = e;
        await repos.sendLog.put({ ...entry, updatedAt: now().toISOString(), ...(found === true ? { stage: 'sent' as const }
          : found === false ? { stage: 'failed' as const, reason: 'checked-not-sent' } : { stage: 'unknown' as const, reason: UNKNOWN_AFTER_CRASH }) });
        if (found === true) report.sent++;
        if (found === undefined) report.unknown++;
        continue;
      }
      // the `sending` record's reason is the text's note (a buyer value left out), kept
      if (!(await sendOne(base, thread, text, e.reason ? { reason: e.reason } : {}))) return report;
    }

    const threads = await repos.db.threads.where('status').equals('response-needed').toArray();
    const keys = threads.map((t) => holidayKey(t.key));
    const log = new Map<string, SendLogEntry>();
    for (const r of await repos.db.sendLog.bulkGet(keys)) if (r) log.set(r.key, r);
    const due = selectHolidayThreads(threads, log, config, deps.zone(), now(), undefined);

    for (const thread of due) {
      const key = holidayKey(thread.key);
      const existing = await repos.sendLog.get(key);
      if (existing && existing.stage !== 'failed') continue;
      // the seller's blacklist, by every fact held on the buyer (the thread and its stored orders): no auto-reply
      if (await isBlacklisted(thread)) {
        await repos.sendLog.put({
          key, kind: 'holiday-reply', threadKey: thread.key, marketplaceId: thread.marketplaceId, ...(thread.orderIds[0] ? { orderId: thread.orderIds[0] } : {}),
          attempts: existing?.attempts ?? 0, createdAt: existing?.createdAt ?? now().toISOString(), updatedAt: now().toISOString(),
          stage: 'skipped', reason: 'blacklisted',
        });
        report.skipped++;
        continue;
      }
      const templateId = templateIdFor(thread.marketplaceId, settings.holidayTemplates, settings.holidayTemplateId);
      const base = {
        key, kind: 'holiday-reply' as const, threadKey: thread.key, marketplaceId: thread.marketplaceId,
        ...(thread.orderIds[0] ? { orderId: thread.orderIds[0] } : {}),
        ...(templateId ? { templateId } : {}),
        attempts: existing?.attempts ?? 0, createdAt: existing?.createdAt ?? now().toISOString(), updatedAt: now().toISOString(),
      };
      const template = templateId ? await repos.templates.get(templateId) : undefined;
      const account = await repos.db.accounts.get(thread.accountId);
      const storeName = storeNameOf(account);
      const t = holidayText(thread, template, storeName ? { storeName } : {});
      if ('skip' in t) {
        await repos.sendLog.put({ ...base, stage: 'skipped', reason: t.skip });
        report.skipped++;
        continue;
      }
      // a buyer value left out of the text is said in the log (`replaced:buyer_name:punctuation`)
      const noted = t.replaced.length ? { reason: t.replaced.join(' ') } : {};
      if (!(await sendOne(base, thread, t.text, noted))) return report;
    }
    return report;
  } catch (e) {
    deps.warn?.(`holiday auto-reply: ${e instanceof Error ? e.message : String(e)}`);
    return { ...report, reason: 'error', nextAt: now().getTime() + 60_000 };
  } finally {
    await lock.release();
  }
}
