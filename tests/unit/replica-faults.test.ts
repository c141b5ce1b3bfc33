import { generateReplicaData, type ReplicaData } from '../replica/data';
import { createReplicaServer, type ReplicaServer } from '../replica/server';
import type { Bootstrap } from '../replica/server/api-types';

const NOW = new Date('2026-03-04T15:00:00Z');
const BASE = 'https://sellercentral.amazon.com';
let data: ReplicaData;
let server: ReplicaServer;

beforeAll(() => { data = generateReplicaData({ seed: 5, threads: 80, now: NOW }); });
beforeEach(() => { server = createReplicaServer(data, { now: () => NOW, clientEntry: '/nonexistent/main.tsx' }); });

const get = (path: string) => server.handle({ method: 'GET', url: `${BASE}${path}` });
const status = async (path: string) => (await get(path)).status;
const bootstrapOf = (html: string): Bootstrap =>
  JSON.parse(/id="sc-bootstrap">([^<]*)</.exec(html)?.[1] ?? 'null') as Bootstrap;

describe('replica faults', () => {
  it('answers 429 to JSON a limited number of times, pages unaffected', async () => {
    server.setFaults({ status429: { times: 2 } });
    expect(await status('/messaging/api/threads')).toBe(429);
    expect(await status('/home')).toBe(200);
    const second = await get('/orders-api/search');
    expect(second.status).toBe(429);
    expect(second.headers['retry-after']).toBe('1');
    expect(await status('/messaging/api/threads')).toBe(200);
  });

  it('limits a 500 fault to a path prefix', async () => {
    server.setFaults({ status500: { pathPrefix: '/orders-api/' } });
    expect(await status('/orders-api/search')).toBe(500);
    expect(await status('/orders-api/search')).toBe(500);
    expect(await status('/messaging/api/threads')).toBe(200);
    server.setFaults({});
    expect(await status('/orders-api/search')).toBe(200);
    server.setFaults({ status500: true, markup: 'drifted' });
    server.setFaults({ markup: 'drifted' });
    expect(await status('/orders-api/search')).toBe(200);
  });

  it('delays with slowMs and never answers with hang', async () => {
    server.setFaults({ slowMs: 60 });
    const t0 = Date.now();
    expect(await status('/messaging/api/threads')).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(55);
    server.setFaults({ slowMs: 0, hang: { times: 1 } });
    const outcome = await Promise.race([get('/messaging/api/threads').then(() => 'answered'), new Promise((r) => setTimeout(() => r('pending'), 80))]);
    expect(outcome).toBe('pending');
    expect(await status('/messaging/api/threads')).toBe(200);
  });

  it('acts signed out with the signedOut fault', async () => {
    server.setFaults({ signedOut: true });
    const page = await get('/home');
    expect(page.status).toBe(302);
    expect(page.headers.location).toContain('/ap/signin');
    expect(await status('/messaging/api/threads')).toBe(401);
    expect(server.session.merchantId).toBe('A1LUMENHOME7Q');
  });

  it('sends pages to /ap/cvf and answers JSON 403 with a captcha marker', async () => {
    server.setFaults({ captcha: true });
    const page = await get('/messaging/inbox');
    expect(page.status).toBe(302);
    expect(page.headers.location).toMatch(/^\/ap\/cvf/);
    const res = await get('/messaging/api/threads');
    expect(res.status).toBe(403);
    expect(JSON.parse(String(res.body))).toMatchObject({ captchaRequired: true });
    expect(await status('/ap/cvf')).toBe(200);
  });

  it('passes drifted markup to the client and reset restores everything', async () => {
    server.setFaults({ markup: 'drifted' });
    expect(bootstrapOf(String((await get('/home')).body)).markup).toBe('drifted');
    const open = data.threads.find((t) => t.accountId === 'A1LUMENHOME7Q' && t.marketplaceId === 'ATVPDKIKX0DER' && t.status === 'response-needed')!;
    await server.handle({
      method: 'POST', url: `${BASE}/messaging/api/threads/${open.threadId}/reply`, body: JSON.stringify({ text: 'Done' }),
      headers: { 'anti-csrftoken-a2z': server.session.csrfToken },
    });
    server.signIn('A3KIRINOUTD2X');
    expect(server.sent).toHaveLength(1);
    server.reset();
    expect(server.sent).toHaveLength(0);
    expect(server.requests).toHaveLength(0);
    expect(server.faults).toEqual({});
    expect(server.session.merchantId).toBe('A1LUMENHOME7Q');
    expect(bootstrapOf(String((await get('/home')).body)).markup).toBe('normal');
    const thread = JSON.parse(String((await get(`/messaging/api/threads/${open.threadId}`)).body)) as { thread: { status: string } };
    expect(thread.thread.status).toBe('RESPONSE_NEEDED');
    expect(open.status).toBe('response-needed');
  });
});
