/**
 * Text for the page UI: the seller's chosen locale (installed by components/page/language.ts when it is not
 * the browser's), else browser.i18n.getMessage, else the English fallback (tests, and after the extension context
 * is invalidated, when extension APIs throw). `$1`, `$2` in the fallback are replaced by the substitutions, as
 * Chrome does with messages.json placeholders.
 */
import { browser } from 'wxt/browser';
import { installedText } from '../i18n/sync';

type GetMessage = (name: string, substitutions?: string | string[]) => string;

export function t(key: string, fallback: string, substitutions: string[] = []): string {
  const chosen = installedText(key, substitutions);
  if (chosen) return chosen;
  try {
    const message = (browser.i18n.getMessage as unknown as GetMessage)(key, substitutions);
    if (message) return message;
  } catch {
    // no extension context: fall back to English
  }
  return fallback.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
