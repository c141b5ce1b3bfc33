// @vitest-environment happy-dom
/**
 * NearView (components/features/inbox-shared/near-view.ts): a long list's per-row UI goes to the rows near the view:
 * its first rows as shown, then the rows an IntersectionObserver reports; a short list's to every row.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_ROWS, LONG_LIST, NEAR_PX, NearView, rowsOf } from '../../components/features/inbox-shared/near-view';

/** A stand-in IntersectionObserver: the test reports entries as the browser would after a layout. */
class FakeObserver {
  static last: FakeObserver | undefined;
  readonly observed = new Set<Element>();
  constructor(readonly callback: (entries: IntersectionObserverEntry[]) => void, readonly options: IntersectionObserverInit & { scrollMargin?: string }) {
    FakeObserver.last = this;
  }
  observe(el: Element): void { this.observed.add(el); }
  unobserve(el: Element): void { this.observed.delete(el); }
  disconnect(): void { this.observed.clear(); }
  report(near: readonly Element[], far: readonly Element[] = []): void {
    this.callback([...near.map((target) => ({ target, isIntersecting: true })), ...far.map((target) => ({ target, isIntersecting: false }))] as IntersectionObserverEntry[]);
  }
}

const rows = (n: number): Element[] => Array.from({ length: n }, () => document.createElement('div'));
const signal = () => new AbortController().signal;

/** A NearView watching `n` rows through the stand-in observer. */
function watching(n: number): { near: NearView; list: Element[]; io: FakeObserver } {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  const near = new NearView();
  const list = rows(n);
  near.setRows(list);
  return { near, list, io: FakeObserver.last! };
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = undefined;
});

describe('rows near the view', () => {
  it('a short list: every row shows, nothing is observed', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const near = new NearView();
    const list = rows(LONG_LIST);
    near.setRows(list);
    expect(list.every((r) => near.shows(r))).toBe(true);
    expect(FakeObserver.last).toBeUndefined();
  });

  it('a long list: its first rows as shown show at once; the others when the observer finds them near', () => {
    const { near, list, io } = watching(500);
    expect(io.observed.size).toBe(500);
    expect(io.options.rootMargin).toBe(`${NEAR_PX}px 0px`);
    expect(io.options.scrollMargin).toBe(`${NEAR_PX}px 0px`);
    expect(list.filter((r) => near.shows(r))).toEqual(list.slice(0, FIRST_ROWS));
    // the urgency order shows other rows first
    const shown = [...list].reverse();
    near.setShownOrder(shown);
    expect(list.filter((r) => near.shows(r))).toEqual(list.slice(-FIRST_ROWS));
    const came: Element[][] = [];
    near.onNear((els) => came.push(els), signal());
    // the observer's word wins: a first row out of view does not show, a row near it does; listeners hear of the new ones
    io.report([list[200]!, list[499]!], [list[498]!]);
    expect(came).toEqual([[list[200]]]);
    expect(near.shows(list[200]!)).toBe(true);
    expect(near.shows(list[498]!)).toBe(false);
    expect(near.shows(list[0]!)).toBe(false);
    // a row that left and comes back is heard of again (its badge is brought up to date then)
    io.report([], [list[200]!]);
    io.report([list[200]!]);
    expect(came).toEqual([[list[200]], [list[200]]]);
  });

  it('rows that leave the list are no longer observed; a list that becomes short shows every row', () => {
    const { near, list, io } = watching(300);
    near.setRows(list.slice(0, 200));
    expect(io.observed.size).toBe(200);
    io.report([list[250]!]);
    expect(near.shows(list[150]!)).toBe(false);
    near.setRows(list.slice(0, 20));
    expect(io.observed.size).toBe(0);
    expect(list.slice(0, 20).every((r) => near.shows(r))).toBe(true);
  });

  it('without IntersectionObserver every row shows', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const near = new NearView();
    const list = rows(500);
    near.setRows(list);
    expect(list.every((r) => near.shows(r))).toBe(true);
  });

  it('finds the rows of a read by their elements', () => {
    const list = rows(3);
    const read = { rows: list.map((rowElement, i) => ({ rowElement, i })) };
    expect(rowsOf(read, [list[2]!, document.createElement('p'), list[0]!]).map((r) => r.i)).toEqual([2, 0]);
  });
});
