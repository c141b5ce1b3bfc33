/**
 * The replica's inbox v3 on the server side (tests/replica/INBOX-V3.md): the page routes, the case list
 * JSON with its filters, paging and counts, search by order id, one case, replies and "no response needed"
 * recorded like the legacy ones, signed-out / captcha faults, the v3 variants in the bootstrap and the
 * `legacy` redirect.
 */
import { generateReplicaData, type ReplicaData } from '../replica/data';
import { createReplicaServer, MARKUP_VARIANTS, type ReplicaServer } from '../replica/server';
import type { Bootstrap, V3CaseListResponse, V3CaseResponse, V3Counts } from '../replica/server/api-types';

const NOW = new Date('2026-03-04T15:00:00Z');
const US = 'ATVPDKIKX0DER';
const BASE = 'https://sellercentral.amazon.com';
const API = '/messaging/api/inbox-v3';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let data: ReplicaData;
let server: ReplicaServer;

beforeAll(() => { data = generateReplicaData({ seed: 7, now: NOW }); });
beforeEach(() => { server = createReplicaServer(data, { now: () => NOW, clientEntry: '/nonexistent/main.tsx' }); });

const get = (path: string) => server.handle({ method: 'GET', url: `${BASE}${path}` });
const getJson = async <T>(path: string): Promise<T> => {
  const res = await get(path);
  expect(res.status, path).toBe(200);
  return JSON.parse(String(res.body)) as T;
};
const post = (path: string, body: unknown, token: string | null = server.session.csrfToken) => server.handle({
  method: 'POST', url: `${BASE}${path}`, body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...(token === null ? {} : { 'anti-csrftoken-a2z': token }) },
});
const bootstrapOf = (html: string): Bootstrap => JSON.parse(/id="sc-bootstrap">([^<]*)</.exec(html)?.[1] ?? 'null') as Bootstrap;
const lumenUs = () => data.threads.filter((t) => t.accountId === 'A1LUMENHOME7Q' && t.marketplaceId === US);
const newestFirst = (a: { lastMessageAt: string }, b: { lastMessageAt: string }) => Date.parse(b.lastMessageAt) - Date.parse(a.lastMessageAt);

describe('replica inbox v3 pages', () => {
  it.each(['/messaging/inbox-v3', '/messaging/inbox-v3/', '/messaging/inbox-v3?fi=caseId&ss=x&cc=x', '/messaging/inbox-v3/list-frame?fi=all'])(
    '%s returns the shell', async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(String(res.body)).toContain('<div id="sc-content-root"></div>');
      expect(String(res.body)).toContain('<title>Buyer-Seller Messages</title>');
    });

  it('signed out and captcha behave as for other pages', async () => {
    server.setFaults({ signedOut: true });
    expect((await get('/messaging/inbox-v3?fi=all')).headers.location).toBe(`/ap/signin?openid.return_to=${encodeURIComponent('/messaging/inbox-v3?fi=all')}`);
    expect((await get(`${API}/cases`)).status).toBe(401);
    server.setFaults({ captcha: true });
    expect((await get('/messaging/inbox-v3')).headers.location).toMatch(/^\/ap\/cvf\?/);
    expect((await get(`${API}/cases`)).status).toBe(403);
  });

  it('passes every v3 variant to the client and, for legacy, redirects to the old layout', async () => {
    for (const variant of MARKUP_VARIANTS.filter((v) => v.startsWith('v3-'))) {
      server.setFaults({ markup: variant });
      expect(bootstrapOf(String((await get('/messaging/inbox-v3')).body)).markup).toBe(variant);
    }
    expect(MARKUP_VARIANTS.filter((v) => v.startsWith('v3-'))).toHaveLength(11);
    server.setFaults({ markup: 'legacy' });
    const t = lumenUs()[0];
    expect((await get('/messaging/inbox-v3?fi=all')).headers.location).toBe('/messaging/inbox?fi=ALL&pn=1');
    expect((await get(`/messaging/inbox-v3?fi=caseId&ss=${t?.threadId}&cc=${t?.threadId}`)).headers.location)
      .toBe(`/messaging/inbox?fi=caseId&ss=${t?.threadId}&cc=${t?.threadId}`);
    expect((await get('/messaging/inbox')).status).toBe(200);
  });
});

describe('replica inbox v3 case list', () => {
  it('lists response-needed cases of the current marketplace by default, 25 a page, newest first', async () => {
    const list = await getJson<V3CaseListResponse>(`${API}/cases`);
    const expected = lumenUs().filter((t) => t.status === 'response-needed');
    expect(list).toMatchObject({ filter: 'responseNeeded', total: expected.length, pageNumber: 1, pageSize: 25 });
    expect(list.cases).toHaveLength(Math.min(25, expected.length));
    expect([...list.cases].sort(newestFirst)).toEqual(list.cases);
    for (const c of list.cases) {
      expect(c.caseId).toMatch(UUID);
      expect(c.status).toBe('RESPONSE_NEEDED');
      expect(c.preview.length).toBeLessThanOrEqual(100);
    }
    expect(list.counts).toEqual({ responseNeeded: expected.length, all: lumenUs().length });
    expect(await getJson<V3Counts>(`${API}/counts`)).toEqual(list.counts);
  });

  it.each([
    ['all', () => lumenUs()],
    ['sent', () => lumenUs().filter((t) => t.status === 'answered')],
    ['resolved', () => lumenUs().filter((t) => t.status === 'no-response-needed')],
  ] as const)('fi=%s lists the matching cases, and page 2 continues page 1', async (fi, expected) => {
    const want = expected();
    expect(want.length).toBeGreaterThan(0);
    const p1 = await getJson<V3CaseListResponse>(`${API}/cases?fi=${fi}&pn=1`);
    const p2 = await getJson<V3CaseListResponse>(`${API}/cases?fi=${fi}&pn=2`);
    expect(p1.total).toBe(want.length);
    const ids = [...p1.cases, ...p2.cases].map((c) => c.caseId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => want.some((t) => t.threadId === id))).toBe(true);
    if (fi === 'resolved') expect(p1.cases.every((c) => c.resolvedAt !== null)).toBe(true);
  });

  it('search by order id finds the case; fi=caseId lists exactly that case', async () => {
    const t = lumenUs().find((x) => x.orderIds.length > 0 && !x.isSystem);
    const orderId = t?.orderIds[0] ?? '';
    const found = await getJson<V3CaseListResponse>(`${API}/cases?fi=search&ss=${orderId}`);
    expect(found.cases.map((c) => c.caseId)).toContain(t?.threadId);
    expect(found.cases.every((c) => c.orderId === orderId)).toBe(true);
    expect((await getJson<V3CaseListResponse>(`${API}/cases?fi=search&ss=999-0000000-0000000`)).total).toBe(0);
    expect((await getJson<V3CaseListResponse>(`${API}/cases?fi=search&ss=`)).total).toBe(0);
    const one = await getJson<V3CaseListResponse>(`${API}/cases?fi=caseId&ss=${t?.threadId}`);
    expect(one.cases.map((c) => c.caseId)).toEqual([t?.threadId]);
  });

  it('one case: summary, relay address with the case id, messages oldest first; 404 for an unknown id', async () => {
    const t = lumenUs().find((x) => x.buyerId && !x.isSystem);
    const res = await getJson<V3CaseResponse>(`${API}/cases/${t?.threadId}`);
    expect(res.case.caseId).toBe(t?.threadId);
    expect(res.case.buyerEmail).toMatch(new RegExp(`^[a-z0-9]+\\+${t?.threadId}@marketplace\\.amazon\\.com$`));
    expect(res.messages.map((m) => m.messageId)).toEqual(t?.messages.map((m) => m.messageId));
    expect((await get(`${API}/cases/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const system = lumenUs().find((x) => x.isSystem);
    if (system) expect((await getJson<V3CaseResponse>(`${API}/cases/${system.threadId}`)).case).toMatchObject({ buyerName: 'Amazon', isSystem: true });
  });
});

describe('replica inbox v3 sends', () => {
  it('a reply is recorded exactly like a legacy reply and makes the case sent', async () => {
    const t = lumenUs().find((x) => x.status === 'response-needed');
    const id = t?.threadId ?? '';
    const before = await getJson<V3CaseListResponse>(`${API}/cases`);
    expect((await post(`${API}/cases/${id}/reply`, { text: 'Hi' }, null)).status).toBe(403);
    expect(server.sent).toHaveLength(0);
    const res = await post(`${API}/cases/${id}/reply`, { text: 'Your parcel ships today.' });
    expect(JSON.parse(String(res.body))).toMatchObject({ ok: true });
    expect(server.sent).toEqual([{ kind: 'reply', threadId: id, marketplaceId: US, text: 'Your parcel ships today.', at: NOW.toISOString(),
      ...(t?.orderIds[0] ? { orderId: t.orderIds[0] } : {}) }]);
    const after = await getJson<V3CaseResponse>(`${API}/cases/${id}`);
    expect(after.case.status).toBe('ANSWERED');
    expect(after.messages.at(-1)).toMatchObject({ senderType: 'SELLER', text: 'Your parcel ships today.' });
    expect((await getJson<V3Counts>(`${API}/counts`)).responseNeeded).toBe(before.counts.responseNeeded - 1);
    expect((await getJson<V3CaseListResponse>(`${API}/cases?fi=sent&ps=100`)).cases.map((c) => c.caseId)).toContain(id);
  });

  it('"no response needed" is recorded and resolves the case now', async () => {
    const t = lumenUs().find((x) => x.status === 'response-needed');
    const id = t?.threadId ?? '';
    expect(JSON.parse(String((await post(`${API}/cases/${id}/no-response-needed`, {})).body))).toEqual({ ok: true });
    expect(server.sent.map((s) => [s.kind, s.threadId])).toEqual([['no-response-needed', id]]);
    expect((await getJson<V3CaseResponse>(`${API}/cases/${id}`)).case).toMatchObject({ status: 'NO_RESPONSE_NEEDED', resolvedAt: NOW.toISOString() });
  });

  it('answers 404 for another account\'s case and 405 for a GET to an action', async () => {
    const other = data.threads.find((t) => t.accountId !== 'A1LUMENHOME7Q');
    expect((await post(`${API}/cases/${other?.threadId}/reply`, { text: 'x' })).status).toBe(404);
    expect((await get(`${API}/cases/${other?.threadId}`)).status).toBe(404);
    expect((await get(`${API}/cases/${lumenUs()[0]?.threadId}/reply`)).status).toBe(405);
    expect(server.sent).toHaveLength(0);
  });
});
