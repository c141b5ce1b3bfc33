/**
 * The page driver's logic, free of browser APIs (deps), so that it is unit-tested with fakes; work-tab.ts wires it.
 * One work tab, one action at a time (a queue), the tab reused for the next action and closed after `idleMs` without
 * one; its id remembered (deps.remember/recall: storage.session) so that a restarted worker reuses or closes it.
 * Each action: the tab is loaded at the action's URL (a fresh document: whatever ran there before is gone), a sign-in
 * or captcha page stops it there, the page-actions script is injected and the action run over one Port.
 */
import { detectPage, isSignedOutPage } from '../../lib/seller-central/pages';
import { isSellerCentralHost } from '../../lib/seller-central/hosts';
import {
  parsePageActionReply, type PageActionAnswer, type PageActionArgs, type PageActionName, type PageActionRun,
} from '../../lib/protocol/page-actions';

export type WorkTabBlock = 'signed-out' | 'captcha' | 'unrecognised-page' | 'timeout' | 'tab-closed' | 'error';
export type PageActionOutcome<N extends PageActionName> =
  | { ok: true; answer: PageActionAnswer<N> }
  | { ok: false; blocked: WorkTabBlock; detail: string };

export interface RunOptions {
  /** the whole action, the page load included (default DEFAULT_TIMEOUT_MS) */
  timeoutMs?: number;
}

export type Navigated = { url: string | undefined } | { closed: true } | { timeout: true };
export type Connected = { reply: unknown } | { closed: true } | { timeout: true };

export interface WorkTabDeps {
  /** a new tab at about:blank, inactive, in the seller's window; its id */
  createTab(): Promise<number>;
  tabExists(tabId: number): Promise<boolean>;
  removeTab(tabId: number): Promise<void>;
  /** loads `url` in the tab and waits for its load to complete; the URL it ended at (undefined: not ours to read) */
  navigate(tabId: number, url: string, timeoutMs: number): Promise<Navigated>;
  /** stops whatever the page does (a timed-out action must not act later): about:blank, not waited for */
  halt(tabId: number): Promise<void>;
  /** the page-actions content script into the tab's top frame */
  inject(tabId: number): Promise<void>;
  /** one Port to the page: posts `run`, the first reply, or why none came */
  connect(tabId: number, run: PageActionRun, timeoutMs: number): Promise<Connected>;
  /** the tab's URL once it stopped loading (null: the tab is gone) */
  tabUrl(tabId: number): Promise<string | undefined | null>;
  remember(tabId: number | undefined): Promise<void>;
  recall(): Promise<number | undefined>;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  now(): number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const IDLE_CLOSE_MS = 20_000;

const pathOf = (url: string): string => {
  try { return new URL(url).pathname; } catch { return url.slice(0, 100); }
};

/** Where a page load ended, as a block when it is not a Seller Central page we may work on. */
export function blockOfUrl(url: string | undefined): { blocked: WorkTabBlock; detail: string } | undefined {
  if (!url) return { blocked: 'unrecognised-page', detail: 'the tab left Seller Central (a page the extension cannot read: a sign-in page elsewhere?)' };
  const page = detectPage(url);
  if (isSignedOutPage(page)) return { blocked: page.kind === 'captcha' ? 'captcha' : 'signed-out', detail: `${page.kind} page: ${pathOf(url)}` };
  let host = '';
  try { host = new URL(url).hostname; } catch { /* not a URL */ }
  if (!isSellerCentralHost(host)) return { blocked: 'unrecognised-page', detail: `not a Seller Central page: ${host || url.slice(0, 100)}` };
  return undefined;
}

export function createWorkTabDriver(deps: WorkTabDeps, opts: { idleMs?: number } = {}) {
  const idleMs = opts.idleMs ?? IDLE_CLOSE_MS;
  let tabId: number | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let idle: unknown;

  const stopIdle = (): void => {
    if (idle !== undefined) deps.clearTimer(idle);
    idle = undefined;
  };
  const closeNow = async (): Promise<void> => {
    const id = tabId ?? (await deps.recall());
    tabId = undefined;
    await deps.remember(undefined);
    if (id !== undefined && (await deps.tabExists(id))) await deps.removeTab(id).catch(() => undefined);
  };
  const scheduleIdle = (): void => {
    stopIdle();
    idle = deps.setTimer(() => {
      idle = undefined;
      if (pending === 0) chain = chain.then(closeNow).catch(() => undefined);
    }, idleMs);
  };

  async function ensureTab(): Promise<number> {
    if (tabId !== undefined && (await deps.tabExists(tabId))) return tabId;
    const remembered = await deps.recall();
    if (remembered !== undefined && (await deps.tabExists(remembered))) return (tabId = remembered);
    tabId = await deps.createTab();
    await deps.remember(tabId);
    return tabId;
  }

  async function runNow<N extends PageActionName>(url: string, name: N, args: PageActionArgs<N>, o: RunOptions): Promise<PageActionOutcome<N>> {
    const deadline = deps.now() + (o.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const left = (): number => Math.max(0, deadline - deps.now());
    let id: number;
    try {
      id = await ensureTab();
    } catch (e) {
      return { ok: false, blocked: 'error', detail: `the work tab could not be opened: ${e instanceof Error ? e.message : String(e)}` };
    }
    const nav = await deps.navigate(id, url, left());
    if ('closed' in nav) return { ok: false, blocked: 'tab-closed', detail: 'the work tab was closed while it loaded' };
    if ('timeout' in nav) {
      await deps.halt(id).catch(() => undefined);
      return { ok: false, blocked: 'timeout', detail: `${pathOf(url)} did not finish loading in time` };
    }
    const block = blockOfUrl(nav.url);
    if (block) return { ok: false, ...block };
    try {
      await deps.inject(id);
    } catch (e) {
      if (!(await deps.tabExists(id))) return { ok: false, blocked: 'tab-closed', detail: 'the work tab was closed' };
      return { ok: false, blocked: 'error', detail: `the page actions could not be started: ${e instanceof Error ? e.message : String(e)}` };
    }
    const c = await deps.connect(id, { type: 'page-action/run', name, args } as PageActionRun, left());
    if ('timeout' in c) {
      await deps.halt(id).catch(() => undefined);
      return { ok: false, blocked: 'timeout', detail: `${name} did not finish in time on ${pathOf(url)}` };
    }
    if ('closed' in c) {
      // the page went away under the action: closed, or navigated (a sign-in page?)
      const now = await deps.tabUrl(id);
      if (now === null) return { ok: false, blocked: 'tab-closed', detail: `the work tab was closed during ${name}` };
      return { ok: false, ...(blockOfUrl(now) ?? { blocked: 'error', detail: `the page went away during ${name} (now ${pathOf(now ?? '')})` }) };
    }
    const parsed = parsePageActionReply(name, c.reply);
    if (!parsed.ok) return { ok: false, blocked: 'error', detail: parsed.error };
    const r = parsed.reply;
    return r.ok ? { ok: true, answer: r.answer } : { ok: false, blocked: r.blocked, detail: r.detail };
  }

  return {
    /** Queues one action; resolves with its answer or why it was blocked (never rejects). */
    run<N extends PageActionName>(url: string, name: N, args: PageActionArgs<N>, o: RunOptions = {}): Promise<PageActionOutcome<N>> {
      pending++;
      stopIdle();
      const result = chain.then(() => runNow(url, name, args, o)).catch((e: unknown): PageActionOutcome<N> => (
        { ok: false, blocked: 'error', detail: e instanceof Error ? e.message : String(e) }));
      chain = result.finally(() => {
        pending--;
        if (pending === 0) scheduleIdle();
      });
      return result;
    },
    /** Is this tab the work tab (the page UI stays out of it)? Also right after a worker restart. */
    async isWorkTab(id: number): Promise<boolean> {
      if (tabId !== undefined) return id === tabId;
      return (await deps.recall()) === id;
    },
    /** A restarted worker: the tab a dead one left is closed after the idle time, unless an action reuses it. */
    async onStart(): Promise<void> {
      if ((await deps.recall()) !== undefined && pending === 0) scheduleIdle();
    },
    /** The work tab was closed (by the seller, or by us). */
    async onRemoved(id: number): Promise<void> {
      if (id === tabId || (tabId === undefined && (await deps.recall()) === id)) {
        tabId = undefined;
        await deps.remember(undefined);
      }
    },
  };
}
