/**
 * The content script's own stylesheet (cssInjectionMode 'ui'), read ONCE per page UI and kept in memory. WXT's
 * createShadowRootUi fetched it from the extension's files on EVERY mount, and each fetch is a round trip that takes
 * frames (a case opened again showed its saved translations 6-9 frames after its messages): our UIs (mount-ui.ts)
 * mount with the kept text.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

let loaded: Promise<string> | undefined;

/** The stylesheet's text, `:root` rules made `:host` rules (as WXT does); '' when it cannot be read. */
export function loadEntryCss(): Promise<string> {
  loaded ??= (async () => {
    try {
      const url = browser.runtime.getURL(`/content-scripts/${import.meta.env.ENTRYPOINT}.css` as '/');
      return (await (await fetch(url)).text()).replaceAll(':root', ':host');
    } catch (error) {
      console.warn('[seller-inbox] the page UI stylesheet could not be read:', error);
      loaded = undefined; // the next UI asks again
      return '';
    }
  })();
  return loaded;
}

/** What the entry stylesheet adds to a UI's CSS ('' when the content script does not inject it into its UIs). */
export async function entryCssFor(wxt: ContentScriptContext): Promise<string> {
  return wxt.options?.cssInjectionMode === 'ui' ? loadEntryCss() : '';
}
