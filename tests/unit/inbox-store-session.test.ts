// @vitest-environment happy-dom
/**
 * Work a list change does not need: the toolbar store does not notify (React does not render) when nothing it holds
 * changed, and the page's account is read at most once a second per document.
 */
import { createStore } from '../../components/features/inbox-shared/store';
import { pageSession } from '../../components/features/inbox-shared/session';

describe('toolbar store', () => {
  it('notifies only on a change (category counts compared by value)', () => {
    const store = createStore({ filter: 'all', counts: { a: 1, b: 2 }, total: 3 });
    let calls = 0;
    store.subscribe(() => { calls++; });
    store.set({ counts: { a: 1, b: 2 }, total: 3 });
    expect(calls).toBe(0);
    store.set({ counts: { a: 2, b: 2 } });
    expect(calls).toBe(1);
    expect(store.get().counts).toEqual({ a: 2, b: 2 });
    store.set({ filter: 'b' });
    expect(calls).toBe(2);
  });
});

describe('pageSession', () => {
  afterEach(() => vi.useRealTimers());
  it('reads the page once a second, not on every list change', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-06T12:00:00Z') });
    const switcher = document.createElement('div');
    switcher.id = 'partner-switcher';
    switcher.setAttribute('data-merchant-id', 'A1');
    document.body.append(switcher);
    const spy = vi.spyOn(document, 'querySelector');
    const first = pageSession(document);
    const reads = spy.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    expect(pageSession(document)).toBe(first);
    expect(spy.mock.calls.length).toBe(reads);
    vi.advanceTimersByTime(1001);
    pageSession(document);
    expect(spy.mock.calls.length).toBeGreaterThan(reads);
    spy.mockRestore();
  });
});
