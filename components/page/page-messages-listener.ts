/** The popup's page messages (page-messages.ts) wired to runtime.onMessage for one page UI. */
import browser from 'webextension-polyfill';
import { answerPageMessage, type PageMessageDeps } from './page-messages';

/** Listens for the popup's messages until `signal` aborts. */
export function listenForPageMessages(deps: PageMessageDeps, signal: AbortSignal): void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    const answer = answerPageMessage(message, sender, deps);
    return answer === undefined ? undefined : Promise.resolve(answer);
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
