/**
 * The replica's `markup` drift variants on the server side: every variant reaches the client in the
 * bootstrap, `empty-inbox` and `huge-inbox` change the inbox JSON (and only they do), copied threads of
 * `huge-inbox` open, and clearing the fault restores the normal answers.
 */
import { generateReplicaData, type ReplicaData } from '../replica/data';
import { createReplicaServer, HUGE_INBOX_THREADS, MARKUP_VARIANTS, type ReplicaServer } from '../replica/server';
import type { Bootstrap, ThreadListResponse, ThreadResponse } from '../replica/server/api-types';

const NOW = new Date('2026-03-04T15:00:00Z');
const BASE = 'https://sellercentral.amazon.com';
let data: ReplicaData;
let server: ReplicaServer;

beforeAll(() => { data = generateReplicaData({ seed: 5, threads: 80, now: NOW }); });
beforeEach(() => { server = createReplicaServer(data, { now: () => NOW, clientEntry: '/nonexistent/main.tsx' }); });

const get = (path: string) => server.handle({ method: 'GET', url: `${BASE}${path}` });
const getJson = async <T>(path: string): Promise<T> => JSON.parse(String((await get(path)).body)) as T;
const bootstrapOf = (html: string): Bootstrap =>
  JSON.parse(/id="sc-bootstrap">([^<]*)</.exec(html)?.[1] ?? 'null') as Bootstrap;
const LIST = '/messaging/api/threads?fi=ALL&pn=1';

describe('replica markup variants', () => {
  it('has at least ten variants besides normal, the original two first', () => {
    expect(MARKUP_VARIANTS.slice(0, 2)).toEqual(['normal', 'drifted']);
    expect(new Set(MARKUP_VARIANTS).size).toBe(MARKUP_VARIANTS.length);
    expect(MARKUP_VARIANTS.length).toBeGreaterThanOrEqual(11);
  });

  it.each(MARKUP_VARIANTS)('passes %s to the client in the bootstrap', async (variant) => {
    server.setFaults({ markup: variant });
    expect(bootstrapOf(String((await get('/messaging/inbox')).body)).markup).toBe(variant);
    server.setFaults({});
    expect(bootstrapOf(String((await get('/messaging/inbox')).body)).markup).toBe('normal');
  });

  it('changes the inbox JSON only for empty-inbox and huge-inbox', async () => {
    const normal = await getJson<ThreadListResponse>(LIST);
    expect(normal.threads.length).toBeGreaterThan(0);
    for (const variant of MARKUP_VARIANTS.filter((v) => v !== 'empty-inbox' && v !== 'huge-inbox')) {
      server.setFaults({ markup: variant });
      expect(await getJson<ThreadListResponse>(LIST), variant).toEqual(normal);
    }
    server.setFaults({ markup: 'empty-inbox' });
    expect(await getJson<ThreadListResponse>(LIST)).toMatchObject({ total: 0, threads: [] });
  });

  it('huge-inbox puts 5,000 distinct threads on one page, and the copies open', async () => {
    const normal = await getJson<ThreadListResponse>(LIST);
    server.setFaults({ markup: 'huge-inbox' });
    const huge = await getJson<ThreadListResponse>(LIST);
    expect(huge).toMatchObject({ total: HUGE_INBOX_THREADS, pageNumber: 1, pageSize: HUGE_INBOX_THREADS });
    expect(huge.threads).toHaveLength(HUGE_INBOX_THREADS);
    expect(new Set(huge.threads.map((t) => t.threadId)).size).toBe(HUGE_INBOX_THREADS);
    // the real threads first, in the normal order; then the copies (same content, `<id>~<n>`)
    expect(huge.threads.slice(0, normal.threads.length)).toEqual(normal.threads);
    const copy = huge.threads[HUGE_INBOX_THREADS - 1];
    const original = normal.threads.find((t) => copy?.threadId.startsWith(`${t.threadId}~`));
    expect(copy).toEqual({ ...original, threadId: copy?.threadId });

    const opened = await getJson<ThreadResponse>(`/messaging/api/threads/${encodeURIComponent(copy?.threadId ?? '')}`);
    expect(opened.thread.threadId).toBe(copy?.threadId);
    expect(opened.messages.length).toBeGreaterThan(0);
    // copies exist only while the variant is on
    server.setFaults({});
    expect((await get(`/messaging/api/threads/${encodeURIComponent(copy?.threadId ?? '')}`)).status).toBe(404);
  });
});
