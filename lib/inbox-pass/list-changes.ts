/**
 * What changed between two reads of a list, by the identity of the row reads: a reader that keeps the read of an
 * unchanged row (the same object again) lets every feature work on the changed rows only. Pure.
 * - `added`: reads in `next` that were not in `prev` (new rows, and rows whose content changed: a new read);
 * - `removed`: reads in `prev` that are not in `next` (a row whose content changed is removed AND added);
 * - `touched`: reads in both that the page wrote to since (the caller says which): same content, but the features'
 *   nodes in them may have gone with the page's re-render, so they check those rows again;
 * - `moved`: the rows in both are not in the same page order any more.
 */

export interface ListChanges<R> {
  added: readonly R[];
  removed: readonly R[];
  touched: readonly R[];
  moved: boolean;
}

export const NO_CHANGES: ListChanges<never> = Object.freeze({ added: [], removed: [], touched: [], moved: false });

/** True when nothing a feature shows can differ: no read added or removed, none touched, no move. */
export const isUnchanged = (c: ListChanges<unknown>): boolean =>
  c.added.length === 0 && c.removed.length === 0 && c.touched.length === 0 && !c.moved;

/** True when the set of reads or their order changed (what the urgency order and the counts depend on). */
export const changesRows = (c: ListChanges<unknown>): boolean => c.added.length > 0 || c.removed.length > 0 || c.moved;

/**
 * The changes from `prev` to `next` (O(n), identity only). `wasTouched`: whether the page wrote to a row kept
 * from `prev` (only asked for those).
 */
export function diffList<R extends object>(prev: readonly R[], next: readonly R[], wasTouched?: (row: R) => boolean): ListChanges<R> {
  const before = new Map<R, number>();
  for (let i = 0; i < prev.length; i++) before.set(prev[i] as R, i);
  const added: R[] = [];
  const touched: R[] = [];
  let moved = false;
  let last = -1;
  let kept = 0;
  for (const row of next) {
    const at = before.get(row);
    if (at === undefined) {
      added.push(row);
      continue;
    }
    kept++;
    if (at < last) moved = true;
    last = at;
    if (wasTouched?.(row)) touched.push(row);
  }
  let removed: R[] = [];
  if (kept < prev.length) {
    const now = new Set(next);
    removed = prev.filter((r) => !now.has(r));
  }
  return { added, removed, touched, moved };
}

/** All of `rows` as new (a first pass, or a pass after everything was read anew). */
export const allAdded = <R>(rows: readonly R[]): ListChanges<R> => ({ added: rows, removed: [], touched: [], moved: false });
