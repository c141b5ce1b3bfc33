/**
 * A locale's messages.json as data, and Chrome's substitution rules applied to it: named placeholders
 * (`$COUNT$` with `"placeholders": { "count": { "content": "$1" } }`), positional `$1`..`$9`, and `$$`
 * for a literal dollar sign. Pure: no browser API.
 */

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Readonly<Record<string, CatalogEntry>>;

/** The UI languages shipped in public/_locales. */
export const UI_LOCALES = ['en', 'zh_CN'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
/** The language setting: a shipped locale, or follow the browser's UI language. */
export type UiLanguageSetting = UiLocale | 'auto';

/** Chinese browsers (zh, zh-CN, zh-SG, zh-Hans…) get Simplified Chinese; everything else English. */
export function resolveLocale(setting: UiLanguageSetting | undefined, browserLanguage: string | undefined): UiLocale {
  if (setting === 'en' || setting === 'zh_CN') return setting;
  const lang = (browserLanguage ?? '').toLowerCase().replace('_', '-');
  return lang === 'zh' || lang.startsWith('zh-') ? 'zh_CN' : 'en';
}

const positional = (text: string, subs: readonly string[]): string =>
  text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));

/** The message text with substitutions, or undefined when the catalog has no such key. */
export function formatMessage(catalog: Catalog, key: string, subs: readonly string[] = []): string | undefined {
  const entry = catalog[key] ?? findIgnoringCase(catalog, key);
  if (!entry || typeof entry.message !== 'string') return undefined;
  const placeholders = entry.placeholders ?? {};
  const lowered: Record<string, string> = {};
  for (const [name, p] of Object.entries(placeholders)) lowered[name.toLowerCase()] = p.content;
  // $NAME$ -> its content (which may itself hold $1); $$ stays for the positional pass.
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = lowered[name.toLowerCase()];
    return content === undefined ? whole : content;
  });
  return positional(named, subs);
}

/** Chrome treats message names case-insensitively. */
function findIgnoringCase(catalog: Catalog, key: string): CatalogEntry | undefined {
  const k = key.toLowerCase();
  for (const [name, entry] of Object.entries(catalog)) if (name.toLowerCase() === k) return entry;
  return undefined;
}

export type Translate = (key: string, ...subs: (string | number)[]) => string;

/** `t(key, ...subs)`: the chosen locale, then English, then the key itself (visible, never blank). */
export function createTranslator(primary: Catalog, fallback: Catalog = {}): Translate {
  return (key, ...subs) => {
    const s = subs.map(String);
    return formatMessage(primary, key, s) ?? formatMessage(fallback, key, s) ?? key;
  };
}
