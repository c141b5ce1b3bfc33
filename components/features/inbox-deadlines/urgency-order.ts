/**
 * Urgency order WITHOUT moving the page's nodes: CSS `order` on the rows, the list laid out so that
 * `order` applies. The page keeps its own selection, paging, filter and sort; everything is undone
 * on `restore()` (toggle off, feature stopped).
 *
 * A table-like list (rows `display: table-row`, like Katal's kat-table) becomes a CSS grid whose rows
 * are subgrids: columns stay aligned with the header, and the header row (order 0) stays first (our
 * orders start at 1). Any other list: the rows' container becomes a flex column.
 */
import { headRowOf } from '../../../lib/seller-central/inbox-page';

type Mode = 'grid' | 'flex';

export class UrgencyOrder {
  private mode: Mode | undefined;
  private list: Element | undefined;
  private readonly containers = new Set<Element>();
  private readonly ordered = new Map<Element, string>();

  /** Lays the list out for `order` (once per list; reads computed style once). */
  private enable(list: Element, rows: readonly Element[]): void {
    if (this.list === list && this.mode) return;
    this.restore();
    const first = rows[0];
    if (!first) return;
    const parent = first.parentElement;
    if (!parent) return;
    const view = list.ownerDocument.defaultView;
    const tableLike = view?.getComputedStyle(first).display === 'table-row' && parent !== list;
    this.list = list;
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
      this.mode = 'flex';
      parent.setAttribute('data-si-urgency', 'flex');
      this.containers.add(parent);
    }
  }

  /**
   * Applies `plan` (plan[i] = position of rows[i], 0-based; from orderPlan). Writes only the rows
   * whose order changed.
   */
  apply(list: Element, rows: readonly Element[], plan: readonly number[]): void {
    this.enable(list, rows);
    if (!this.mode) return;
    const seen = new Set<Element>();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Element;
      const value = String((plan[i] ?? i) + 1);
      seen.add(row);
      if (this.ordered.get(row) === value) continue;
      (row as HTMLElement).style.order = value;
      this.ordered.set(row, value);
    }
    for (const [row] of this.ordered) {
      if (seen.has(row)) continue;
      (row as HTMLElement).style.removeProperty('order');
      this.ordered.delete(row);
    }
  }

  get active(): boolean {
    return this.mode !== undefined;
  }

  restore(): void {
    for (const [row] of this.ordered) (row as HTMLElement).style.removeProperty('order');
    this.ordered.clear();
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
  }
}
