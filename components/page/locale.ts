/**
 * The page UI's locale now: the seller's setting once components/page/language.ts applied it, else the browser's.
 * No extension messaging here (plain helpers and tests import it).
 */
import { browser } from 'wxt/browser';
import { resolveLocale, type UiLocale } from '../i18n/catalog';
import { installedLocale } from '../i18n/sync';

export function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator === 'undefined' ? undefined : navigator.language;
  }
}

let current: UiLocale | undefined;

/** The page UI's locale now (the browser's until the setting was applied). */
export const pageLocale = (): UiLocale => current ?? installedLocale() ?? resolveLocale('auto', browserLanguage());

/** language.ts: the locale in use from now on */
export function setPageLocale(locale: UiLocale): void {
  current = locale;
}
