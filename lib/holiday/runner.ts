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
import type { SendLogEntry } from '../model';
import { applyResume } from '../campaigns/runner/machine';
import { holdLock } from '../campaigns/runner/hold-lock';
import { storeNameOf } from '../store-name';
import { blacklistCheck } from './blacklisted';
import { abandonInterrupted, settleInterrupted } from './interrupted';
import type { HolidayPort } from './port';
import { holidayText } from './reply-text';
import { configOf, holidayKey, selectHolidayThreads, templateIdFor } from './select';
import { sendReply, type HolidayReport, type HolidayTick } from './send-reply';

/** What a holiday tick runs on (components/background/holiday-runner.ts gives the real ones, tests fakes). */
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

/** One tick: the replies left `sending` settled, then every due thread answered once (or skipped with the reason). */
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
    await abandonInterrupted(repos);
    return { ...report, reason: 'off' };
  }

  // the campaign runner's lock and lease (lib/campaigns/runner): one sender at a time
  const leaseMs = deps.leaseMs ?? (await store.getConfig()).leaseMs;
  const attempt = await holdLock(store, owner, now, leaseMs);
  if (!attempt.held) return { ...report, reason: 'locked', nextAt: attempt.lockedUntil + 100 };
  const lock = attempt.held;
  try {
    const [control, runnerConfig] = await Promise.all([store.getControl(), store.getConfig()]);
    const state = applyResume(await store.getState(), control.resumedAt);
    if (state.stopped) return { ...report, reason: 'stopped' };
    if (control.paused) return { ...report, reason: 'paused' };
    const tick: HolidayTick = { repos, port, now, random, sleep, maxInlineWaitMs, lock, runnerConfig, state, report };
    const isBlacklisted = blacklistCheck(repos);

    // replies a dead worker left `sending`: the conversation says whether it went (interrupted.ts)
    if (!(await settleInterrupted(tick, isBlacklisted))) return report;

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
      if (!(await sendReply(tick, base, thread, t.text, noted))) return report;
    }
    return report;
  } catch (e) {
    deps.warn?.(`holiday auto-reply: ${e instanceof Error ? e.message : String(e)}`);
    return { ...report, reason: 'error', nextAt: now().getTime() + 60_000 };
  } finally {
    await lock.release();
  }
}
