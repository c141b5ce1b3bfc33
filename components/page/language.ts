/**
 * The page UI's language: the seller's setting (Settings.uiLanguage), else the browser's. When the chosen locale is
 * not the browser's, its messages come from the background (`i18n/messages`) and are installed for every page text
 * (components/i18n/sync.ts, components/page/i18n.ts); otherwise browser.i18n.getMessage answers.
 */
import { browser } from 'wxt/browser';
import { resolveLocale, type Catalog, type UiLanguageSetting, type UiLocale } from '../i18n/catalog';
import { installCatalog, installedLocale } from '../i18n/sync';
import { sendRequest } from '../messaging';

function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator === 'undefined' ? undefined : navigator.language;
  }
}

let current: UiLocale | undefined;

/** The page UI's locale now (the browser's until applyPageLanguage() ran). */
export const pageLocale = (): UiLocale => current ?? installedLocale() ?? resolveLocale('auto', browserLanguage());

/**
 * Makes `setting` the page UI's language; resolves true when the locale changed (texts already on the page are
 * in the old one). A failure to load the messages leaves the browser's language.
 */
export async function applyPageLanguage(setting: UiLanguageSetting | undefined): Promise<boolean> {
  const browserLocale = resolveLocale('auto', browserLanguage());
  const wanted = resolveLocale(setting, browserLanguage());
  const before = pageLocale();
  if (wanted === browserLocale) {
    installCatalog(undefined);
  } else if (installedLocale() !== wanted) {
    const { messages } = await sendRequest({ type: 'i18n/messages', locale: wanted });
    installCatalog(wanted, messages as Catalog);
  }
  current = wanted;
  return before !== wanted;
}
