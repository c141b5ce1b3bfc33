import { createRepositories, openDatabase, StorageQuotaError, type Repositories } from '../../lib/db';
import { HandlerError, isErrorResponse } from '../../lib/protocol/define';
import { createHandlers, recountAll, storageErrorCode } from '../../lib/protocol/handlers';
import { computeInboxCounts } from '../../lib/protocol/handlers/inbox-counts';
import { createRegistry, createRouter, type Handlers, type Router } from '../../lib/protocol/router';
import type { ResponseOf } from '../../lib/protocol/messages';
import type { Thread } from '../../lib/model';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const own = { id: EXT, url: 'https://sellercentral.amazon.com/messaging/inbox', tab: { id: 3 } };
const NOW = new Date('2026-11-02T12:00:00.000Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

let repos: Repositories;
let router: Router;
let warn: ReturnType<typeof vi.fn<(m: string) => void>>;
let countsChanged: number;

beforeEach(async () => {
  repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
  warn = vi.fn<(m: string) => void>();
  countsChanged = 0;
  const handlers = createHandlers({ repos, now: () => NOW, version: '1.2.3', onCountsChanged: () => { countsChanged++; } });
  router = createRouter(createRegistry(handlers), { extensionId: () => EXT, warn, errorCodeOf: storageErrorCode });
});
afterEach(() => {
  vi.restoreAllMocks();
  repos.db.close();
});

describe('router: boundary', () => {
  it('answers ping from this extension', async () => {
    expect(await router({ type: 'ping' }, own)).toEqual({ ok: true, version: '1.2.3' });
  });

  it('puts the page UI into the frames of the sender’s own tab only', async () => {
    const asked: number[] = [];
    const withFrames = createRouter(createRegistry(createHandlers({ repos, now: () => NOW, version: '1', injectFrames: async (tabId) => { asked.push(tabId); } })),
      { extensionId: () => EXT, warn, errorCodeOf: storageErrorCode });
    expect(await withFrames({ type: 'page-ui/frames' }, own)).toEqual({ ok: true });
    expect(await withFrames({ type: 'page-ui/frames' }, { id: EXT })).toMatchObject({ error: { code: 'invalid-request' } });
    expect(await withFrames({ type: 'page-ui/frames', tabId: 9 }, own)).toMatchObject({ ok: true });
    expect(asked).toEqual([3, 3]);
    expect(await router({ type: 'page-ui/frames' }, own)).toMatchObject({ error: { code: 'internal' } });
  });

  it('rejects other senders and logs it', async () => {
    for (const sender of [{ id: 'someotherextensionid' }, {}, { url: 'https://evil.example' }]) {
      const r = await router({ type: 'ping' }, sender);
      expect(r).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[seller-inbox\] rejected message: /));
  });

  it('rejects everything when the extension id is unknown (context gone)', async () => {
    const r = createRouter(createRegistry(createHandlers({ repos, now: () => NOW, version: '1' })), { extensionId: () => undefined, warn });
    expect(await r({ type: 'ping' }, { id: undefined })).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('rejects unknown types and invalid payloads with a message', async () => {
    expect(await router({ type: 'nope' }, own)).toMatchObject({ error: { code: 'unknown-type' } });
    const r = await router({ type: 'threads/list' }, own);
    expect(r).toMatchObject({ error: { code: 'invalid-request', message: expect.stringContaining('accountId') } });
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('turns handler errors into error responses, never rejections', async () => {
    const stub = (fail: unknown) => {
      const handlers = createHandlers({ repos, now: () => NOW, version: '1' });
      const broken: Handlers = { ...handlers, ping: () => { throw fail; } };
      return createRouter(createRegistry(broken), { extensionId: () => EXT, warn, errorCodeOf: storageErrorCode });
    };
    await expect(stub(new Error('kaboom'))({ type: 'ping' }, own)).resolves.toEqual({ error: { code: 'internal', message: 'kaboom' } });
    await expect(stub(new HandlerError('not-found', 'gone'))({ type: 'ping' }, own)).resolves.toMatchObject({ error: { code: 'not-found' } });
    await expect(stub(new StorageQuotaError())({ type: 'ping' }, own)).resolves.toMatchObject({ error: { code: 'storage-quota' } });
    await expect(stub('a string')({ type: 'ping' }, own)).resolves.toMatchObject({ error: { code: 'internal' } });
  });
});

describe('handlers through the router', () => {
  const upsert = (threads: object[]) =>
    router({ type: 'threads/upsert', accountId: 'A1SELLER', marketplaceId: 'ATVPDKIKX0DER', threads }, own) as Promise<
      ResponseOf<'threads/upsert'>
    >;

  it('threads/upsert stores threads, returns counts, and does not duplicate', async () => {
    const batch = [
      { threadId: 'late', buyerName: 'A', status: 'response-needed', oldestUnansweredAt: hoursAgo(30) },
      { threadId: 'soon', buyerName: 'B', status: 'response-needed', oldestUnansweredAt: hoursAgo(22) },
      { threadId: 'fresh', buyerName: 'C', status: 'response-needed', oldestUnansweredAt: hoursAgo(1) },
      { threadId: 'sys', buyerName: 'Amazon', status: 'response-needed', isSystem: true, oldestUnansweredAt: hoursAgo(40) },
      { threadId: 'done', buyerName: 'D', status: 'answered' },
    ];
    const r = await upsert(batch);
    expect(r).toMatchObject({ stored: 5, inserted: 5, updated: 0 });
    expect(r.counts).toMatchObject({ key: 'A1SELLER|ATVPDKIKX0DER', overdue: 1, dueSoon: 1, awaiting: 3 });
    expect(countsChanged).toBe(1);
    const again = await upsert(batch);
    expect(again).toMatchObject({ stored: 5, inserted: 0, updated: 0 });
    expect(await repos.db.threads.count()).toBe(5);
    expect(await repos.db.accounts.get('A1SELLER')).toMatchObject({ marketplaceIds: ['ATVPDKIKX0DER'] });

    const list = (await router({ type: 'threads/list', accountId: 'A1SELLER' }, own)) as ResponseOf<'threads/list'>;
    expect(list.threads.map((t: Thread) => t.threadId).slice(0, 3)).toEqual(['sys', 'late', 'soon']);
    const counts = (await router({ type: 'counts/list' }, own)) as ResponseOf<'counts/list'>;
    expect(counts.counts).toHaveLength(1);
  });

  it('threads/upsert is all-or-nothing when storage is full', async () => {
    vi.spyOn(repos.db.counts, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const r = await upsert([{ threadId: 't1', buyerName: 'A', status: 'response-needed' }]);
    expect(r).toMatchObject({ error: { code: 'storage-quota' } });
    expect(await repos.db.threads.count()).toBe(0);
  });

  it('threads/set-status updates counts; unknown thread is not-found', async () => {
    await upsert([{ threadId: 't1', buyerName: 'A', status: 'response-needed', oldestUnansweredAt: hoursAgo(30) }]);
    const r = await router({ type: 'threads/set-status', key: 'A1SELLER|ATVPDKIKX0DER|t1', status: 'no-response-needed' }, own);
    expect(r).toMatchObject({ thread: { status: 'no-response-needed' } });
    expect((await repos.counts.list())[0]).toMatchObject({ overdue: 0, awaiting: 0 });
    expect(await router({ type: 'threads/set-status', key: 'x', status: 'answered' }, own)).toMatchObject({ error: { code: 'not-found' } });
  });

  it('log/problem keeps the page path only', async () => {
    expect(await router({ type: 'log/problem', feature: 'badges', message: 'selector missing', page: '/messaging/inbox?orderId=1#x' }, own))
      .toEqual({ ok: true });
    const r = (await router({ type: 'problems/list' }, own)) as ResponseOf<'problems/list'>;
    expect(r.problems[0]).toMatchObject({ feature: 'badges', page: '/messaging/inbox', at: NOW.toISOString() });
  });

  it('settings/get returns defaults; settings/set validates and stores', async () => {
    const got = (await router({ type: 'settings/get' }, own)) as ResponseOf<'settings/get'>;
    expect(got.settings.responseWindowHours).toBe(24);
    const set = await router({ type: 'settings/set', values: { dueSoonHours: 8 } }, own);
    expect(set).toMatchObject({ settings: { dueSoonHours: 8 } });
    const bad = await router({ type: 'settings/set', values: { dueSoonHours: 99 } }, own);
    expect(isErrorResponse(bad)).toBe(true);
  });
});

describe('computeInboxCounts (lib/deadlines rules)', () => {
  it('is overdue only past 24 h, due soon up to 4 h left, and counts threads without a time as awaiting', () => {
    const t = (id: string, h: number): Thread => ({ key: id, accountId: 'A', marketplaceId: 'M', threadId: id, buyerName: '',
      orderIds: [], status: 'response-needed', isSystem: false, seenAt: '', oldestUnansweredAt: hoursAgo(h) });
    const c = computeInboxCounts('A', 'M', [t('a', 24.01), t('b', 20), t('c', 19.9), { ...t('d', 1), oldestUnansweredAt: undefined }], NOW);
    expect(c).toMatchObject({ overdue: 1, dueSoon: 1, awaiting: 4 });
  });
});

describe('recountAll', () => {
  it('moves threads to overdue as time passes', async () => {
    await router({ type: 'threads/upsert', accountId: 'A1SELLER', marketplaceId: 'ATVPDKIKX0DER',
      threads: [{ threadId: 't1', buyerName: 'A', status: 'response-needed', oldestUnansweredAt: hoursAgo(23) }] }, own);
    expect((await repos.counts.list())[0]).toMatchObject({ overdue: 0, dueSoon: 1 });
    const later = new Date(NOW.getTime() + 2 * 3_600_000);
    const [c] = await recountAll({ repos, now: () => later });
    expect(c).toMatchObject({ overdue: 1, dueSoon: 0, updatedAt: later.toISOString() });
  });
});
