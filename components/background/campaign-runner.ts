/**
 * Background wiring of the campaign runner (lib/campaigns/runner/engine.ts): a periodic alarm, a tick at
 * start-up (a restarted worker picks up where the last one stopped: stored throttle, backoff and stop
 * state; `sending` entries of the dead worker become "needs a look"), an earlier wake-up when the runner
 * asks for one, the hooks the protocol handlers use, and a keep-alive while a tick runs (Chrome stops an
 * idle worker after 30 s; an extension API call resets that).
 */
import browser from 'webextension-polyfill';
import type { Repositories } from '../../lib/db';
import { createEngine, type TickReport } from '../../lib/campaigns/runner/engine';
import { setCampaignRunnerHooks } from '../../lib/campaigns/runner/hooks';
import { createFetchPort } from './campaign-seller-central';
import { createContactOnPage } from './contact-on-page';
import { holidayTick } from '../../lib/holiday/runner';
import type { HolidayReport } from '../../lib/holiday/send-reply';
import { createHolidayPagePort } from './holiday-page-port';
import { runPageAction } from './work-tab';
import { settingOrDefault } from '../../lib/db/settings-schema';

export const CAMPAIGN_ALARM = 'seller-inbox:campaigns';
const CAMPAIGN_WAKE_ALARM = 'seller-inbox:campaigns-wake';
const KEEP_ALIVE_MS = 20_000;
/** in-process timers only for short waits; longer ones are alarms (a stopped worker is woken by them) */
const MAX_TIMER_MS = 60_000;
/** a page action loads a page, waits for the case, sends and confirms: never less than this */
const PAGE_ACTION_MIN_MS = 60_000;

export function startCampaignRunner(reposReady: Promise<Repositories>): void {
  const owner = globalThis.crypto.randomUUID();
  const config = async () => (await reposReady).campaignRunner.getConfig();
  const port = createFetchPort({
    timeoutMs: async () => (await config()).requestTimeoutMs,
    runPageAction,
    contact: createContactOnPage({
      run: runPageAction,
      attachment: async (id) => (await reposReady).db.attachments.get(id),
      pauseMs: async () => (await config()).stageDelayMs,
      timeoutMs: async () => (await config()).requestTimeoutMs,
    }),
  });
  // holiday replies go through the case's own reply box in the work tab (never a request of ours)
  const holidayPort = createHolidayPagePort({
    hostFor: (marketplaceId) => port.hostFor(marketplaceId),
    run: runPageAction,
    timeoutMs: async () => Math.max(PAGE_ACTION_MIN_MS, (await (await reposReady).campaignRunner.getConfig()).requestTimeoutMs),
  });
  let engine: ReturnType<typeof createEngine> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const getEngine = async () => {
    engine ??= createEngine({
      repos: await reposReady, port, owner,
      warn: (m) => console.warn('[seller-inbox]', m),
    });
    return engine;
  };

  const schedule = (report: TickReport): void => {
    if (report.nextAt === undefined) return;
    const delay = Math.max(0, report.nextAt - Date.now());
    if (timer) clearTimeout(timer);
    if (delay <= MAX_TIMER_MS) timer = setTimeout(() => { timer = undefined; run(); }, delay);
    void browser.alarms.create(CAMPAIGN_WAKE_ALARM, { when: Date.now() + Math.max(delay, 1_000) });
  };

  // holiday auto-reply (lib/holiday/runner.ts): same lock, throttle and stop state, after the campaign tick
  let holidayRunning: Promise<HolidayReport> | undefined;
  let holidayAgain = false;
  const zone = async (): Promise<string> => {
    const z = settingOrDefault('timeZone', await (await reposReady).settings.get('timeZone'));
    return z === 'auto' ? Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' : z;
  };
  const holiday = (): Promise<HolidayReport> => {
    if (holidayRunning) { holidayAgain = true; return holidayRunning; }
    holidayRunning = (async () => {
      const repos = await reposReady;
      const z = await zone();
      let r: HolidayReport;
      do {
        holidayAgain = false;
        r = await holidayTick({ repos, port: holidayPort, owner, zone: () => z, warn: (m) => console.warn('[seller-inbox]', m) });
      } while (holidayAgain && r.reason !== 'locked');
      return r;
    })().finally(() => { holidayRunning = undefined; });
    return holidayRunning;
  };
  const runHoliday = (): void => {
    const keepAlive = setInterval(() => { void browser.runtime.getPlatformInfo().catch(() => undefined); }, KEEP_ALIVE_MS);
    void holiday()
      .then((r) => schedule({ ran: true, reason: 'done', sent: r.sent, tests: 0, recovered: 0, ...(r.nextAt !== undefined ? { nextAt: r.nextAt } : {}) }),
        (e: unknown) => console.warn('[seller-inbox] holiday auto-reply failed', e))
      .finally(() => clearInterval(keepAlive));
  };

  const run = (): void => {
    const keepAlive = setInterval(() => { void browser.runtime.getPlatformInfo().catch(() => undefined); }, KEEP_ALIVE_MS);
    void getEngine()
      .then((e) => e.tick())
      .then(schedule, (e: unknown) => console.warn('[seller-inbox] campaign runner failed', e))
      .finally(() => { clearInterval(keepAlive); runHoliday(); });
  };

  setCampaignRunnerHooks({ kick: run, holiday: runHoliday, csrf: (host, token) => port.setToken(host, token) });
  void browser.alarms.create(CAMPAIGN_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CAMPAIGN_ALARM || alarm.name === CAMPAIGN_WAKE_ALARM) run();
  });
  run();
}
