/**
 * Synchronous `t(key, ...subs)` for content scripts: Chrome's browser.i18n.getMessage (the browser's
 * language). Once the content script has the seller's language setting it installs that locale's
 * catalog with `installCatalog()` (components/page/language.ts) so the page UI follows the setting too.
 */
import { browser } from 'wxt/browser';
import { formatMessage, type Catalog, type Translate, type UiLocale } from './catalog';

let installed: { locale: UiLocale; catalog: Catalog } | undefined;
let installs = 0;

/** Page UI in the seller's chosen locale from now on (pass undefined to go back to the browser's). */
export function installCatalog(locale: UiLocale | undefined, catalog?: Catalog): void {
  installed = locale && catalog ? { locale, catalog } : undefined;
  installs++;
}

/** Counts installCatalog() calls: texts kept from before a different count may be in another language. */
export const catalogInstalls = (): number => installs;

/** The locale installed with installCatalog(), or undefined while the page UI follows the browser. */
export const installedLocale = (): UiLocale | undefined => installed?.locale;

/** The installed catalog's text for `key`, or undefined (no catalog installed, or no such key). */
export function installedText(key: string, subs: readonly string[]): string | undefined {
  return installed ? formatMessage(installed.catalog, key, subs) : undefined;
}

function getMessage(key: string, subs: string[]): string {
  try {
    return (browser.i18n.getMessage as unknown as (name: string, substitutions?: string[]) => string)(key, subs);
  } catch {
    return ''; // no extension context (tests, or the extension was reloaded under the page)
  }
}

export const t: Translate = (key, ...subs) => {
  const s = subs.map(String);
  return installedText(key, s) ?? (getMessage(key, s) || key);
};
