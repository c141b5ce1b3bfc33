/**
 * CSS `order` values for rows in a wanted order that change as few rows as possible from the values they have now.
 * Values are spaced (GAP apart when assigned anew), so a row that moves gets a value between its new neighbours and
 * no other row is written: one case changed in a 2,000-case list writes one `order`, not the ~1,000 rows after it.
 * The rows that keep their value are a longest run of rows whose current values already increase in the wanted order
 * (O(n log n)); the others get values between their kept neighbours, or, when there is no room, every row is
 * spaced again. Every value is >= 1 (a table's header row keeps 0). Pure.
 */

export const ORDER_GAP = 1024;
/** values stay well inside CSS's integer range: past this, every row is spaced again */
const MAX_VALUE = 2 ** 30;

/**
 * The new value of each row whose value changes (rows absent from the answer keep theirs). `sorted`: the rows in
 * the wanted order; `current`: a row's value now (undefined: it has none).
 */
export function sparseOrder<K>(sorted: readonly K[], current: (row: K) => number | undefined, gap = ORDER_GAP): Map<K, number> {
  const n = sorted.length;
  const values = new Array<number | undefined>(n);
  for (let i = 0; i < n; i++) {
    const v = current(sorted[i] as K);
    values[i] = v !== undefined && Number.isInteger(v) && v >= 1 ? v : undefined;
  }
  const keep = longestIncreasing(values);
  const out = new Map<K, number>();
  let i = 0;
  while (i < n) {
    if (keep[i]) { i++; continue; }
    // a run of rows to place between the kept values around it
    let j = i;
    while (j < n && !keep[j]) j++;
    const lo = i > 0 ? (values[i - 1] as number) : 0;
    const count = j - i;
    if (j < n) {
      const hi = values[j] as number;
      if (hi - lo <= count) return respace(sorted, values, gap);
      const step = (hi - lo) / (count + 1);
      for (let k = 0; k < count; k++) out.set(sorted[i + k] as K, Math.floor(lo + step * (k + 1)));
    } else {
      if (lo + gap * count > MAX_VALUE) return respace(sorted, values, gap);
      for (let k = 0; k < count; k++) out.set(sorted[i + k] as K, lo + gap * (k + 1));
    }
    for (let k = i; k < j; k++) values[k] = out.get(sorted[k] as K);
    i = j;
  }
  return out;
}

/** Every row spaced anew: (position + 1) * gap; only the rows whose value differs are answered. */
function respace<K>(sorted: readonly K[], values: readonly (number | undefined)[], gap: number): Map<K, number> {
  const out = new Map<K, number>();
  for (let i = 0; i < sorted.length; i++) {
    const v = (i + 1) * gap;
    if (values[i] !== v) out.set(sorted[i] as K, v);
  }
  return out;
}

/** Marks a longest strictly increasing subsequence of the defined values (patience sorting, O(n log n)). */
export function longestIncreasing(values: readonly (number | undefined)[]): boolean[] {
  const n = values.length;
  const tails: number[] = []; // index of the smallest tail of an increasing run of each length
  const prev = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === undefined) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const keep = new Array<boolean>(n).fill(false);
  for (let k = tails.length ? (tails[tails.length - 1] as number) : -1; k >= 0; k = prev[k] as number) keep[k] = true;
  return keep;
}
