/**
 * Background inbox refresh: planning (who is signed in, which marketplaces are due, on which host, the
 * skip rules) and the run (throttle, caps, stop and back-off, storing through the threads/upsert handler),
 * with the replica server as Seller Central and fake-indexeddb as the store.
 */
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { createHandlers } from '../../lib/protocol/handlers';
import type { Handlers } from '../../lib/protocol/router';
import type { Account } from '../../lib/model';
import {
  DEFAULT_LIMITS, emptyState, hostFor, liftStopIfSessionSeen, planRun, runRefresh, signedInAccount, withBackoff, withLock,
  type RefreshPorts, type RefreshState, type TabView,
} from '../../lib/inbox-refresh';
import { generateReplicaData } from '../replica/data';
import { createReplicaServer } from '../replica/server';

const NOW = new Date('2026-11-23T18:00:00Z');
const ACC = 'A1LUMENHOME7Q';
const US = 'ATVPDKIKX0DER';
const CA = 'A2EUQ1WTGCTBG2';
const DE = 'A1PA6795UKMFR9';
const FR = 'A13V1IB3VIYZZH';
const JP = 'A1VC38T7YXB528';
const minutesAgo = (m: number): string => new Date(NOW.getTime() - m * 60_000).toISOString();
const account = (marketplaceIds: string[], lastSeenAt = minutesAgo(1), id = ACC): Account => ({ id, marketplaceIds, lastSeenAt });
const tab = (marketplaceId: string, host: string, at = minutesAgo(2), tabId = 1, accountId = ACC): TabView => ({ tabId, accountId, marketplaceId, host, at });
const limits = { ...DEFAULT_LIMITS };
const plan = (over: Partial<Parameters<typeof planRun>[0]> = {}) => planRun({
  enabled: true, minutes: 15, accounts: [account([US, CA, DE, JP])], tabs: [], state: emptyState(), now: NOW, limits, ...over,
});

describe('planRun', () => {
  it('does nothing while off, running, stopped, backing off, or with no account seen', () => {
    expect(plan({ enabled: false })).toEqual({ kind: 'skip', reason: 'disabled' });
    expect(plan({ state: withLock(emptyState(), new Date(NOW.getTime() - 60_000)) })).toEqual({ kind: 'skip', reason: 'busy' });
    expect(plan({ state: { ...emptyState(), stop: { reason: 'signed-out', at: minutesAgo(30), detail: '', host: 'h', marketplaceId: DE } } }))
      .toEqual({ kind: 'skip', reason: 'stopped' });
    expect(plan({ state: withBackoff(emptyState(), NOW, 'HTTP 429', limits) })).toEqual({ kind: 'skip', reason: 'backoff' });
    expect(plan({ accounts: [] })).toEqual({ kind: 'skip', reason: 'no-account' });
  });
  it('a stale lock (a worker stopped mid-run) does not block', () => {
    expect(plan({ state: withLock(emptyState(), new Date(NOW.getTime() - limits.lockMs - 1)) }).kind).toBe('run');
  });
  it('every seen marketplace no open tab shows, on its region host (the tab host of that region first)', () => {
    const p = plan({ tabs: [tab(US, 'sellercentral.amazon.com')] });
    expect(p).toEqual({
      kind: 'run', accountId: ACC, targets: [
        { accountId: ACC, marketplaceId: CA, host: 'sellercentral.amazon.com' },
        { accountId: ACC, marketplaceId: DE, host: 'sellercentral-europe.amazon.com' },
        { accountId: ACC, marketplaceId: JP, host: 'sellercentral.amazon.co.jp' },
      ],
    });
    expect(hostFor(CA, [])).toBe('sellercentral.amazon.ca');
    expect(hostFor(FR, [tab(DE, 'sellercentral.amazon.de')])).toBe('sellercentral.amazon.de');
    expect(hostFor('NOT-A-MARKETPLACE', [])).toBeUndefined();
  });
  it('only what is due, never refreshed first then oldest, capped per run', () => {
    const state: RefreshState = {
      marketplaces: {
        [`${ACC}|${CA}`]: { lastAt: minutesAgo(5), result: 'ok' },
        [`${ACC}|${DE}`]: { lastAt: minutesAgo(40), result: 'ok' },
        [`${ACC}|${JP}`]: { lastAt: minutesAgo(20), result: 'ok' },
      },
    };
    const p = plan({ state });
    expect(p.kind === 'run' && p.targets.map((t) => t.marketplaceId)).toEqual([US, DE, JP]);
    const capped = plan({ state, limits: { ...limits, maxRequestsPerRun: 2 } });
    expect(capped.kind === 'run' && capped.targets.map((t) => t.marketplaceId)).toEqual([US, DE]);
    const all = { marketplaces: Object.fromEntries([US, CA, DE, JP].map((m) => [`${ACC}|${m}`, { lastAt: minutesAgo(3), result: 'ok' as const }])) };
    expect(plan({ state: all })).toEqual({ kind: 'skip', reason: 'nothing-due' });
  });
  it('the signed-in account is the one an open tab reported, else the one seen last', () => {
    const other = account([US], minutesAgo(0), 'AOTHERACCOUNT');
    const mine = account([US, DE], minutesAgo(60));
    expect(signedInAccount([other, mine], [])?.id).toBe('AOTHERACCOUNT');
    expect(signedInAccount([other, mine], [tab(US, 'sellercentral.amazon.com')])?.id).toBe(ACC);
    const p = plan({ accounts: [other, mine], tabs: [tab(US, 'sellercentral.amazon.com')] });
    expect(p.kind === 'run' && p.targets.map((t) => `${t.accountId}|${t.marketplaceId}`)).toEqual([`${ACC}|${DE}`]);
  });
  it('a stop is lifted once a Seller Central tab reports after it (the seller signed in again)', () => {
    const stopped: RefreshState = { ...emptyState(), stop: { reason: 'signed-out', at: minutesAgo(10), detail: '', host: 'h', marketplaceId: DE } };
    expect(liftStopIfSessionSeen(stopped, [tab(US, 'sellercentral.amazon.com', minutesAgo(20))]).stop).toBeDefined();
    expect(liftStopIfSessionSeen(stopped, [tab(US, 'sellercentral.amazon.com', minutesAgo(1))]).stop).toBeUndefined();
  });
  it('backs off longer after each failure, Retry-After when longer, capped', () => {
    const one = withBackoff(emptyState(), NOW, 'x', limits);
    const two = withBackoff(one, NOW, 'x', limits);
    expect(Date.parse(one.backoff?.until ?? '') - NOW.getTime()).toBe(limits.backoffBaseMs);
    expect(Date.parse(two.backoff?.until ?? '') - NOW.getTime()).toBe(2 * limits.backoffBaseMs);
    expect(Date.parse(withBackoff(emptyState(), NOW, 'x', limits, 3 * limits.backoffBaseMs).backoff?.until ?? '') - NOW.getTime())
      .toBe(3 * limits.backoffBaseMs);
    let s = emptyState();
    for (let i = 0; i < 20; i++) s = withBackoff(s, NOW, 'x', limits);
    expect(Date.parse(s.backoff?.until ?? '') - NOW.getTime()).toBe(limits.backoffMaxMs);
  });
});

describe('runRefresh (replica as Seller Central, threads/upsert handler as the store)', () => {
  let repos: Repositories;
  let handlers: Handlers;
  let replica: ReturnType<typeof createReplicaServer>;
  let sleeps: number[];
  let order: string[];

  beforeEach(async () => {
    repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
    handlers = createHandlers({ repos, now: () => NOW, version: '1' });
    replica = createReplicaServer(generateReplicaData({ seed: 5, threads: 400, now: NOW }), { now: () => NOW });
    sleeps = [];
    order = [];
  });

  const ports = (): RefreshPorts => ({
    get: async (url, headers) => {
      order.push(url);
      const r = await replica.handle({ method: 'GET', url, headers });
      let body: unknown = r.body;
      try { body = JSON.parse(String(r.body)); } catch { /* text */ }
      return { status: r.status, headers: r.headers, url, body };
    },
    store: async (accountId, marketplaceId, threads) =>
      handlers['threads/upsert']({ type: 'threads/upsert', accountId, marketplaceId, threads: threads.map((t) => ({ ...t, orderIds: t.orderIds ?? [], isSystem: t.isSystem ?? false })) }, { sender: {} }),
    sleep: async (ms) => { sleeps.push(ms); },
    now: () => NOW,
  });
  const targets = (...ids: [string, string][]) => ids.map(([marketplaceId, host]) => ({ accountId: ACC, marketplaceId, host }));
  const awaitingIn = (marketplaceId: string) => replica.data.threads
    .filter((t) => t.accountId === ACC && t.marketplaceId === marketplaceId && t.status === 'response-needed').map((t) => t.threadId).sort();

  it('stores each marketplace\'s "Response needed" threads with counts, one request at a time, a gap between', async () => {
    const report = await runRefresh(targets([CA, 'sellercentral.amazon.com'], [DE, 'sellercentral-europe.amazon.com']), emptyState(), ports(), limits);
    expect(report.ended).toBe('done');
    for (const mp of [CA, DE]) {
      const stored = (await repos.threads.list(ACC, mp)).map((t) => t.threadId).sort();
      expect(stored).toEqual(awaitingIn(mp));
      expect(report.state.marketplaces[`${ACC}|${mp}`]).toMatchObject({ result: 'ok', stored: stored.length, total: stored.length, lastAt: NOW.toISOString() });
      const counts = (await repos.counts.list(ACC)).find((c) => c.marketplaceId === mp);
      // Amazon's notices Amazon lists as "response needed" are stored (as notices) but never count as awaiting
      const notices = replica.data.threads.filter((t) => t.accountId === ACC && t.marketplaceId === mp && t.status === 'response-needed' && t.isSystem).length;
      expect(counts?.awaiting).toBe(stored.length - notices);
      expect((await repos.threads.list(ACC, mp)).filter((t) => t.isSystem).length).toBe(notices);
    }
    expect((await repos.accounts.list())[0]?.marketplaceIds.sort()).toEqual([CA, DE].sort());
    expect(order.every((u) => !u.includes('mons_sel_mkid') && u.includes('fi=RESPONSE_NEEDED'))).toBe(true);
    expect(sleeps).toEqual(Array(order.length - 1).fill(limits.gapMs));
    // (the session's marketplace: see seller-central-inbox-api.test.ts; a request on another region's host
    // moves the replica's session whatever the parameters, tests/replica/README.md)
  });

  it('reads further pages up to the cap and says when it stopped short', async () => {
    const total = awaitingIn(JP).length;
    expect(total).toBeGreaterThan(6);
    const small = { ...limits, pageSize: 3, maxPagesPerMarketplace: 2 };
    const report = await runRefresh(targets([JP, 'sellercentral.amazon.co.jp']), emptyState(), ports(), small);
    expect(order).toHaveLength(2);
    expect(report.state.marketplaces[`${ACC}|${JP}`]).toMatchObject({ result: 'partial', stored: 6, total });
    expect((await repos.threads.list(ACC, JP))).toHaveLength(6);
  });

  it('keeps to the request cap of a run; a marketplace not asked keeps its old time', async () => {
    const capped = { ...limits, maxRequestsPerRun: 1 };
    const report = await runRefresh(targets([CA, 'sellercentral.amazon.com'], [DE, 'sellercentral-europe.amazon.com']), emptyState(), ports(), capped);
    expect(report.ended).toBe('cap');
    expect(order).toHaveLength(1);
    expect(report.state.marketplaces[`${ACC}|${CA}`]?.result).toBe('ok');
    expect(report.state.marketplaces[`${ACC}|${DE}`]).toBeUndefined();
  });

  it('stops at once when signed out or at a captcha, and records why', async () => {
    replica.setFaults({ signedOut: true });
    const out = await runRefresh(targets([CA, 'sellercentral.amazon.com'], [DE, 'sellercentral-europe.amazon.com']), emptyState(), ports(), limits);
    expect(out.ended).toBe('stopped');
    expect(out.state.stop).toMatchObject({ reason: 'signed-out', marketplaceId: CA, host: 'sellercentral.amazon.com' });
    expect(order).toHaveLength(1);
    replica.setFaults({ captcha: true });
    order.length = 0;
    const cap = await runRefresh(targets([DE, 'sellercentral-europe.amazon.com']), emptyState(), ports(), limits);
    expect(cap.state.stop?.reason).toBe('captcha');
    expect(await repos.threads.list(ACC)).toEqual([]);
    // the plan will not run again while stopped
    expect(plan({ state: cap.state }).kind).toBe('skip');
  });

  it('backs off on 429 / 5xx / no answer, and clears the back-off after a good run', async () => {
    replica.setFaults({ status429: { times: 1 } });
    const r1 = await runRefresh(targets([CA, 'sellercentral.amazon.com'], [DE, 'sellercentral-europe.amazon.com']), emptyState(), ports(), limits);
    expect(r1.ended).toBe('backoff');
    expect(r1.state.backoff).toMatchObject({ failures: 1 });
    expect(order).toHaveLength(1);
    replica.setFaults({ status500: { times: 1 } });
    const r2 = await runRefresh(targets([CA, 'sellercentral.amazon.com']), r1.state, ports(), limits);
    expect(r2.state.backoff).toMatchObject({ failures: 2 });
    const down = await runRefresh(targets([CA, 'sellercentral.amazon.com']), r2.state, { ...ports(), get: async () => ({ error: 'net::ERR_FAILED' }) }, limits);
    expect(down.state.backoff).toMatchObject({ failures: 3 });
    replica.setFaults({});
    const r3 = await runRefresh(targets([CA, 'sellercentral.amazon.com']), down.state, ports(), limits);
    expect(r3.state.backoff).toBeUndefined();
    expect(r3.state.marketplaces[`${ACC}|${CA}`]?.result).toBe('ok');
  });

  it('stores nothing and stops when the answer is of another marketplace (parameter ignored)', async () => {
    const ignoring: RefreshPorts = { ...ports(), get: (url, headers) => ports().get(url.replace(/&marketplaceId=[^&]+/, ''), headers) };
    const out = await runRefresh(targets([CA, 'sellercentral.amazon.com']), emptyState(), ignoring, limits);
    expect(out.state.stop?.reason).toBe('wrong-marketplace');
    expect(await repos.threads.list(ACC)).toEqual([]);
  });

  it('a bad answer for one marketplace does not stop the others', async () => {
    const odd: RefreshPorts = {
      ...ports(),
      get: async (url, headers) => (url.includes(CA) ? { status: 200, headers: {}, body: { items: [] } } : ports().get(url, headers)),
    };
    const out = await runRefresh(targets([CA, 'sellercentral.amazon.com'], [DE, 'sellercentral-europe.amazon.com']), emptyState(), odd, limits);
    expect(out.ended).toBe('done');
    expect(out.state.marketplaces[`${ACC}|${CA}`]?.result).toBe('bad-response');
    expect(out.state.marketplaces[`${ACC}|${DE}`]?.result).toBe('ok');
  });

  it('the status handlers answer "not available" without the background', async () => {
    const s = await handlers['inbox-refresh/status']({ type: 'inbox-refresh/status' }, { sender: {} });
    expect(s).toMatchObject({ available: false, enabled: false, minutes: 15, running: false });
  });
});
