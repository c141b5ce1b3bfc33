/**
 * The page UI's start part: every in-page feature (components/features/registry.ts); the case and reply-box
 * features come later, on demand (components/page/on-demand/). Not in the manifest: the
 * background injects it once a Seller Central page has loaded (components/background/page-ui.ts), so that
 * parsing and starting it never delays Seller Central's own load.
 */
import { defineContentScript } from '#imports';
import '../../components/page/ui.css';
import { FEATURES } from '../../components/features/registry';
import { runFeatures } from '../../components/page/run-features';
import { SELLER_CENTRAL_MATCHES } from '../../lib/seller-central/hosts';
import { PAGE_UI_RUNNING } from '../../components/page/running-flag';
import { PageUiContext } from '../../components/page/page-context';
import { exposeSharedModules } from '../../components/page/on-demand/expose';

export default defineContentScript({
  matches: SELLER_CENTRAL_MATCHES,
  registration: 'runtime',
  cssInjectionMode: 'ui',
  // WXT's start broadcast by postMessage is readable by the page (it carries the extension id)
  noScriptStartedPostMessage: true,
  main(ctx) {
    // once per document: an injection into every frame of the tab reaches documents that already run it
    if ((globalThis as Record<string, unknown>)[PAGE_UI_RUNNING] === true) return;
    (globalThis as Record<string, unknown>)[PAGE_UI_RUNNING] = true;
    // React and the shared modules for the on-demand part (components/page/on-demand/shared-keys.ts)
    exposeSharedModules();
    // WXT's ctx can be ended by any page script (a forged "newer copy" event): our UI lives on its own context
    // (components/page/page-context.ts), which only the extension going away ends
    runFeatures(new PageUiContext('seller-central', ctx.options), FEATURES);
  },
});
