// @vitest-environment happy-dom
/** A new badge or chip goes into the page whole: one change per node for the page's observers (and ours). */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { BadgeLayer } from '../../components/features/inbox-deadlines/badges';
import { ChipLayer } from '../../components/features/inbox-categories/chips';
import type { Badge } from '../../lib/deadlines';

const rowsOf = (n: number): Element[] => {
  const list = document.createElement('div');
  document.body.replaceChildren(list);
  return Array.from({ length: n }, () => {
    const row = document.createElement('div');
    row.append(document.createElement('span'));
    list.append(row);
    return row;
  });
};

const recordsDuring = (write: () => void): MutationRecord[] => {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  write();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
};

describe('new badges and chips', () => {
  it('a badge with its text, amount, state, title and due time is one added node', () => {
    const rows = rowsOf(3);
    const badge = { state: 'overdue', text: 'overdue by 1 d 3 h', title: 'Reply by Mon 14:05', dueIso: '2026-11-23T06:05:00.000Z' } as Badge;
    const records = recordsDuring(() => new BadgeLayer(document).write(rows.map((row) => ({ row, badge }))));
    expect(records.map((r) => [r.type, r.addedNodes.length])).toEqual(rows.map(() => ['childList', 1]));
    const el = rows[0]!.querySelector('[data-si="deadline"]')!;
    expect(el.textContent).toBe('overdue by 1 d 3 h');
    expect(el.querySelector('[data-si-part="amount"]')?.textContent).toBe('1 d 3 h');
    expect([el.getAttribute('data-si-state'), el.getAttribute('title'), el.getAttribute('data-si-due')]).toEqual(['overdue', 'Reply by Mon 14:05', badge.dueIso]);
  });

  it('a chip with its category and text is one added node, first in its cell', () => {
    const rows = rowsOf(3);
    const records = recordsDuring(() => new ChipLayer(document).write(rows.map((row) => ({ row, cell: row, category: 'invoice' as const, system: false }))));
    expect(records.map((r) => [r.type, r.addedNodes.length])).toEqual(rows.map(() => ['childList', 1]));
    const chip = rows[0]!.firstElementChild!;
    expect([chip.getAttribute('data-si'), chip.getAttribute('data-si-category'), chip.textContent]).toEqual(['category', 'invoice', 'Invoice']);
  });
});
