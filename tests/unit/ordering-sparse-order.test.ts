/** CSS `order` values that change as few rows as possible (lib/ordering/sparse-order.ts). */
import { describe, expect, it } from 'vitest';
import { longestIncreasing, ORDER_GAP, sparseOrder } from '../../lib/ordering/sparse-order';

/** Applies the changes to `values` and checks the wanted order is what the values show. */
function step(values: Map<string, number>, sorted: string[]): Map<string, number> {
  const changes = sparseOrder(sorted, (k) => values.get(k));
  for (const [k, v] of changes) values.set(k, v);
  const shown = sorted.map((k) => values.get(k)!);
  expect(shown.every((v, i) => Number.isInteger(v) && v >= 1 && (i === 0 || v > shown[i - 1]!))).toBe(true);
  return changes;
}
const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${i}`);

describe('sparseOrder', () => {
  it('spaces the first values GAP apart, from GAP', () => {
    const values = new Map<string, number>();
    const changes = step(values, ['b', 'a', 'c']);
    expect([...changes]).toEqual([['b', ORDER_GAP], ['a', 2 * ORDER_GAP], ['c', 3 * ORDER_GAP]]);
    expect(step(values, ['b', 'a', 'c']).size).toBe(0);
  });

  it('one row that moves is one write, wherever it goes (a dense 1..n order rewrites every row in between)', () => {
    const values = new Map<string, number>();
    const rows = ids(2000);
    step(values, rows);
    const moved = [rows[1500]!, ...rows.filter((_, i) => i !== 1500)];
    expect([...step(values, moved).keys()]).toEqual(['r1500']);
    const back = [...moved.slice(1, 700), 'r1500', ...moved.slice(700)];
    expect([...step(values, back).keys()]).toEqual(['r1500']);
    const last = [...back.filter((k) => k !== 'r3'), 'r3'];
    expect([...step(values, last).keys()]).toEqual(['r3']);
  });

  it('new rows go between their neighbours; rows that left change nothing', () => {
    const values = new Map<string, number>();
    step(values, ['a', 'b', 'c']);
    expect([...step(values, ['a', 'x', 'y', 'c']).keys()]).toEqual(['x', 'y']);
  });

  it('spaces every row again when there is no room between two neighbours', () => {
    const values = new Map<string, number>([['a', 1], ['b', 2]]);
    const changes = step(values, ['a', 'x', 'b']);
    expect(changes.get('x')).toBe(2 * ORDER_GAP);
    expect(values.get('b')).toBe(3 * ORDER_GAP);
    // many rows squeezed into one gap, one by one: always a valid order
    const rows = ['a', 'b'];
    for (let i = 0; i < 40; i++) {
      rows.splice(1, 0, `n${i}`);
      step(values, rows);
    }
  });

  it('ignores values that are no CSS order of ours (missing, < 1, not whole)', () => {
    const values = new Map<string, number>([['a', 0], ['b', 1.5]]);
    expect(step(values, ['a', 'b']).size).toBe(2);
  });
});

describe('longestIncreasing', () => {
  it('marks a longest strictly increasing run, skipping unknown values', () => {
    expect(longestIncreasing([5, 1, undefined, 2, 9, 3])).toEqual([false, true, false, true, false, true]);
    expect(longestIncreasing([])).toEqual([]);
    expect(longestIncreasing([3, 3, 3]).filter(Boolean)).toHaveLength(1);
  });
});
