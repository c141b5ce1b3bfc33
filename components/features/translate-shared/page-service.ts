/**
 * The page UI's one translation service: the browser's on-device provider (provider.ts), the cache in memory and in
 * the background's store (messages `translations/get` / `translations/put`), the seller's language, and the words
 * the UI uses for languages and failures.
 */
import {
  BUYER_LANGUAGES, cacheKey, sellerLanguage, TranslationCache, TranslationError, TranslationService,
  type CachedTranslation, type LanguageCode, type LanguagePair, type TranslationStore,
} from '../../../lib/translate';
import { sendRequest } from '../../messaging';
import { t } from '../../page/i18n';
import { loadPageSettings } from '../../page/settings';
import { pageLocale } from '../../page/locale';
import { BrowserTranslationProvider } from '../../translate/provider';

const store: TranslationStore = {
  get: async (key) => (await sendRequest({ type: 'translations/get', keys: [key] })).entries[0],
  put: async (entry) => { await sendRequest({ type: 'translations/put', entry }); },
};

export const pageProvider = new BrowserTranslationProvider();
export const pageCache = new TranslationCache(store);
export const pageTranslations = new TranslationService(pageProvider, { cache: pageCache });

// in its own file so that the inbox list's translate control can ask without loading the translation service
export { translatorPresent } from './present';

/**
 * Loads the stored translations of these texts for every language they may be in, in ONE message, so that a case
 * opened again shows its translations at once (the cache answers `peek` synchronously afterwards).
 */
export async function warmCache(texts: readonly string[], target: LanguageCode): Promise<void> {
  const keys = texts.flatMap((text) => BUYER_LANGUAGES.filter((l) => l !== target).map((source) => cacheKey(text, { source, target })));
  if (keys.length === 0) return;
  for (let i = 0; i < keys.length; i += 500) {
    const { entries } = await sendRequest({ type: 'translations/get', keys: keys.slice(i, i + 500) });
    pageCache.warm(entries);
  }
}

/** The stored translation of `text` into `target`, whatever the source language was (after warmCache). */
export function peekAny(text: string, target: LanguageCode): { pair: LanguagePair; entry: CachedTranslation } | undefined {
  for (const source of BUYER_LANGUAGES) {
    if (source === target) continue;
    const pair = { source, target };
    const entry = pageCache.peek(text, pair);
    if (entry) return { pair, entry };
  }
  return undefined;
}

let knownSeller: LanguageCode | undefined;

/** The seller's language: the last one read at once (a case opened again waits for nothing), refreshed behind. */
export async function pageSellerLanguage(): Promise<LanguageCode> {
  const fresh = readSellerLanguage().then((l) => (knownSeller = l));
  return knownSeller ?? fresh;
}

async function readSellerLanguage(): Promise<LanguageCode> {
  const settings = await loadPageSettings().catch(() => undefined);
  // 'auto': the page UI's language (the seller's UI language setting, else the browser's), never the browser's alone
  return sellerLanguage(settings?.sellerLanguage, pageLocale());
}

const LANG_KEYS: Record<string, [string, string]> = {
  en: ['pageTrLangEn', 'English'], de: ['pageTrLangDe', 'German'], fr: ['pageTrLangFr', 'French'], it: ['pageTrLangIt', 'Italian'],
  es: ['pageTrLangEs', 'Spanish'], ja: ['pageTrLangJa', 'Japanese'], nl: ['pageTrLangNl', 'Dutch'], pl: ['pageTrLangPl', 'Polish'],
  sv: ['pageTrLangSv', 'Swedish'], tr: ['pageTrLangTr', 'Turkish'], pt: ['pageTrLangPt', 'Portuguese'], ar: ['pageTrLangAr', 'Arabic'],
  zh: ['pageTrLangZh', 'Chinese'], 'zh-Hant': ['pageTrLangZhHant', 'Chinese (Traditional)'],
};

/** A language's name in the UI's language. */
export function languageName(code: LanguageCode): string {
  const known = LANG_KEYS[code];
  return known ? t(known[0], known[1]) : t('pageTrLangOther', 'language “$1”', [code]);
}

/** Each language's name in itself, for "write in 中文 / English". */
export const AUTONYM: Record<string, string> = { zh: '中文', en: 'English' };

/** What the seller reads when a translation cannot be made. */
export function failureText(e: unknown, pair?: LanguagePair): string {
  const code = e instanceof TranslationError ? e.code : 'failed';
  const names = pair ? [languageName(pair.source), languageName(pair.target)] : ['', ''];
  switch (code) {
    case 'absent': return t('pageTrAbsent', 'Not available in this browser: on-device translation needs Chrome 138 or later on a computer');
    case 'unavailable': return t('pageTrUnavailable', 'This browser cannot translate $1 → $2', names);
    case 'gesture': return t('pageTrGesture', 'Click again to start the language pack download');
    default: return t('pageTrFailed', 'Translation failed: $1', [e instanceof Error ? e.message : String(e)]);
  }
}
