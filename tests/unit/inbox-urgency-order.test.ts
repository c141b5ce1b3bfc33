// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UrgencyOrder } from '../../components/features/inbox-deadlines/urgency-order';
import { PAGE_CSS } from '../../components/features/inbox-shared/page-style';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const el = (tag: string, ...children: (Node | string)[]): HTMLElement => {
  const e = document.createElement(tag);
  e.append(...children);
  return e;
};
const row = (...cells: string[]): HTMLElement => el('kat-table-row', ...cells.map((c) => el('kat-table-cell', c)));

/** each row's place as its CSS `order` shows it (0 first); every value >= 1 (a table's header row keeps 0) */
const places = (rows: readonly Element[]): number[] => {
  const values = rows.map((r) => Number((r as HTMLElement).style.order));
  expect(values.every((v) => Number.isInteger(v) && v >= 1)).toBe(true);
  const sorted = [...values].sort((a, b) => a - b);
  return values.map((v) => sorted.indexOf(v));
};

const table = (rows: number): { list: Element; rows: Element[] } => {
  const list = el('kat-table',
    el('kat-table-head', row('a', 'b', 'c')),
    el('kat-table-body', ...Array.from({ length: rows }, (_, i) => row(String(i), 'x', 'y'))));
  list.id = 'bsm-thread-list';
  document.body.append(list);
  return { list, rows: [...list.querySelectorAll('kat-table-body kat-table-row')] };
};

describe('UrgencyOrder', () => {
  it('lays a kat-table out as a grid from its markup, without reading computed style', () => {
    const { list, rows } = table(3);
    const spy = vi.spyOn(window, 'getComputedStyle');
    const order = new UrgencyOrder();
    order.apply(list, rows, [2, 0, 1]);
    expect(spy).not.toHaveBeenCalled();
    expect(list.getAttribute('data-si-urgency')).toBe('grid');
    expect((list as HTMLElement).style.getPropertyValue('--si-columns')).toBe('3');
    expect(list.querySelector('kat-table-body')!.hasAttribute('data-si-urgency-rows')).toBe(true);
    expect(places(rows)).toEqual([2, 0, 1]);
    order.restore();
    expect(list.hasAttribute('data-si-urgency')).toBe(false);
    expect(rows.map((r) => (r as HTMLElement).style.order)).toEqual(['', '', '']);
  });

  it('any other list becomes a one-column grid (not a flex column: Chromium lays every item of one out again on any change)', () => {
    const list = el('div', el('div', 'a'), el('div', 'b'));
    document.body.append(list);
    const rows = [...list.children];
    const order = new UrgencyOrder();
    order.apply(list, rows, [1, 0]);
    expect(list.getAttribute('data-si-urgency')).toBe('column');
    expect(PAGE_CSS).toMatch(/\[data-si-urgency="column"\] \{ display: grid !important; grid-template-columns: minmax\(0, 1fr\)/);
    expect(PAGE_CSS).not.toMatch(/flex-direction: column/);
    expect(places(rows)).toEqual([1, 0]);
  });

  it('a row whose place changes is the one row written: the others keep their order (2,000 rows, one moves)', () => {
    const list = el('div', ...Array.from({ length: 2000 }, (_, i) => el('div', String(i))));
    document.body.append(list);
    const rows = [...list.children];
    const order = new UrgencyOrder();
    const plan = rows.map((_, i) => i);
    order.apply(list, rows, plan);
    const observer = new MutationObserver(() => undefined);
    observer.observe(list, { subtree: true, attributes: true, attributeFilter: ['style'] });
    // row 1500 becomes the most urgent: every row before it moves one place down
    const moved = plan.map((p, i) => (i === 1500 ? 0 : i < 1500 ? p + 1 : p));
    order.apply(list, rows, moved);
    const written = new Set(observer.takeRecords().map((r) => r.target));
    observer.disconnect();
    expect([...written]).toEqual([rows[1500]]);
    const values = rows.map((r) => Number((r as HTMLElement).style.order));
    expect(values[1500]).toBeLessThan(values[0]!);
    expect(values[1499]).toBeLessThan(values[1501]!);
  });
});
