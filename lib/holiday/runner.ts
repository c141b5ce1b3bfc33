/**
 * The holiday auto-reply runner: one tick sends the due replies (lib/holiday/select.ts) one at a time,
 * on the campaign runner's rails (free of browser APIs; components/background/holiday-runner.ts wires it):
 * - the same lock (lease in the database) as the campaign runner, so the two never send at once;
 * - the same stored throttle, backoff and stop state (a sign-in page or captcha stops both; Resume on the
 *   Campaigns page clears it);
 * - the send-log entry `holiday-reply|<threadKey>` is written `sending` BEFORE the request and its outcome
 *   after; an entry left `sending` by a dead worker becomes `unknown` ("needs a look"), never retried.
 * The text is the template for the thread's marketplace (or the one for all), in the buyer's marketplace
 * language (pickBody), policy-checked as a reply: a blocked or incomplete text is `skipped` with the reason.
 */
import type { Repositories } from '../db';
import type { SendLogEntry, Thread } from '../model';
import { checkMessage } from '../policy';
import { pickBody, renderTemplate, replacedNote, type TemplateContext } from '../templates';
import { applyEffect, applyResume, decideSend, readyAt, type LogStep } from '../campaigns/runner/machine';
import type { Outcome } from '../campaigns/runner/types';
import { holidayKey, isHolidayKey, selectHolidayThreads, templateIdFor, type HolidayConfig } from './select';
import { holdLock } from '../campaigns/runner/hold-lock';
import { storeNameOf } from '../store-name';

export interface HolidayPort {
  /** POST the reply (with the CSRF token); the outcome as the campaign runner's adapters classify it */
  sendReply(thread: Pick<Thread, 'threadId' | 'marketplaceId' | 'orderIds'>, text: string): Promise<Outcome>;
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
  if (!config.enabled) return { ...report, reason: 'off' };

  // the campaign runner's lock and lease (lib/campaigns/runner): one sender at a time
  const leaseMs = deps.leaseMs ?? (await store.getConfig()).leaseMs;
  const attempt = await holdLock(store, owner, now, leaseMs);
  if (!attempt.held) return { ...report, reason: 'locked', nextAt: attempt.lockedUntil + 100 };
  const lock = attempt.held;
  try {
    // replies a dead worker left `sending`: maybe sent, never retried
    for (const e of await repos.sendLog.listByStage('sending')) {
      if (isHolidayKey(e.key)) await repos.sendLog.put({ ...e, stage: 'unknown', reason: UNKNOWN_AFTER_CRASH });
    }
    const [control, runnerConfig] = await Promise.all([store.getControl(), store.getConfig()]);
    let state = applyResume(await store.getState(), control.resumedAt);
    if (state.stopped) return { ...report, reason: 'stopped' };
    if (control.paused) return { ...report, reason: 'paused' };

    const threads = await repos.db.threads.where('status').equals('response-needed').toArray();
    const keys = threads.map((t) => holidayKey(t.key));
    const log = new Map<string, SendLogEntry>();
    for (const r of await repos.db.sendLog.bulkGet(keys)) if (r) log.set(r.key, r);
    const due = selectHolidayThreads(threads, log, config, deps.zone(), now(), undefined);

    for (const thread of due) {
      const key = holidayKey(thread.key);
      const existing = await repos.sendLog.get(key);
      if (existing && existing.stage !== 'failed') continue;
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
      // throttle / backoff shared with the campaign runner
      const wait = readyAt(state) - now().getTime();
      if (wait > maxInlineWaitMs) return { ...report, reason: 'waiting', nextAt: readyAt(state) };
      if (wait > 0) await sleep(wait);
      if (!(await lock.stillMine())) return { ...report, reason: 'lost-lock' };

      base.attempts += 1;
      // a buyer value left out of the text is said in the log (`replaced:buyer_name:punctuation`)
      const noted = t.replaced.length ? { reason: t.replaced.join(' ') } : {};
      await repos.sendLog.put({ ...base, stage: 'sending', text: t.text, ...noted });
      let outcome: Outcome;
      try {
        outcome = await port.sendReply(thread, t.text);
      } catch (e) {
        outcome = { kind: 'unknown', detail: e instanceof Error ? e.message : String(e) };
      }
      const d = decideSend(outcome, 'message');
      for (const step of d.log as LogStep[]) {
        await repos.sendLog.put({ ...base, stage: step.stage, text: t.text, ...(step.reason ? { reason: step.reason } : noted) });
      }
      const last = d.log[d.log.length - 1]?.stage;
      if (last === 'sent') report.sent++;
      if (last === 'unknown') report.unknown++;
      state = applyEffect(state, d.effect, now(), random, runnerConfig, undefined, outcome);
      await store.saveState(state);
      if (state.stopped) return { ...report, reason: 'stopped' };
      if (state.backoffUntil && Date.parse(state.backoffUntil) > now().getTime()) return { ...report, reason: 'waiting', nextAt: readyAt(state) };
    }
    return report;
  } catch (e) {
    deps.warn?.(`holiday auto-reply: ${e instanceof Error ? e.message : String(e)}`);
    return { ...report, reason: 'error', nextAt: now().getTime() + 60_000 };
  } finally {
    await lock.release();
  }
}
