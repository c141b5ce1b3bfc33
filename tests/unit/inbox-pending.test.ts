/** Counts carry when a page was read and Amazon's own pending count (`inbox/pending`), through the real router and database. */
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { createHandlers, recountAll, storageErrorCode } from '../../lib/protocol/handlers';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';
import type { ResponseOf } from '../../lib/protocol/messages';
import { notReadYet } from '../../lib/inbox-coverage';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const own = { id: EXT, url: 'https://sellercentral.amazon.com/messaging/inbox-v3', tab: { id: 3 } };
const ACC = 'A1LUMENHOME7Q';
const US = 'ATVPDKIKX0DER';
let now = new Date('2026-11-23T18:00:00.000Z');
let repos: Repositories;
let router: Router;
beforeEach(async () => {
  now = new Date('2026-11-23T18:00:00.000Z');
  repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => now);
  router = createRouter(createRegistry(createHandlers({ repos, now: () => now, version: '1' })), { extensionId: () => EXT, warn: () => undefined, errorCodeOf: storageErrorCode });
});
afterEach(() => repos.db.close());
const ask = async (m: { type: string } & Record<string, unknown>) => router(m as Parameters<Router>[0], own) as Promise<unknown>;
const awaiting = (id: string, isSystem = false) => ({
  threadId: id, buyerName: isSystem ? 'Amazon' : 'Jane', orderIds: [], status: 'response-needed', isSystem, oldestUnansweredAt: '2026-11-23T10:00:00.000Z',
});
const countsOf = async () => ((await ask({ type: 'counts/list', accountId: ACC })) as ResponseOf<'counts/list'>).counts.find((c) => c.marketplaceId === US);

describe('counts: when read, and what Amazon says is pending', () => {
  it('a page read sets readAt; the minute recount keeps it (the counts are not a new read)', async () => {
    await ask({ type: 'threads/upsert', accountId: ACC, marketplaceId: US, threads: [awaiting('c1'), awaiting('c2'), awaiting('n1', true)] });
    expect(await countsOf()).toMatchObject({ readAt: '2026-11-23T18:00:00.000Z', responseNeeded: 3, awaiting: 2 });
    now = new Date('2026-11-23T21:00:00.000Z');
    await recountAll({ repos, now: () => now });
    expect(await countsOf()).toMatchObject({ readAt: '2026-11-23T18:00:00.000Z', updatedAt: '2026-11-23T21:00:00.000Z' });
  });

  it('inbox/pending stores Amazon\'s count (a read); the cases not held are what pages not read yet hold', async () => {
    await ask({ type: 'threads/upsert', accountId: ACC, marketplaceId: US, threads: [awaiting('c1'), awaiting('n1', true)] });
    now = new Date('2026-11-23T18:05:00.000Z');
    const { counts } = await ask({ type: 'inbox/pending', accountId: ACC, marketplaceId: US, pending: 17 }) as ResponseOf<'inbox/pending'>;
    expect(counts).toMatchObject({ pending: 17, pendingAt: '2026-11-23T18:05:00.000Z', readAt: '2026-11-23T18:05:00.000Z', responseNeeded: 2 });
    expect(notReadYet(counts)).toBe(15);
    // the remaining pages were read: the count is kept, nothing is missing any more
    now = new Date('2026-11-23T18:06:00.000Z');
    await ask({ type: 'threads/upsert', accountId: ACC, marketplaceId: US, threads: Array.from({ length: 15 }, (_, i) => awaiting(`p2-${i}`)) });
    const after = await countsOf();
    expect(after).toMatchObject({ pending: 17, responseNeeded: 17, readAt: '2026-11-23T18:06:00.000Z' });
    expect(notReadYet(after)).toBe(0);
    // rows the list shows that name no case are read, not missing
    const { counts: c2 } = await ask({ type: 'inbox/pending', accountId: ACC, marketplaceId: US, pending: 20, unkept: 3 }) as ResponseOf<'inbox/pending'>;
    expect([c2.unkept, notReadYet(c2)]).toEqual([3, 0]);
  });

  it('refuses a count that is not a whole number, saying where', async () => {
    const r = await ask({ type: 'inbox/pending', accountId: ACC, marketplaceId: US, pending: -1 }) as { error?: { code: string; message: string } };
    expect(r.error?.code).toBe('invalid-request');
    expect(r.error?.message).toMatch(/pending/);
    expect(notReadYet(undefined)).toBe(0);
  });
});
