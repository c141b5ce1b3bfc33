/**
 * A list kept in sort order from pass to pass: items that came or changed are inserted where they belong (binary
 * search), items that went are taken out, so one changed row of a 2,000-row list costs ~11 comparisons, not a sort
 * of the whole list. Many changes at once (or `reset`) sort the whole list again. Ties keep the order items came in
 * (page order, for a reset from the page). Pure.
 */

/** at most this many items are inserted one by one; more, and the whole list is sorted again */
const MAX_INSERTS = 64;

export class Ranking<T, K> {
  private sorted: T[] = [];
  private readonly keys = new Map<T, K>();

  /** `compare` orders keys (negative: a first). */
  constructor(private readonly compare: (a: K, b: K) => number) {}

  /** The items in sort order (the list kept: do not change it). */
  get items(): readonly T[] {
    return this.sorted;
  }

  /** Sorts these items anew (`keyOf` once each). */
  reset(items: readonly T[], keyOf: (item: T) => K): void {
    this.keys.clear();
    const keyed = items.map((item, i) => {
      const key = keyOf(item);
      this.keys.set(item, key);
      return { item, key, i };
    });
    keyed.sort((a, b) => this.compare(a.key, b.key) || a.i - b.i);
    this.sorted = keyed.map((k) => k.item);
  }

  /**
   * Takes `gone` out and puts `came` in (an item whose key changed: in both). `all`: every item now, for when
   * there are too many to insert one by one.
   */
  update(gone: readonly T[], came: readonly T[], keyOf: (item: T) => K, all: () => readonly T[]): void {
    if (came.length > MAX_INSERTS) {
      this.reset(all(), keyOf);
      return;
    }
    if (gone.length) {
      const out = new Set(gone);
      for (const item of gone) this.keys.delete(item);
      this.sorted = this.sorted.filter((item) => !out.has(item));
    }
    for (const item of came) {
      if (this.keys.has(item)) continue; // already in (a duplicate in `came`)
      const key = keyOf(item);
      this.keys.set(item, key);
      let lo = 0;
      let hi = this.sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.compare(this.keys.get(this.sorted[mid] as T) as K, key) <= 0) lo = mid + 1;
        else hi = mid;
      }
      this.sorted.splice(lo, 0, item);
    }
  }
}
