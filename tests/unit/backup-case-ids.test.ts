/**
 * Restoring a backup made before schema version 4 (one record per case, lib/db/case-merge.ts): case ids in other
 * spellings and one case under two ids come back as one record under the lowercase case id, with what names a thread
 * (response events, holiday send-log entries) following it; the preview counts the records the store will hold.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupData } from '../../lib/backup';
import { responseEventKey, type ResponseEvent } from '../../lib/analytics/response-events';
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { LATEST_SCHEMA_VERSION } from '../../lib/db/schema-versions';
import type { SendLogEntry, Thread } from '../../lib/model';
import { createHandlers, storageErrorCode } from '../../lib/protocol/handlers';
import type { RequestType, ResponseOf } from '../../lib/protocol/messages';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';

const NOW = new Date('2026-11-05T12:00:00.000Z');
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const own = { id: EXT, url: `chrome-extension://${EXT}/options.html` };
const US = 'ATVPDKIKX0DER';
const CASE = '0f8e2c1a-4b6d-4e2f-9a1b-3c5d7e9f1a2b';
const KEY = `A1|${US}|${CASE}`;
const O1 = '111-1111111-1111111';
const O2 = '112-2222222-2222222';

const thread = (threadId: string, over: Partial<Thread> = {}): Thread => ({
  key: `A1|${US}|${threadId}`, accountId: 'A1', marketplaceId: US, threadId, buyerName: 'Jane Doe', orderIds: [O1],
  status: 'response-needed', isSystem: false, oldestUnansweredAt: '2026-11-02T08:00:00.000Z', seenAt: '2026-11-02T09:00:00.000Z', ...over,
});
// one case twice in a pre-v4 backup: the v3 list's upper case (knows the category) and the legacy link's braces
// without hyphens (newer, knows a second order)
const upper = thread(CASE.toUpperCase(), { category: 'where-is-my-order', categoryConfidence: 0.9 });
const braces = thread(`{${CASE.replace(/-/g, '')}}`, { orderIds: [O2], seenAt: '2026-11-03T09:00:00.000Z', subject: 'Where is it?' });
const event = (t: Thread, receivedAt: string, answeredAt?: string): ResponseEvent => ({
  key: responseEventKey(t.key, receivedAt), threadKey: t.key, accountId: 'A1', marketplaceId: US, receivedAt,
  ...(answeredAt ? { answeredAt } : {}), noResponseNeeded: false, updatedAt: receivedAt,
});
const holiday = (t: Thread, stage: SendLogEntry['stage']): SendLogEntry => ({
  key: `holiday-reply|${t.key}`, kind: 'holiday-reply', threadKey: t.key, marketplaceId: US, stage, attempts: 1,
  createdAt: '2026-11-02T09:00:00.000Z', updatedAt: '2026-11-02T09:00:00.000Z',
});

const backup = (data: Partial<Record<keyof BackupData, object[]>>, schemaVersion = 3): string =>
  JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-11-03T10:00:00.000Z', schemaVersion, data });
const preV4 = backup({
  threads: [upper, braces],
  responseEvents: [event(upper, '2026-11-02T08:00:00.000Z', '2026-11-02T10:00:00.000Z'), event(braces, '2026-11-02T08:00:00.000Z')],
  sendLog: [holiday(upper, 'sent'), holiday(braces, 'failed')],
});

let repos: Repositories;
let router: Router;
const call = async <T extends RequestType>(request: { type: T } & Record<string, unknown>) => {
  const r = await router(request, own);
  if (r && typeof r === 'object' && 'error' in r) throw new Error(JSON.stringify(r));
  return r as ResponseOf<T>;
};
beforeEach(async () => {
  repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
  router = createRouter(createRegistry(createHandlers({ repos, now: () => NOW, version: '1' })), { extensionId: () => EXT, warn: () => {}, errorCodeOf: storageErrorCode });
});
afterEach(() => repos.db.close());

describe('restoring a backup from before one record per case', () => {
  it.each(['merge', 'replace'] as const)('%s: one case under two spellings becomes one record with both facts', async (mode) => {
    const preview = await call({ type: 'backup/preview', json: preV4, mode });
    if (!preview.ok) throw new Error(preview.errors.join('\n'));
    expect(preview.preview.tables.find((t) => t.table === 'threads')).toMatchObject({ added: 1, updated: 0, merged: 1 });
    expect(preview.preview.totals).toMatchObject({ added: 3, merged: 3 });

    await call({ type: 'backup/import', json: preV4, mode });
    const threads = await repos.db.threads.toArray();
    expect(threads.map((t) => t.key)).toEqual([KEY]);
    expect(threads[0]).toMatchObject({
      threadId: CASE, orderIds: [O2, O1], category: 'where-is-my-order', categoryConfidence: 0.9, subject: 'Where is it?',
      seenAt: '2026-11-03T09:00:00.000Z',
    });
    // the buyer message seen under both spellings is one event, the answered one
    expect(await repos.db.responseEvents.toArray()).toEqual([
      expect.objectContaining({ key: responseEventKey(KEY, '2026-11-02T08:00:00.000Z'), threadKey: KEY, answeredAt: '2026-11-02T10:00:00.000Z' }),
    ]);
    // one holiday reply per case, ever: the sent one
    expect(await repos.db.sendLog.toArray()).toEqual([expect.objectContaining({ key: `holiday-reply|${KEY}`, threadKey: KEY, stage: 'sent' })]);
    // the counts count the case once
    expect(await repos.db.counts.get(`A1|${US}`)).toMatchObject({ awaiting: 1 });
  });

  it('merge: a stored record of the case and the file\'s older spelling become one record, nothing lost', async () => {
    await repos.db.threads.put(thread(CASE, { orderIds: [O2], status: 'answered', seenAt: '2026-11-04T09:00:00.000Z', oldestUnansweredAt: undefined }));
    const json = backup({ threads: [upper] });
    const preview = await call({ type: 'backup/preview', json, mode: 'merge' });
    if (!preview.ok) throw new Error(preview.errors.join('\n'));
    expect(preview.preview.tables.find((t) => t.table === 'threads')).toMatchObject({ added: 0, updated: 1, notInFile: 0, merged: 1 });
    await call({ type: 'backup/import', json, mode: 'merge' });
    const threads = await repos.db.threads.toArray();
    expect(threads.map((t) => t.key)).toEqual([KEY]);
    // the newest observation (stored: answered) says the status; the file's order and category are kept
    expect(threads[0]).toMatchObject({ status: 'answered', orderIds: [O2, O1], category: 'where-is-my-order' });
    expect(threads[0]?.oldestUnansweredAt).toBeUndefined();
  });

  it('an older page\'s id is merged by the v4 rules only from a pre-v4 file; a case id alone is only respelled', async () => {
    const legacy = thread('T-1001', { status: 'answered', request: 'Where is my parcel?', seenAt: '2026-11-01T09:00:00.000Z' });
    await call({ type: 'backup/import', json: backup({ threads: [upper, legacy] }, 3), mode: 'replace' });
    expect((await repos.db.threads.toArray()).map((t) => t.key)).toEqual([KEY]);
    expect(await repos.db.threads.get(KEY)).toMatchObject({ request: 'Where is my parcel?', status: 'response-needed' });

    await call({ type: 'backup/import', json: backup({ threads: [upper, legacy] }, 4), mode: 'replace' });
    expect((await repos.db.threads.toArray()).map((t) => t.key).sort()).toEqual([KEY, legacy.key].sort());
  });

  it('a backup of today\'s shape imports as it is', async () => {
    const json = backup({ threads: [thread(CASE)], sendLog: [holiday(thread(CASE), 'sent')] }, 4);
    const preview = await call({ type: 'backup/preview', json, mode: 'merge' });
    if (!preview.ok) throw new Error(preview.errors.join('\n'));
    expect(preview.preview.totals).toEqual({ added: 2, updated: 0, unchanged: 0, removed: 0, kept: 0 });
  });

  it('a newer schema or a bad id is still refused, saying what and where', async () => {
    expect(await call({ type: 'backup/import', json: backup({ threads: [upper] }, 99), mode: 'merge' })).toEqual({
      ok: false, errors: [`schemaVersion: the data is from database version 99, newer than this Seller Inbox (${LATEST_SCHEMA_VERSION}); update the extension first`],
    });
    expect(await call({ type: 'backup/import', json: backup({ threads: [upper, { ...braces, threadId: '' }] }), mode: 'merge' })).toEqual({
      ok: false, errors: ['data.threads[1].threadId: must not be empty'],
    });
    expect(await repos.db.threads.count()).toBe(0);
  });
});
