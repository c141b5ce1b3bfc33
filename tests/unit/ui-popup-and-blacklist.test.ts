/**
 * The data behind the popup and the blacklist page: the summary and links of the popup, the blacklist
 * search and add-box parsing, CSV error texts, and the new protocol handlers.
 */
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { createHandlers } from '../../lib/protocol/handlers';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';
import { isErrorResponse } from '../../lib/protocol/define';
import type { Account, BlacklistEntry, InboxCounts } from '../../lib/model';
import { readAgo, summarize, threadUrl } from '../../components/popup/summary';
import { filterEntries, parseWho } from '../../components/options/blacklist/entry-text';
import { importErrorText } from '../../components/options/blacklist/import-errors';
import { blacklistFromCsv } from '../../lib/blacklist-csv';

const NOW = new Date('2026-03-10T12:00:00Z');
const counts = (accountId: string, marketplaceId: string, overdue: number, dueSoon: number): InboxCounts =>
  ({ key: `${accountId}|${marketplaceId}`, accountId, marketplaceId, overdue, dueSoon, awaiting: overdue + dueSoon, updatedAt: '2026-03-10T11:56:00Z' });

describe('popup summary', () => {
  it('totals every account and marketplace and puts the most overdue first, with account names', () => {
    const accounts: Account[] = [{ id: 'A1', name: 'Lumen Home Goods', marketplaceIds: [], lastSeenAt: '' }];
    const s = summarize([counts('A1', 'A1PA6795UKMFR9', 0, 2), counts('A1', 'ATVPDKIKX0DER', 3, 5), counts('A2', 'A1VC38T7YXB528', 1, 0)], accounts);
    expect([s.overdue, s.dueSoon]).toEqual([4, 7]);
    expect(s.rows.map((r) => `${r.marketplaceCode} · ${r.accountName}`)).toEqual(['US · Lumen Home Goods', 'JP · A2', 'DE · Lumen Home Goods']);
  });

  it('says what a page read does not hold: Amazon\'s own pending count against the cases held', () => {
    const rows = summarize([
      { ...counts('A1', 'ATVPDKIKX0DER', 3, 5), readAt: '2026-03-10T09:00:00Z', responseNeeded: 50, pending: 65, pendingAt: '2026-03-10T09:00:00Z' },
      { ...counts('A1', 'A1PA6795UKMFR9', 0, 2), responseNeeded: 4, pending: 3, pendingAt: '2026-03-10T09:00:00Z' },
      counts('A1', 'A1VC38T7YXB528', 0, 1),
    ], []).rows;
    expect(rows.map((r) => [r.marketplaceCode, r.notRead, r.readAt])).toEqual([
      ['US', 15, '2026-03-10T09:00:00Z'], ['DE', 0, undefined], ['JP', 0, undefined],
    ]);
  });

  it('says how long ago the page its counts come from was read', () => {
    expect(readAgo('2026-03-10T11:56:00Z', NOW.getTime())).toEqual({ key: 'popReadMinutes', n: '4' });
    expect(readAgo('2026-03-10T11:59:40Z', NOW.getTime())).toEqual({ key: 'popReadJustNow', n: '' });
    expect(readAgo('2026-03-10T09:00:00Z', NOW.getTime())).toEqual({ key: 'popReadHours', n: '3' });
    expect(readAgo('2026-03-05T12:00:00Z', NOW.getTime())).toEqual({ key: 'popReadDays', n: '5' });
    expect(readAgo('garbage', NOW.getTime()).key).toBe('popReadNever');
    expect(readAgo(undefined, NOW.getTime()).key).toBe('popReadNever');
  });

  it('links a thread on its marketplace\'s Seller Central host: the v3 case, else its order\'s case, never the replica-only thread page', () => {
    const CASE = '3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f';
    expect(threadUrl({ marketplaceId: 'A1PA6795UKMFR9', threadId: CASE.toUpperCase(), orderIds: [] }))
      .toBe(`https://sellercentral-europe.amazon.com/messaging/inbox-v3?fi=caseId&ss=${CASE}&cc=${CASE}&mons_sel_mkid=A1PA6795UKMFR9`);
    expect(threadUrl({ marketplaceId: 'A1VC38T7YXB528', threadId: 'order:250-1234567-1234567', orderIds: [] }))
      .toBe('https://sellercentral.amazon.co.jp/messaging/inbox-v3?fi=search&ss=250-1234567-1234567&mons_sel_mkid=A1VC38T7YXB528');
    expect(threadUrl({ marketplaceId: 'A1VC38T7YXB528', threadId: 't1', orderIds: ['250-7654321-1234567'] }))
      .toBe('https://sellercentral.amazon.co.jp/messaging/inbox-v3?fi=search&ss=250-7654321-1234567&mons_sel_mkid=A1VC38T7YXB528');
    expect(threadUrl({ marketplaceId: 'A1VC38T7YXB528', threadId: 't1', orderIds: [] })).toBe('https://sellercentral.amazon.co.jp/messaging/inbox-v3?fi=responseNeeded');
  });
});

describe('blacklist page helpers', () => {
  const entries: BlacklistEntry[] = [
    { id: '1', buyerName: 'Anna Weber', orderId: '305-1234567-7654321', marketplaceId: 'A1PA6795UKMFR9', reason: 'Chargeback', addedAt: '' },
    { id: '2', buyerName: '王伟', marketplaceId: 'A1VC38T7YXB528', reason: '多次恶意退货', addedAt: '' },
  ];

  it('searches buyer, order id, marketplace code and reason, every word', () => {
    expect(filterEntries(entries, 'anna').map((e) => e.id)).toEqual(['1']);
    expect(filterEntries(entries, '305-1234567').map((e) => e.id)).toEqual(['1']);
    expect(filterEntries(entries, 'jp 退货').map((e) => e.id)).toEqual(['2']);
    expect(filterEntries(entries, '  ').map((e) => e.id)).toEqual(['1', '2']);
    expect(filterEntries(entries, 'anna jp')).toEqual([]);
  });

  it('reads the add box as an order id when it looks like one, else as a buyer name', () => {
    expect(parseWho(' 112-3456789-0123456 ')).toEqual({ orderId: '112-3456789-0123456' });
    expect(parseWho('Jane Doe')).toEqual({ buyerName: 'Jane Doe' });
    expect(parseWho('  ')).toBeUndefined();
  });

  it('translates every CSV error the importer reports', () => {
    const { errors } = blacklistFromCsv('buyer,order_id,marketplace,reason,added_at\n,,,,\nA,1,US,,\nB,,XX,,\nC,,,,yesterday\n,,,x,\n"D,,,,', { now: NOW.toISOString() });
    const keys = errors.map((e) => importErrorText(e).key);
    expect(keys).toEqual(expect.arrayContaining(['blErrCsvOrderId', 'blErrCsvMarketplace', 'blErrCsvDate', 'blErrCsvNeedsWho', 'blErrCsvQuote']));
    expect(keys).not.toContain('blErrCsvOther');
    expect(importErrorText(blacklistFromCsv('', { now: '' }).errors[0]!).key).toBe('blErrCsvEmpty');
    expect(importErrorText(blacklistFromCsv('a,b\n1,2', { now: '' }).errors[0]!).key).toBe('blErrCsvHeader');
  });
});

describe('protocol: blacklist and popup messages', () => {
  let repos: Repositories;
  let route: Router;
  const ask = async <T>(message: object): Promise<T> => (await route(message, { id: 'ext' })) as T;

  beforeEach(async () => {
    repos = createRepositories(await openDatabase(`ui-${crypto.randomUUID()}`), () => NOW);
    route = createRouter(createRegistry(createHandlers({ repos, now: () => NOW, version: '1' })), { extensionId: () => 'ext', warn: () => undefined });
  });

  it('adds, finds duplicates, lists, removes and restores an entry with its id (undo)', async () => {
    const { entry } = await ask<{ entry: BlacklistEntry }>({ type: 'blacklist/add', orderId: '112-3456789-0123456', reason: ' late ', marketplaceId: 'ATVPDKIKX0DER' });
    expect(entry).toMatchObject({ orderId: '112-3456789-0123456', reason: 'late', addedAt: NOW.toISOString() });
    expect(await ask({ type: 'blacklist/add', orderId: '112-3456789-0123456' })).toMatchObject({ duplicate: true, entry: { id: entry.id } });
    await ask({ type: 'blacklist/add', buyerName: 'Jane Doe' });
    expect(await ask({ type: 'blacklist/add', buyerName: 'jane doe' })).toMatchObject({ duplicate: true });
    expect(await ask({ type: 'blacklist/add', buyerName: 'jane doe', marketplaceId: 'A1PA6795UKMFR9' })).toMatchObject({ duplicate: false });

    const removed = await ask<{ removed: BlacklistEntry }>({ type: 'blacklist/remove', id: entry.id });
    expect(removed.removed.id).toBe(entry.id);
    expect(await ask({ type: 'blacklist/remove', id: entry.id })).toEqual({ removed: null });
    await ask({ type: 'blacklist/add', ...removed.removed });
    const { entries } = await ask<{ entries: BlacklistEntry[] }>({ type: 'blacklist/list' });
    expect(entries.find((e) => e.id === entry.id)).toEqual(entry);
    expect(entries).toHaveLength(3);
  });

  it('rejects an entry without buyer or order, and a malformed order id', async () => {
    expect(isErrorResponse(await ask({ type: 'blacklist/add', reason: 'x' }))).toBe(true);
    expect(isErrorResponse(await ask({ type: 'blacklist/add', buyerName: '   ' }))).toBe(true);
    expect(isErrorResponse(await ask({ type: 'blacklist/add', orderId: '12345' }))).toBe(true);
  });

  it('imports in one transaction: all or nothing, counting added and updated', async () => {
    const csv = blacklistFromCsv('buyer,order_id,marketplace\nAnna,305-1234567-7654321,DE\nBen,,UK\n', { now: NOW.toISOString() });
    expect(await ask({ type: 'blacklist/import', entries: csv.entries })).toEqual({ added: 2, updated: 0 });
    expect(await ask({ type: 'blacklist/import', entries: csv.entries })).toEqual({ added: 0, updated: 2 });
    const bad = await ask({ type: 'blacklist/import', entries: [{ id: 'x1', buyerName: 'Cleo', addedAt: NOW.toISOString() }, { id: 'x2', addedAt: NOW.toISOString() }] });
    expect(isErrorResponse(bad)).toBe(true);
    expect((await ask<{ entries: BlacklistEntry[] }>({ type: 'blacklist/list' })).entries.map((e) => e.buyerName).sort()).toEqual(['Anna', 'Ben']);
  });

  it('answers the most urgent threads across accounts, and the accounts', async () => {
    const h = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000).toISOString();
    const t = (threadId: string, hours?: number, extra = {}) => ({ threadId, buyerName: threadId, status: 'response-needed', oldestUnansweredAt: hours === undefined ? undefined : h(hours), ...extra });
    await ask({ type: 'threads/upsert', accountId: 'A1', marketplaceId: 'ATVPDKIKX0DER', threads: [t('a', 2), t('b', 26), t('sys', 40, { isSystem: true })] });
    await ask({ type: 'threads/upsert', accountId: 'A2', marketplaceId: 'A1PA6795UKMFR9', threads: [t('c', 23), t('d', 30), t('e', 1, { status: 'answered' }), t('f')] });
    const { threads } = await ask<{ threads: { threadId: string }[] }>({ type: 'threads/urgent', limit: 4 });
    expect(threads.map((x) => x.threadId)).toEqual(['d', 'b', 'c', 'a']);
    expect((await ask<{ threads: unknown[] }>({ type: 'threads/urgent' })).threads).toHaveLength(5);
    expect((await ask<{ accounts: Account[] }>({ type: 'accounts/list' })).accounts.map((a) => a.id).sort()).toEqual(['A1', 'A2']);
  });
});
