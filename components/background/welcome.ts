/** Opens the welcome page (entrypoints/welcome) once, when the extension is installed (not on updates). */
import browser from 'webextension-polyfill';

export const WELCOME_PAGE = '/welcome.html';

export function startWelcome(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch((e: unknown) => {
      console.warn('[seller-inbox] could not open the welcome page', e);
    });
  });
}
