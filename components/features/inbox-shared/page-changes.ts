/** Page changes for the v3 list's structural search (inbox-source.ts): one observer per root, shared by the features. */
import { openAnyShadowRoot } from '../../page/shadow-opener';
import { V3_SEARCH_MS } from './list-readers';

/**
 * Page changes, for the search: no timer runs while the page stands still (a page without a list costs nothing).
 * One MutationObserver per root, on the document, on the shadow roots of its custom elements (closed ones opened)
 * and on its same-origin frames' documents, as the search meets them; listeners run at most once per V3_SEARCH_MS.
 */
export class PageChanges {
  private readonly listeners = new Set<() => void>();
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = 0;
  private innerAt = -Infinity;

  constructor(private readonly root: ParentNode) {
    this.observer = new MutationObserver(() => this.schedule());
    this.watch(root as unknown as Node);
  }

  private watch(node: Node): void {
    if (this.observed.has(node)) return;
    this.observed.add(node);
    this.observer.observe(node, { childList: true, subtree: true, characterData: true });
  }

  /** Shadow roots and frame documents under the root (a search that found nothing looks there next time); shared. */
  watchInner(): void {
    const now = Date.now();
    if (now - this.innerAt < V3_SEARCH_MS / 2) return;
    this.innerAt = now;
    this.watchUnder(this.root);
  }

  private watchUnder(root: ParentNode): void {
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName === 'IFRAME') {
        try {
          const doc = (el as HTMLIFrameElement).contentDocument;
          if (doc && !this.observed.has(doc)) {
            this.watch(doc);
            el.addEventListener('load', () => this.schedule());
          }
        } catch {
          // another origin: not ours to read
        }
        continue;
      }
      if (!el.tagName.includes('-')) continue;
      const shadow = openAnyShadowRoot(el);
      if (shadow && !this.observed.has(shadow)) {
        this.watch(shadow);
        this.watchUnder(shadow);
      }
    }
  }

  private schedule(): void {
    if (this.timer !== undefined || this.listeners.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.last = Date.now();
      for (const l of [...this.listeners]) l();
    }, Math.max(0, this.last + V3_SEARCH_MS - Date.now()));
  }

  add(listener: () => void, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.observer.disconnect();
      clearTimeout(this.timer);
      pageChanges.delete(this.root);
    }, { once: true });
  }
}
const pageChanges = new Map<ParentNode, PageChanges>();
export function onPageChange(root: ParentNode, listener: () => void, signal: AbortSignal): PageChanges {
  let changes = pageChanges.get(root);
  if (!changes) pageChanges.set(root, (changes = new PageChanges(root)));
  changes.add(listener, signal);
  return changes;
}
