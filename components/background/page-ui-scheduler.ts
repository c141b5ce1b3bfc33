/**
 * When to put the page UI (entrypoints/seller-central.content, registration 'runtime') into Seller Central tabs.
 *
 * Nothing of ours is in the manifest's content scripts: a declared content script runs before the page's
 * load event and delays it (its isolated world, parse and start-up). Instead the background waits for the
 * tab's own load to complete and injects then, into the top frame, with the settings the page UI starts with (read
 * while the tab is checked: the page UI's first settings read then needs no round trip to the worker). If a page never completes loading (a
 * hanging resource), it injects FALLBACK_MS after the navigation began anyway; Chrome still waits for the
 * document to be idle. A frame that already runs the UI (same document: a repeated 'complete', a
 * back/forward-cache restore) is left alone. When the worker starts (installed, updated, restarted), the
 * Seller Central tabs already loaded get it too: their load events came before our listener existed.
 */
import { isSellerCentralHost } from '../../lib/seller-central/hosts';

const FALLBACK_MS = 4000;

export interface PageUiDeps {
  /**
   * true when the tab's top frame already runs the page UI; otherwise leaves `boot` (readBoot's answer) in the frame for
   * the page UI's start, and false
   */
  isRunning(tabId: number, boot: unknown): Promise<boolean>;
  /** what the page UI needs at its start (the stored settings), read while the tab is checked */
  readBoot?(): Promise<unknown>;
  inject(tabId: number): Promise<void>;
  /** the page driver's work tab (work-tab.ts): never gets the page UI (our Send hook must not run there) */
  isWorkTab?(tabId: number): Promise<boolean>;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  warn(message: string, error: unknown): void;
}

export const isSellerCentralUrl = (url: string | undefined): boolean => {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && isSellerCentralHost(u.hostname);
  } catch {
    return false;
  }
};

/** The tab-update handler, free of browser APIs (deps), so that it is unit-tested. */
export function createPageUiScheduler(deps: PageUiDeps) {
  const fallbacks = new Map<number, unknown>();
  const busy = new Set<number>();
  /** tabs that loaded again while an attach was under way (a redirect, a quick second navigation) */
  const again = new Set<number>();
  const clear = (tabId: number): void => {
    const timer = fallbacks.get(tabId);
    if (timer !== undefined) deps.clearTimer(timer);
    fallbacks.delete(tabId);
  };
  const attach = async (tabId: number): Promise<void> => {
    clear(tabId);
    if (busy.has(tabId)) {
      again.add(tabId);
      return;
    }
    busy.add(tabId);
    try {
      // (the page UI reads the settings itself when they could not be read here)
      const [work, boot] = await Promise.all([deps.isWorkTab?.(tabId), deps.readBoot?.().catch(() => undefined)]);
      if (work) return;
      if (!(await deps.isRunning(tabId, boot))) await deps.inject(tabId);
    } catch (error) {
      // a tab closed or navigated away meanwhile, an error page, a page Chrome does not let us script
      deps.warn(`page UI not injected into tab ${tabId}`, error);
    } finally {
      busy.delete(tabId);
      if (again.delete(tabId)) void attach(tabId);
    }
  };
  return {
    onUpdated(tabId: number, status: string | undefined, url: string | undefined): void {
      if (!status) return;
      if (!isSellerCentralUrl(url)) {
        clear(tabId);
        return;
      }
      if (status === 'loading') {
        clear(tabId);
        fallbacks.set(tabId, deps.setTimer(() => void attach(tabId), FALLBACK_MS));
      } else if (status === 'complete') {
        void attach(tabId);
      }
    },
    onRemoved(tabId: number): void {
      clear(tabId);
      again.delete(tabId);
    },
    /**
     * Tabs found open when the worker starts. A just-installed worker can miss the first load events of a
     * tab (seen in Chromium 156), so a tab still loading is attached now too: Chrome runs the injection
     * when that document is idle.
     */
    onStart(tabs: readonly { id?: number | undefined; url?: string | undefined; status?: string | undefined }[]): void {
      for (const tab of tabs) {
        if (tab.id !== undefined && (tab.status === 'complete' || tab.status === 'loading') && isSellerCentralUrl(tab.url)) void attach(tab.id);
      }
    },
  };
}
