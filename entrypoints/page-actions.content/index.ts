/**
 * The page driver's hands in the work tab (components/background/work-tab.ts): not in the manifest, injected by the
 * driver ONLY into the one background tab it opened. Listens for the driver's Port (PAGE_ACTION_PORT), from this
 * extension's worker only (not a content script, not a page), runs the one named action per Port
 * (components/page-actions/registry.ts) and posts its reply. The Port closing first (the worker stopped, the driver
 * gave up) aborts the action: nothing is clicked after that.
 */
import browser from 'webextension-polyfill';
import { defineContentScript } from '#imports';
import { SELLER_CENTRAL_MATCHES } from '../../lib/seller-central/hosts';
import { PAGE_ACTION_PORT } from '../../lib/protocol/page-actions';
import { runPageActionHere } from '../../components/page-actions/run-action';

const RUNNING = '__sellerInboxPageActions';

export default defineContentScript({
  matches: SELLER_CENTRAL_MATCHES,
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    // once per document: the driver injects before every action
    if ((globalThis as Record<string, unknown>)[RUNNING] === true) return;
    (globalThis as Record<string, unknown>)[RUNNING] = true;
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== PAGE_ACTION_PORT) return;
      // only the extension's own worker (a content script's sender has a tab)
      if (port.sender?.id !== browser.runtime.id || port.sender.tab) {
        port.disconnect();
        return;
      }
      const controller = new AbortController();
      port.onDisconnect.addListener(() => controller.abort());
      let started = false;
      port.onMessage.addListener((message: unknown) => {
        if (started) return;
        started = true;
        void runPageActionHere(document, message, controller.signal).then((reply) => {
          if (!controller.signal.aborted) port.postMessage(reply);
        });
      });
    });
  },
});
