// @vitest-environment happy-dom
/**
 * inbox-deadlines on the v3 list, pass by pass (issue #14, item 7): badges and the urgency order stay right when a
 * row's content changes, a row comes or goes; a change writes the badge and the `order` of the changed row only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../components/messaging', () => ({
  sendRequest: vi.fn(async (request: { type: string; items?: unknown[] }) => (request.type === 'classify/texts'
    ? { results: request.items!.map(() => ({ category: 'other', confidence: 1, system: false })) }
    : request.type === 'settings/get' ? { settings: { timeZone: 'UTC' } } : {})),
}));

const { default: inboxDeadlines } = await import('../../components/features/inbox-deadlines');
type Ctx = Parameters<typeof inboxDeadlines.init>[0];

const row = (i: number, hours: number) => `<div class="case-list-item"><div class="case-list-item-from">Buyer ${i}</div>`
  + `<div class="case-list-item-subject">Question ${i}</div>`
  + `<div class="case-list-item-order">Order ID: 112-1234567-${String(i).padStart(7, '0')}</div>`
  + `<div class="case-list-item-date">${hours} hours ago</div></div>`;
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('inbox-deadlines, pass by pass', () => {
  it('badges and orders the rows as they change, come and go; a change writes that row only', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div class="inbox-v3-app"><div class="pane"><div class="case-list" role="list">'
      + [[0, 5], [1, 20], [2, 2], [3, 12]].map(([i, h]) => row(i!, h!)).join('') + '</div></div></div>');
    const controller = new AbortController();
    const ctx = {
      page: { url: new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded'), kind: 'inbox', params: {},
        detected: { kind: 'inbox', layout: 'v3', view: 'responseNeeded' } },
      observe: (selector: string, on: (el: Element) => void) => { for (const el of document.querySelectorAll(selector)) on(el); },
      guard: <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => { void fn(...args); },
      reportProblem: (message: string) => { throw new Error(message); },
      notify: () => undefined,
      mountDom: () => new Promise(() => undefined),
    } as unknown as Ctx;
    const items = () => [...document.querySelectorAll('.case-list-item')];
    /** the rows' buyers as the CSS order shows them */
    const shown = () => items().map((r) => ({ n: r.querySelector('.case-list-item-from')!.textContent, o: Number((r as HTMLElement).style.order) }))
      .sort((a, b) => a.o - b.o).map((x) => x.n);
    const due = () => items().map((r) => r.querySelector('[data-si="deadline"]')?.getAttribute('data-si-due') ?? null);
    try {
      await inboxDeadlines.init(ctx, controller.signal);
      await settle();
      expect(due().every(Boolean)).toBe(true);
      // least time left first: the oldest message first
      expect(shown()).toEqual(['Buyer 1', 'Buyer 3', 'Buyer 0', 'Buyer 2']);

      const list = document.querySelector('.case-list')!;
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((r) => records.push(...r));
      observer.observe(list, { subtree: true, childList: true, characterData: true, attributes: true });
      const before = due();
      items()[2]!.querySelector('.case-list-item-date')!.textContent = '30 hours ago';
      await settle();
      const rowsWritten = new Set([...records, ...observer.takeRecords()].map((r) => {
        const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
        return el?.closest('.case-list-item');
      }));
      expect([...rowsWritten]).toEqual([items()[2]]);
      expect(shown()).toEqual(['Buyer 2', 'Buyer 1', 'Buyer 3', 'Buyer 0']);
      expect(due().filter((d, i) => d !== before[i])).toHaveLength(1);

      // a row goes, a row comes
      items()[1]!.remove();
      list.insertAdjacentHTML('afterbegin', row(9, 15));
      await settle();
      expect(due().every(Boolean)).toBe(true);
      expect(document.querySelectorAll('[data-si="deadline"]')).toHaveLength(4);
      expect(shown()).toEqual(['Buyer 2', 'Buyer 9', 'Buyer 3', 'Buyer 0']);
      observer.disconnect();
    } finally {
      controller.abort();
    }
    expect(document.querySelectorAll('[data-si="deadline"]')).toHaveLength(0);
    expect(items().every((r) => !(r as HTMLElement).style.order)).toBe(true);
  });
});
