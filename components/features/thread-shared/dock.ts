/**
 * The thread page's side column: one fixed container at the right edge of the viewport that the
 * order panel and the buyer panel mount their shadow-root UIs into (order first, buyer second).
 * It overlays the page instead of changing its layout; it is created by the first panel that needs
 * it and removed when the last one's page view ends. The page's CSS cannot style it (`all: initial`).
 */
const TAG = 'seller-inbox-thread-dock';
export const DOCK_WIDTH_PX = 372;

let dock: HTMLElement | undefined;
let users = 0;

const STYLE = [
  'all: initial', 'position: fixed', 'top: 56px', 'right: 12px', 'bottom: 12px', `width: ${DOCK_WIDTH_PX}px`,
  'max-width: calc(100vw - 24px)', 'z-index: 2147482000', 'display: flex', 'flex-direction: column', 'gap: 10px',
  'overflow-y: auto', 'overscroll-behavior: contain', 'scrollbar-width: thin', 'pointer-events: auto',
].join('; ');

/** Panels in column order: each mounts into its own slot of the dock. */
export type DockSlot = 'order' | 'buyer';
const SLOTS: readonly DockSlot[] = ['order', 'buyer'];

/**
 * Lines the dock up with the page's own right-hand column (Amazon's order box) when there is one, so
 * the dock covers that column instead of the conversation; else it keeps to the viewport's right edge.
 */
function align(el: HTMLElement, column: () => Element | null): void {
  const rect = column()?.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const width = rect ? vw - 12 - rect.left : 0;
  if (rect && rect.width > 0 && width >= 300 && width <= 480) {
    el.style.setProperty('left', `${Math.round(rect.left)}px`);
    el.style.setProperty('width', `${Math.round(width)}px`);
  } else {
    el.style.removeProperty('left');
    el.style.setProperty('width', `${DOCK_WIDTH_PX}px`);
  }
}

/**
 * The dock's slot for one panel (the dock is created on first use), held until `signal` aborts.
 * `column` finds the page's right-hand column to line up with.
 */
export function acquireDock(signal: AbortSignal, slot: DockSlot, column: () => Element | null = () => null): HTMLElement {
  if (!dock || !dock.isConnected) {
    dock = document.createElement(TAG);
    dock.setAttribute('data-si', 'thread-dock');
    dock.setAttribute('style', STYLE);
    for (const name of SLOTS) {
      const el = document.createElement('div');
      el.setAttribute('data-si-slot', name);
      el.setAttribute('style', 'all: initial; display: block;');
      dock.append(el);
    }
    document.body.append(dock);
    users = 0;
    const el = dock;
    const realign = (): void => align(el, column);
    realign();
    requestAnimationFrame(realign);
    window.addEventListener('resize', realign, { signal });
  }
  const mine = dock;
  users++;
  signal.addEventListener('abort', () => {
    // after the panels' own removal (queued as microtasks on the same abort)
    setTimeout(() => {
      if (mine !== dock) return;
      users = Math.max(0, users - 1);
      if (users === 0 && ![...mine.children].some((slot) => slot.childElementCount > 0)) {
        mine.remove();
        dock = undefined;
      }
    }, 0);
  }, { once: true });
  return mine.querySelector<HTMLElement>(`[data-si-slot="${slot}"]`) ?? mine;
}
