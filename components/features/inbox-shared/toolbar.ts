/**
 * Where the inbox features put their parts in the page's toolbar: in a fixed order (sort, category
 * filter, Next), just before the page's paging controls, whichever feature mounts first.
 */
import type { InboxMounts } from '../../../lib/seller-central/inbox-page';
import type { UiAppend } from '../../page/feature';
import { h } from '../../page/dom';
import { t } from '../../page/i18n';

export const TOOLBAR_PARTS = ['inbox-sort', 'inbox-filter', 'next'] as const;
export type ToolbarPart = (typeof TOOLBAR_PARTS)[number];

/** our own row for the parts where the page has no toolbar (the v3 list pane) */
export const TOOLBAR_ROW = 'inbox-toolbar';

/**
 * One line, fixed height, size-contained: the parts inside it (mounted later, filled when they mount) never
 * make the page lay the list out again, and it takes 34 px of the list pane, not one line per part.
 */
const ROW_STYLE = 'all:initial;display:flex;flex:none;align-items:center;gap:4px;box-sizing:border-box;height:34px;'
  + 'padding:0 8px 0 5px;overflow:hidden;contain:strict;border-bottom:1px solid #e3e6e6;border-left:3px solid #008296;background:#fff';
/** the row is all ours: one Seller Inbox mark for it (the parts inside it hide their own: the pane is ~360 px wide) */
const ROW_MARK_STYLE = 'all:initial;display:inline-grid;place-items:center;flex:none;width:16px;height:16px;border-radius:4px;'
  + 'background:#008296;color:#fff;font:700 8.5px/1 -apple-system,"Segoe UI",Roboto,Arial,"Liberation Sans",sans-serif';
export const ROW_MARK = 'data-si-row-mark';

function ownRow(mounts: InboxMounts, signal: AbortSignal | undefined): Element {
  const pager = mounts.pager;
  let row = [...mounts.toolbar.children].find((c) => c.getAttribute('data-si') === TOOLBAR_ROW);
  if (!row) {
    row = mounts.toolbar.ownerDocument.createElement('div');
    row.setAttribute('data-si', TOOLBAR_ROW);
    row.setAttribute('style', ROW_STYLE);
    const mark = row.ownerDocument.createElement('span');
    mark.setAttribute(ROW_MARK, '');
    mark.setAttribute('style', ROW_MARK_STYLE);
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = 'SI';
    row.append(mark);
    if (pager?.parentElement === mounts.toolbar) pager.before(row);
    else mounts.toolbar.append(row);
  }
  const made = row;
  // the last part gone (its feature stopped; UIs leave a task later), the row goes too
  signal?.addEventListener('abort', () => setTimeout(() => { if (!made.querySelector(`[data-si]:not([${ROW_MARK}])`)) made.remove(); }), { once: true });
  return row;
}

/** Anchor + position for one of our toolbar parts (`signal`: the feature's; it ends the v3 row with the last part). */
export function toolbarSpot(mounts: InboxMounts, part: ToolbarPart, signal?: AbortSignal): { anchor: Element; append: UiAppend } {
  const rank = TOOLBAR_PARTS.indexOf(part);
  for (const later of TOOLBAR_PARTS.slice(rank + 1)) {
    const el = mounts.toolbar.querySelector(`[data-si="${later}"]`);
    if (el) return { anchor: el, append: 'before' };
  }
  if (mounts.ownRow) return { anchor: ownRow(mounts, signal), append: 'last' };
  if (mounts.pager && mounts.pager.parentElement === mounts.toolbar) return { anchor: mounts.pager, append: 'before' };
  return { anchor: mounts.toolbar, append: 'last' };
}

/** Puts our parts in their order again after one was mounted (mounts finish in any order). */
export function arrangeToolbar(mounts: InboxMounts): void {
  const parts = TOOLBAR_PARTS.map((p) => mounts.toolbar.querySelector(`[data-si="${p}"]`)).filter((el): el is Element => el !== null);
  for (let i = parts.length - 1; i > 0; i--) {
    const el = parts[i - 1] as Element;
    const after = parts[i] as Element;
    if (el.nextElementSibling !== after && after.parentElement) after.parentElement.insertBefore(el, after);
  }
}

/** The Seller Inbox mark that starts each of our toolbar parts (hidden in our own v3 row, which has one). */
export const oursMark = (): HTMLSpanElement => h('span', { class: 'mark', 'aria-hidden': 'true', title: t('inboxOursTitle', 'Added by Seller Inbox') }, ['SI']);

// Latin fonts first, then CJK (a CJK font's quotes are full-width)
const FONT = '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** CSS of our toolbar parts (inside their shadow roots). */
export const TOOLBAR_CSS = `
:host { all: initial; display: inline-flex; vertical-align: middle; }
.part { display: inline-flex; align-items: center; gap: 6px; font: 13px/1.2 ${FONT}; color: #0f1111; }
.label { font-size: 12px; color: #565959; }
.seg { display: inline-flex; border: 1px solid #a6a6a6; border-radius: 4px; overflow: hidden; background: #fff; }
.seg button { font: inherit; font-size: 12.5px; padding: 5px 10px; border: 0; background: #fff; color: #0f1111; cursor: pointer; }
.seg button + button { border-left: 1px solid #d5d9d9; }
.seg button[aria-pressed="true"] { background: #008296; color: #fff; font-weight: 600; }
.seg button:focus-visible, select:focus-visible, .next:focus-visible { outline: 2px solid #008296; outline-offset: 1px; }
select { font: inherit; font-size: 12.5px; padding: 5px 6px; border: 1px solid #a6a6a6; border-radius: 4px; background: #fff; color: #0f1111; max-width: 240px; }
.next { display: inline-flex; align-items: center; gap: 6px; font: inherit; font-size: 13px; font-weight: 600; padding: 6px 12px;
  border: 1px solid #007185; border-radius: 4px; background: #008296; color: #fff; cursor: pointer; white-space: nowrap; }
.next:hover { background: #006f80; }
.next[disabled] { background: #f0f2f2; color: #6b7280; border-color: #d5d9d9; cursor: default; }
kbd { font: 600 11px/1 ${FONT}; padding: 2px 5px; border-radius: 3px; background: #ffffff2e; border: 1px solid #ffffff55; }
.next[disabled] kbd { background: #fff; border-color: #d5d9d9; }
.status { font-size: 12px; color: #1d6b3a; white-space: nowrap; }
.status.muted { color: #565959; }
:host-context([data-si="inbox-toolbar"]) .label, :host-context([data-si="inbox-toolbar"]) kbd { display: none; }
:host-context([data-si="inbox-toolbar"]) .seg button { padding: 3px 5px; font-size: 12px; }
:host-context([data-si="inbox-toolbar"]) select { padding: 3px 4px; font-size: 12px; max-width: 128px; }
:host-context([data-si="inbox-toolbar"]) .next { padding: 3px 7px; font-size: 12px; }
:host-context([data-si="inbox-toolbar"]) .status { font-size: 11px; }
:host-context([data-si="inbox-toolbar"]) .seg button, :host-context([data-si="inbox-toolbar"]) .label { white-space: nowrap; }
/* Seller Inbox's own parts, told apart from the page's Sort and Next: a teal edge and the logo mark */
.part.ours { border-left: 3px solid #008296; padding-left: 6px; }
.mark { display: inline-grid; place-items: center; width: 16px; height: 16px; border-radius: 4px; background: #008296; color: #fff;
  font: 700 8.5px/1 ${FONT}; letter-spacing: -.02em; flex: none; }
/* in our own v3 row the row carries the edge and the one mark */
:host-context([data-si="inbox-toolbar"]) .part.ours { border-left: 0; padding-left: 0; }
:host-context([data-si="inbox-toolbar"]) .mark { display: none; }
:host-context([data-si="inbox-toolbar"]) select { max-width: 84px; }
:host-context([data-si="inbox-toolbar"]) .part { gap: 4px; }
`;
