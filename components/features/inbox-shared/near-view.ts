/**
 * The rows of a long list that are near the seller's view. Seller Central's lists show 25-50 rows a page; a list of
 * more than LONG_LIST rows (a drifted page, a view that lists everything) gets its per-row UI (deadline badges,
 * category chips) for the rows near the view only: the first FIRST_ROWS rows as the list shows them (the urgency
 * order when it is on, else the page's), and the rows an IntersectionObserver finds within NEAR_PX of what is
 * visible (`rootMargin` for the window, `scrollMargin` for the list's own scroll box), so that a row has its badge
 * before it scrolls into view. Everything that counts every row (the urgency order, Next, the category counts and
 * filter, the stored threads) still takes every row. A short list, or a browser without IntersectionObserver: every
 * row shows.
 *
 * One per list, shared by the inbox features (list-source.ts); features hear of the rows that came near.
 */

export const LONG_LIST = 100;
export const FIRST_ROWS = 40;
export const NEAR_PX = 1500;

type Listener = (rows: Element[]) => void;

export class NearView {
  /** the observer's last word on each row: near or not (absent: not reported yet) */
  private readonly near = new Map<Element, boolean>();
  /** each row's place as the list shows it (the urgency order), else its place in the page */
  private shownAt = new Map<Element, number>();
  private pageAt = new Map<Element, number>();
  private readonly listeners = new Set<Listener>();
  private observer: IntersectionObserver | undefined;
  private long = false;

  /** The list's rows as the page has them now (each read). A long list's rows are watched, a short list's not. */
  setRows(rows: readonly Element[]): void {
    const Observer = (globalThis as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    this.long = rows.length > LONG_LIST && typeof Observer === 'function';
    if (!this.long) {
      this.disconnect();
      return;
    }
    this.observer ??= new Observer!((entries) => this.reported(entries), { rootMargin: `${NEAR_PX}px 0px`, scrollMargin: `${NEAR_PX}px 0px` } as IntersectionObserverInit);
    const pageAt = new Map<Element, number>();
    rows.forEach((row, i) => {
      pageAt.set(row, i);
      if (!this.pageAt.has(row)) this.observer!.observe(row);
    });
    for (const row of this.pageAt.keys()) {
      if (pageAt.has(row)) continue;
      this.observer.unobserve(row);
      this.near.delete(row);
    }
    this.pageAt = pageAt;
  }

  /** The rows in the order the list shows them (first shown first), or undefined: the page's order. */
  setShownOrder(rows: readonly Element[] | undefined): void {
    this.shownAt = new Map(rows?.map((row, i) => [row, i]));
  }

  /** Whether a row gets its UI now: every row of a short list; a long list's rows near the view (or among its first). */
  shows(row: Element): boolean {
    if (!this.long) return true;
    const near = this.near.get(row);
    if (near !== undefined) return near;
    return (this.shownAt.get(row) ?? this.pageAt.get(row) ?? 0) < FIRST_ROWS;
  }

  /** Calls `listener` with the rows that came near the view (not with those that left), until `signal` aborts. */
  onNear(listener: Listener, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  private reported(entries: readonly IntersectionObserverEntry[]): void {
    const came: Element[] = [];
    for (const { target, isIntersecting } of entries) {
      if (!this.pageAt.has(target)) continue;
      const before = this.shows(target);
      this.near.set(target, isIntersecting);
      if (isIntersecting && !before) came.push(target);
    }
    if (came.length === 0) return;
    for (const listener of [...this.listeners]) listener(came);
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.near.clear();
    this.pageAt = new Map();
    this.long = false;
  }
}

const byElement = new WeakMap<object, Map<Element, { rowElement: Element }>>();
/** The rows of a read whose elements these are (the rows that came near), in the order of `elements`. */
export function rowsOf<R extends { rowElement: Element }>(read: { rows: readonly R[] }, elements: readonly Element[]): R[] {
  let map = byElement.get(read) as Map<Element, R> | undefined;
  if (!map) byElement.set(read, (map = new Map(read.rows.map((r) => [r.rowElement, r]))));
  const out: R[] = [];
  for (const el of elements) {
    const row = map.get(el);
    if (row) out.push(row);
  }
  return out;
}
