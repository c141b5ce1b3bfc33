// @vitest-environment happy-dom
/**
 * The incremental inbox pass (issue #14, item 7): what changed between two reads of the list, by row read identity
 * (lib/inbox-pass/list-changes.ts); a list whose page wrote to known rows only is read again for those rows only
 * (case-list-rows.ts `rowsReadAgain`); and the inbox source hands every feature what changed since its last pass
 * (inbox-source.ts `changesSince`, the snapshot's `changes`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../components/messaging', () => ({ sendRequest: vi.fn(async () => ({})) }));
import { allAdded, changesRows, diffList, isUnchanged, NO_CHANGES } from '../../lib/inbox-pass/list-changes';
import { caseListAsInbox, rowsReadAgain } from '../../lib/seller-central/case-list-rows';
import { createCaseRowCache, readCaseList, readCaseRowAgain, type CaseRow } from '../../lib/seller-central/inbox-v3-page';
import type { InboxRow } from '../../lib/seller-central/inbox-page';
import { changesSince, watchInbox, type InboxSnapshot } from '../../components/features/inbox-shared/inbox-source';
import type { FeatureContext } from '../../components/page/feature';

const ZONE = 'UTC';
const row = (i: number, order = i, date = `${i + 1} hours ago`, preview = `Preview ${i}`) => `<div class="case-list-item">`
  + `<div class="case-list-item-from">Buyer ${i}</div><div class="case-list-item-subject">Subject ${i}</div>`
  + `<div class="case-list-item-preview">${preview}</div>`
  + `<div class="case-list-item-order">Order ID: 112-1234567-${String(order).padStart(7, '0')}</div>`
  + `<div class="case-list-item-date">${date}</div></div>`;
const mount = (n: number): Element => {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', `<div class="inbox-v3-app"><div class="pane"><div class="case-list" role="list">${Array.from({ length: n }, (_, i) => row(i)).join('')}</div></div></div>`);
  return document.querySelector('.case-list')!;
};

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('diffList', () => {
  const [a, b, c, d] = [{ n: 'a' }, { n: 'b' }, { n: 'c' }, { n: 'd' }];
  it('names the added, removed and touched reads and whether the kept ones moved', () => {
    expect(diffList([a, b, c], [a, b, c])).toEqual({ added: [], removed: [], touched: [], moved: false });
    expect(isUnchanged(diffList([a, b, c], [a, b, c]))).toBe(true);
    // b's content changed: a new read d in its place
    expect(diffList([a, b, c], [a, d, c])).toEqual({ added: [d], removed: [b], touched: [], moved: false });
    expect(diffList([a, b, c], [c, a, b])).toMatchObject({ added: [], removed: [], moved: true });
    expect(diffList([a, b, c], [a, b, c], (r) => r === b)).toMatchObject({ touched: [b] });
    expect(changesRows(diffList([a, b, c], [a, b, c], (r) => r === b))).toBe(false);
    expect(changesRows(diffList([a, b], [a, b, c]))).toBe(true);
  });

  it('changesSince: the snapshot\'s own changes when they start from the feature\'s last read, else a diff', () => {
    const r = (n: string) => ({ threadId: n, rowElement: document.createElement('div') }) as unknown as InboxRow;
    const [x, y, z] = [r('x'), r('y'), r('z')];
    const first = { rows: [x, y] } as never;
    const second = { rows: [x, z] } as never;
    const own = { since: first, added: [z], removed: [y], touched: [x], moved: false };
    expect(changesSince(undefined, { read: first })).toEqual(allAdded([x, y]));
    expect(changesSince(first, { read: first })).toBe(NO_CHANGES);
    expect(changesSince(first, { read: second, changes: own })).toBe(own);
    // a feature that did not see `first` (it started later): a diff from what it saw
    expect(changesSince({ rows: [y] } as never, { read: second, changes: own })).toEqual({ added: [x, z], removed: [y], touched: [], moved: false });
  });
});

describe('rowsReadAgain: the rows the page wrote to, read again alone', () => {
  const setup = () => {
    mount(6);
    const cache = createCaseRowCache();
    const memo = new WeakMap<CaseRow, InboxRow>();
    const cases = readCaseList(document, Date.now(), ZONE, undefined, cache);
    const { read } = caseListAsInbox(cases, 'response-needed', memo);
    const again = vi.fn((el: Element) => readCaseRowAgain(el, cases.layout, Date.now(), ZONE, (e) => e.shadowRoot, cache));
    return { cache, memo, cases, read, again };
  };

  it('reads only those rows; one that says the same keeps its read; one that changed is a new read in its place', () => {
    const { memo, cases, read, again } = setup();
    const items = [...document.querySelectorAll('.case-list-item')];
    items[1]!.querySelector('.case-list-item-date')!.textContent = '2 hours ago'; // as before
    items[4]!.querySelector('.case-list-item-preview')!.textContent = 'Where is my parcel?';
    const out = rowsReadAgain({ cases, rows: read.rows }, [items[1]!, items[4]!], again, 'response-needed', memo)!;
    expect(again).toHaveBeenCalledTimes(2);
    expect(out.rows.filter((r, i) => r === read.rows[i])).toHaveLength(5);
    expect(out.rows[4]).not.toBe(read.rows[4]);
    expect(out.rows[4]).toMatchObject({ threadId: read.rows[4]!.threadId, preview: 'Where is my parcel?' });
    expect(out.changes).toEqual({ added: [out.rows[4]], removed: [read.rows[4]], touched: [read.rows[1]], moved: false });
    expect(out.cases.rows[4]!.preview).toBe('Where is my parcel?');
  });

  it('asks for a whole read when the rows cannot tell: a row not read before, one that no longer reads, a new key', () => {
    const { memo, cases, read, again } = setup();
    const items = [...document.querySelectorAll('.case-list-item')];
    const before = { cases, rows: read.rows };
    expect(rowsReadAgain(before, [document.createElement('div')], again, 'response-needed', memo)).toBeUndefined();
    items[2]!.querySelector('.case-list-item-order')!.textContent = 'Order ID: 112-1234567-7654321';
    expect(rowsReadAgain(before, [items[2]!], again, 'response-needed', memo)).toBeUndefined();
    items[3]!.querySelector('.case-list-item-date')!.textContent = '';
    expect(rowsReadAgain(before, [items[3]!], again, 'response-needed', memo)).toBeUndefined();
  });
});

describe('the inbox source hands each pass what changed', () => {
  const watch = (): { passes: InboxSnapshot[]; stop: () => void } => {
    const passes: InboxSnapshot[] = [];
    const controller = new AbortController();
    const ctx = {
      page: { url: new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded'), kind: 'inbox', params: {},
        detected: { kind: 'inbox', layout: 'v3', view: 'responseNeeded' } },
      observe: (selector: string, on: (el: Element) => void) => { for (const el of document.querySelectorAll(selector)) on(el); },
      guard: <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => { void fn(...args); },
      reportProblem: (message: string) => { throw new Error(message); },
      notify: () => undefined,
    } as unknown as FeatureContext;
    watchInbox(ctx, controller.signal, { onRead: (snap) => passes.push(snap) });
    return { passes, stop: () => controller.abort() };
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('a row written again with the same text: touched only; a row with new text: that row only; a new row: read whole', async () => {
    const list = mount(5);
    const { passes, stop } = watch();
    try {
      expect(passes).toHaveLength(1);
      expect(passes[0]!.changes).toBeUndefined();
      const items = [...list.querySelectorAll('.case-list-item')];
      // the rows are not looked for again while the page writes to known rows only
      const walks = vi.spyOn(list, 'querySelectorAll');
      const date = items[2]!.querySelector('.case-list-item-date')!;
      date.textContent = date.textContent ?? '';
      await settle();
      expect(passes).toHaveLength(2);
      const rows = passes[0]!.read.rows;
      expect(passes[1]!.read.rows).toEqual(rows);
      expect(passes[1]!.changes).toEqual({ since: passes[0]!.read, added: [], removed: [], touched: [rows[2]], moved: false });

      items[3]!.querySelector('.case-list-item-preview')!.textContent = 'Cancel please';
      await settle();
      const third = passes[2]!;
      expect(third.changes).toMatchObject({ since: passes[1]!.read, removed: [rows[3]], touched: [], moved: false });
      expect(third.changes!.added).toEqual([third.read.rows[3]]);
      expect(third.read.rows[3]!.preview).toBe('Cancel please');
      expect(walks).not.toHaveBeenCalled();

      list.insertAdjacentHTML('afterbegin', row(9));
      await settle();
      const fourth = passes[3]!;
      expect(walks).toHaveBeenCalled();
      expect(fourth.read.rows).toHaveLength(6);
      expect(fourth.changes).toMatchObject({ since: third.read, added: [fourth.read.rows[0]], removed: [], touched: [], moved: false });
      // every other row kept its read
      expect(fourth.read.rows.slice(1)).toEqual(third.read.rows);
      fourth.read.rows.slice(1).forEach((r, i) => expect(r).toBe(third.read.rows[i]));
    } finally {
      stop();
    }
  });
});
