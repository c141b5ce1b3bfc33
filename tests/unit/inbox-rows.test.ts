import { readFileSync } from 'node:fs';
import path from 'node:path';
import { installCatalog } from '../../components/i18n/sync';
import type { Catalog } from '../../components/i18n/catalog';
/** The inbox features' pure helpers and plain-DOM layers, on the inbox fixture (happy-dom). */
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { readInboxPage, chipCellOf, threadLinkOf, headRowOf, findInboxMounts, createInboxRowCache, rowOf } from '../../lib/seller-central/inbox-page';
import { sortByUrgency } from '../../lib/ordering';
import {
  categoryCounts, groupByMarketplace, passesFilter, rowBadge, threadInputOf, urgencyPlan,
} from '../../components/features/inbox-shared/row-model';
import { inboxSettingsFrom } from '../../components/features/inbox-shared/settings';
import { isOwnMutation } from '../../components/features/inbox-shared/inbox-source';
import { arrangeToolbar, TOOLBAR_ROW, toolbarSpot } from '../../components/features/inbox-shared/toolbar';
import { BadgeLayer } from '../../components/features/inbox-deadlines/badges';
import { UrgencyOrder } from '../../components/features/inbox-deadlines/urgency-order';
import { chunks, merge } from '../../components/features/inbox-deadlines/store-threads';
import { threadInputOfPage } from '../../components/features/inbox-deadlines/thread-page';
import { readThreadPage } from '../../lib/seller-central/thread-page';
import { loadFixture } from './seller-central-load-fixture';
import type { InboxRow } from '../../lib/seller-central/inbox-page';

const NOW = new Date('2026-11-23T18:00:00Z');
const opts = { timeZone: 'Asia/Shanghai', dueSoonHours: 4 };

const row = (over: Partial<InboxRow>): InboxRow => ({
  threadId: 'T', buyerName: 'B', orderIds: [], status: 'response-needed', isSystem: false,
  rowElement: {} as Element, ...over,
});

describe('the adapter additions', () => {
  it('finds the subject cell, the thread link and the header row', () => {
    const doc = loadFixture('inbox.html');
    const { rows } = readInboxPage(doc);
    const first = rows[0]?.rowElement as Element;
    expect(chipCellOf(first).classList.contains('bsm-cell-subject')).toBe(true);
    expect(threadLinkOf(first)?.getAttribute('href')).toBe('/messaging/inbox?fi=caseId&ss=T-1001&cc=T-1001');
    const mounts = findInboxMounts(doc);
    expect(headRowOf(mounts?.list as Element)?.children.length).toBe(5);
  });
});

describe('the row cache of readInboxPage', () => {
  it('reuses the reads of untouched rows and reads dirty ones again', () => {
    const doc = loadFixture('inbox.html');
    const cache = createInboxRowCache();
    const first = readInboxPage(doc, cache);
    const again = readInboxPage(doc, cache);
    expect(again.rows.map((r) => r.threadId)).toEqual(first.rows.map((r) => r.threadId));
    expect(again.rows.every((r, i) => r === first.rows[i])).toBe(true);
    expect(again.problems).toEqual(first.problems);
    const row = first.rows[0]?.rowElement as Element;
    row.setAttribute('data-status', 'ANSWERED');
    const cell = row.querySelector('.bsm-cell-status') as Element;
    expect(rowOf(cell)).toBe(row);
    cache.dirty.add(row);
    const third = readInboxPage(doc, cache);
    expect(third.rows[0]).not.toBe(first.rows[0]);
    expect(third.rows[0]?.status).toBe('answered');
    expect(third.rows[1]).toBe(first.rows[1]);
    expect(cache.dirty.size).toBe(0);
  });
});

describe('row model', () => {
  it('makes the stored record of a row (category included, page number kept)', () => {
    const doc = loadFixture('inbox.html');
    const r = readInboxPage(doc).rows[0] as InboxRow;
    const input = threadInputOf(r, { category: 'invoice', confidence: 0.8, system: false }, 3);
    expect(input).toMatchObject({ threadId: 'T-1001', status: 'response-needed', page: 3, isSystem: false, category: 'invoice', categoryConfidence: 0.8 });
    expect(threadInputOf(r, undefined, 3)).not.toHaveProperty('category');
    expect(input).not.toHaveProperty('rowElement');
  });

  it('groups rows by their own marketplace, else the page one', () => {
    const g = groupByMarketplace([{ marketplaceId: 'A' }, { marketplaceId: undefined }, { marketplaceId: 'B' }, {}], 'A');
    expect([...g].map(([k, v]) => [k, v.length])).toEqual([['A', 3], ['B', 1]]);
  });

  it('orders rows most urgent first with CSS order values (same as sortByUrgency)', () => {
    const rows = [
      row({ threadId: 'answered', status: 'answered', lastMessageAt: '2026-11-23T10:00:00Z' }),
      row({ threadId: 'due-later', oldestUnansweredAt: '2026-11-23T12:00:00Z' }),
      row({ threadId: 'overdue', oldestUnansweredAt: '2026-11-22T08:00:00Z' }),
      row({ threadId: 'system', status: 'no-response-needed', isSystem: true, lastMessageAt: '2026-11-23T11:00:00Z' }),
    ];
    const plan = urgencyPlan(rows);
    const visual = rows.map((r, i) => [plan[i] as number, r.threadId] as const).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
    expect(visual.slice(0, 2)).toEqual(['overdue', 'due-later']);
    const expected = sortByUrgency(rows.map((r) => ({ ...r, key: r.threadId, seenAt: '' }))).map((t) => t.key);
    expect(visual).toEqual(expected);
  });

  it('builds badges: overdue, due soon with the marketplace time, settled states', () => {
    const overdue = rowBadge(row({ oldestUnansweredAt: '2026-11-22T16:00:00Z' }), 'ATVPDKIKX0DER', NOW, opts, 'en');
    expect(overdue).toMatchObject({ state: 'overdue', text: 'overdue by 2 h 0 m' });
    const soon = rowBadge(row({ oldestUnansweredAt: '2026-11-22T20:30:00Z' }), 'ATVPDKIKX0DER', NOW, opts, 'en');
    expect(soon).toMatchObject({ state: 'due-soon', text: '2 h 30 m left', dueIso: '2026-11-23T20:30:00.000Z' });
    expect(soon.title).toContain('Los Angeles time');
    // the words come from the catalog the page installed (the seller's language)
    installCatalog('zh_CN', JSON.parse(readFileSync(path.resolve(__dirname, '../../public/_locales/zh_CN/messages.json'), 'utf8')) as Catalog);
    try {
      expect(rowBadge(row({ status: 'answered' }), undefined, NOW, opts, 'zh_CN')).toMatchObject({ state: 'answered', text: '已回复', title: '已回复，没有待回复的消息' });
    } finally { installCatalog(undefined); }
    expect(rowBadge(row({ status: 'no-response-needed', isSystem: true }), undefined, NOW, opts, 'en').state).toBe('no-reply-expected');
  });

  it('counts categories and filters', () => {
    const counts = categoryCounts(['invoice', 'invoice', 'other']);
    expect(counts.invoice).toBe(2);
    expect(counts['cancel-order']).toBe(0);
    expect(passesFilter('invoice', 'all')).toBe(true);
    expect(passesFilter('invoice', 'invoice')).toBe(true);
    expect(passesFilter('other', 'invoice')).toBe(false);
  });

  it('merges pending uploads per marketplace, the later record of a thread winning', () => {
    const t = (threadId: string, buyerName: string) => ({ threadId, buyerName, status: 'answered' as const, orderIds: [] });
    expect(merge([
      { accountId: 'A', marketplaceId: 'US', threads: [t('1', 'old'), t('2', 'x')] },
      { accountId: 'A', marketplaceId: 'DE', threads: [t('9', 'y')] },
      { accountId: 'A', marketplaceId: 'US', threads: [t('1', 'new')] },
    ])).toEqual([
      { accountId: 'A', marketplaceId: 'US', threads: [t('1', 'new'), t('2', 'x')] },
      { accountId: 'A', marketplaceId: 'DE', threads: [t('9', 'y')] },
    ]);
  });

  it('splits large uploads in calls of at most 1,000 threads', () => {
    expect(chunks(Array.from({ length: 2500 }, (_, i) => i)).map((c) => c.length)).toEqual([1000, 1000, 500]);
  });

  it('reads settings with defaults, auto zone and language', () => {
    expect(inboxSettingsFrom({}, 'zh-CN', 'Asia/Shanghai')).toEqual({
      timeZone: 'Asia/Shanghai', dueSoonHours: 4, locale: 'zh_CN', nextShortcut: 'n', sortUrgency: true,
    });
    expect(inboxSettingsFrom({ timeZone: 'Europe/Berlin', uiLanguage: 'en', inboxSortUrgency: false, dueSoonHours: 6 }, 'zh-CN'))
      .toMatchObject({ timeZone: 'Europe/Berlin', locale: 'en', sortUrgency: false, dueSoonHours: 6 });
  });

  it('stores a conversation page: status and category; nothing without a status', () => {
    const doc = loadFixture('thread.html', 'https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=T-1001&cc=T-1001');
    const read = readThreadPage(doc);
    const input = threadInputOfPage(read, { category: 'product-issue', confidence: 0.7, system: false });
    expect(input?.threadId).toBe(read.threadId);
    expect(input?.status).toBe(read.status);
    expect(input).toMatchObject({ category: 'product-issue', categoryConfidence: 0.7 });
    expect(threadInputOfPage(read, undefined)).not.toHaveProperty('category');
    expect(threadInputOfPage({ ...read, status: undefined } as typeof read, undefined)).toBeUndefined();
  });
});

describe('plain-DOM layers', () => {
  it('writes one badge per row in the badge cell, updates in place, and removes them all', () => {
    const doc = loadFixture('inbox.html');
    const { rows } = readInboxPage(doc);
    const layer = new BadgeLayer(doc);
    const items = rows.map((r) => ({ row: r.rowElement, badge: rowBadge(r, 'ATVPDKIKX0DER', NOW, opts, 'en') }));
    layer.write(items);
    const badges = [...doc.querySelectorAll('[data-si="deadline"]')];
    expect(badges).toHaveLength(rows.length);
    expect(badges[0]?.parentElement?.classList.contains('bsm-cell-status')).toBe(true);
    expect(badges[0]?.getAttribute('data-si-state')).toBe(items[0]?.badge.state);
    const before = badges[0];
    layer.write(items.map((i) => ({ ...i, badge: { ...i.badge, text: 'changed' } })));
    expect(doc.querySelector('[data-si="deadline"]')).toBe(before);
    expect(before?.textContent).toBe('changed');
    layer.write(items.slice(1));
    expect(doc.querySelectorAll('[data-si="deadline"]')).toHaveLength(rows.length - 1);
    layer.clear();
    expect(doc.querySelectorAll('[data-si="deadline"]')).toHaveLength(0);
  });

  it('sets CSS order without moving rows, and restores the page as it was', () => {
    const doc = loadFixture('inbox.html');
    const mounts = findInboxMounts(doc);
    const list = mounts?.list as Element;
    const { rows } = readInboxPage(doc);
    const els = rows.map((r) => r.rowElement);
    const domBefore = [...list.querySelectorAll('kat-table-row')];
    const order = new UrgencyOrder();
    order.apply(list, els, els.map((_, i) => els.length - 1 - i));
    const values = els.map((e) => Number((e as HTMLElement).style.order));
    expect(values.every((v) => v >= 1)).toBe(true);
    // the last row first, the first last
    expect(values.every((v, i) => i === 0 || v < values[i - 1]!)).toBe(true);
    expect([...list.querySelectorAll('kat-table-row')]).toEqual(domBefore);
    expect(order.active).toBe(true);
    order.restore();
    expect(els.every((e) => (e as HTMLElement).style.order === '')).toBe(true);
    expect(doc.querySelector('[data-si-urgency], [data-si-urgency-rows]')).toBeNull();
  });

  it('tells our own mutations from the page\'s', () => {
    const doc = loadFixture('inbox.html');
    const ours = doc.createElement('span');
    ours.setAttribute('data-si', 'deadline');
    const cell = doc.querySelector('.bsm-cell-status') as Element;
    const rec = (over: Partial<MutationRecord>) => ({ type: 'childList' as const, target: cell, addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, ...over });
    expect(isOwnMutation(rec({ addedNodes: [ours] as unknown as NodeList }))).toBe(true);
    expect(isOwnMutation(rec({ removedNodes: [ours] as unknown as NodeList }))).toBe(true);
    expect(isOwnMutation(rec({ target: ours }))).toBe(true);
    expect(isOwnMutation(rec({ addedNodes: [doc.createElement('kat-table-row')] as unknown as NodeList }))).toBe(false);
    expect(isOwnMutation({ ...rec({}), type: 'attributes' })).toBe(false);
  });

  it('keeps our toolbar parts in their order, before the paging controls', () => {
    const doc = loadFixture('inbox.html');
    const mounts = findInboxMounts(doc);
    if (!mounts) throw new Error('no mounts');
    const part = (name: string) => { const el = doc.createElement(`seller-inbox-${name}`); el.setAttribute('data-si', name); return el; };
    const next = part('next');
    const spot = toolbarSpot(mounts, 'next');
    expect(spot).toEqual({ anchor: mounts.pager, append: 'before' });
    mounts.toolbar.insertBefore(next, mounts.pager);
    const sort = part('inbox-sort');
    mounts.toolbar.insertBefore(sort, mounts.pager); // finished last, landed in the wrong place
    const filter = part('inbox-filter');
    mounts.toolbar.insertBefore(filter, next);
    arrangeToolbar(mounts);
    const names = [...mounts.toolbar.children].map((c) => c.getAttribute('data-si') ?? c.className);
    expect(names.slice(-4)).toEqual(['inbox-sort', 'inbox-filter', 'next', 'bsm-pager']);
  });

  it('v3: the parts go in one row of our own above the list (one line, fixed height, contained), gone with the last part', async () => {
    const doc = loadFixture('inbox.html');
    const pane = doc.createElement('div');
    const list = doc.createElement('div');
    pane.append(doc.createElement('header'), list);
    doc.body.append(pane);
    const mounts = { list, toolbar: pane, pager: list, ownRow: true };
    const controller = new AbortController();
    const spot = toolbarSpot(mounts, 'next', controller.signal);
    const row = spot.anchor;
    expect(spot.append).toBe('last');
    expect(row.getAttribute('data-si')).toBe(TOOLBAR_ROW);
    expect(row.nextElementSibling).toBe(list);
    expect(row.getAttribute('style')).toMatch(/height:34px/);
    expect(row.getAttribute('style')).toMatch(/contain:strict/);
    // the second feature finds the same row
    expect(toolbarSpot(mounts, 'inbox-sort').anchor).toBe(row);
    const next = doc.createElement('seller-inbox-next');
    next.setAttribute('data-si', 'next');
    row.append(next);
    expect(toolbarSpot(mounts, 'inbox-filter')).toEqual({ anchor: next, append: 'before' });
    next.remove();
    controller.abort();
    await new Promise((r) => setTimeout(r, 5));
    expect(row.isConnected).toBe(false);
  });
});
