/**
 * Puts the page UI into Seller Central tabs: the scheduler (page-ui-scheduler.ts) wired to
 * tabs.onUpdated and scripting.executeScript (top frame, isolated world, only our own file).
 */
import browser from 'webextension-polyfill';
import { SELLER_CENTRAL_MATCHES } from '../../lib/seller-central/hosts';
import { createPageUiScheduler } from './page-ui-scheduler';
import { PAGE_UI_BOOT, PAGE_UI_RUNNING } from '../page/running-flag';
import { isWorkTab } from './work-tab';
import { ON_DEMAND_SCRIPT } from '../page/on-demand/shared-keys';

/** built from entrypoints/seller-central.content (registration: 'runtime') */
export const PAGE_UI_SCRIPT = '/content-scripts/seller-central.js';

/**
 * The page UI in every frame of a tab (asked for by the top frame's copy when the messaging list lives in a same-origin
 * frame). Each document starts it once: the script returns at once where it already runs. Host permissions keep it
 * to Seller Central frames.
 */
const framesInFlight = new Map<number, Promise<void>>();

/** One frame injection at a time per tab (a second copy in a frame would take over from the first). */
export function injectFrames(tabId: number): Promise<void> {
  const running = framesInFlight.get(tabId) ?? Promise.resolve();
  const next = running.catch(() => undefined).then(() => injectFramesNow(tabId));
  framesInFlight.set(tabId, next);
  void next.finally(() => { if (framesInFlight.get(tabId) === next) framesInFlight.delete(tabId); }).catch(() => undefined);
  return next;
}

async function injectFramesNow(tabId: number): Promise<void> {
  // which frames run it already (the top one does: a second copy there would take over from the running one)
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: (flag: string) => (globalThis as Record<string, unknown>)[flag] === true,
    args: [PAGE_UI_RUNNING],
  });
  const frameIds = results.filter((r) => r.frameId !== 0 && r.result !== true).map((r) => r.frameId);
  if (frameIds.length > 0) await browser.scripting.executeScript({ target: { tabId, frameIds }, files: [PAGE_UI_SCRIPT] });
}

/**
 * The page UI's on-demand part (components/page/on-demand/) into the one frame whose start part asked for it: same
 * isolated world, so it takes React and the shared modules from that frame's start part.
 */
export async function injectOnDemand(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ON_DEMAND_SCRIPT] });
}

/** `settings`: the stored settings, handed to the page UI with its injection (PAGE_UI_BOOT) */
export function startPageUi(settings: () => Promise<unknown>): void {
  const scheduler = createPageUiScheduler({
    isRunning: async (tabId, boot) => {
      const [result] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        // runs in the frame's isolated world, where the page UI will run
        func: (flag: string, bootKey: string, value: unknown) => {
          const world = globalThis as Record<string, unknown>;
          if (world[flag] === true) return true;
          if (value === null) delete world[bootKey];
          else world[bootKey] = value;
          return false;
        },
        args: [PAGE_UI_RUNNING, PAGE_UI_BOOT, boot === undefined ? null : { settings: boot }],
      });
      return result?.result === true;
    },
    readBoot: settings,
    inject: async (tabId) => {
      // the script marks its own document as running (components/page/running-flag.ts)
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_UI_SCRIPT] });
    },
    isWorkTab,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    warn: (message, error) => console.warn(`[seller-inbox] ${message}`, error),
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => scheduler.onUpdated(tabId, change.status, tab.url));
  browser.tabs.onRemoved.addListener((tabId) => scheduler.onRemoved(tabId));
  browser.tabs.query({ url: SELLER_CENTRAL_MATCHES }).then((tabs) => scheduler.onStart(tabs), (error: unknown) => {
    console.warn('[seller-inbox] could not list the open Seller Central tabs', error);
  });
}
