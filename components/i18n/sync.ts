/**
 * Synchronous `t(key, ...subs)` for content scripts: Chrome's browser.i18n.getMessage (the browser's
 * language). Once the content script has the seller's language setting it may install that locale's
 * catalog with `installCatalog()` so the page UI follows the setting too.
 */
import { browser } from 'wxt/browser';
import { createTranslator, type Catalog, type Translate } from './catalog';

let installed: Translate | undefined;

/** Page UI in the seller's chosen locale from now on (pass undefined to go back to the browser's). */
export function installCatalog(primary: Catalog | undefined, fallback?: Catalog): void {
  installed = primary ? createTranslator(primary, fallback) : undefined;
}

function getMessage(key: string, subs: string[]): string {
  try {
    return (browser.i18n.getMessage as unknown as (name: string, substitutions?: string[]) => string)(key, subs);
  } catch {
    return ''; // no extension context (tests, or the extension was reloaded under the page)
  }
}

export const t: Translate = (key, ...subs) => {
  if (installed) return installed(key, ...subs);
  const s = subs.map(String);
  return getMessage(key, s) || key;
};
