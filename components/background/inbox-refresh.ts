/**
 * Background wiring of the optional inbox refresh (off by default; Settings): an alarm every
 * `inboxRefreshMinutes` while `inboxRefreshEnabled`, which asks Seller Central's inbox JSON
 * (lib/seller-central/inbox-api.ts) for the "Response needed" threads of each marketplace of the signed-in
 * account that the extension has seen but no open tab shows, and stores them with the `threads/upsert`
 * handler (counts recomputed, badge updated). Planning, throttle and stop rules: lib/inbox-refresh.
 *
 * - Fetched from the service worker in the seller's session (`credentials: 'include'`, host permissions),
 *   `redirect: 'manual'` (a redirect is the sign-in / verification page), on the host an open tab of that
 *   region uses, else the marketplace's own host; with an explicit marketplace parameter, never
 *   `mons_sel_mkid` (which would switch the seller's current marketplace).
 * - Which marketplace each open tab shows: the tab's own `threads/upsert` messages, watched here (the router
 *   still answers them) and kept in `storage.session` (the worker is stopped between alarms); a tab that is
 *   closed or left Seller Central no longer counts.
 * - State (last run, per-marketplace results, stop, back-off, run lock) in `storage.local`. A stop stays
 *   until a Seller Central tab reports again after it (the seller signed in) or the seller presses
 *   "Check now" (`inbox-refresh/run`). One run at a time (in-memory flag + an expiring lock).
 * - A keep-alive while a run waits between requests (Chrome stops an idle worker after 30 s).
 */
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import type { Repositories } from '../../lib/db';
import { threadHandlers } from '../../lib/protocol/handlers/threads';
import { MESSAGES, type RequestOf, type ThreadInput } from '../../lib/protocol/messages';
import { isOwnSender } from '../../lib/protocol/router';
import { isSellerCentralHost, SELLER_CENTRAL_MATCHES } from '../../lib/seller-central/hosts';
import type { HttpAnswer } from '../../lib/seller-central/solicitations';
import {
  DEFAULT_LIMITS, emptyState, liftStopIfSessionSeen, planRun, runRefresh, setInboxRefreshHooks, withLock, withoutLock,
  type InboxRefreshStatus, type RefreshState, type TabView,
} from '../../lib/inbox-refresh';

export const INBOX_REFRESH_ALARM = 'seller-inbox:inbox-refresh';
const STATE_KEY = 'seller-inbox:inbox-refresh';
const TABS_KEY = 'seller-inbox:inbox-refresh-tabs';
const KEEP_ALIVE_MS = 20_000;
const TAB_NOTE_MS = 60_000;

export interface InboxRefreshOptions {
  /** after threads were stored (the badge) */
  onCountsChanged?: () => void;
}

type Area = browser.Storage.StorageArea;
/** storage.session (kept while the browser runs); storage.local where it is missing */
const sessionArea = (): Area => (browser.storage as unknown as { session?: Area }).session ?? browser.storage.local;

async function readState(): Promise<RefreshState> {
  const raw = (await browser.storage.local.get(STATE_KEY))[STATE_KEY] as RefreshState | undefined;
  return raw && typeof raw === 'object' && raw.marketplaces ? raw : emptyState();
}
const writeState = (state: RefreshState): Promise<void> => browser.storage.local.set({ [STATE_KEY]: state });

async function readTabs(): Promise<TabView[]> {
  const raw = (await sessionArea().get(TABS_KEY))[TABS_KEY];
  return Array.isArray(raw) ? (raw as TabView[]) : [];
}
const writeTabs = (tabs: TabView[]): Promise<void> => sessionArea().set({ [TABS_KEY]: tabs });

const hostOf = (url: string | undefined): string | undefined => {
  try { return url ? new URL(url).hostname.toLowerCase() : undefined; } catch { return undefined; }
};

/** The reported views of tabs that are still open on the same Seller Central host. */
async function openTabViews(): Promise<TabView[]> {
  const known = await readTabs();
  if (!known.length) return known;
  const open = await browser.tabs.query({ url: SELLER_CENTRAL_MATCHES });
  const hostById = new Map(open.map((t) => [t.id, hostOf(t.url)]));
  const alive = known.filter((t) => hostById.get(t.tabId) === t.host);
  if (alive.length !== known.length) await writeTabs(alive);
  return alive;
}

async function fetchAnswer(url: string, headers: Record<string, string>, timeoutMs: number): Promise<HttpAnswer | { error: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, { method: 'GET', credentials: 'include', cache: 'no-store', redirect: 'manual', headers, signal: controller.signal });
    const out: Record<string, string> = {};
    res.headers.forEach((value, key) => { out[key.toLowerCase()] = value; });
    let body: unknown;
    if (res.type !== 'opaqueredirect') {
      const text = await res.text();
      try { body = JSON.parse(text) as unknown; } catch { body = text; }
    }
    return { status: res.status, headers: out, url: res.url, type: res.type, body };
  } catch (e) {
    return { error: controller.signal.aborted ? `no answer in ${Math.round(timeoutMs / 1000)} s` : e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
  }
}

export function startInboxRefresh(reposReady: Promise<Repositories>, opts: InboxRefreshOptions = {}): void {
  const limits = DEFAULT_LIMITS;
  let running: Promise<void> | undefined;
  let tabWrites = Promise.resolve();

  // Which marketplace each Seller Central tab shows: its content script's own upserts (watched, not answered).
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isOwnSender(sender, browser.runtime.id) || sender.tab?.id === undefined) return undefined;
    const m = message as { type?: unknown; accountId?: unknown; marketplaceId?: unknown } | null;
    const host = hostOf(sender.url);
    if (m?.type !== 'threads/upsert' || typeof m.accountId !== 'string' || typeof m.marketplaceId !== 'string' || !host || !isSellerCentralHost(host)) {
      return undefined;
    }
    const view: TabView = { tabId: sender.tab.id, accountId: m.accountId, marketplaceId: m.marketplaceId, host, at: new Date().toISOString() };
    tabWrites = tabWrites.then(async () => {
      const tabs = await readTabs();
      const known = tabs.find((t) => t.tabId === view.tabId);
      // the inbox upserts on every change: note the same view at most once a minute
      if (known && known.accountId === view.accountId && known.marketplaceId === view.marketplaceId && known.host === view.host
        && Date.parse(view.at) - Date.parse(known.at) < TAB_NOTE_MS) return;
      await writeTabs([...tabs.filter((t) => t.tabId !== view.tabId), view]);
    })
      .catch((e: unknown) => console.warn('[seller-inbox] inbox refresh: could not note the tab', e));
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    tabWrites = tabWrites.then(async () => {
      const tabs = await readTabs();
      if (tabs.some((t) => t.tabId === tabId)) await writeTabs(tabs.filter((t) => t.tabId !== tabId));
    }).catch(() => undefined);
  });

  const upsertDeps = async () => ({ repos: await reposReady, now: () => new Date(), version: '', onCountsChanged: opts.onCountsChanged });
  const store = async (accountId: string, marketplaceId: string, threads: ThreadInput[]) => {
    // the same validation and handler as a content script's `threads/upsert`
    const request = { type: 'threads/upsert' as const, ...v.parse(MESSAGES['threads/upsert'].schema, { accountId, marketplaceId, threads }) };
    const upsert = threadHandlers(await upsertDeps())['threads/upsert'];
    return upsert(request satisfies RequestOf<'threads/upsert'>, { sender: { id: browser.runtime.id } });
  };

  /** Alarm on (with the interval) or off, as the settings say; returns the settings. */
  const reconcileAlarm = async () => {
    const settings = await (await reposReady).settings.getAll();
    const alarm = await browser.alarms.get(INBOX_REFRESH_ALARM);
    if (!settings.inboxRefreshEnabled) {
      if (alarm) await browser.alarms.clear(INBOX_REFRESH_ALARM);
    } else if (alarm?.periodInMinutes !== settings.inboxRefreshMinutes) {
      await browser.alarms.create(INBOX_REFRESH_ALARM, { periodInMinutes: settings.inboxRefreshMinutes });
    }
    return settings;
  };

  const runOnce = async (liftStop: boolean): Promise<void> => {
    const settings = await reconcileAlarm();
    const repos = await reposReady;
    const tabs = await openTabViews();
    let state = liftStopIfSessionSeen(await readState(), tabs);
    if (liftStop && state.stop) {
      const { stop: _lifted, ...rest } = state;
      state = rest;
    }
    const plan = planRun({
      enabled: settings.inboxRefreshEnabled, minutes: settings.inboxRefreshMinutes, accounts: await repos.accounts.list(), tabs, state,
      now: new Date(), limits,
    });
    if (plan.kind === 'skip') {
      await writeState(state);
      return;
    }
    await writeState(withLock(state, new Date()));
    const keepAlive = setInterval(() => { void browser.runtime.getPlatformInfo().catch(() => undefined); }, KEEP_ALIVE_MS);
    try {
      const report = await runRefresh(plan.targets, state, {
        get: (url, headers) => fetchAnswer(url, headers, limits.timeoutMs),
        store,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        now: () => new Date(),
      }, limits);
      state = report.state;
      if (report.state.stop) console.warn(`[seller-inbox] inbox refresh stopped: ${report.state.stop.reason} (${report.state.stop.detail})`);
    } finally {
      clearInterval(keepAlive);
      await writeState(withoutLock(state));
    }
  };

  const run = (liftStop = false): Promise<void> => {
    running ??= runOnce(liftStop)
      .catch((e: unknown) => console.warn('[seller-inbox] inbox refresh failed', e))
      .finally(() => { running = undefined; });
    return running;
  };

  const status = async (): Promise<InboxRefreshStatus> => {
    const settings = await (await reposReady).settings.getAll();
    return {
      available: true, enabled: settings.inboxRefreshEnabled, minutes: settings.inboxRefreshMinutes,
      running: running !== undefined, state: await readState(),
    };
  };

  setInboxRefreshHooks({
    status,
    run: async () => {
      const settings = await reconcileAlarm();
      // the answer comes at once; the run goes on in the background (status tells how it went)
      if (settings.inboxRefreshEnabled) void run(true);
      return status();
    },
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === INBOX_REFRESH_ALARM) void run();
  });
  // a restarted worker: put the alarm in step with the settings (a backup import may have changed them)
  void reconcileAlarm().catch((e: unknown) => console.warn('[seller-inbox] inbox refresh: alarm set-up failed', e));
}
