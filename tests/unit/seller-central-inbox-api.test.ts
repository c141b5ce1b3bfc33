/** The inbox JSON adapter: URL, response shape, mapping to thread records, answer classification; the replica's marketplaceId=. */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import {
  classifyInboxAnswer, hasMorePages, inboxApiUrl, pageThreads, parseInboxApiPage, threadInputOfApi, type InboxApiThread,
} from '../../lib/seller-central/inbox-api';
import { MESSAGES } from '../../lib/protocol/messages';
import { generateReplicaData } from '../replica/data';
import { createReplicaServer } from '../replica/server';

const fixture = (): unknown => JSON.parse(readFileSync(new URL('../fixtures/seller-central/inbox-api-threads.json', import.meta.url), 'utf8'));
const DE = 'A1PA6795UKMFR9';
const US = 'ATVPDKIKX0DER';
const CA = 'A2EUQ1WTGCTBG2';
const JP = 'A1VC38T7YXB528';

const parsed = () => {
  const r = parseInboxApiPage(fixture());
  if (!r.ok) throw new Error(r.detail);
  return r.page;
};

describe('inboxApiUrl', () => {
  it('asks for the "Response needed" list of one marketplace, never switching the session', () => {
    const url = new URL(inboxApiUrl('SellerCentral-Europe.amazon.com', { marketplaceId: DE, page: 2, pageSize: 50 }));
    expect(url.origin).toBe('https://sellercentral-europe.amazon.com');
    expect(url.pathname).toBe('/messaging/api/threads');
    expect(Object.fromEntries(url.searchParams)).toEqual({ fi: 'RESPONSE_NEEDED', pn: '2', ps: '50', marketplaceId: DE });
    expect(url.searchParams.has('mons_sel_mkid')).toBe(false);
  });
  it('keeps page and size in range', () => {
    const url = new URL(inboxApiUrl('sellercentral.amazon.com', { marketplaceId: US, page: 0, pageSize: 10_000, filter: 'ALL' }));
    expect(url.searchParams.get('pn')).toBe('1');
    expect(url.searchParams.get('ps')).toBe('500');
    expect(url.searchParams.get('fi')).toBe('ALL');
  });
});

describe('parseInboxApiPage (fixture: the replica answer for DE)', () => {
  it('reads the envelope and every thread', () => {
    const page = parsed();
    expect(page).toMatchObject({ total: 60, pageNumber: 1, pageSize: 12, invalid: 0 });
    expect(page.threads).toHaveLength(12);
    expect(hasMorePages(page)).toBe(true);
    expect(hasMorePages({ ...page, total: 12 })).toBe(false);
  });
  it('leaves out an odd thread but keeps the page', () => {
    const body = fixture() as { threads: unknown[] };
    body.threads.push({ threadId: '', status: 'WHATEVER' }, 'not a thread');
    const r = parseInboxApiPage(body);
    expect(r.ok && r.page.invalid).toBe(2);
    expect(r.ok && r.page.threads).toHaveLength(12);
  });
  it('says what is wrong with an answer of another shape', () => {
    expect(parseInboxApiPage({ items: [] })).toMatchObject({ ok: false });
    expect(parseInboxApiPage('<html>')).toMatchObject({ ok: false });
    const r = parseInboxApiPage({ total: -1, pageNumber: 1, pageSize: 1, threads: [] });
    expect(!r.ok && r.detail).toContain('total');
  });
});

describe('threadInputOfApi / pageThreads', () => {
  it('maps every thread to a record the threads/upsert schema accepts', () => {
    const page = parsed();
    const { threads, foreign, skipped } = pageThreads(page, DE);
    expect({ foreign, skipped }).toEqual({ foreign: 0, skipped: 0 });
    expect(threads).toHaveLength(12);
    const request = v.safeParse(MESSAGES['threads/upsert'].schema, { accountId: 'A1LUMENHOME7Q', marketplaceId: DE, threads });
    expect(request.success).toBe(true);
    for (const [i, t] of threads.entries()) {
      const wire = page.threads[i] as InboxApiThread;
      expect(t.threadId).toBe(wire.threadId);
      expect(t.page).toBe(1);
      expect(t.category).toBeDefined();
      expect(t.status).toBe({ RESPONSE_NEEDED: 'response-needed', ANSWERED: 'answered', NO_RESPONSE_NEEDED: 'no-response-needed' }[wire.status]);
      // a deadline only for what awaits an answer
      expect(t.oldestUnansweredAt).toBe(wire.status === 'RESPONSE_NEEDED' ? wire.awaitingSince ?? undefined : undefined);
      expect(t.lastMessageAt).toBe(wire.lastMessageAt);
    }
  });
  it('classifies like the inbox page does (subject + preview), German included', () => {
    const page = parsed();
    const whereIs = page.threads.find((t) => /Wo ist meine Bestellung/.test(t.subject ?? ''));
    expect(whereIs && threadInputOfApi(whereIs).category).toBe('where-is-my-order');
  });
  it('flags Amazon notices as the page does, and drops what cannot be a key or is not a timestamp', () => {
    const base = parsed().threads[0] as InboxApiThread;
    expect(threadInputOfApi({ ...base, lastSenderType: 'AMAZON', awaitingSince: null }).isSystem).toBe(true);
    expect(threadInputOfApi({ ...base, lastSenderType: 'AMAZON', awaitingSince: '2026-11-23T10:00:00.000Z' }).isSystem).toBe(false);
    expect(threadInputOfApi({ ...base, isSystem: true }).isSystem).toBe(true);
    const odd = threadInputOfApi({ ...base, status: 'RESPONSE_NEEDED', awaitingSince: 'yesterday', lastMessageAt: null, buyerName: null, subject: 'x'.repeat(5000) });
    expect(odd.oldestUnansweredAt).toBeUndefined();
    expect(odd.lastMessageAt).toBeUndefined();
    expect(odd.buyerName).toBe('');
    expect(odd.subject).toHaveLength(1000);
    const page = parsed();
    const withBadId = { ...page, threads: [{ ...base, threadId: 'a|b' }, base] };
    expect(pageThreads(withBadId, DE)).toMatchObject({ skipped: 1, foreign: 0 });
  });
  it('counts threads of another marketplace (the parameter was ignored) and maps none of them', () => {
    const page = parsed();
    const r = pageThreads(page, US);
    expect(r).toMatchObject({ foreign: 12, threads: [] });
  });
});

describe('classifyInboxAnswer', () => {
  const ok = { status: 200, headers: {}, body: fixture() };
  it('a page', () => expect(classifyInboxAnswer(ok).kind).toBe('ok'));
  it('stops on sign-in, captcha, 401 and 403', () => {
    expect(classifyInboxAnswer({ status: 0, headers: {}, type: 'opaqueredirect' })).toMatchObject({ kind: 'stop', reason: 'signed-out' });
    expect(classifyInboxAnswer({ status: 302, headers: { location: '/ap/signin?openid.return_to=x' } })).toMatchObject({ kind: 'stop', reason: 'signed-out' });
    expect(classifyInboxAnswer({ status: 302, headers: { location: '/ap/cvf' } })).toMatchObject({ kind: 'stop', reason: 'captcha' });
    // verification (MFA) counts as captcha in lib/seller-central/pages.ts: a stop either way
    expect(classifyInboxAnswer({ status: 200, headers: {}, url: 'https://sellercentral.amazon.com/ap/mfa?x=1', body: '<html>' }))
      .toMatchObject({ kind: 'stop', reason: 'captcha' });
    expect(classifyInboxAnswer({ status: 401, headers: {}, body: { error: 'UNAUTHENTICATED' } })).toMatchObject({ kind: 'stop', reason: 'signed-out' });
    expect(classifyInboxAnswer({ status: 403, headers: { 'x-amz-captcha': 'required' }, body: { error: 'CAPTCHA_REQUIRED', captchaRequired: true } }))
      .toMatchObject({ kind: 'stop', reason: 'captcha' });
    expect(classifyInboxAnswer({ status: 403, headers: {}, body: { error: 'ACCESS_DENIED' } })).toMatchObject({ kind: 'stop', reason: 'forbidden' });
    expect(classifyInboxAnswer({ status: 200, headers: {}, body: '<form name="signIn" method="post">' })).toMatchObject({ kind: 'stop', reason: 'signed-out' });
  });
  it('backs off on 429 and 5xx (Retry-After kept)', () => {
    expect(classifyInboxAnswer({ status: 429, headers: { 'retry-after': '7' } })).toMatchObject({ kind: 'backoff', retryAfterMs: 7000 });
    expect(classifyInboxAnswer({ status: 503, headers: {} })).toMatchObject({ kind: 'backoff' });
  });
  it('anything else is a bad answer, not a stop', () => {
    expect(classifyInboxAnswer({ status: 404, headers: {}, body: { error: 'NOT_FOUND' } })).toMatchObject({ kind: 'bad' });
    expect(classifyInboxAnswer({ status: 200, headers: {}, body: { threads: 'no' } })).toMatchObject({ kind: 'bad' });
  });
});

describe('replica: marketplaceId= on the threads JSON', () => {
  const NOW = new Date('2026-11-23T18:00:00Z');
  const server = () => createReplicaServer(generateReplicaData({ seed: 2, threads: 120, now: NOW }), { now: () => NOW });
  const get = async (s: ReturnType<typeof server>, url: string) => {
    const r = await s.handle({ method: 'GET', url, headers: {} });
    return { status: r.status, body: JSON.parse(String(r.body)) as { threads?: { marketplaceId: string }[]; error?: string } };
  };

  it('lists the asked marketplace without changing the session marketplace', async () => {
    const s = server();
    expect(s.session.marketplaceId).toBe(US);
    const r = await get(s, `https://sellercentral.amazon.com/messaging/api/threads?fi=RESPONSE_NEEDED&ps=50&marketplaceId=${CA}`);
    expect(r.status).toBe(200);
    expect(r.body.threads?.length).toBeGreaterThan(0);
    expect(r.body.threads?.every((t) => t.marketplaceId === CA)).toBe(true);
    expect(s.session.marketplaceId).toBe(US);
    // without it: the session's marketplace, as before
    const plain = await get(s, 'https://sellercentral.amazon.com/messaging/api/threads?fi=RESPONSE_NEEDED&ps=50');
    expect(plain.body.threads?.every((t) => t.marketplaceId === US)).toBe(true);
  });
  it('refuses a marketplace the account does not have, or that this host does not serve', async () => {
    const s = server();
    expect(await get(s, 'https://sellercentral.amazon.com/messaging/api/threads?marketplaceId=A2Q3Y263D00KWC'))
      .toMatchObject({ status: 404, body: { error: 'MARKETPLACE_NOT_FOUND' } });
    expect(await get(s, `https://sellercentral.amazon.com/messaging/api/threads?marketplaceId=${JP}`))
      .toMatchObject({ status: 400, body: { error: 'MARKETPLACE_NOT_ON_HOST' } });
    const jp = await get(s, `https://sellercentral.amazon.co.jp/messaging/api/threads?marketplaceId=${JP}`);
    expect(jp.status).toBe(200);
    expect(jp.body.threads?.every((t) => t.marketplaceId === JP)).toBe(true);
  });
});
