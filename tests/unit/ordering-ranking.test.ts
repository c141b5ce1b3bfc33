/** A list kept in sort order from pass to pass (lib/ordering/ranking.ts): always what a whole sort gives. */
import { describe, expect, it } from 'vitest';
import { Ranking } from '../../lib/ordering/ranking';

interface Item { id: string; rank: number }
const compare = (a: Item, b: Item) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sortAll = (items: readonly Item[]) => [...items].sort(compare);

/** a seeded generator: the same run on any day */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('Ranking', () => {
  it('stays what a whole sort gives through rows coming, going and changing', () => {
    const next = random(7);
    let items: Item[] = Array.from({ length: 300 }, (_, i) => ({ id: `r${i}`, rank: Math.floor(next() * 100) }));
    const ranking = new Ranking<Item, Item>(compare);
    ranking.reset(items, (x) => x);
    expect(ranking.items).toEqual(sortAll(items));
    for (let round = 0; round < 200; round++) {
      const gone: Item[] = [];
      const came: Item[] = [];
      const changes = 1 + Math.floor(next() * (round % 10 === 0 ? 100 : 4));
      for (let c = 0; c < changes; c++) {
        const at = Math.floor(next() * items.length);
        const kind = next();
        if (kind < 0.4 && items[at]) {
          // a row's content changed: a new read in its place
          const was = items[at]!;
          const fresh = { id: was.id, rank: Math.floor(next() * 100) };
          if (came.includes(was)) came.splice(came.indexOf(was), 1);
          else gone.push(was);
          items = items.map((x, i) => (i === at ? fresh : x));
          came.push(fresh);
        } else if (kind < 0.7 && items[at]) {
          const was = items[at]!;
          if (came.includes(was)) came.splice(came.indexOf(was), 1);
          else gone.push(was);
          items = items.filter((_, i) => i !== at);
        } else {
          const fresh = { id: `n${round}-${c}`, rank: Math.floor(next() * 100) };
          items.splice(at, 0, fresh);
          came.push(fresh);
        }
      }
      ranking.update(gone, came, (x) => x, () => items);
      expect(ranking.items).toEqual(sortAll(items));
    }
  });

  it('keeps the order items came in for equal keys', () => {
    const ranking = new Ranking<string, number>((a, b) => a - b);
    ranking.reset(['a', 'b', 'c'], () => 1);
    ranking.update([], ['d'], () => 1, () => ['a', 'b', 'c', 'd']);
    expect(ranking.items).toEqual(['a', 'b', 'c', 'd']);
  });
});
