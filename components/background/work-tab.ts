/**
 * The page driver: Seller Central's own pages, worked in ONE background tab of the seller's window ("the work tab").
 *
 *   runPageAction(url, name, args, opts?) -> Promise<PageActionOutcome<name>>
 *     url   absolute Seller Central URL the tab loads first (lib/seller-central/pages.ts `pageUrls`, on the host)
 *     name  a page action of lib/protocol/page-actions.ts PAGE_ACTIONS ('case-read', 'case-reply', ...)
 *     args  that action's args (checked again in the page)
 *     opts  { timeoutMs? }: the whole action, load included (default 60 s)
 *   PageActionOutcome = { ok: true, answer }                       the action's answer (validated)
 *                     | { ok: false, blocked, detail }             nothing more was done; blocked is one of
 *       'signed-out' | 'captcha'   the load (or the page during the action) was a sign-in / verification page
 *       'unrecognised-page'        the page is not what the action needs; detail = the page check's finding
 *       'timeout'                  no answer in time (the tab is then sent to about:blank: the action cannot act later)
 *       'tab-closed'               the work tab was closed (by the seller) during the action
 *       'error'                    anything else (injection refused, a malformed answer): detail says what
 *   Never rejects. Actions run one at a time, in call order (a queue).
 *   isWorkTab(tabId): the page UI (page-ui.ts) stays out of the work tab.
 *
 * The tab: opened at about:blank with `active: false` in the last focused normal window (never focused, never
 * activated, nothing else touched), its id kept in storage.session (a restarted worker reuses it, or closes it after
 * the idle time), reused for the next action, closed IDLE_CLOSE_MS after the last one. Each action loads its URL
 * afresh, injects entrypoints/page-actions.content (registration 'runtime': in no other tab) and talks to it over
 * one Port; the worker stopping closes the Port, which aborts the action in the page before any click.
 */
import browser from 'webextension-polyfill';
import type { PageActionArgs, PageActionName, PageActionRun } from '../../lib/protocol/page-actions';
import { PAGE_ACTION_PORT } from '../../lib/protocol/page-actions';
import { createWorkTabDriver, type Connected, type Navigated, type PageActionOutcome, type RunOptions } from './work-tab-driver';

export type { PageActionOutcome, RunOptions, WorkTabBlock } from './work-tab-driver';

/** built from entrypoints/page-actions.content (registration: 'runtime') */
export const PAGE_ACTIONS_SCRIPT = '/content-scripts/page-actions.js';
const SESSION_KEY = 'seller-inbox:work-tab';
const POLL_MS = 250;
const SETTLE_GRACE_MS = 500;
const BLANK_MAX_MS = 5_000;
const SETTLE_MAX_MS = 10_000;

async function createTab(): Promise<number> {
  const win = await browser.windows.getLastFocused({ windowTypes: ['normal'] } as browser.Windows.GetInfo).catch(() => undefined);
  const tab = await browser.tabs.create({ url: 'about:blank', active: false, ...(win?.id !== undefined ? { windowId: win.id } : {}) });
  if (tab.id === undefined) throw new Error('the new tab has no id');
  // never discarded under memory pressure while it works
  await browser.tabs.update(tab.id, { autoDiscardable: false }).catch(() => undefined);
  // about:blank's own load finished first: its events must not pass for the Seller Central page's
  for (let waited = 0; waited < BLANK_MAX_MS; waited += POLL_MS) {
    const now = await tabOrNull(tab.id);
    if (!now || now.status === 'complete') break;
    await sleep(POLL_MS);
  }
  return tab.id;
}

const tabOrNull = (tabId: number) => browser.tabs.get(tabId).catch(() => null);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Where the tab ends up after the page went away under an action (a client-side redirect to a sign-in page): its URL
 * once it has stopped loading (after a short grace: the navigation may not show yet), null when it was closed.
 */
async function settledUrl(tabId: number): Promise<string | undefined | null> {
  const start = Date.now();
  for (;;) {
    const tab = await tabOrNull(tabId);
    if (!tab) return null;
    const waited = Date.now() - start;
    if ((waited >= SETTLE_GRACE_MS && tab.status === 'complete' && !tab.pendingUrl) || waited > SETTLE_MAX_MS) return tab.pendingUrl ?? tab.url;
    await sleep(POLL_MS);
  }
}

/** Loads the URL and waits for the new document's load: a `loading` of this tab, then `complete`. */
function navigate(tabId: number, url: string, timeoutMs: number): Promise<Navigated> {
  return new Promise<Navigated>((resolve) => {
    let sawLoading = false;
    let done = false;
    const finish = (n: Navigated): void => {
      if (done) return;
      done = true;
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      clearInterval(poll);
      clearTimeout(limit);
      resolve(n);
    };
    const onUpdated = (id: number, change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab): void => {
      if (id !== tabId) return;
      // a page we may read (about:blank's late events carry no URL for us)
      if (change.status === 'loading' && (tab.url || tab.pendingUrl)) sawLoading = true;
      else if (change.status === 'complete' && sawLoading) finish({ url: tab.url });
    };
    const onRemoved = (id: number): void => { if (id === tabId) finish({ closed: true }); };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    // a missed event (the worker was busy): the tab's own status
    const poll = setInterval(() => {
      void tabOrNull(tabId).then((tab) => {
        if (!tab) finish({ closed: true });
        else if (tab.status === 'loading' && (tab.url || tab.pendingUrl)) sawLoading = true;
        else if (tab.status === 'complete' && sawLoading && !tab.pendingUrl) finish({ url: tab.url });
      });
    }, POLL_MS);
    const limit = setTimeout(() => finish({ timeout: true }), timeoutMs);
    browser.tabs.update(tabId, { url }).catch(() => finish({ closed: true }));
  });
}

function connect(tabId: number, run: PageActionRun, timeoutMs: number): Promise<Connected> {
  return new Promise<Connected>((resolve) => {
    let done = false;
    let port: browser.Runtime.Port;
    const finish = (c: Connected): void => {
      if (done) return;
      done = true;
      clearTimeout(limit);
      try { port.disconnect(); } catch { /* already closed */ }
      resolve(c);
    };
    const limit = setTimeout(() => finish({ timeout: true }), timeoutMs);
    try {
      port = browser.tabs.connect(tabId, { name: PAGE_ACTION_PORT, frameId: 0 });
    } catch {
      finish({ closed: true });
      return;
    }
    port.onMessage.addListener((reply: unknown) => finish({ reply }));
    port.onDisconnect.addListener(() => finish({ closed: true }));
    port.postMessage(run);
  });
}

const driver = createWorkTabDriver({
  createTab,
  tabExists: async (tabId) => (await tabOrNull(tabId)) !== null,
  removeTab: (tabId) => browser.tabs.remove(tabId),
  navigate,
  halt: async (tabId) => { await browser.tabs.update(tabId, { url: 'about:blank' }); },
  inject: async (tabId) => {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_ACTIONS_SCRIPT] });
  },
  connect,
  tabUrl: settledUrl,
  remember: async (tabId) => {
    if (tabId === undefined) await browser.storage.session.remove(SESSION_KEY);
    else await browser.storage.session.set({ [SESSION_KEY]: tabId });
  },
  recall: async () => {
    const v = (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY];
    return typeof v === 'number' ? v : undefined;
  },
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
});

export function runPageAction<N extends PageActionName>(url: string, name: N, args: PageActionArgs<N>, opts?: RunOptions): Promise<PageActionOutcome<N>> {
  return driver.run(url, name, args, opts);
}

export const isWorkTab = (tabId: number): Promise<boolean> => driver.isWorkTab(tabId);

/** At worker start: a work tab left by the previous worker is closed after the idle time (unless reused). */
export function startWorkTab(): void {
  browser.tabs.onRemoved.addListener((tabId) => { void driver.onRemoved(tabId); });
  void driver.onStart().catch((e: unknown) => console.warn('[seller-inbox] work tab', e));
}
