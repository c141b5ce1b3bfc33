/**
 * The v3 case list's per-row memo (inbox-v3-page.ts `CaseRowCache`, case-list-rows.ts `memo`): a list change reads
 * only the rows it touched; unchanged rows keep their read and their identity (the features' memos hang on it), in
 * the known layout and in the structural fallback (which does not search the page again while its list is there).
 */
import { cachedRowOf, createCaseRowCache, readCaseList, type CaseRow } from '../../lib/seller-central/inbox-v3-page';
import { caseListAsInbox, withOpenCase } from '../../lib/seller-central/case-list-rows';
import type { InboxRow } from '../../lib/seller-central/inbox-page';
import { loadHtml } from './seller-central-load-fixture';

const NOW = Date.parse('2026-12-06T15:30:00Z');
const ZONE = 'America/Los_Angeles';

const rows = (cls: string, n: number) => Array.from({ length: n }, (_, i) => `<div class="${cls}-item"><div class="${cls}-item-from">Buyer ${i}</div>`
  + `<div class="${cls}-item-subject">Subject ${i}</div><div class="${cls}-item-order">Order ID: 112-1234567-${String(i).padStart(7, '0')}</div>`
  + `<div class="${cls}-item-date">${i + 1} hours ago</div></div>`).join('');
const page = (cls: string, n = 4) => `<div class="inbox-v3-app"><div class="${cls}" role="list">${rows(cls, n)}</div></div>`;

describe('readCaseList with a row cache', () => {
  it('reads a row again only when marked dirty; the others are the same objects', () => {
    const doc = loadHtml(page('case-list'));
    const cache = createCaseRowCache();
    const first = readCaseList(doc, NOW, ZONE, undefined, cache);
    const date = doc.querySelectorAll('.case-list-item-date')[1]!;
    date.textContent = '30 minutes ago';
    // not marked: the cached read stands (the caller marks what its observer saw)
    expect(readCaseList(doc, NOW, ZONE, undefined, cache).rows[1]).toBe(first.rows[1]);
    const row = cachedRowOf(cache, date.firstChild!, first.list!);
    expect(row).toBe(first.rows[1]!.rowElement);
    cache.dirty.add(row!);
    const second = readCaseList(doc, NOW, ZONE, undefined, cache);
    expect(second.rows[1]).not.toBe(first.rows[1]);
    expect(second.rows[1]!.lastMessage).toEqual({ at: NOW - 30 * 60_000, precision: 'minute' });
    expect(second.rows.filter((r, i) => r === first.rows[i])).toHaveLength(3);
    expect(cache.dirty.size).toBe(0);
  });

  it('the structural fallback reads its list again without searching the page, and searches anew once it is gone', () => {
    const doc = loadHtml(page('msg3-list'));
    const cache = createCaseRowCache();
    const first = readCaseList(doc, NOW, ZONE, undefined, cache);
    expect(first).toMatchObject({ layout: 'fallback', recognised: true });
    expect(cache.structural?.container).toBe(first.list);
    const again = readCaseList(doc, NOW, ZONE, undefined, cache);
    expect(again.rows).toEqual(first.rows);
    again.rows.forEach((r, i) => expect(r).toBe(first.rows[i]));
    // the app renders a new list: found by structure again
    first.list!.remove();
    doc.querySelector('.inbox-v3-app')!.insertAdjacentHTML('beforeend', `<div class="msg3-list">${rows('msg3-list', 3)}</div>`);
    const fresh = readCaseList(doc, NOW, ZONE, undefined, cache);
    expect(fresh.list).not.toBe(first.list);
    expect(fresh.rows).toHaveLength(3);
  });

  it('caseListAsInbox keeps the identity of rows made from the same case rows', () => {
    const doc = loadHtml(page('case-list'));
    const cache = createCaseRowCache();
    const memo = new WeakMap<CaseRow, InboxRow>();
    const a = caseListAsInbox(readCaseList(doc, NOW, ZONE, undefined, cache), 'response-needed', memo);
    const b = caseListAsInbox(readCaseList(doc, NOW, ZONE, undefined, cache), 'response-needed', memo);
    b.read.rows.forEach((r, i) => expect(r).toBe(a.read.rows[i]));
    // a second row of the same order: neither is keyed by it any more, so both are made anew
    doc.querySelector('.case-list')!.insertAdjacentHTML('beforeend', rows('case-list', 1));
    const c = caseListAsInbox(readCaseList(doc, NOW, ZONE, undefined, cache), 'response-needed', memo);
    expect(c.read.rows[0]).not.toBe(a.read.rows[0]);
    expect(c.read.rows[0]!.transient).toBe(true);
    expect(c.read.rows[1]).toBe(a.read.rows[1]);
  });

  it('a row the page wrote again with the same content keeps its read; a real change does not', () => {
    const doc = loadHtml(page('case-list'));
    const cache = createCaseRowCache();
    const first = readCaseList(doc, NOW, ZONE, undefined, cache);
    const date = doc.querySelectorAll('.case-list-item-date')[2]!;
    date.textContent = date.textContent ?? '';
    cache.dirty.add(first.rows[2]!.rowElement);
    expect(readCaseList(doc, NOW + 20_000, ZONE, undefined, cache).rows[2]).toBe(first.rows[2]);
    doc.querySelectorAll('.case-list-item-subject')[2]!.textContent = 'Another subject';
    cache.dirty.add(first.rows[2]!.rowElement);
    const changed = readCaseList(doc, NOW, ZONE, undefined, cache).rows[2]!;
    expect(changed).not.toBe(first.rows[2]);
    expect(changed.subject).toBe('Another subject');
  });

  it('withOpenCase gives the open case\'s row the same object while its exact time is the same', () => {
    const doc = loadHtml(page('case-list'));
    const { read } = caseListAsInbox(readCaseList(doc, NOW, ZONE), 'response-needed');
    const open = { caseId: 'x', orderIds: ['112-1234567-0000001'], oldestUnansweredAt: '2026-12-06T01:00:00.000Z' };
    const a = withOpenCase(read.rows, open);
    const b = withOpenCase(read.rows, open);
    expect(a[1]).not.toBe(read.rows[1]);
    expect(a[1]!.oldestUnansweredAt).toBe(open.oldestUnansweredAt);
    expect(b[1]).toBe(a[1]);
    expect(withOpenCase(read.rows, { ...open, oldestUnansweredAt: '2026-12-06T02:00:00.000Z' })[1]).not.toBe(a[1]);
  });
});

