import { deriveResponseEvents, mergeResponseEvent, type ResponseEvent } from '../../lib/analytics/response-events';
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { migrateWithData } from '../../lib/db/migration-harness';
import { SCHEMA_VERSIONS } from '../../lib/db/schema-versions';
import type { Thread } from '../../lib/model';
import { createHandlers, storageErrorCode } from '../../lib/protocol/handlers';
import type { RequestType, ResponseOf } from '../../lib/protocol/messages';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';

const thread = (over: Partial<Thread> = {}): Thread => ({
  key: 'A1|ATVPDKIKX0DER|t1', accountId: 'A1', marketplaceId: 'ATVPDKIKX0DER', threadId: 't1', buyerName: 'Jane',
  orderIds: [], status: 'response-needed', isSystem: false, oldestUnansweredAt: '2026-11-02T08:00:00.000Z',
  seenAt: '2026-11-02T09:00:00.000Z', category: 'where-is-my-order', ...over,
});
const SEEN = '2026-11-02T15:00:00.000Z';

describe('deriveResponseEvents', () => {
  it('opens an event for a thread first seen awaiting an answer', () => {
    expect(deriveResponseEvents(undefined, thread(), SEEN)).toEqual([{
      key: 'A1|ATVPDKIKX0DER|t1|2026-11-02T08:00:00.000Z', threadKey: 'A1|ATVPDKIKX0DER|t1', accountId: 'A1',
      marketplaceId: 'ATVPDKIKX0DER', receivedAt: '2026-11-02T08:00:00.000Z', category: 'where-is-my-order',
      noResponseNeeded: false, updatedAt: SEEN,
    }]);
  });

  it('answers it at the last message time when the thread is later seen answered', () => {
    const after = thread({ status: 'answered', oldestUnansweredAt: undefined, lastMessageAt: '2026-11-02T11:30:00.000Z' });
    const [e] = deriveResponseEvents(thread(), after, SEEN);
    expect(e).toMatchObject({ receivedAt: '2026-11-02T08:00:00.000Z', answeredAt: '2026-11-02T11:30:00.000Z', answeredFrom: 'last-message' });
  });

  it('falls back to the sighting time (an upper bound) when the last message time does not fit', () => {
    const after = thread({ status: 'answered', oldestUnansweredAt: undefined, lastMessageAt: '2026-11-01T00:00:00.000Z' });
    expect(deriveResponseEvents(thread(), after, SEEN)[0]).toMatchObject({ answeredAt: SEEN, answeredFrom: 'seen' });
    const noTime = thread({ status: 'answered', oldestUnansweredAt: undefined });
    expect(deriveResponseEvents(thread(), noTime, SEEN)[0]).toMatchObject({ answeredAt: SEEN, answeredFrom: 'seen' });
  });

  it('a later oldest-unanswered time closes the old message at the new one and opens the new one', () => {
    const after = thread({ oldestUnansweredAt: '2026-11-02T13:00:00.000Z' });
    const events = deriveResponseEvents(thread(), after, SEEN);
    expect(events.map((e) => [e.receivedAt, e.answeredAt, e.answeredFrom])).toEqual([
      ['2026-11-02T08:00:00.000Z', '2026-11-02T13:00:00.000Z', 'next-message'],
      ['2026-11-02T13:00:00.000Z', undefined, undefined],
    ]);
  });

  it('"no response needed" takes the message out of the metric; system threads and unchanged sightings give nothing', () => {
    const after = thread({ status: 'no-response-needed', oldestUnansweredAt: undefined });
    expect(deriveResponseEvents(thread(), after, SEEN)).toMatchObject([{ noResponseNeeded: true }]);
    expect(deriveResponseEvents(thread(), thread(), SEEN)).toEqual([]);
    expect(deriveResponseEvents(undefined, thread({ isSystem: true }), SEEN)).toEqual([]);
    expect(deriveResponseEvents(undefined, thread({ status: 'answered', oldestUnansweredAt: undefined }), SEEN)).toEqual([]);
  });

  it('merge keeps the earliest answer, keeps "no response needed", and returns the stored event when nothing changed', () => {
    const open = deriveResponseEvents(undefined, thread(), SEEN)[0]!;
    const answered: ResponseEvent = { ...open, answeredAt: '2026-11-02T10:00:00.000Z', answeredFrom: 'last-message', updatedAt: 'later' };
    expect(mergeResponseEvent(answered, open)).toBe(answered);
    expect(mergeResponseEvent(answered, { ...open, answeredAt: '2026-11-02T12:00:00.000Z' })).toBe(answered);
    expect(mergeResponseEvent(open, answered)).toMatchObject({ answeredAt: '2026-11-02T10:00:00.000Z', updatedAt: 'later' });
    expect(mergeResponseEvent(answered, { ...open, noResponseNeeded: true })).toMatchObject({ noResponseNeeded: true, answeredAt: '2026-11-02T10:00:00.000Z' });
  });
});

describe('threads/upsert and threads/set-status record response events', () => {
  const EXT = 'abcdefghijklmnopabcdefghijklmnop';
  const own = { id: EXT, url: `chrome-extension://${EXT}/options.html` };
  let clock = new Date('2026-11-02T09:00:00.000Z');
  let repos: Repositories;
  let router: Router;
  const call = async <T extends RequestType>(request: { type: T } & Record<string, unknown>) => {
    const r = await router(request, own);
    if (r && typeof r === 'object' && 'error' in r) throw new Error(JSON.stringify(r));
    return r as ResponseOf<T>;
  };
  beforeEach(async () => {
    clock = new Date('2026-11-02T09:00:00.000Z');
    repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => clock);
    router = createRouter(createRegistry(createHandlers({ repos, now: () => clock, version: '1' })), { extensionId: () => EXT, warn: () => {}, errorCodeOf: storageErrorCode });
  });
  afterEach(() => repos.db.close());

  const upsert = (threads: unknown[]) => call({ type: 'threads/upsert', accountId: 'A1', marketplaceId: 'ATVPDKIKX0DER', threads });

  it('opens on the first sighting, answers on the later one, and a repeat sighting changes nothing', async () => {
    await upsert([
      { threadId: 't1', buyerName: 'Jane', status: 'response-needed', oldestUnansweredAt: '2026-11-02T08:00:00Z', category: 'invoice' },
      { threadId: 't2', buyerName: 'Tom', status: 'answered' },
      { threadId: 't3', buyerName: 'Amazon', status: 'response-needed', oldestUnansweredAt: '2026-11-02T07:00:00Z', isSystem: true },
    ]);
    expect(await repos.db.responseEvents.toArray()).toEqual([expect.objectContaining({
      threadKey: 'A1|ATVPDKIKX0DER|t1', receivedAt: '2026-11-02T08:00:00.000Z', category: 'invoice', noResponseNeeded: false,
    })]);
    clock = new Date('2026-11-03T12:00:00.000Z');
    await upsert([{ threadId: 't1', buyerName: 'Jane', status: 'answered', lastMessageAt: '2026-11-03T10:00:00Z' }]);
    const [e] = await repos.db.responseEvents.toArray();
    expect(e).toMatchObject({ answeredAt: '2026-11-03T10:00:00.000Z', answeredFrom: 'last-message', updatedAt: '2026-11-03T12:00:00.000Z' });
    clock = new Date('2026-11-04T12:00:00.000Z');
    await upsert([{ threadId: 't1', buyerName: 'Jane', status: 'answered', lastMessageAt: '2026-11-03T10:00:00Z' }]);
    expect(await repos.db.responseEvents.toArray()).toEqual([e]);
  });

  it('marking a thread "no response needed" flags its open event', async () => {
    await upsert([{ threadId: 't1', buyerName: 'Jane', status: 'response-needed', oldestUnansweredAt: '2026-11-02T08:00:00Z' }]);
    await call({ type: 'threads/set-status', key: 'A1|ATVPDKIKX0DER|t1', status: 'no-response-needed' });
    expect(await repos.db.responseEvents.toArray()).toMatchObject([{ noResponseNeeded: true }]);
    expect((await repos.db.responseEvents.toArray())[0]?.answeredAt).toBeUndefined();
  });

  it('a failing event write rolls back the thread write too', async () => {
    vi.spyOn(repos.db.responseEvents, 'bulkPut').mockRejectedValue(new Error('disk broke'));
    const r = await router({ type: 'threads/upsert', accountId: 'A1', marketplaceId: 'M1', threads: [
      { threadId: 't1', buyerName: 'Jane', status: 'response-needed', oldestUnansweredAt: '2026-11-02T08:00:00Z' },
    ] }, own);
    expect(r).toMatchObject({ error: { code: 'storage-failed' } });
    expect(await repos.db.threads.count()).toBe(0);
    vi.restoreAllMocks();
  });
});

describe('schema v2: responseEvents', () => {
  it('migrates v1 data and opens events for the threads already awaiting an answer', async () => {
    const awaiting = thread();
    const answered = thread({ key: 'A1|ATVPDKIKX0DER|t2', threadId: 't2', status: 'answered', oldestUnansweredAt: undefined });
    const db = await migrateWithData({
      name: `test-${crypto.randomUUID()}`,
      versions: SCHEMA_VERSIONS.filter((v) => v.version <= 2),
      fromVersion: 1,
      seed: async (old) => { await old.threads.bulkPut([awaiting, answered]); },
    });
    expect(db.verno).toBe(2);
    expect(await db.threads.count()).toBe(2);
    const events = await db.responseEvents.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ key: `${awaiting.key}|${awaiting.oldestUnansweredAt}`, receivedAt: awaiting.oldestUnansweredAt, noResponseNeeded: false });
    expect(await db.responseEvents.where('marketplaceId').equals('ATVPDKIKX0DER').count()).toBe(1);
    db.close();
  });
});
