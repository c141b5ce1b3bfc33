/**
 * Our page UI lives in CLOSED shadow roots: a Seller Central page script cannot read our text (a private blacklist
 * reason, a buyer's history) or reach our buttons through `host.shadowRoot` (it is null for the page).
 *
 * The one exception is for the end-to-end tests, which read our UI with Playwright, and Playwright sees only open
 * roots: their harness sets E2E_OPEN_SHADOW_ROOTS in the extension's `storage.local` through the service worker.
 * Only the extension can write its storage (no web page, no other extension), so a page cannot open our roots.
 * tests/e2e/security-page.e2e.ts runs without the flag, as the extension ships.
 */
import { browser } from 'wxt/browser';

export const E2E_OPEN_SHADOW_ROOTS = 'siE2eOpenShadowRoots';

let mode: ShadowRootMode = 'closed';
let loaded: Promise<ShadowRootMode> | undefined;

/** Reads the flag once per page UI (storage.local: no round trip to the background). */
export function loadShadowMode(): Promise<ShadowRootMode> {
  loaded ??= browser.storage.local.get(E2E_OPEN_SHADOW_ROOTS).then(
    (r: Record<string, unknown>) => (mode = r[E2E_OPEN_SHADOW_ROOTS] === true ? 'open' : 'closed'),
    () => mode,
  );
  return loaded;
}

/** The mode now ('closed' until the flag is read). */
export const shadowMode = (): ShadowRootMode => mode;
