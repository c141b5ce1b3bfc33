import {
  BACKUP_TABLE_NAMES, BACKUP_UPGRADES, BACKUP_VERSION, createBackup, parseBackup, planImport, serializeBackup, emptyData,
  type BackupData,
} from '../../lib/backup';
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import type { Account, BlacklistEntry, Feedback, Order, OrderItem, SendLogEntry, Template, Thread } from '../../lib/model';
import { createHandlers, storageErrorCode } from '../../lib/protocol/handlers';
import type { RequestType, ResponseOf } from '../../lib/protocol/messages';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';

const NOW = new Date('2026-11-02T12:00:00.000Z');
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const own = { id: EXT, url: `chrome-extension://${EXT}/options.html` };
const prov = { source: 'page', at: '2026-11-01T00:00:00.000Z' } as const;

const template: Template = {
  id: 'tpl-1', name: 'Invoice', tags: ['b2b'], categories: ['invoice'], bodies: { en: 'Attached.', de: 'Anbei.' },
  attachmentId: 'att-1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z',
};
const thread: Thread = {
  key: 'A1|ATVPDKIKX0DER|t1', accountId: 'A1', marketplaceId: 'ATVPDKIKX0DER', threadId: 't1', buyerName: '王伟',
  orderIds: ['111-1111111-1111111'], status: 'response-needed', isSystem: false, oldestUnansweredAt: '2026-11-02T08:00:00.000Z',
  seenAt: '2026-11-02T09:00:00.000Z',
};
const order: Order = { orderId: '111-1111111-1111111', status: 'Shipped', fulfillment: 'FBA', purchaseDate: '2026-10-30T10:00:00.000Z', total: { amount: 19.99, currency: 'USD' }, provenance: prov };
const item: OrderItem = { key: '111-1111111-1111111|I1', orderId: order.orderId, asin: 'B000000001', quantity: 2, provenance: prov };
const account: Account = { id: 'A1', name: 'Lumen', marketplaceIds: ['ATVPDKIKX0DER'], lastSeenAt: '2026-11-02T09:00:00.000Z' };
const blacklist: BlacklistEntry = { id: 'bl-1', buyerName: 'Tom', reason: '=cmd|x', addedAt: '2026-10-01T00:00:00.000Z' };
const feedback: Feedback = { orderId: order.orderId, rating: 5, comment: 'Great', date: '2026-11-01', provenance: prov };
const sent: SendLogEntry = { key: 'review-request|111-1111111-1111111', kind: 'review-request', orderId: order.orderId, stage: 'sent', attempts: 1, createdAt: '2026-10-31T00:00:00.000Z', updatedAt: '2026-10-31T00:00:00.000Z' };

let repos: Repositories;
let router: Router;
const call = async <T extends RequestType>(request: { type: T } & Record<string, unknown>) => {
  const r = await router(request, own);
  if (r && typeof r === 'object' && 'error' in r) throw new Error(JSON.stringify(r));
  return r as ResponseOf<T>;
};

async function seed(r: Repositories) {
  await r.db.templates.put(template);
  await r.db.attachments.put({ id: 'att-1', name: 'invoice.pdf', type: 'application/pdf', size: 5, data: new Blob([new Uint8Array([0, 1, 2, 250, 255])], { type: 'application/pdf' }) });
  await r.db.threads.put(thread);
  await r.db.orders.put(order);
  await r.db.orderItems.put(item);
  await r.db.accounts.put(account);
  await r.db.blacklist.put(blacklist);
  await r.db.feedback.put(feedback);
  await r.db.sendLog.put(sent);
  await r.db.settings.bulkPut([{ key: 'dueSoonHours', value: 6 }, { key: 'timeZone', value: 'Asia/Shanghai' }]);
  await r.db.responseEvents.put({ key: `${thread.key}|${thread.oldestUnansweredAt!}`, threadKey: thread.key, accountId: 'A1', marketplaceId: 'ATVPDKIKX0DER', receivedAt: thread.oldestUnansweredAt!, noResponseNeeded: false, updatedAt: NOW.toISOString() });
}

const open = async () => {
  repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
  router = createRouter(createRegistry(createHandlers({ repos, now: () => NOW, version: '1' })), { extensionId: () => EXT, warn: () => {}, errorCodeOf: storageErrorCode });
};
beforeEach(open);
afterEach(() => { vi.restoreAllMocks(); repos.db.close(); });

describe('backup file', () => {
  it('is deterministic: sorted tables, rows by key, sorted keys, one row per line', () => {
    const a = serializeBackup(createBackup({ blacklist: [{ id: 'b', z: 1, a: { y: 2, x: 1 } }, { id: 'a' }] }, NOW.toISOString(), 2));
    const b = serializeBackup(createBackup({ blacklist: [{ id: 'a' }, { a: { x: 1, y: 2 }, z: 1, id: 'b' }] }, NOW.toISOString(), 2));
    expect(a).toBe(b);
    expect(a).toContain('      {"id":"a"},\n      {"a":{"x":1,"y":2},"id":"b","z":1}\n');
    const parsed = JSON.parse(a) as { data: Record<string, unknown> };
    expect(Object.keys(parsed.data)).toEqual([...BACKUP_TABLE_NAMES]);
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'schemaVersion', 'data']);
    expect(BACKUP_VERSION).toBe(BACKUP_UPGRADES.length + 1);
  });

  it('export -> import into an empty store -> export is byte-identical (attachments as base64)', async () => {
    await seed(repos);
    const first = await call({ type: 'backup/export' });
    expect(first.fileName).toBe('seller-inbox-backup-2026-11-02-12-00.json');
    expect(first.counts).toMatchObject({ templates: 1, attachments: 1, threads: 1, orders: 1, orderItems: 1, settings: 2, responseEvents: 1 });
    const file = JSON.parse(first.json) as { data: BackupData };
    expect(file.data.attachments[0]).toEqual({ id: 'att-1', name: 'invoice.pdf', type: 'application/pdf', size: 5, data: 'AAEC+v8=' });
    repos.db.close();

    await open();
    const preview = await call({ type: 'backup/preview', json: first.json, mode: 'merge' });
    expect(preview).toMatchObject({ ok: true, preview: { totals: { added: 12, updated: 0, unchanged: 0, removed: 0 } } });
    await call({ type: 'backup/import', json: first.json, mode: 'replace' });
    const stored = await repos.db.attachments.get('att-1');
    expect(new Uint8Array(await stored!.data.arrayBuffer())).toEqual(new Uint8Array([0, 1, 2, 250, 255]));
    expect(stored!.data.type).toBe('application/pdf');
    // counts are recomputed from the imported threads
    expect(await repos.db.counts.get('A1|ATVPDKIKX0DER')).toMatchObject({ awaiting: 1 });
    const second = await call({ type: 'backup/export' });
    expect(second.json).toBe(first.json);
  });

  it('errors say where: table, row, field', () => {
    const file = createBackup({}, NOW.toISOString(), 2);
    const raw = JSON.parse(serializeBackup(file)) as { data: Record<string, unknown[]> };
    raw.data.templates = [template, template, template, { ...template, id: 'x', bodies: { de: 5 } }];
    raw.data.settings = [{ key: 'dueSoonHours', value: 99 }];
    raw.data.threads = [{ ...thread, status: 'lost' }];
    raw.data.attachments = [{ id: 'a', name: 'x', type: '', size: 1, data: 'not base64!' }];
    const r = parseBackup(JSON.stringify(raw), 2);
    if (r.ok) throw new Error('expected errors');
    expect(r.errors).toEqual([
      'data.attachments[0].data: expected base64',
      'data.settings[0].value: Invalid value: Expected <=23 but received 99',
      'data.templates[1].id: "tpl-1" is also the key of data.templates[0]',
      'data.templates[2].id: "tpl-1" is also the key of data.templates[0]',
      'data.templates[3].bodies.de: expected string, got number',
      'data.threads[0].status: expected one of response-needed | answered | no-response-needed, got "lost"',
    ]);
  });

  it('refuses what is not a backup, broken JSON, newer versions; warns about unknown tables', () => {
    const err = (text: string) => { const r = parseBackup(text, 2); return r.ok ? [] : r.errors; };
    expect(err('{"format": "seller-inbox-templates"}')).toEqual(['format: not a Seller Inbox backup (expected "format": "seller-inbox-backup")']);
    expect(err('{\n  "format": \n}')[0]).toMatch(/^not valid JSON: line 3, column 1/);
    const base = { format: 'seller-inbox-backup', version: 1, exportedAt: NOW.toISOString(), schemaVersion: 2, data: {} };
    expect(err(JSON.stringify({ ...base, version: 9 }))[0]).toMatch(/^version: this backup is version 9, made by a newer Seller Inbox/);
    expect(err(JSON.stringify({ ...base, schemaVersion: 3 }))[0]).toMatch(/^schemaVersion: /);
    expect(err(JSON.stringify({ ...base, exportedAt: 'yesterday', data: { threads: {} } }))).toEqual(['exportedAt: expected an ISO date and time']);
    expect(err(JSON.stringify({ ...base, data: { threads: {} } }))).toEqual(['data.threads: expected array, got object']);
    const ok = parseBackup(JSON.stringify({ ...base, data: { gadgets: [] } }), 2);
    expect(ok).toMatchObject({ ok: true, warnings: ['data.gadgets: not a table Seller Inbox keeps; left out'] });
  });

  it('accepts older versions through the upgrade list', () => {
    // a hypothetical version 1 -> 2 upgrade: tables used to be under "tables"
    const upgrades = [(f: Record<string, unknown>) => ({ ...f, data: f.tables })];
    const old = { format: 'seller-inbox-backup', version: 1, exportedAt: NOW.toISOString(), schemaVersion: 1, tables: { blacklist: [blacklist] } };
    const r = parseBackup(JSON.stringify(old), 2, upgrades);
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(r.file.data.blacklist).toEqual([blacklist]);
  });
});

describe('import: merge vs replace', () => {
  const data = (over: Partial<BackupData>): BackupData => ({ ...emptyData(), ...over });
  const current = data({ blacklist: [{ id: 'a', v: 1 }, { id: 'b', v: 1 }, { id: 'c', v: 1 }] });
  const incoming = data({ blacklist: [{ id: 'b', v: 1 }, { id: 'c', v: 2 }, { id: 'd', v: 1 }] });

  it('merge: adds and updates, keeps what the file lacks', () => {
    const plan = planImport(current, incoming, 'merge');
    expect(plan.preview.tables.find((t) => t.table === 'blacklist')).toEqual({ table: 'blacklist', added: 1, updated: 1, unchanged: 1, notInFile: 1 });
    expect(plan.preview.totals).toEqual({ added: 1, updated: 1, unchanged: 1, removed: 0, kept: 1 });
    expect(plan.puts.blacklist).toEqual([{ id: 'c', v: 2 }, { id: 'd', v: 1 }]);
    expect(plan.clear).toEqual([]);
  });

  it('replace: the store becomes the file', () => {
    const plan = planImport(current, incoming, 'replace');
    expect(plan.preview.totals).toEqual({ added: 1, updated: 1, unchanged: 1, removed: 1, kept: 0 });
    expect(plan.puts.blacklist).toHaveLength(3);
    expect(plan.clear).toEqual([...BACKUP_TABLE_NAMES]);
  });

  it('through the store: merge keeps local rows, replace removes them; key order does not count as a change', async () => {
    await seed(repos);
    const json = (await call({ type: 'backup/export' })).json;
    await repos.db.blacklist.put({ id: 'bl-local', buyerName: 'Local', addedAt: NOW.toISOString() });
    await repos.db.templates.put({ ...template, name: 'Renamed' });
    await repos.db.threads.put({ ...thread, seenAt: thread.seenAt }); // same content, rewritten
    const merge = await call({ type: 'backup/preview', json, mode: 'merge' });
    if (!merge.ok) throw new Error('expected a preview');
    expect(merge.preview.tables.find((t) => t.table === 'blacklist')).toMatchObject({ unchanged: 1, notInFile: 1 });
    expect(merge.preview.tables.find((t) => t.table === 'templates')).toMatchObject({ updated: 1 });
    expect(merge.preview.totals).toMatchObject({ added: 0, updated: 1, kept: 1, removed: 0 });
    await call({ type: 'backup/import', json, mode: 'merge' });
    expect(await repos.db.blacklist.count()).toBe(2);
    expect((await repos.db.templates.get('tpl-1'))?.name).toBe('Invoice');
    await call({ type: 'backup/import', json, mode: 'replace' });
    expect(await repos.db.blacklist.count()).toBe(1);
  });

  it('a failing write rolls everything back (replace had already emptied the tables)', async () => {
    await seed(repos);
    const json = (await call({ type: 'backup/export' })).json;
    await repos.db.blacklist.put({ id: 'bl-local', buyerName: 'Local', addedAt: NOW.toISOString() });
    const before = (await call({ type: 'backup/export' })).json;
    repos.db.threads.hook('creating', () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); });
    const r = await router({ type: 'backup/import', json, mode: 'replace' }, own);
    expect(r).toMatchObject({ error: { code: 'storage-quota' } });
    expect((await call({ type: 'backup/export' })).json).toBe(before);
    expect(await repos.db.blacklist.count()).toBe(2);
  });

  it('invalid files write nothing and answer with the errors', async () => {
    const r = await call({ type: 'backup/import', json: '{"format":"seller-inbox-backup","version":1,"exportedAt":"2026-11-02T12:00:00.000Z","schemaVersion":1,"data":{"blacklist":[{"id":""}]}}', mode: 'replace' });
    expect(r).toEqual({ ok: false, errors: ['data.blacklist[0].id: must not be empty', 'data.blacklist[0].addedAt: required, missing'] });
  });
});
