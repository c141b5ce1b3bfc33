/**
 * Opens a shadow root of a page element, closed ones included, where the browser lets an extension do that
 * (`chrome.dom.openOrClosedShadowRoot`, Chrome 88+; `browser.dom` in Firefox). A page's own scripts cannot: some
 * Seller Central lists are unreachable from the page but readable by us (seller-central-pages.md, M).
 */
import type { ShadowOpener } from '../../lib/seller-central/case-list-structure';

type DomApi = { openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null };

const api = (): DomApi | undefined => {
  const g = globalThis as unknown as { chrome?: { dom?: DomApi }; browser?: { dom?: DomApi } };
  return g.chrome?.dom ?? g.browser?.dom;
};

export const openAnyShadowRoot: ShadowOpener = (element) => {
  if (element.shadowRoot) return element.shadowRoot;
  const open = api()?.openOrClosedShadowRoot;
  if (!open || !element.tagName.includes('-')) return null;
  try {
    return open(element as HTMLElement);
  } catch {
    return null;
  }
};
