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
    expect(rows.map((r) => (r as HTMLElement).style.order)).toEqual(['3', '1', '2']);
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
    expect(rows.map((r) => (r as HTMLElement).style.order)).toEqual(['2', '1']);
  });
});
