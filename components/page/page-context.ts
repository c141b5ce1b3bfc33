/**
 * The page UI's own lifetime, which the Seller Central page cannot end.
 *
 * WXT's ContentScriptContext stops "older copies" of a content script when a document event named
 * `<extension id>:<script>:wxt:content-script-started` arrives, and announces itself with that event and with a
 * `window.postMessage` the page can read (it carries the extension id). Any script of the page can dispatch the
 * event: it removed every badge and panel and the policy check on Send, without a word. PageUiContext is WXT's
 * context (shadow-root UIs, location watcher and timers work as before) without that broadcast and without
 * listening to it: it ends only when the extension context is really gone (runtime.id undefined, which WXT's
 * own checks see), and then the runner shows the notice.
 *
 * A newer copy (the extension was reloaded or updated) does not stop this one: it announces itself with
 * PAGE_UI_STARTED, on which this copy checks ITS OWN extension context (never the event's word) and, when that is
 * gone, stops and shows the notice; the newer copy, which the background injected, removes that notice
 * (notice.ts). A page dispatching PAGE_UI_STARTED only makes a live copy check that it is alive.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export const PAGE_UI_STARTED = 'seller-inbox:page-ui-started';

export class PageUiContext extends ContentScriptContext {
  /** no "I started" broadcast (the page could read it, and older copies would stop on it) */
  override stopOldScripts(): void {}
  /** no stopping on a document event: the page can dispatch any event */
  override listenForNewerScripts(): void {}
}
