import { generateReplicaData, type ReplicaData } from '../replica/data';
import { createReplicaServer, type ReplicaServer } from '../replica/server';
import type {
  Bootstrap, OrderResponse, OrderSearchResponse, RefundStatusResponse, SolicitationResponse, ThreadListResponse, ThreadResponse,
} from '../replica/server/api-types';

const NOW = new Date('2026-03-04T15:00:00Z');
const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const BASE = 'https://sellercentral.amazon.com';
const EU = 'https://sellercentral-europe.amazon.com';
let data: ReplicaData;
let server: ReplicaServer;

beforeAll(() => { data = generateReplicaData({ seed: 7, now: NOW }); });
beforeEach(() => { server = createReplicaServer(data, { now: () => NOW, clientEntry: '/nonexistent/main.tsx' }); });

const get = (path: string, host = BASE) => server.handle({ method: 'GET', url: `${host}${path}` });
const getJson = async <T>(path: string): Promise<T> => {
  const res = await get(path);
  expect(res.status).toBe(200);
  return JSON.parse(String(res.body)) as T;
};
const post = (path: string, body: unknown, token: string | null = server.session.csrfToken) => server.handle({
  method: 'POST', url: `${BASE}${path}`, body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...(token === null ? {} : { 'Anti-CsrfToken-A2Z': token }) },
});
const bootstrapOf = (html: string): Bootstrap => {
  const m = /<script type="application\/json" id="sc-bootstrap">([^<]*)<\/script>/.exec(html);
  return JSON.parse(m?.[1] ?? 'null') as Bootstrap;
};
const lumenUs = () => data.threads.filter((t) => t.accountId === 'A1LUMENHOME7Q' && t.marketplaceId === US);

describe('replica server pages', () => {
  it('returns the shell with csrf meta, bootstrap, app root and client script', async () => {
    const res = await get('/messaging/inbox?fi=RESPONSE_NEEDED&pn=1');
    expect(res.status).toBe(200);
    const html = String(res.body);
    expect(html).toContain(`<meta name="anti-csrftoken-a2z" content="${server.session.csrfToken}">`);
    expect(html).toContain('<div id="sc-content-root"></div>');
    expect(html).toContain('<script src="/replica-assets/client.js"></script>');
    const boot = bootstrapOf(html);
    expect(boot).toMatchObject({ signedIn: true, merchantId: 'A1LUMENHOME7Q', accountName: 'Lumen Home Goods', marketplaceId: US, csrfToken: server.session.csrfToken, now: NOW.toISOString(), markup: 'normal' });
    expect(boot.marketplaces.map((m) => m.code)).toEqual(['US', 'CA', 'UK', 'DE', 'FR', 'IT', 'ES', 'JP']);
  });

  it('switches marketplace with mons_sel_mkid and keeps it for later requests', async () => {
    const cross = await get(`/home?mons_sel_mkid=${DE}`);
    expect(cross.status).toBe(302);
    expect(cross.headers.location).toBe(`${EU}/home?mons_sel_mkid=${DE}`);
    expect(bootstrapOf(String((await get(`/home?mons_sel_mkid=${DE}`, EU)).body)).marketplaceId).toBe(DE);
    const list = JSON.parse(String((await get('/messaging/api/threads?fi=ALL&ps=500', EU)).body)) as ThreadListResponse;
    expect(list.threads.length).toBeGreaterThan(0);
    expect(list.threads.every((t) => t.marketplaceId === DE)).toBe(true);
    const fr = 'A13V1IB3VIYZZH';
    expect(bootstrapOf(String((await get(`/home?mons_sel_mkid=${fr}`, EU)).body)).marketplaceId).toBe(fr);
    expect(bootstrapOf(String((await get('/home', EU)).body)).marketplaceId).toBe(fr);
  });

  it('picks a marketplace the host serves', async () => {
    const boot = bootstrapOf(String((await get('/home', 'https://sellercentral.amazon.co.jp')).body));
    expect(boot.marketplaceId).toBe('A1VC38T7YXB528');
    expect(boot.locale).toBe('ja_JP');
  });

  it('serves every contract page, images, a placeholder client and 404s', async () => {
    const order = data.orders.find((o) => o.accountId === 'A1LUMENHOME7Q')!;
    // the replica-only thread page is gone: a case of the legacy layout opens by the older case link
    expect((await get('/messaging/thread?threadId=x')).status).toBe(404);
    for (const path of ['/home', '/messaging/inbox?fi=caseId&ss=x&cc=x', `/messaging/contact?orderID=${order.orderId}&marketplaceID=${US}`,
      `/orders-v3/order/${order.orderId}`, `/messaging/reviews?orderId=${order.orderId}&marketplaceId=${US}`, '/feedback-manager/index.html', '/ap/signin', '/ap/cvf']) {
      expect((await get(path)).status, path).toBe(200);
    }
    const asin = data.products[0]!.asin;
    const img = await get(`/replica-assets/img/${asin}.svg`);
    expect(img.headers['content-type']).toBe('image/svg+xml');
    expect(String(img.body)).toContain('<svg');
    expect((await get('/replica-assets/img/B000000000.svg')).status).toBe(404);
    const js = await get('/replica-assets/client.js');
    expect(js.status).toBe(200);
    expect(String(js.body)).toContain('not built yet');
    expect((await get('/nope')).status).toBe(404);
  });
});

describe('replica inbox JSON', () => {
  it('lists response-needed threads of the current account + marketplace, newest first, in pages', async () => {
    const expected = lumenUs().filter((t) => t.status === 'response-needed');
    const p1 = await getJson<ThreadListResponse>('/messaging/api/threads');
    expect(p1.total).toBe(expected.length);
    expect(p1.pageSize).toBe(50);
    expect(p1.threads.length).toBe(Math.min(50, expected.length));
    expect(p1.threads.every((t) => t.status === 'RESPONSE_NEEDED' && t.awaitingSince !== null)).toBe(true);
    const times = p1.threads.map((t) => t.lastMessageAt);
    expect([...times].sort().reverse()).toEqual(times);
    const p2 = await getJson<ThreadListResponse>('/messaging/api/threads?fi=RESPONSE_NEEDED&pn=2&ps=10');
    const p1small = await getJson<ThreadListResponse>('/messaging/api/threads?fi=RESPONSE_NEEDED&pn=1&ps=10');
    expect(p2.pageNumber).toBe(2);
    expect(p2.threads.map((t) => t.threadId)).not.toContain(p1small.threads[0]?.threadId);
    expect(p2.threads[0]?.threadId).toBe(p1.threads[10]?.threadId);
  });

  it('filters ALL and NO_RESPONSE_NEEDED and searches by order id', async () => {
    const all = await getJson<ThreadListResponse>('/messaging/api/threads?fi=ALL&ps=1');
    expect(all.total).toBe(lumenUs().length);
    const nrn = await getJson<ThreadListResponse>('/messaging/api/threads?fi=NO_RESPONSE_NEEDED&ps=500');
    expect(nrn.total).toBe(lumenUs().filter((t) => t.status === 'no-response-needed').length);
    expect(nrn.threads.every((t) => t.status === 'NO_RESPONSE_NEEDED' && t.awaitingSince === null)).toBe(true);
    const withOrder = lumenUs().find((t) => t.orderIds.length === 1)!;
    const found = await getJson<ThreadListResponse>(`/messaging/api/threads?fi=ALL&q=${withOrder.orderIds[0]}`);
    expect(found.threads.map((t) => t.threadId)).toContain(withOrder.threadId);
    expect(found.threads.every((t) => t.orderIds.includes(withOrder.orderIds[0]!))).toBe(true);
  });

  it('returns a thread with its messages but never the answer key', async () => {
    const thread = lumenUs()[0]!;
    const res = await getJson<ThreadResponse>(`/messaging/api/threads/${thread.threadId}`);
    expect(res.thread.threadId).toBe(thread.threadId);
    expect(res.messages).toHaveLength(thread.messages.length);
    expect(JSON.stringify(res)).not.toContain('expectedCategory');
    const kirin = data.threads.find((t) => t.accountId === 'A3KIRINOUTD2X')!;
    expect((await get(`/messaging/api/threads/${kirin.threadId}`)).status).toBe(404);
  });
});

describe('replica sends', () => {
  const openThread = () => lumenUs().find((t) => t.status === 'response-needed')!;

  it('rejects a reply without the csrf token and changes nothing', async () => {
    const t = openThread();
    expect((await post(`/messaging/api/threads/${t.threadId}/reply`, { text: 'Hi' }, null)).status).toBe(403);
    expect((await post(`/messaging/api/threads/${t.threadId}/reply`, { text: 'Hi' }, 'wrong')).status).toBe(403);
    expect(server.sent).toHaveLength(0);
    const after = await getJson<ThreadResponse>(`/messaging/api/threads/${t.threadId}`);
    expect(after.thread.status).toBe('RESPONSE_NEEDED');
  });

  it('a reply answers the thread and is recorded once', async () => {
    const t = openThread();
    const res = await post(`/messaging/api/threads/${t.threadId}/reply`, { text: 'Your parcel ships today.' });
    expect(res.status).toBe(200);
    expect(JSON.parse(String(res.body))).toMatchObject({ ok: true });
    expect(server.sent).toEqual([{ kind: 'reply', threadId: t.threadId, orderId: t.orderIds[0], marketplaceId: US, text: 'Your parcel ships today.', at: NOW.toISOString() }]);
    const after = await getJson<ThreadResponse>(`/messaging/api/threads/${t.threadId}`);
    expect(after.thread.status).toBe('ANSWERED');
    expect(after.messages.at(-1)).toMatchObject({ senderType: 'SELLER', text: 'Your parcel ships today.' });
    const list = await getJson<ThreadListResponse>('/messaging/api/threads?ps=500');
    expect(list.threads.map((x) => x.threadId)).not.toContain(t.threadId);
    expect((await post(`/messaging/api/threads/${t.threadId}/reply`, { text: ' ' })).status).toBe(400);
    expect(server.sent).toHaveLength(1);
  });

  it('marks a thread no response needed', async () => {
    const t = openThread();
    expect((await post(`/messaging/api/threads/${t.threadId}/no-response-needed`, {})).status).toBe(200);
    expect(server.sent.map((s) => s.kind)).toEqual(['no-response-needed']);
    expect((await getJson<ThreadResponse>(`/messaging/api/threads/${t.threadId}`)).thread.status).toBe('NO_RESPONSE_NEEDED');
  });

  it('contacts a buyer about an order', async () => {
    const order = data.orders.find((o) => o.accountId === 'A1LUMENHOME7Q' && o.marketplaceId === US)!;
    const res = await post('/messaging/api/contact', { orderId: order.orderId, marketplaceId: US, reason: 'other', subject: 'Delivery', text: 'Please confirm your address.' });
    const body = JSON.parse(String(res.body)) as { ok: boolean; threadId: string };
    expect(body.ok).toBe(true);
    expect(server.sent).toMatchObject([{ kind: 'contact', orderId: order.orderId, marketplaceId: US, text: 'Please confirm your address.' }]);
    const thread = await getJson<ThreadResponse>(`/messaging/api/threads/${body.threadId}`);
    expect(thread.messages.at(-1)?.text).toBe('Please confirm your address.');
    expect((await post('/messaging/api/contact', { orderId: '000-0000000-0000000', text: 'x' })).status).toBe(404);
  });

  it('sends a review request once, inside the 5-30 day window only', async () => {
    const DAY = 86_400_000;
    const inWindow = (o: ReplicaData['orders'][number]) => o.status === 'Shipped' && !o.reviewRequestedAt && o.earliestDeliveryDate && o.latestDeliveryDate
      && NOW.getTime() >= Date.parse(o.earliestDeliveryDate) + 5 * DAY && NOW.getTime() <= Date.parse(o.latestDeliveryDate) + 30 * DAY;
    const lumen = data.orders.filter((o) => o.accountId === 'A1LUMENHOME7Q');
    const eligible = lumen.find(inWindow)!;
    const early = lumen.find((o) => o.status === 'Shipped' && o.earliestDeliveryDate && NOW.getTime() < Date.parse(o.earliestDeliveryDate) + 5 * DAY)!;
    const already = lumen.find((o) => o.reviewRequestedAt)!;
    const url = (id: string) => `/messaging/api/solicitations/${id}/productReviewAndSellerFeedback?marketplaceId=${US}&isReturn=false`;
    expect(await getJson<SolicitationResponse>(url(eligible.orderId))).toEqual({ isSuccess: true, ineligibleReason: null });
    expect(await getJson<SolicitationResponse>(url(early.orderId))).toEqual({ isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_OUTSIDE_TIME_WINDOW' });
    expect(await getJson<SolicitationResponse>(url(already.orderId))).toEqual({ isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_ALREADY_SENT' });
    expect((await post(url(eligible.orderId), {}, null)).status).toBe(403);
    expect(JSON.parse(String((await post(url(eligible.orderId), {})).body))).toEqual({ isSuccess: true, ineligibleReason: null });
    expect(JSON.parse(String((await post(url(eligible.orderId), {})).body))).toEqual({ isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_ALREADY_SENT' });
    expect(JSON.parse(String((await post(url(early.orderId), {})).body)).isSuccess).toBe(false);
    expect(server.sent.filter((s) => s.kind === 'review-request')).toEqual([{ kind: 'review-request', orderId: eligible.orderId, marketplaceId: eligible.marketplaceId, at: NOW.toISOString() }]);
    const order = await getJson<OrderResponse>(`/orders-api/order/${eligible.orderId}`);
    expect(order.order.pluginActions.requestAReview).toMatchObject({ isAvailable: false, reason: 'REVIEW_REQUEST_ALREADY_SENT' });
  });
});

describe('replica switches: reviewJson, inventedRoutes', () => {
  const url = (id: string) => `/messaging/api/solicitations/${id}/productReviewAndSellerFeedback?marketplaceId=${US}&isReturn=false`;

  it("reviewJson 'unrecognised': the solicitations JSON answers in a changed shape, the once-per-order rule unchanged", async () => {
    const order = data.orders.find((o) => o.accountId === 'A1LUMENHOME7Q' && o.reviewRequestedAt)!;
    server.setFaults({ reviewJson: 'unrecognised' });
    expect(await getJson(url(order.orderId))).toEqual({ status: 'FAILURE', reasonCode: 'REVIEW_REQUEST_ALREADY_SENT' });
    expect(JSON.parse(String((await post(url(order.orderId), {})).body))).toEqual({ status: 'FAILURE', reasonCode: 'REVIEW_REQUEST_ALREADY_SENT' });
    server.setFaults({});
    expect(await getJson(url(order.orderId))).toEqual({ isSuccess: false, ineligibleReason: 'REVIEW_REQUEST_ALREADY_SENT' });
  });

  it("invented routes: refused to the extension by default (not to the page's own code), listed; answered under 'answer-all'", async () => {
    const asExtension = (path: string) => server.handle({ method: 'GET', url: `${BASE}${path}`, initiator: 'extension-worker' });
    const asPage = (path: string) => server.handle({ method: 'GET', url: `${BASE}${path}`, initiator: 'page' });
    expect((await asExtension('/messaging/api/threads?fi=ALL')).status).toBe(404);
    expect((await asPage('/feedback-manager/api/feedback')).status).toBe(200);
    expect((await asExtension(url(data.orders[0]!.orderId))).status).not.toBe(404);
    expect(server.inventedRouteCalls.map((r) => [r.path, r.initiator])).toEqual([['/messaging/api/threads', 'extension-worker']]);
    server.setFaults({ inventedRoutes: 'page-only' });
    expect((await asExtension('/feedback-manager/api/feedback')).status).toBe(404);
    expect((await server.handle({ method: 'POST', url: `${BASE}/messaging/api/contact`, initiator: 'extension-script', body: '{}' })).status).toBe(404);
    expect((await asPage('/feedback-manager/api/feedback')).status).toBe(200);
    server.setFaults({ inventedRoutes: 'answer-all' });
    expect((await asExtension('/messaging/api/threads?fi=ALL')).status).toBe(200);
    expect(server.inventedRouteCalls.map((r) => r.path)).toEqual(['/messaging/api/threads', '/feedback-manager/api/feedback', '/messaging/api/contact', '/messaging/api/threads']);
    expect(server.sent).toEqual([]);
  });
});

describe('replica orders JSON', () => {
  it('answers the order shape', async () => {
    const o = data.orders.find((x) => x.accountId === 'A1LUMENHOME7Q' && x.marketplaceId === DE && x.status === 'Shipped')!;
    const { order } = await getJson<OrderResponse>(`/orders-api/order/${o.orderId}`);
    expect(order).toMatchObject({
      amazonOrderId: o.orderId, orderStatus: 'Shipped', fulfillmentChannel: o.fulfillment === 'FBA' ? 'AFN' : 'MFN',
      purchaseDate: o.purchaseDate, marketplaceId: DE, salesChannel: 'Amazon.de', orderTotal: { CurrencyCode: 'EUR' },
    });
    expect(order.buyerProxyEmail).toMatch(/@marketplace\.amazon\.de$/);
    expect(order.orderItems[0]?.imageUrl).toMatch(/^https:\/\/sellercentral\.amazon\.com\/replica-assets\/img\/[A-Z0-9]{10}\.svg$/);
    expect(typeof order.pluginActions.requestAReview.isAvailable).toBe('boolean');
    const kirin = data.orders.find((x) => x.accountId === 'A3KIRINOUTD2X')!;
    expect((await get(`/orders-api/order/${kirin.orderId}`)).status).toBe(404);
  });

  it('searches orders newest first and reports refund status', async () => {
    const res = await getJson<OrderSearchResponse>('/orders-api/search?limit=5&offset=0');
    expect(res.orders).toHaveLength(5);
    expect(res.total).toBe(data.orders.filter((o) => o.accountId === 'A1LUMENHOME7Q' && o.marketplaceId === US).length);
    const dates = res.orders.map((o) => o.purchaseDate);
    expect([...dates].sort().reverse()).toEqual(dates);
    const target = res.orders[2]!;
    const q = await getJson<OrderSearchResponse>(`/orders-api/search?q=${target.amazonOrderId}&qt=orderid`);
    expect(q.orders.map((o) => o.amazonOrderId)).toEqual([target.amazonOrderId]);
    const refunded = data.refunds.find((r) => data.orders.find((o) => o.orderId === r.orderId)?.accountId === 'A1LUMENHOME7Q')!;
    const plain = res.orders[0]!.amazonOrderId;
    const rs = await getJson<RefundStatusResponse>(`/orders-api/refund-status?orderId=${refunded.orderId},${plain}`);
    expect(rs.orders.find((o) => o.orderId === refunded.orderId)?.refundStatus).toMatch(/^(PARTIAL|FULL)$/);
    expect(rs.orders.find((o) => o.orderId === plain)?.refundStatus).toBe(data.refunds.some((r) => r.orderId === plain) ? expect.any(String) : 'NONE');
  });
});

describe('replica session', () => {
  it('redirects pages to sign-in and answers 401 to JSON when signed out', async () => {
    server.signOut();
    const page = await get('/messaging/inbox?fi=ALL');
    expect(page.status).toBe(302);
    expect(page.headers.location).toMatch(/^\/ap\/signin\?openid\.return_to=%2Fmessaging%2Finbox%3Ffi%3DALL$/);
    expect((await get('/messaging/api/threads')).status).toBe(401);
    const signin = await get('/ap/signin');
    expect(signin.status).toBe(200);
    expect(bootstrapOf(String(signin.body)).signedIn).toBe(false);
  });

  it('switches account', async () => {
    const before = server.session.csrfToken;
    server.signIn('A3KIRINOUTD2X');
    expect(server.session.csrfToken).not.toBe(before);
    const boot = bootstrapOf(String((await get('/home')).body));
    expect(boot).toMatchObject({ merchantId: 'A3KIRINOUTD2X', accountName: 'Kirin Outdoor' });
    const list = await getJson<ThreadListResponse>('/messaging/api/threads?fi=ALL&ps=500');
    const kirinIds = new Set(data.threads.filter((t) => t.accountId === 'A3KIRINOUTD2X').map((t) => t.threadId));
    expect(list.threads.length).toBeGreaterThan(0);
    expect(list.threads.every((t) => kirinIds.has(t.threadId))).toBe(true);
  });

  it('logs requests', async () => {
    await get('/home');
    await get('/messaging/api/threads?pn=2');
    expect(server.requests.map((r) => `${r.method} ${r.path}${r.search}`)).toEqual(['GET /home', 'GET /messaging/api/threads?pn=2']);
    expect(server.requests[0]?.host).toBe('sellercentral.amazon.com');
  });
});
