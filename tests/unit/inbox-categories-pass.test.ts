// @vitest-environment happy-dom
/**
 * inbox-categories on the v3 list, pass by pass (issue #14, item 7): the chips, the counts of the category filter and
 * the filter itself stay right when a row's content changes, a row comes or goes, and each pass works on those rows
 * only (the chips of the other rows are not written again).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../components/messaging', () => ({
  sendRequest: vi.fn(async (request: { type: string; items?: { text: string }[] }) => (request.type === 'classify/texts'
    ? { results: request.items!.map((i) => ({ category: /refund/i.test(i.text) ? 'return-refund' : 'where-is-my-order', confidence: 1, system: false })) }
    : {})),
}));

const { default: inboxCategories } = await import('../../components/features/inbox-categories');
type Ctx = Parameters<typeof inboxCategories.init>[0];

const row = (i: number, preview: string) => `<div class="case-list-item"><div class="case-list-item-from">Buyer ${i}</div>`
  + `<div class="case-list-item-subject">Order question ${i}</div><div class="case-list-item-preview">${preview}</div>`
  + `<div class="case-list-item-order">Order ID: 112-1234567-${String(i).padStart(7, '0')}</div>`
  + `<div class="case-list-item-date">${i + 1} hours ago</div></div>`;

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

function start(): { stop: () => void; options: () => string[]; chips: () => (string | null)[] } {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', '<div class="inbox-v3-app"><div class="pane"><div class="case-list" role="list">'
    + [0, 1, 2, 3].map((i) => row(i, i === 0 ? 'I want a refund' : 'Where is it?')).join('') + '</div></div></div>');
  const controller = new AbortController();
  const ctx = {
    page: { url: new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded'), kind: 'inbox', params: {},
      detected: { kind: 'inbox', layout: 'v3', view: 'responseNeeded' } },
    observe: (selector: string, on: (el: Element) => void) => { for (const el of document.querySelectorAll(selector)) on(el); },
    guard: <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => { void fn(...args); },
    reportProblem: (message: string) => { throw new Error(message); },
    notify: () => undefined,
    mountDom: async (o: { anchor: Element; render: (container: HTMLElement, signal: AbortSignal) => void }) => {
      const host = document.createElement('div');
      host.setAttribute('data-si', 'inbox-filter');
      o.anchor.append(host);
      o.render(host, controller.signal);
      controller.signal.addEventListener('abort', () => host.remove());
      return { shadowHost: host, shadow: host as unknown as ShadowRoot, container: host, remove: () => host.remove() };
    },
  } as unknown as Ctx;
  void inboxCategories.init(ctx, controller.signal);
  return {
    stop: () => controller.abort(),
    options: () => [...document.querySelectorAll('[data-si="inbox-filter"] option')].map((o) => o.textContent ?? '').filter((t) => !/\(0\)$/.test(t)),
    chips: () => [...document.querySelectorAll('.case-list-item')].map((r) => r.querySelector('[data-si="category"]')?.getAttribute('data-si-category') ?? null),
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('inbox-categories, pass by pass', () => {
  it('keeps chips, counts and the filter right as rows change, come and go, touching only those rows', async () => {
    const { stop, options, chips } = start();
    try {
      await settle();
      expect(chips()).toEqual(['return-refund', 'where-is-my-order', 'where-is-my-order', 'where-is-my-order']);
      expect(options()).toEqual(['All (4)', "Where's my order (3)", 'Return / refund (1)']);
      const select = document.querySelector<HTMLSelectElement>('[data-si="inbox-filter"] select')!;
      select.value = 'return-refund';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const items = () => [...document.querySelectorAll('.case-list-item')];
      expect(items().map((r) => r.hasAttribute('data-si-hidden'))).toEqual([false, true, true, true]);

      // the other rows' chips are not written again
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((r) => records.push(...r));
      observer.observe(document.querySelector('.case-list')!, { subtree: true, childList: true, characterData: true, attributes: true });
      items()[2]!.querySelector('.case-list-item-preview')!.textContent = 'Please refund me';
      await settle();
      const touched = new Set([...records, ...observer.takeRecords()].map((r) => (r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement)?.closest('.case-list-item')));
      expect([...touched]).toEqual([items()[2]]);
      expect(chips()[2]).toBe('return-refund');
      expect(options()).toEqual(['All (4)', "Where's my order (2)", 'Return / refund (2)']);
      expect(items().map((r) => r.hasAttribute('data-si-hidden'))).toEqual([false, true, false, true]);
      observer.disconnect();

      // a row goes, a row comes
      items()[0]!.remove();
      document.querySelector('.case-list')!.insertAdjacentHTML('beforeend', row(7, 'Where is my parcel'));
      await settle();
      expect(chips()).toEqual(['where-is-my-order', 'return-refund', 'where-is-my-order', 'where-is-my-order']);
      expect(options()).toEqual(['All (4)', "Where's my order (3)", 'Return / refund (1)']);
      expect(items().map((r) => r.hasAttribute('data-si-hidden'))).toEqual([true, false, true, true]);
    } finally {
      stop();
    }
    expect(document.querySelectorAll('[data-si="category"], [data-si-hidden]')).toHaveLength(0);
  });
});
