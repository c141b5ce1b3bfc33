/**
 * The thread page's side column: one fixed container (`data-si="thread-dock"`) that the order panel and
 * the buyer panel mount their shadow-root UIs into (order first, buyer second). It is created by the
 * first panel that needs it and removed when the last one's page view ends. The page's CSS cannot
 * style it (`all: initial`, its own shadow root).
 *
 * It never covers the conversation: it lines up with the page's own order box (a column beside the
 * conversation, left or right), else keeps to the viewport's right edge; whenever that place would
 * overlap the thread head, the messages or the reply area (measured once per layout change: resize,
 * a size change of the page, scrolling), it collapses to a narrow tab at the edge that opens it on a
 * click, and the tab itself moves out of the way of the reply area. The dock is only as tall as its
 * panels, so no empty part of it sits over the page. The seller can collapse and open it at any time.
 * On the inbox v3 (a case in the right pane) there is no page order box: the dock keeps to the right edge, clear of
 * the case list, the case's header, messages and reply box, else it collapses to its tab.
 */
import type { PageInfo } from '../../page/feature';
import { t } from '../../page/i18n';
import { findConversationLayout } from './conversation';

const TAG = 'seller-inbox-thread-dock';
export const DOCK_WIDTH_PX = 372;
/** width of the page's order box we line up with */
const COLUMN_MIN_PX = 260;
const COLUMN_MAX_PX = 480;
const EDGE_PX = 12;
const TOP_PX = 56;
const TAB_WIDTH_PX = 22;
const TAB_MIN_WIDTH_PX = 16;
const TAB_HEIGHT_PX = 112;

const HOST_STYLE = [
  'all: initial', 'position: fixed', `top: ${TOP_PX}px`, `width: ${DOCK_WIDTH_PX}px`, 'max-width: calc(100vw - 24px)',
  'z-index: 2147482000', 'display: flex', 'flex-direction: column', 'pointer-events: auto',
].join('; ');

const SHADOW_CSS = `
:host { all: initial; }
.area { flex: 0 1 auto; min-height: 0; display: flex; flex-direction: column; gap: 10px; overflow-y: auto;
  overscroll-behavior: contain; scrollbar-width: thin; }
.bar { flex: none; display: flex; justify-content: flex-end; padding-top: 6px; }
.collapse { height: 18px; padding: 0 8px; border: 1px solid #cbd5e1; border-radius: 9px; background: #f8fafc; color: #475569;
  cursor: pointer; font: 600 10.5px/16px system-ui, -apple-system, "Segoe UI", sans-serif; box-shadow: 0 1px 3px rgba(15, 23, 42, .12); }
.collapse:hover { background: #e2e8f0; color: #0f172a; }
.tab { display: none; box-sizing: border-box; width: 100%; height: ${TAB_HEIGHT_PX}px; padding: 0; border: 1px solid #0f766e;
  border-right: 0; border-radius: 8px 0 0 8px; background: #0f766e; color: #fff; cursor: pointer;
  font: 600 11px/1 system-ui, -apple-system, "Segoe UI", sans-serif; writing-mode: vertical-rl; letter-spacing: .04em;
  box-shadow: 0 2px 8px rgba(15, 23, 42, .18); }
.tab:focus-visible, .collapse:focus-visible { outline: 2px solid #0b65c2; outline-offset: 1px; }
:host([data-si-collapsed]) .area, :host([data-si-collapsed]) .bar { display: none; }
:host([data-si-collapsed]) .tab { display: block; }
`;

/** Panels in column order: each mounts into its own slot of the dock. */
export type DockSlot = 'order' | 'buyer';
const SLOTS: readonly DockSlot[] = ['order', 'buyer'];

export interface Box { left: number; right: number; top: number; bottom: number; width: number; height: number }

export interface DockPlace {
  /** expanded: where the dock goes; collapsed: where the tab goes */
  collapsed: boolean;
  left: number;
  width: number;
  top: number;
  maxHeight: number;
}

const overlapsX = (a: { left: number; right: number }, b: { left: number; right: number }): boolean =>
  a.left < b.right && b.left < a.right;
const overlaps = (a: Box, b: Box): boolean => overlapsX(a, b) && a.top < b.bottom && b.top < a.bottom;

/**
 * Where the dock (or its tab) goes. Pure: viewport size, the page's order box, the boxes to keep clear
 * (thread head, messages, reply area; viewport coordinates), and whether the seller opened/closed it.
 * `userOpen`: undefined = automatic (collapsed only when it would cover those), true/false = the seller's choice.
 */
export function placeDock(view: { width: number; height: number }, column: Box | null, keepClear: readonly Box[], userOpen?: boolean): DockPlace {
  const right = view.width - EDGE_PX;
  let left = right - DOCK_WIDTH_PX;
  let width = DOCK_WIDTH_PX;
  let top = TOP_PX;
  if (column && column.width > 0 && column.height > 0) {
    const toEdge = right - column.left;
    if (toEdge >= 300 && toEdge <= COLUMN_MAX_PX) {
      // the page's right-hand column: from its left edge to the viewport's
      left = column.left;
      width = toEdge;
      top = Math.max(EDGE_PX, column.top);
    } else if (column.width >= COLUMN_MIN_PX && column.width <= COLUMN_MAX_PX && column.right <= right) {
      // a column elsewhere (e.g. left of the conversation): exactly over it
      left = column.left;
      width = column.width;
      top = Math.max(EDGE_PX, column.top);
    }
  }
  left = Math.max(EDGE_PX, left);
  width = Math.min(width, right - left);
  const clear = keepClear.filter((b) => b.width > 0 && b.height > 0);
  const wouldCover = clear.some((b) => overlapsX(b, { left, right: left + width }));
  const collapsed = userOpen === undefined ? wouldCover : !userOpen;
  if (!collapsed) return { collapsed, left, width, top, maxHeight: Math.max(120, view.height - top - EDGE_PX) };

  // the tab: at the right edge (narrower to fit the page's margin there), at the top unless that is over
  // what must stay clear, else below or above it
  const margin = view.width - Math.max(0, ...clear.map((b) => b.right));
  const tabWidth = Math.min(TAB_WIDTH_PX, Math.max(TAB_MIN_WIDTH_PX, Math.floor(margin)));
  const tabLeft = view.width - tabWidth;
  const tabAt = (y: number): Box => ({ left: tabLeft, right: view.width, top: y, bottom: y + TAB_HEIGHT_PX, width: tabWidth, height: TAB_HEIGHT_PX });
  const candidates = [TOP_PX, ...clear.flatMap((b) => [b.bottom + 8, b.top - 8 - TAB_HEIGHT_PX])]
    .filter((y) => y >= EDGE_PX && y + TAB_HEIGHT_PX <= view.height - EDGE_PX);
  const tabTop = candidates.find((y) => !clear.some((b) => overlaps(b, tabAt(y)))) ?? TOP_PX;
  return { collapsed, left: tabLeft, width: tabWidth, top: tabTop, maxHeight: TAB_HEIGHT_PX };
}

const boxOf = (el: Element | null): Box | null => {
  if (!el || !el.isConnected) return null;
  const r = el.getBoundingClientRect();
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
};

let dock: HTMLElement | undefined;
let users = 0;
/** aborts when the dock is removed: its placement stops with it */
let life: AbortController | undefined;
/** the page the newest panel runs on (which layout's elements to keep clear of) */
let dockPage: Pick<PageInfo, 'detected'> | undefined;
const layoutNow = () => findConversationLayout(document, dockPage ?? { detected: { kind: 'other', host: '', sellerCentral: true } });

/** Keeps the dock in its place until `signal` aborts: on resize, page size changes and scrolling (once a frame). */
function keepPlaced(el: HTMLElement, tab: HTMLButtonElement, collapse: HTMLButtonElement, signal: AbortSignal): void {
  let userOpen: boolean | undefined;
  let frame = 0;
  let refind = true;
  let observed: Element[] = [];
  let layout = layoutNow();

  const place = (): void => {
    frame = 0;
    if (signal.aborted || !el.isConnected) return;
    // the page's elements are looked up again after a size change (scrolling only moves them)
    if (refind || [layout.thread, layout.orderPanel, ...layout.keepClear].some((x) => x && !x.isConnected)) layout = layoutNow();
    refind = false;
    const view = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    const p = placeDock(view, boxOf(layout.orderPanel), layout.keepClear.map(boxOf).filter((b): b is Box => b !== null), userOpen);
    el.style.setProperty('left', `${Math.round(p.left)}px`);
    el.style.setProperty('width', `${Math.round(p.width)}px`);
    el.style.setProperty('top', `${Math.round(p.top)}px`);
    el.style.setProperty('max-height', `${Math.round(p.maxHeight)}px`);
    el.toggleAttribute('data-si-collapsed', p.collapsed);
    tab.setAttribute('aria-expanded', String(!p.collapsed));
    // watch the elements that decide the place (the page may replace them)
    const now = [layout.thread, layout.orderPanel, ...layout.keepClear].filter((x): x is Element => x !== null);
    if (now.length !== observed.length || now.some((x, i) => x !== observed[i])) {
      for (const x of observed) resize.unobserve(x);
      for (const x of now) resize.observe(x);
      observed = now;
    }
  };
  const schedule = (): void => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(place);
  };
  const relayout = (): void => {
    refind = true;
    schedule();
  };
  const resize = new ResizeObserver(relayout);
  resize.observe(document.documentElement);
  window.addEventListener('resize', relayout, { signal, passive: true });
  window.addEventListener('scroll', schedule, { signal, passive: true, capture: true });
  tab.addEventListener('click', () => { userOpen = true; place(); }, { signal });
  collapse.addEventListener('click', () => { userOpen = false; place(); }, { signal });
  signal.addEventListener('abort', () => {
    resize.disconnect();
    if (frame) cancelAnimationFrame(frame);
  }, { once: true });
  place();
}

/**
 * The dock's slot for one panel (the dock is created on first use), held until `signal` aborts.
 */
export function acquireDock(signal: AbortSignal, slot: DockSlot, page: Pick<PageInfo, 'detected'>): HTMLElement {
  dockPage = page;
  if (!dock || !dock.isConnected) {
    const el = document.createElement(TAG);
    el.setAttribute('data-si', 'thread-dock');
    el.setAttribute('style', HOST_STYLE);
    const shadow = el.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = SHADOW_CSS;
    const area = document.createElement('div');
    area.className = 'area';
    const bar = document.createElement('div');
    bar.className = 'bar';
    const collapse = document.createElement('button');
    collapse.type = 'button';
    collapse.className = 'collapse';
    collapse.textContent = `${t('threadCollapse', 'Collapse')} ›`;
    collapse.setAttribute('aria-label', `Seller Inbox: ${t('threadCollapse', 'Collapse')}`);
    bar.append(collapse);
    area.append(document.createElement('slot'));
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'tab';
    tab.textContent = t('appName', 'Seller Inbox');
    tab.title = `Seller Inbox: ${t('threadExpand', 'Expand')}`;
    shadow.append(style, area, bar, tab);
    for (const name of SLOTS) {
      const s = document.createElement('div');
      s.setAttribute('data-si-slot', name);
      s.setAttribute('style', 'all: initial; display: block;');
      el.append(s);
    }
    document.body.append(el);
    dock = el;
    users = 0;
    life?.abort();
    life = new AbortController();
    keepPlaced(el, tab, collapse, life.signal);
  }
  const mine = dock;
  users++;
  signal.addEventListener('abort', () => {
    // after the panels' own removal (queued as microtasks on the same abort)
    setTimeout(() => {
      if (mine !== dock) return;
      users = Math.max(0, users - 1);
      if (users === 0 && ![...mine.children].some((s) => s.childElementCount > 0)) {
        mine.remove();
        dock = undefined;
        life?.abort();
        life = undefined;
      }
    }, 0);
  }, { once: true });
  return mine.querySelector<HTMLElement>(`[data-si-slot="${slot}"]`) ?? mine;
}
