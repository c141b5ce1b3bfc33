// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observe } from '../../components/page/observe';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** lets MutationObserver records arrive, then the watcher's frame run */
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await frame();
  await frame();
};

const el = (tag: string, attrs: Record<string, string> = {}, ...children: Node[]): HTMLElement => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
};

const controllers: AbortController[] = [];
const signal = () => {
  const c = new AbortController();
  controllers.push(c);
  return c;
};

afterEach(async () => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  await settle();
});

describe('observe', () => {
  it('calls the handler once per matching element, present or added later, batched per frame', async () => {
    document.body.append(el('div', { class: 'row' }), el('div', { class: 'other' }));
    const seen: Element[] = [];
    observe('.row', (e) => void seen.push(e), { signal: signal().signal });
    expect(seen).toHaveLength(0); // nothing synchronously
    await settle();
    expect(seen).toHaveLength(1);

    for (let i = 0; i < 3; i++) document.body.append(el('div', { class: 'row' }));
    const before = seen.length;
    await Promise.resolve();
    expect(seen.length).toBe(before); // not per mutation: collected until the frame
    await settle();
    expect(seen).toHaveLength(4);
    // moving an element does not call again
    document.body.append(seen[0]!);
    await settle();
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it('accepts a predicate', async () => {
    const seen: string[] = [];
    observe((e) => e.getAttribute('data-kind') === 'x', (e) => void seen.push(e.id), { signal: signal().signal });
    document.body.append(el('span', { 'data-kind': 'x', id: 'a' }), el('span', { 'data-kind': 'y', id: 'b' }));
    await settle();
    expect(seen).toEqual(['a']);
  });

  it('finds elements inside open shadow roots, nested and attached later', async () => {
    const host = el('div', { id: 'host' });
    host.attachShadow({ mode: 'open' }).append(el('p', { class: 'hit', id: 'in-shadow' }));
    document.body.append(host);
    const seen: string[] = [];
    observe('.hit', (e) => void seen.push(e.id), { signal: signal().signal });
    await settle();
    expect(seen).toEqual(['in-shadow']);

    // content added later inside an already observed shadow root
    host.shadowRoot!.append(el('p', { class: 'hit', id: 'later-in-shadow' }));
    await settle();
    expect(seen).toContain('later-in-shadow');

    // a new host with a nested shadow root
    const outer = el('section');
    const inner = el('div');
    inner.attachShadow({ mode: 'open' }).append(el('b', { class: 'hit', id: 'nested' }));
    outer.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    await settle();
    expect(seen).toContain('nested');

    // content added inside the nested root afterwards
    inner.shadowRoot!.append(el('i', { class: 'hit', id: 'nested-later' }));
    await settle();
    expect(seen).toContain('nested-later');
    expect(seen).toHaveLength(4);
  });

  it('a later registration sees what is inside shadow roots already found; a host that comes back is re-scanned', async () => {
    const host = el('div');
    host.attachShadow({ mode: 'open' }).append(el('p', { class: 'hit', id: 'a' }));
    document.body.append(host);
    const first: string[] = [];
    observe('.hit', (e) => void first.push(e.id), { signal: signal().signal });
    await settle();
    const second: string[] = [];
    observe('.hit', (e) => void second.push(e.id), { signal: signal().signal });
    await settle();
    expect(second).toEqual(['a']);

    host.remove();
    host.shadowRoot!.append(el('p', { class: 'hit', id: 'while-detached' }));
    document.body.append(host);
    await settle();
    expect(first.sort()).toEqual(['a', 'while-detached']);
    host.shadowRoot!.append(el('p', { class: 'hit', id: 'after' }));
    await settle();
    expect(second.sort()).toEqual(['a', 'after', 'while-detached']);
  });

  it('re-scans custom elements whose shadow root appears when they upgrade (customElements.whenDefined)', async () => {
    document.body.append(el('kat-late-one', { id: 'k1' }));
    const seen: string[] = [];
    observe('.cell', (e) => void seen.push(e.id), { signal: signal().signal });
    await settle();
    expect(seen).toEqual([]);
    customElements.define('kat-late-one', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).append(el('span', { class: 'cell', id: 'upgraded' }));
      }
    });
    await settle();
    expect(seen).toEqual(['upgraded']);
  });

  it('falls back to polling when customElements is missing (Chrome content scripts)', async () => {
    const registry = window.customElements;
    document.body.append(el('kat-late-two', { id: 'k2' }));
    Object.defineProperty(window, 'customElements', { value: null, configurable: true });
    const seen: string[] = [];
    try {
      observe('.cell', (e) => void seen.push(e.id), { signal: signal().signal });
      await settle();
      registry.define('kat-late-two', class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).append(el('span', { class: 'cell', id: 'polled' }));
        }
      });
      await vi.waitFor(() => expect(seen).toEqual(['polled']), { timeout: 2000, interval: 20 });
    } finally {
      Object.defineProperty(window, 'customElements', { value: registry, configurable: true });
    }
  });

  it('stops on abort, and a new registration still sees existing elements', async () => {
    const c = signal();
    const seen: string[] = [];
    observe('.row', (e) => void seen.push(e.id), { signal: c.signal });
    document.body.append(el('div', { class: 'row', id: 'r1' }));
    await settle();
    c.abort();
    document.body.append(el('div', { class: 'row', id: 'r2' }));
    await settle();
    expect(seen).toEqual(['r1']);

    const again: string[] = [];
    observe('.row', (e) => void again.push(e.id), { signal: signal().signal });
    await settle();
    expect(again.sort()).toEqual(['r1', 'r2']);
  });

  it('an abort signal that is already aborted registers nothing', async () => {
    const c = new AbortController();
    c.abort();
    const handler = vi.fn();
    document.body.append(el('div', { class: 'row' }));
    observe('.row', handler, { signal: c.signal });
    await settle();
    expect(handler).not.toHaveBeenCalled();
  });

  it('hands throws and rejections to onError and keeps going', async () => {
    const errors: unknown[] = [];
    const seen: string[] = [];
    observe('.row', (e) => {
      seen.push(e.id);
      if (e.id === 'bad') throw new Error('sync boom');
      if (e.id === 'worse') return Promise.reject(new Error('async boom'));
    }, { signal: signal().signal, onError: (e) => errors.push(e) });
    document.body.append(el('div', { class: 'row', id: 'bad' }), el('div', { class: 'row', id: 'worse' }), el('div', { class: 'row', id: 'ok' }));
    await settle();
    expect(seen).toEqual(['bad', 'worse', 'ok']);
    expect(errors.map((e) => (e as Error).message).sort()).toEqual(['async boom', 'sync boom']);
  });

  it('skips our own UI ([data-si]) and its shadow root', async () => {
    const ours = el('seller-inbox-x', { 'data-si': 'x' }, el('div', { class: 'row', id: 'light' }));
    ours.attachShadow({ mode: 'open' }).append(el('div', { class: 'row', id: 'shadow' }));
    document.body.append(ours, el('div', { class: 'row', id: 'page' }));
    const seen: string[] = [];
    observe('.row', (e) => void seen.push(e.id), { signal: signal().signal });
    await settle();
    expect(seen).toEqual(['page']);
  });

  it('asks no frame for our own nodes added to the page (a badge and a chip on every row)', async () => {
    const rows = Array.from({ length: 50 }, () => el('div', { class: 'row' }, el('span')));
    document.body.append(...rows);
    const seen: Element[] = [];
    observe('.row', (e) => void seen.push(e), { signal: signal().signal });
    await settle();
    expect(seen).toHaveLength(50);
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    for (const row of rows) row.firstElementChild!.append(el('span', { 'data-si': 'deadline' }, el('span', { class: 'row' })));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(frames).not.toHaveBeenCalled();
    frames.mockRestore();
    document.body.append(el('div', { class: 'row' }));
    await settle();
    expect(seen).toHaveLength(51);
  });

  it('asks several selectors in one query per added root, each handler its own elements in document order', async () => {
    const got: Record<string, string[]> = { a: [], b: [], c: [] };
    for (const k of ['a', 'b', 'c'] as const) observe(`.${k}`, (e) => void got[k]!.push(e.id), { signal: signal().signal });
    await settle();
    const query = vi.spyOn(Element.prototype, 'querySelectorAll');
    const rows = Array.from({ length: 40 }, (_, i) => el('div', { class: 'row a', id: `r${i}` }, el('span', { class: 'b', id: `b${i}` }), el('i', { class: 'a b', id: `x${i}` })));
    document.body.append(...rows);
    await settle();
    expect(query.mock.calls.length).toBeLessThanOrEqual(rows.length);
    query.mockRestore();
    expect(got.a).toEqual(rows.flatMap((_, i) => [`r${i}`, `x${i}`]));
    expect(got.b).toEqual(rows.flatMap((_, i) => [`b${i}`, `x${i}`]));
    expect(got.c).toEqual([]);
  });

  it('an invalid selector errs for its own registration only', async () => {
    document.body.append(el('div', { class: 'row', id: 'one' }));
    const errors: unknown[] = [];
    const seen: string[] = [];
    observe('.row', (e) => void seen.push(e.id), { signal: signal().signal });
    observe('div[', () => undefined, { signal: signal().signal, onError: (e) => void errors.push(e) });
    await settle();
    document.body.append(el('div', { class: 'row', id: 'two' }));
    await settle();
    expect(seen).toEqual(['one', 'two']);
    expect(errors.length).toBeGreaterThanOrEqual(1);
  });

  it('rows added inside our own UI are skipped, rows beside it are not', async () => {
    const ours = el('div', { 'data-si': 'panel' }, el('div'));
    const page = el('div');
    document.body.append(ours, page);
    const seen: string[] = [];
    observe('.row', (e) => void seen.push(e.id), { signal: signal().signal });
    await settle();
    for (let i = 0; i < 5; i++) ours.firstElementChild!.append(el('div', { class: 'row', id: `in${i}` }));
    for (let i = 0; i < 5; i++) page.append(el('div', { class: 'row', id: `out${i}` }));
    await settle();
    expect(seen).toEqual(['out0', 'out1', 'out2', 'out3', 'out4']);
  });

  it('on a 5,000-row page only walks what was added', async () => {
    const table = el('div', { id: 'list' });
    for (let i = 0; i < 5000; i++) table.append(el('div', { class: 'row' }, el('span'), el('span')));
    document.body.append(table);
    let calls = 0;
    let rows = 0;
    observe((e) => {
      calls++;
      return e.classList.contains('row');
    }, () => void rows++, { signal: signal().signal });
    await settle();
    expect(rows).toBe(5000);
    const firstScan = calls;

    calls = 0;
    table.append(el('div', { class: 'row' }, el('span'), el('span')));
    await settle();
    expect(rows).toBe(5001);
    expect(calls).toBeLessThanOrEqual(3); // the added row and its two cells, not the document
    expect(firstScan).toBeGreaterThan(15000);
  });

  it('many rows added to one list in a frame: asked through the list once, only what is in the added rows', async () => {
    const list = el('ul', { class: 'list' });
    // present before the watch: handed once at the start, never again
    list.append(el('li', { class: 'old' }, el('b', { class: 'hit' })));
    document.body.append(list);
    const seen: Element[] = [];
    observe('.hit', (e) => void seen.push(e), { signal: signal().signal });
    await settle();
    expect(seen).toHaveLength(1);
    // an element that starts matching without being added is not an appearance (as before: added subtrees only)
    const late = el('i');
    list.append(late);
    await settle();
    late.className = 'hit';
    const rows = Array.from({ length: 12 }, (_, n) => el('li', {}, el('b', { class: 'hit', 'data-n': String(n) })));
    const spy = vi.spyOn(list, 'querySelectorAll');
    list.append(...rows);
    await settle();
    expect(seen.slice(1).map((e) => e.getAttribute('data-n'))).toEqual(rows.map((_, n) => String(n)));
    expect(seen).not.toContain(late);
    // one query through the list, not one per row
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('a shadow root of an added row that holds nothing watched is asked one question, not one per selector', async () => {
    const list = el('ul', { class: 'list' });
    document.body.append(list);
    const seen: Element[] = [];
    observe('.hit', (e) => void seen.push(e), { signal: signal().signal });
    observe('.other-hit', (e) => void seen.push(e), { signal: signal().signal });
    await settle();
    const hosts = Array.from({ length: 10 }, () => el('span'));
    const roots = hosts.map((h) => h.attachShadow({ mode: 'open' }));
    roots.forEach((r, n) => r.append(el('b', n === 3 ? { class: 'hit' } : {})));
    const asked = roots.map((r) => ({ all: vi.spyOn(r, 'querySelectorAll'), one: vi.spyOn(r, 'querySelector') }));
    list.append(...hosts.map((h) => el('li', {}, h)));
    await settle();
    expect(seen.map((e) => e.className)).toEqual(['hit']);
    // the empty ones: one querySelector each, no querySelectorAll; the one with a hit is asked for its elements
    for (const [n, spy] of asked.entries()) {
      expect(spy.one, `root ${n}`).toHaveBeenCalledTimes(1);
      expect(spy.all, `root ${n}`).toHaveBeenCalledTimes(n === 3 ? 1 : 0);
    }
  });

  it('registrations of the page tree only: no shadow root is looked into; one that looks inside them later finds what is there', async () => {
    const rows = Array.from({ length: 10 }, () => el('li', { class: 'row' }, el('span')));
    const roots = rows.map((r) => r.querySelector('span')!.attachShadow({ mode: 'open' }));
    roots.forEach((r) => r.append(el('b', { class: 'inner' })));
    const asked = roots.flatMap((r) => [vi.spyOn(r, 'querySelector'), vi.spyOn(r, 'querySelectorAll')]);
    const seen: Element[] = [];
    observe('.row', (e) => void seen.push(e), { signal: signal().signal, lightDomOnly: true });
    document.body.append(el('ul', {}, ...rows));
    await settle();
    expect(seen).toHaveLength(10);
    for (const spy of asked) expect(spy).not.toHaveBeenCalled();
    // a registration that may find its elements in shadow roots: the document is walked once, inside them too
    const inner: Element[] = [];
    observe('.inner', (e) => void inner.push(e), { signal: signal().signal });
    await settle();
    expect(inner).toHaveLength(10);
    // and from then on, what is added inside a shadow root is seen
    roots[0]!.append(el('b', { class: 'inner' }));
    await settle();
    expect(inner).toHaveLength(11);
  });
});
