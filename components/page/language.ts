/**
 * The page UI's language: the seller's setting (Settings.uiLanguage), else the browser's. When the chosen locale is
 * not the browser's, its messages come from the background (`i18n/messages`) and are installed for every page text
 * (components/i18n/sync.ts, components/page/i18n.ts); otherwise browser.i18n.getMessage answers.
 */
import { resolveLocale, type Catalog, type UiLanguageSetting } from '../i18n/catalog';
import { installCatalog, installedLocale } from '../i18n/sync';
import { sendRequest } from '../messaging';
import { browserLanguage, pageLocale, setPageLocale } from './locale';

export { pageLocale } from './locale';

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
  setPageLocale(wanted);
  return before !== wanted;
}
