/**
 * Loads a locale's messages.json from the extension package. browser.i18n.getMessage always answers
 * in the browser's language, so extension pages that let the seller pick the language fetch the file
 * themselves.
 */
import { browser } from 'wxt/browser';
import type { Catalog, UiLocale } from './catalog';

export type FetchText = (path: string) => Promise<string>;

const fetchFromExtension: FetchText = async (path) => {
  // the locale files are web-accessible to the extension's own pages (same origin)
  const res = await fetch((browser.runtime.getURL as (p: string) => string)(`/${path}`));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.text();
};

const cache = new Map<UiLocale, Promise<Catalog>>();

export function loadCatalog(locale: UiLocale, fetchText: FetchText = fetchFromExtension): Promise<Catalog> {
  let p = cache.get(locale);
  if (!p) {
    p = fetchText(`_locales/${locale}/messages.json`).then((text) => JSON.parse(text) as Catalog);
    p.catch(() => cache.delete(locale));
    cache.set(locale, p);
  }
  return p;
}

/** The chosen locale and English (the fallback for missing keys); a locale that fails to load becomes English only. */
export async function loadCatalogs(locale: UiLocale, fetchText?: FetchText): Promise<{ primary: Catalog; fallback: Catalog }> {
  const en = await loadCatalog('en', fetchText).catch((): Catalog => ({}));
  if (locale === 'en') return { primary: en, fallback: en };
  const primary = await loadCatalog(locale, fetchText).catch((e: unknown) => {
    console.warn(`[seller-inbox] could not load the ${locale} messages, using English`, e);
    return en;
  });
  return { primary, fallback: en };
}
