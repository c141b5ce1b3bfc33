/**
 * Text for the page UI: the installed catalog (components/page/language.ts installs the page's locale: the seller's
 * choice, or the one Chrome would answer from), else browser.i18n.getMessage, else the English fallback (tests, and
 * after the extension context is invalidated, when extension APIs throw). `$1`, `$2` in the fallback are replaced by
 * the substitutions, as Chrome does with messages.json placeholders.
 *
 * Each key is looked up once (a list's badges ask the same few keys with many amounts): with markers for the
 * substitutions, so the answer is the message with the catalog's (Chrome's) placeholder and `$$` rules applied; we put
 * the substitutions in place of the markers (once, as Chrome does). Kept until a catalog is installed again.
 */
import { browser } from 'wxt/browser';
import { catalogInstalls, installedText } from '../i18n/sync';

type GetMessage = (name: string, substitutions?: string | string[]) => string;

/** `$1`..`$9` come back from getMessage as these (Chrome takes at most 9 substitutions) */
const MARKERS = Array.from({ length: 9 }, (_, i) => `\uE000${i + 1}`);
const MARKER = /\uE000([1-9])/g;
const templates = { installs: -1, byKey: new Map<string, { message: string; fromCatalog: boolean }>() };

const contextAlive = (): boolean => {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
};

/**
 * The message for `key` with markers for its substitutions ('' when there is none): from the installed catalog, else
 * from getMessage (only while the extension context is alive). One per key until the catalog changes: a list's
 * badges ask the same few keys with many amounts.
 */
function template(key: string): string {
  if (templates.installs !== catalogInstalls()) {
    templates.installs = catalogInstalls();
    templates.byKey.clear();
  }
  const known = templates.byKey.get(key);
  // getMessage's answers are used while the context is alive (as asking it then would answer); the catalog's always
  if (known !== undefined) return known.fromCatalog || contextAlive() ? known.message : '';
  const installed = installedText(key, MARKERS);
  if (installed === undefined && !contextAlive()) return '';
  const message = installed ?? (browser.i18n.getMessage as unknown as GetMessage)(key, MARKERS) ?? '';
  templates.byKey.set(key, { message, fromCatalog: installed !== undefined });
  return message;
}

export function t(key: string, fallback: string, substitutions: string[] = []): string {
  try {
    if (substitutions.length <= MARKERS.length) {
      const message = template(key).replace(MARKER, (_, n: string) => substitutions[Number(n) - 1] ?? '');
      if (message) return message;
    } else {
      // past Chrome's 9 substitutions: asked as it is, every time
      const message = installedText(key, substitutions) ?? (browser.i18n.getMessage as unknown as GetMessage)(key, substitutions);
      if (message) return message;
    }
  } catch {
    // no extension context: fall back to English
  }
  return fallback.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
