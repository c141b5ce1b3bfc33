/**
 * The case-list row the seller points at or moves the focus to (delegated listeners on the document: nothing is added
 * to the rows), with where its preview is, for the one shared "Translate preview" control.
 */
import { V3_SELECTORS } from '../../../lib/seller-central/inbox-v3-page';

export interface HoveredRow {
  row: Element;
  preview: Element;
  /** the preview's box in the viewport when the row was entered */
  rect: { top: number; right: number; bottom: number };
}

/** A tiny store for useSyncExternalStore: the row the control is for (undefined: hidden). */
export class HoverStore {
  private current: HoveredRow | undefined;
  private readonly listeners = new Set<() => void>();
  get = (): HoveredRow | undefined => this.current;
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  set(next: HoveredRow | undefined): void {
    if (next?.row === this.current?.row && next?.rect.top === this.current?.rect.top) return;
    this.current = next;
    for (const fn of this.listeners) fn();
  }
}

/** The list row an event came from (also through open shadow roots; also from our chips in the row), or undefined. */
export function rowOfEvent(event: Event): Element | undefined {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (node.matches(V3_SELECTORS.row)) return node;
  }
  return undefined;
}

/** The row's preview element, when it shows one with text. */
export function previewOf(row: Element): Element | undefined {
  const el = row.querySelector(V3_SELECTORS.preview);
  return el && (el.textContent ?? '').trim() ? el : undefined;
}
