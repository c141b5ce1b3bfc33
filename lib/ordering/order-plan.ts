/**
 * CSS `order` values that show the page's rows in urgency order without moving DOM nodes (the page
 * keeps its own selection and paging). Rows the urgency order does not know keep their page order
 * after the known ones; ids in the urgency order that are not on the page are ignored.
 */

/** result[i] is the `order` for rowsInPageOrder[i]: 0..n-1, each used once. O(n + m). */
export function orderPlan(rowsInPageOrder: readonly string[], urgencyOrder: readonly string[]): number[] {
  const rankOf = new Map<string, number>();
  for (let r = 0; r < urgencyOrder.length; r++) {
    const id = urgencyOrder[r] as string;
    if (!rankOf.has(id)) rankOf.set(id, r);
  }
  const n = rowsInPageOrder.length;
  const rowRank = new Int32Array(n).fill(-1);
  const used = new Uint8Array(urgencyOrder.length);
  let known = 0;
  for (let i = 0; i < n; i++) {
    const r = rankOf.get(rowsInPageOrder[i] as string);
    if (r === undefined || used[r]) continue; // unknown, or a duplicate row id
    used[r] = 1;
    rowRank[i] = r;
    known++;
  }
  // compact the used ranks to 0..known-1
  const compact = new Int32Array(urgencyOrder.length);
  for (let r = 0, c = 0; r < urgencyOrder.length; r++) if (used[r]) compact[r] = c++;
  const plan = new Array<number>(n);
  let tail = known;
  for (let i = 0; i < n; i++) {
    const r = rowRank[i] as number;
    plan[i] = r >= 0 ? (compact[r] as number) : tail++;
  }
  return plan;
}
