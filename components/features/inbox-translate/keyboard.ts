/**
 * The "Translate preview" control by keyboard: the control lives outside the list (end of the body), so the page's
 * own Tab order never reaches it. Tab from the row the control is shown for moves the focus to the control; from the
 * control, Tab goes on to the next row (or back to where the seller was, at the list's end) and Shift+Tab back.
 *
 *   keyboardReach({ store, button, signal }) installs the listener (document, capture); `button()` is the control's.
 */
import { V3_SELECTORS } from '../../../lib/seller-central/inbox-v3-page';
import type { HoverStore } from './hover';

const plainTab = (e: KeyboardEvent): boolean => e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey;

/** The focusable element that had the focus inside the row (the row itself when focusable). */
const deepTarget = (e: Event): HTMLElement | undefined => {
  const first = e.composedPath()[0];
  return first instanceof HTMLElement ? first : undefined;
};

/** The row after `row` in its list, when it can take the focus. */
function nextRow(row: Element): HTMLElement | undefined {
  for (let el = row.nextElementSibling; el; el = el.nextElementSibling) {
    if (el.matches(V3_SELECTORS.row) && el instanceof HTMLElement && el.tabIndex >= 0) return el;
  }
  return undefined;
}

export function keyboardReach({ store, button, signal }: { store: HoverStore; button: () => HTMLButtonElement | null; signal: AbortSignal }): void {
  let origin: HTMLElement | undefined;
  document.addEventListener('keydown', (e) => {
    if (!plainTab(e) || e.shiftKey) return;
    const shown = store.get();
    const b = button();
    if (!shown || !b || b.disabled || !e.composedPath().includes(shown.row)) return;
    e.preventDefault();
    e.stopPropagation();
    origin = deepTarget(e);
    b.focus();
  }, { capture: true, signal });

  /** the control's own keydown (React onKeyDown) */
  const fromControl = (e: KeyboardEvent): void => {
    if (!plainTab(e)) return;
    const row = store.get()?.row;
    const to = e.shiftKey ? origin : (row && nextRow(row)) ?? origin;
    if (!to?.isConnected) return;
    e.preventDefault();
    to.focus();
  };
  controlKeys.set(store, fromControl);
}

const controlKeys = new WeakMap<HoverStore, (e: KeyboardEvent) => void>();
/** The handler the control's button calls on keydown (none before keyboardReach ran). */
export const controlKeydown = (store: HoverStore) => (e: KeyboardEvent): void => controlKeys.get(store)?.(e);
