/**
 * Text for the page UI: the seller's chosen locale (installed by components/page/language.ts when it is not
 * the browser's), else browser.i18n.getMessage, else the English fallback (tests, and after the extension context
 * is invalidated, when extension APIs throw). `$1`, `$2` in the fallback are replaced by the substitutions, as
 * Chrome does with messages.json placeholders.
 *
 * getMessage is asked once per key (a list's badges ask the same few keys with many amounts): with markers for
 * substitutions, so its answer is the message with Chrome's own placeholder and `$$` rules applied; we put the
 * substitutions in place of the markers (once, as Chrome does). Kept until the page's language is set again
 * (installCatalog), used while the extension context is alive.
 */
import { browser } from 'wxt/browser';
import { catalogInstalls, installedText } from '../i18n/sync';

type GetMessage = (name: string, substitutions?: string | string[]) => string;

/** `$1`..`$9` come back from getMessage as these (Chrome takes at most 9 substitutions) */
const MARKERS = Array.from({ length: 9 }, (_, i) => `\uE000${i + 1}`);
const MARKER = /\uE000([1-9])/g;
const templates = { installs: -1, byKey: new Map<string, string>() };

const contextAlive = (): boolean => {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
};

/** The browser's message for `key` with markers for its substitutions ('' when it has none). */
function template(key: string): string {
  if (templates.installs !== catalogInstalls()) {
    templates.installs = catalogInstalls();
    templates.byKey.clear();
  }
  const known = templates.byKey.get(key);
  if (known !== undefined) return known;
  const message = (browser.i18n.getMessage as unknown as GetMessage)(key, MARKERS) ?? '';
  templates.byKey.set(key, message);
  return message;
}

export function t(key: string, fallback: string, substitutions: string[] = []): string {
  const chosen = installedText(key, substitutions);
  if (chosen) return chosen;
  try {
    // without a live context (or past Chrome's 9 substitutions) getMessage is asked as it is, every time
    if (substitutions.length <= MARKERS.length && contextAlive()) {
      const message = template(key).replace(MARKER, (_, n: string) => substitutions[Number(n) - 1] ?? '');
      if (message) return message;
    } else {
      const message = (browser.i18n.getMessage as unknown as GetMessage)(key, substitutions);
      if (message) return message;
    }
  } catch {
    // no extension context: fall back to English
  }
  return fallback.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
