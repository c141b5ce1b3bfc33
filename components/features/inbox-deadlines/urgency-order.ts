/**
 * Urgency order WITHOUT moving the page's nodes: CSS `order` on the rows, the list laid out so that
 * `order` applies. The page keeps its own selection, paging, filter and sort; everything is undone
 * on `restore()` (toggle off, feature stopped).
 *
 * A table-like list (rows `display: table-row`, like Katal's kat-table) becomes a CSS grid whose rows
 * are subgrids: columns stay aligned with the header, and the header row (order 0) stays first (our
 * orders start at 1). Any other list: the rows' container becomes a one-column grid (`column`). Not a flex column:
 * Chromium lays out every item of a flex column again on any change inside it (one row's text, a part above the list:
 * ~100 ms on a 500-case v3 list, measured with `npm run bench -- page-load-v3`); a one-column grid only the rows
 * that changed.
 */
import { headRowOf } from '../../../lib/seller-central/inbox-page';
import { sparseOrder } from '../../../lib/ordering/sparse-order';

type Mode = 'grid' | 'column';

/** rows that are table rows by the adapter's markup (Katal's kat-table-row is `display: table-row`) */
const TABLE_ROW = 'kat-table-row, tr';

/**
 * The element of a row that sits in the list's own tree: the row itself, or (a row inside its own
 * shadow root) the outermost host element around it.
 */
export function itemOf(list: Element, row: Element): Element {
  const home = list.getRootNode();
  let el = row;
  for (let root = el.getRootNode(); root !== home && root instanceof ShadowRoot; root = el.getRootNode()) el = root.host;
  return el;
}

export class UrgencyOrder {
  private mode: Mode | undefined;
  private list: Element | undefined;
  /** rows inside shadow roots: `order` goes on their hosts (grid items), each row a subgrid of its host's subgrid */
  private shadowed = false;
  private readonly containers = new Set<Element>();
  /** the elements whose `order` we set -> the value */
  private readonly ordered = new Map<Element, number>();
  /** shadowed rows we marked `data-si-urgency-item` */
  private readonly items = new Set<Element>();

  /** Lays the list out for `order` (once per list; reads computed style once). */
  private enable(list: Element, rows: readonly Element[]): void {
    if (this.list === list && this.mode) return;
    this.restore();
    const first = rows[0];
    if (!first) return;
    const item = itemOf(list, first);
    const parent = item.parentElement;
    if (!parent) return;
    const view = list.ownerDocument.defaultView;
    this.list = list;
    this.shadowed = item !== first;
    // Table-like from the adapter's knowledge (a kat-table-row / tr is a table row), not from computed
    // style: reading `display` on the freshly rendered list forces a style recalc of every row. Rows in
    // their own shadow roots (styled by their host's sheet) are still checked by their computed style.
    const tableLike = parent !== list && (this.shadowed
      ? view?.getComputedStyle(first).display === 'table-row'
      : first.matches(TABLE_ROW));
    if (tableLike) {
      this.mode = 'grid';
      const head = headRowOf(list);
      const columns = Math.max(1, head?.children.length ?? first.children.length);
      (list as HTMLElement).style.setProperty('--si-columns', String(columns));
      list.setAttribute('data-si-urgency', 'grid');
      for (const c of [parent, head?.parentElement]) {
        if (c && c !== list) {
          c.setAttribute('data-si-urgency-rows', '');
          this.containers.add(c);
        }
      }
    } else {
      this.mode = 'column';
      parent.setAttribute('data-si-urgency', 'column');
      this.containers.add(parent);
      // a host that makes no box of its own (display: contents): the row itself is the grid item
      if (this.shadowed && view?.getComputedStyle(item).display === 'contents') this.shadowed = false;
    }
  }

  /** The element that takes `order` for a row. */
  private targetOf(list: Element, row: Element): Element {
    if (!this.shadowed) return row;
    if (this.mode === 'grid' && !this.items.has(row)) {
      row.setAttribute('data-si-urgency-item', '');
      this.items.add(row);
    }
    return itemOf(list, row);
  }

  /**
   * Applies `plan` (plan[i] = position of rows[i], 0-based; from orderPlan): show() with the rows in that order.
   */
  apply(list: Element, rows: readonly Element[], plan: readonly number[]): void {
    const sorted = new Array<Element>(rows.length);
    const rest: Element[] = [];
    rows.forEach((row, i) => {
      const at = plan[i];
      if (at === undefined || at < 0 || at >= rows.length || sorted[at] !== undefined) rest.push(row);
      else sorted[at] = row;
    });
    this.show(list, [...sorted.filter((r): r is Element => r !== undefined), ...rest]);
  }

  /**
   * Shows `sorted` (the list's rows, first shown first) in that order. Writes only the rows whose `order` changes
   * (sparse-order.ts: one row that moves is one write); rows we ordered that are not in `sorted` lose their `order`.
   */
  show(list: Element, sorted: readonly Element[]): void {
    this.enable(list, sorted);
    if (!this.mode) return;
    const targets = this.shadowed ? sorted.map((row) => this.targetOf(list, row)) : sorted;
    const changes = sparseOrder(targets, (t) => this.ordered.get(t));
    for (const [target, value] of changes) {
      (target as HTMLElement).style.order = String(value);
      this.ordered.set(target, value);
    }
    if (this.ordered.size > targets.length) {
      const now = new Set(targets);
      for (const [target] of this.ordered) {
        if (now.has(target)) continue;
        (target as HTMLElement).style.removeProperty('order');
        this.ordered.delete(target);
      }
    }
    for (const row of this.items) {
      if (row.isConnected) continue;
      this.items.delete(row);
    }
  }

  get active(): boolean {
    return this.mode !== undefined;
  }

  restore(): void {
    for (const [target] of this.ordered) (target as HTMLElement).style.removeProperty('order');
    this.ordered.clear();
    for (const row of this.items) row.removeAttribute('data-si-urgency-item');
    this.items.clear();
    for (const c of this.containers) {
      c.removeAttribute('data-si-urgency-rows');
      c.removeAttribute('data-si-urgency');
    }
    this.containers.clear();
    if (this.list) {
      this.list.removeAttribute('data-si-urgency');
      (this.list as HTMLElement).style.removeProperty('--si-columns');
    }
    this.list = undefined;
    this.mode = undefined;
    this.shadowed = false;
  }
}
