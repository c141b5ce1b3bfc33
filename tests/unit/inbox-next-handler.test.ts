/** threads/next: the most urgent awaiting thread after the current one, across marketplaces, with its URL. */
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { createHandlers } from '../../lib/protocol/handlers';
import { nextThreadUrl } from '../../lib/protocol/handlers/inbox-next';
import type { Handlers } from '../../lib/protocol/router';

const NOW = new Date('2026-11-23T18:00:00Z');
const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const ACC = 'A1LUMENHOME7Q';
const hoursAgo = (h: number): string => new Date(NOW.getTime() - h * 3_600_000).toISOString();

let repos: Repositories;
let handlers: Handlers;
const ctx = {} as Parameters<Handlers['threads/next']>[1];

beforeEach(async () => {
  repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
  handlers = createHandlers({ repos, now: () => NOW, version: '1' });
  const up = (marketplaceId: string, threads: { threadId: string; h?: number; status?: 'response-needed' | 'answered' }[]) =>
    handlers['threads/upsert']({
      type: 'threads/upsert', accountId: ACC, marketplaceId,
      threads: threads.map((t) => ({
        threadId: t.threadId, buyerName: t.threadId, orderIds: [], isSystem: false, status: t.status ?? 'response-needed',
        ...(t.h !== undefined ? { oldestUnansweredAt: hoursAgo(t.h) } : {}),
      })),
    }, ctx);
  await up(US, [{ threadId: 'U1', h: 30 }, { threadId: 'U2', h: 5 }, { threadId: 'U3', status: 'answered' }]);
  await up(DE, [{ threadId: 'D1', h: 20 }]);
  await handlers['threads/upsert']({ type: 'threads/upsert', accountId: 'AOTHERACCOUNT', marketplaceId: US,
    threads: [{ threadId: 'X1', buyerName: 'x', orderIds: [], isSystem: false, status: 'response-needed', oldestUnansweredAt: hoursAgo(40) }] }, ctx);
});

const next = (currentKey?: string) => handlers['threads/next']({
  type: 'threads/next', accountId: ACC, currentMarketplaceId: US, ...(currentKey ? { currentKey } : {}),
}, ctx);

describe('threads/next', () => {
  it('walks the account in urgency order across marketplaces, then wraps; other accounts stay out', async () => {
    const walk: string[] = [];
    let key: string | undefined;
    for (let i = 0; i < 4; i++) {
      const r = await next(key);
      walk.push(r.thread?.threadId ?? '-');
      key = r.thread?.key;
    }
    expect(walk).toEqual(['U1', 'D1', 'U2', 'U1']);
  });

  it('gives the URL of the thread, switching the marketplace when it is another one', async () => {
    const first = await next();
    expect(first.url).toBe('/messaging/inbox?fi=caseId&ss=U1&cc=U1');
    const second = await next(first.thread?.key);
    expect(second.url).toBe(`/messaging/inbox?fi=caseId&ss=D1&cc=D1&mons_sel_mkid=${DE}`);
    expect(second.awaiting).toBe(2);
  });

  it('says nothing awaits when every thread is answered (All caught up)', async () => {
    for (const key of [`${ACC}|${US}|U1`, `${ACC}|${US}|U2`, `${ACC}|${DE}|D1`]) {
      await handlers['threads/set-status']({ type: 'threads/set-status', key, status: 'answered' }, ctx);
    }
    const r = await next();
    expect(r.thread).toBeUndefined();
    expect(r.url).toBeUndefined();
    expect(r.awaiting).toBe(0);
  });

  it('builds URLs with encoded ids', () => {
    const t = (threadId: string, orderIds: string[] = []) => ({ threadId, orderIds });
    expect(nextThreadUrl(t('a b&c'), US, US)).toBe('/messaging/inbox?fi=caseId&ss=a%20b%26c&cc=a%20b%26c');
    expect(nextThreadUrl(t('T1'), DE, undefined)).toBe(`/messaging/inbox?fi=caseId&ss=T1&cc=T1&mons_sel_mkid=${DE}`);
  });

  it('in the v3 app: a case by its id, a case known by its order through the order-id search', () => {
    const CASE = '3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f';
    const t = (threadId: string, orderIds: string[] = []) => ({ threadId, orderIds });
    expect(nextThreadUrl(t(CASE), US, US, 'v3')).toBe(`/messaging/inbox-v3?fi=caseId&ss=${CASE}&cc=${CASE}`);
    expect(nextThreadUrl(t('order:112-1234567-1234567'), US, US, 'v3')).toBe('/messaging/inbox-v3?fi=search&ss=112-1234567-1234567');
    expect(nextThreadUrl(t('order:112-1234567-1234567'), DE, US)).toBe(`/messaging/inbox-v3?fi=search&ss=112-1234567-1234567&mons_sel_mkid=${DE}`);
  });

  it('in the legacy layout: a case by the older case link, never the replica-only thread page', () => {
    const CASE = '3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f';
    const t = (threadId: string, orderIds: string[] = []) => ({ threadId, orderIds });
    expect(nextThreadUrl(t(CASE), US, US, 'legacy')).toBe(`/messaging/inbox?fi=caseId&ss=${CASE}&cc=${CASE}`);
    expect(nextThreadUrl(t(CASE.toUpperCase()), DE, US, 'legacy')).toBe(`/messaging/inbox?fi=caseId&ss=${CASE}&cc=${CASE}&mons_sel_mkid=${DE}`);
    // an older record without a case id: the order's case through the v3 app's search
    expect(nextThreadUrl(t('T-1001', ['112-1234567-1234567']), US, US, 'legacy')).toBe('/messaging/inbox-v3?fi=search&ss=112-1234567-1234567');
  });
});
