/** The popup's page messages (page-messages.ts) wired to runtime.onMessage for one page UI. */
import { browser } from 'wxt/browser';
import { answerPageMessage, type PageMessageDeps } from './page-messages';

/** Listens for the popup's messages until `signal` aborts. */
export function listenForPageMessages(deps: PageMessageDeps, signal: AbortSignal): void {
  // the browser's own onMessage (no polyfill): an answer goes through sendResponse, `true` keeps the channel open
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer: unknown) => void): boolean => {
    const answer = answerPageMessage(message, sender, deps);
    if (answer === undefined) return false;
    void Promise.resolve(answer).then(sendResponse);
    return true;
  };
  try {
    browser.runtime.onMessage.addListener(listener);
  } catch {
    return; // no extension context
  }
  signal.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // the context is gone: so is the listener
    }
  }, { once: true });
}
