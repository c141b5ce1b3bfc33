/** In-app navigation like Seller Central's single-page app: pushState, popstate and intercepted links. */
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const emit = (): void => { for (const l of listeners) l(); };

export function navigate(url: string, replace = false): void {
  const target = new URL(url, location.href);
  if (target.origin !== location.origin) { location.assign(target.href); return; }
  if (replace) history.replaceState(null, '', target.href);
  else history.pushState(null, '', target.href);
  window.scrollTo(0, 0);
  emit();
}

/** Reload the page for a new marketplace: the server changes the session on `mons_sel_mkid`. */
export function switchMarketplace(marketplaceId: string): void {
  const url = new URL(location.href);
  url.searchParams.set('mons_sel_mkid', marketplaceId);
  location.assign(url.href);
}

function linkHref(event: MouseEvent): string | null {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (node.matches('a[href], kat-link[href]')) {
      if (node.getAttribute('target') === '_blank' || node.hasAttribute('download')) return null;
      return node.getAttribute('href');
    }
  }
  return null;
}

export function startRouter(): void {
  window.addEventListener('popstate', emit);
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const href = linkHref(event);
    if (!href || href.startsWith('#') || href.startsWith('javascript:')) return;
    const target = new URL(href, location.href);
    if (target.origin !== location.origin || target.searchParams.has('mons_sel_mkid')) return;
    event.preventDefault();
    navigate(target.href);
  });
}

const subscribe = (l: () => void): (() => void) => { listeners.add(l); return () => listeners.delete(l); };
const snapshot = (): string => location.pathname + location.search;

/** Current `pathname + search`; re-renders on navigation. */
export const useLocation = (): string => useSyncExternalStore(subscribe, snapshot);
