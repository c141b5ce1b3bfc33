/**
 * Text for the page UI: browser.i18n.getMessage with an English fallback (used in tests and after
 * the extension context is invalidated, when extension APIs throw). `$1`, `$2` in the fallback are
 * replaced by the substitutions, as Chrome does with messages.json placeholders.
 */
import { browser } from 'wxt/browser';

type GetMessage = (name: string, substitutions?: string | string[]) => string;

export function t(key: string, fallback: string, substitutions: string[] = []): string {
  try {
    const message = (browser.i18n.getMessage as unknown as GetMessage)(key, substitutions);
    if (message) return message;
  } catch {
    // no extension context: fall back to English
  }
  return fallback.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}
