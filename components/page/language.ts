/**
 * The page UI's language: the seller's setting (Settings.uiLanguage), else the browser's. The locale's messages come
 * from the background (`i18n/messages`) and are installed for every page text (components/i18n/sync.ts,
 * components/page/i18n.ts); browser.i18n.getMessage answers only when they could not be had.
 */
import { resolveLocale, type Catalog, type UiLanguageSetting, type UiLocale } from '../i18n/catalog';
import { installCatalog, installedLocale } from '../i18n/sync';
import { sendRequest } from '../messaging';
import { browserLanguage, pageLocale, setPageLocale } from './locale';

export { pageLocale } from './locale';

/**
 * The catalog Chrome's getMessage answers from when the page follows the browser: the browser's UI language when the
 * extension has that locale (zh_CN), else the default locale (en). Chrome does not fall back from zh-TW to zh_CN.
 */
export function chromeTextLocale(uiLanguage: string | undefined): UiLocale {
  return /^zh[-_]cn$/i.test(uiLanguage ?? '') ? 'zh_CN' : 'en';
}

/**
 * Makes `setting` the page UI's language; resolves true when the locale changed (texts already on the page are
 * in the old one). A failure to load the messages leaves the browser's language.
 *
 * Following the browser, the page still installs the catalog Chrome would answer from (same texts): the first
 * browser.i18n.getMessage of a page loads the extension's whole message bundle synchronously (10-35 ms of the main
 * thread on the 500-case v3 inbox, `npm run bench`), the catalog comes from the background in one message. When it
 * cannot be had, getMessage answers as before.
 */
let prefetched: { locale: UiLocale; messages: Promise<Catalog> } | undefined;
/** whether the last applied setting followed the browser (unknown before the first) */
let followedBrowser: boolean | undefined;

const requestMessages = (locale: UiLocale): Promise<Catalog> =>
  sendRequest({ type: 'i18n/messages', locale }).then(({ messages }) => messages as Catalog);

/**
 * Starts asking for the texts of a page that follows the browser, while the settings load (most sellers follow the
 * browser: the texts then come with no second wait); applyPageLanguage takes them.
 */
export function prefetchPageTexts(): void {
  const locale = chromeTextLocale(browserLanguage());
  // a seller who chose another language: those texts would be asked for and dropped on every page view
  if (followedBrowser === false || installedLocale() === locale || prefetched?.locale === locale) return;
  const messages = requestMessages(locale);
  messages.catch(() => undefined); // applyPageLanguage reports it, when it takes them
  prefetched = { locale, messages };
}

function messagesFor(locale: UiLocale): Promise<Catalog> {
  const ready = prefetched?.locale === locale ? prefetched.messages : undefined;
  prefetched = undefined;
  return ready ?? requestMessages(locale);
}

export async function applyPageLanguage(setting: UiLanguageSetting | undefined): Promise<boolean> {
  const browserLocale = resolveLocale('auto', browserLanguage());
  const wanted = resolveLocale(setting, browserLanguage());
  const followsBrowser = wanted === browserLocale;
  followedBrowser = followsBrowser;
  const texts = followsBrowser ? chromeTextLocale(browserLanguage()) : wanted;
  const before = pageLocale();
  if (installedLocale() !== texts) {
    if (followsBrowser) installCatalog(undefined);
    installCatalog(texts, await messagesFor(texts));
  }
  setPageLocale(wanted);
  return before !== wanted;
}
