/**
 * The runner engine against a fake Seller Central that, like Amazon, accepts one review request per
 * order: every outcome, backoff, stop, lease takeover, unknown-after-crash, throttle, caps, test mode.
 */
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { createEngine, type Engine } from '../../lib/campaigns/runner/engine';
import type { SellerCentralPort } from '../../lib/campaigns/runner/port';
import type { Outcome } from '../../lib/campaigns/runner/types';
import type { ContactRequest } from '../../lib/seller-central/contact-buyer';
import type { Campaign, Order } from '../../lib/model';

const DAY = 86_400_000;
const US = 'ATVPDKIKX0DER';
const never = <T>() => new Promise<T>(() => undefined);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

class FakeSellerCentral implements SellerCentralPort {
  /** what reached "Amazon" (every accepted review request / message) */
  sent: string[] = [];
  messages: ContactRequest[] = [];
  checkFaults: Outcome[] = [];
  sendFaults: Outcome[] = [];
  prepareFaults: Outcome[] = [];
  alreadySent = new Set<string>();
  /** simulate the worker dying: before the send reaches the server, or after the server acted */
  crash?: 'before-send' | 'after-send';
  calls: string[] = [];
  requestReviewByPage?: (orderId: string) => Promise<Outcome>;
  /** the send reaches "Amazon", then this outcome comes back instead of its answer */
  faultsAfterActing: Outcome[] = [];
  async check(orderId: string): Promise<Outcome> {
    this.calls.push(`GET ${orderId}`);
    const f = this.checkFaults.shift();
    if (f) return f;
    return this.sent.includes(orderId) || this.alreadySent.has(orderId) ? { kind: 'already-sent' } : { kind: 'eligible' };
  }
  async prepare(): Promise<Outcome | undefined> { return this.prepareFaults.shift(); }
  async sendReviewRequest(orderId: string): Promise<Outcome> {
    this.calls.push(`POST ${orderId}`);
    if (this.crash === 'before-send') return never();
    const f = this.sendFaults.shift();
    if (f) return f;
    if (this.sent.includes(orderId) || this.alreadySent.has(orderId)) return { kind: 'already-sent' };
    this.sent.push(orderId);
    if (this.crash === 'after-send') return never();
    const after = this.faultsAfterActing.shift();
    if (after) return after;
    return { kind: 'sent' };
  }
  async sendMessage(r: ContactRequest): Promise<Outcome> {
    this.calls.push(`CONTACT ${r.orderId}`);
    const f = this.sendFaults.shift();
    if (f) return f;
    this.sent.push(r.orderId);
    this.messages.push(r);
    return { kind: 'sent' };
  }
}

let dbName: string;
let repos: Repositories;
let sc: FakeSellerCentral;
const engines: Repositories[] = [];

const open = async () => { const r = createRepositories(await openDatabase(dbName)); engines.push(r); return r; };
const engine = (r: Repositories, owner: string, over: Partial<Parameters<typeof createEngine>[0]> = {}): Engine =>
  createEngine({ repos: r, port: sc, owner, leaseMs: 300, heartbeatMs: 50, random: () => 0.5, ...over });

const order = (n: number, over: Partial<Order> = {}): Order => {
  const delivered = new Date(Date.now() - 10 * DAY).toISOString();
  return {
    orderId: `111-0000000-${String(n).padStart(7, '0')}`, accountId: 'A1SELLER', marketplaceId: US, status: 'Shipped', fulfillment: 'FBA',
    purchaseDate: new Date(Date.now() - 14 * DAY).toISOString(), shipDate: new Date(Date.now() - 12 * DAY).toISOString(),
    earliestDeliveryDate: delivered, latestDeliveryDate: delivered, buyerId: `BUYER${n}`, buyerName: `Buyer ${n}`,
    provenance: { source: 'import', at: new Date().toISOString() }, ...over,
  };
};
const id = (n: number) => `111-0000000-${String(n).padStart(7, '0')}`;

const campaign = (over: Partial<Campaign> = {}): Omit<Campaign, 'createdAt' | 'updatedAt'> => ({
  id: 'c1', name: 'Follow-up', kind: 'follow-up', method: 'amazon-review-request', enabled: true, paused: false, testMode: false,
  trigger: 'delivered', delayDays: { FBA: 0, FBM: 0 }, sendHour: 0, marketplaceIds: [], asins: [], excludeAsins: [], excludeSkus: [],
  excludeFromRegular: false, minQuantity: 0, dailyCap: 0, ...over,
});

async function seed(n: number, over: (i: number) => Partial<Order> = () => ({})) {
  await repos.orders.upsert(Array.from({ length: n }, (_, i) => ({
    order: order(i + 1, over(i + 1)),
    items: [{ key: `${id(i + 1)}|1`, orderId: id(i + 1), asin: 'B000000001', sku: 'SKU-1', title: 'Bamboo board', quantity: 1, provenance: { source: 'import' as const, at: new Date().toISOString() } }],
  })));
}

const stageOf = async (n: number) => (await repos.sendLog.get(`review|${id(n)}`))?.stage;
const dupes = () => sc.sent.filter((x, i) => sc.sent.indexOf(x) !== i);

beforeEach(async () => {
  dbName = `runner-${crypto.randomUUID()}`;
  sc = new FakeSellerCentral();
  repos = await open();
  await repos.settings.set({ campaignsEnabled: true });
  await repos.campaignRunner.setConfig({ minGapMs: 0, maxGapMs: 0, backoffBaseMs: 100, backoffMaxMs: 400, maxBackoffs: 6, stageDelayMs: 0 });
  await repos.campaigns.put(campaign());
});
afterEach(() => { for (const r of engines.splice(0)) r.db.close(); });

describe('campaign runner engine', () => {
  it('sends each due order exactly once, writes sent, and does nothing on the next tick', async () => {
    await seed(5);
    const e = engine(repos, 'A');
    const r = await e.tick();
    expect(r).toMatchObject({ ran: true, sent: 5 });
    expect(sc.sent.sort()).toEqual([1, 2, 3, 4, 5].map(id));
    for (const n of [1, 2, 3, 4, 5]) expect(await stageOf(n)).toBe('sent');
    // every send was preceded by its eligibility check
    expect(sc.calls.slice(0, 2)).toEqual([`GET ${id(1)}`, `POST ${id(1)}`]);
    const again = await e.tick();
    expect(again.sent).toBe(0);
    expect(sc.sent).toHaveLength(5);
  });

  it('does nothing while campaigns are off, paused, or the campaign is paused', async () => {
    await seed(2);
    await repos.settings.set({ campaignsEnabled: false });
    expect((await engine(repos, 'A').tick()).reason).toBe('off');
    await repos.settings.set({ campaignsEnabled: true });
    await repos.campaignRunner.setControl({ paused: true });
    expect((await engine(repos, 'A').tick()).reason).toBe('paused');
    await repos.campaignRunner.setControl({ paused: false });
    await repos.campaigns.put(campaign({ paused: true }));
    expect((await engine(repos, 'A').tick()).sent).toBe(0);
    expect(sc.calls).toEqual([]);
  });

  it('never asks excluded orders (blacklisted, returned, not shipped)', async () => {
    await seed(4, (i) => (i === 3 ? { status: 'Unshipped' } : {}));
    await repos.blacklist.add({ orderId: id(1) });
    await repos.returns.upsert([{ key: `fba|${id(2)}|x|2026`, kind: 'fba', orderId: id(2), quantity: 1, requestDate: new Date().toISOString(), provenance: { source: 'import', at: new Date().toISOString() } }]);
    await engine(repos, 'A').tick();
    expect(sc.sent).toEqual([id(4)]);
    expect(sc.calls.filter((c) => !c.endsWith(id(4)))).toEqual([]);
  });

  it("Amazon's ALREADY_SENT on the check: skipped (already-requested), nothing posted, planning excludes it", async () => {
    await seed(2);
    sc.alreadySent.add(id(1));
    await engine(repos, 'A').tick();
    expect(await repos.sendLog.get(`review|${id(1)}`)).toMatchObject({ stage: 'skipped', reason: 'already-requested' });
    expect(sc.calls).not.toContain(`POST ${id(1)}`);
    sc.calls.length = 0;
    await engine(repos, 'A').tick();
    expect(sc.calls).toEqual([]);
  });

  it('outside the window on the check: skipped; on the send: failed then skipped', async () => {
    await seed(2);
    sc.checkFaults.push({ kind: 'outside-window' });
    sc.sendFaults.push({ kind: 'already-sent' });
    await engine(repos, 'A').tick();
    expect(await repos.sendLog.get(`review|${id(1)}`)).toMatchObject({ stage: 'skipped', reason: 'outside-window' });
    expect(await repos.sendLog.get(`review|${id(2)}`)).toMatchObject({ stage: 'skipped', reason: 'already-requested', attempts: 1 });
  });

  it('429 twice: backs off (Retry-After honoured), then succeeds; each order once', async () => {
    await seed(3);
    sc.sendFaults.push({ kind: 'rate-limited', retryAfterMs: 150 }, { kind: 'rate-limited', retryAfterMs: 150 });
    const t0 = Date.now();
    const e = engine(repos, 'A');
    await e.tick();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
    // retried failures go out on a later tick
    for (let i = 0; i < 5 && sc.sent.length < 3; i++) await e.tick();
    expect(sc.sent.sort()).toEqual([1, 2, 3].map(id));
    expect(dupes()).toEqual([]);
    const first = await repos.sendLog.get(`review|${id(1)}`);
    expect(first).toMatchObject({ stage: 'sent', attempts: 2 });
    expect((await repos.campaignRunner.getState()).stopped).toBeUndefined();
  });

  it('5xx on the check backs off without writing anything; a stored backoff is honoured after a restart', async () => {
    await seed(1);
    sc.checkFaults.push({ kind: 'server-error', retryAfterMs: 60_000 });
    await engine(repos, 'A').tick();
    expect(await stageOf(1)).toBeUndefined();
    const restarted = engine(await open(), 'B');
    const r = await restarted.tick();
    expect(r.reason).toBe('waiting');
    expect(r.nextAt).toBeGreaterThan(Date.now() + 50_000);
    expect(sc.sent).toEqual([]);
    expect((await restarted.status()).phase).toBe('backoff');
  });

  it('too many backoffs in a row stop the runner', async () => {
    await seed(1);
    await repos.campaignRunner.setConfig({ maxBackoffs: 2, backoffBaseMs: 100, backoffMaxMs: 100 });
    sc.checkFaults.push(...Array.from({ length: 5 }, () => ({ kind: 'rate-limited' as const })));
    const e = engine(repos, 'A');
    for (let i = 0; i < 4; i++) { await e.tick(); await wait(120); }
    expect((await repos.campaignRunner.getState()).stopped?.reason).toBe('rate-limited');
  });

  it('signed out: stops with the reason, sends nothing more, and continues after Resume', async () => {
    await seed(3);
    sc.checkFaults.push({ kind: 'signed-out', detail: 'HTTP 401' });
    const e = engine(repos, 'A');
    expect((await e.tick()).reason).toBe('stopped');
    expect(sc.sent).toEqual([]);
    const st = await e.status();
    expect(st.phase).toBe('stopped');
    expect(st.stopped).toMatchObject({ reason: 'signed-out', detail: 'HTTP 401' });
    expect((await e.tick()).reason).toBe('stopped');
    expect(sc.calls).toHaveLength(1);
    await wait(5);
    await repos.campaignRunner.setControl({ paused: false, resumedAt: new Date().toISOString() });
    await e.tick();
    expect(sc.sent.sort()).toEqual([1, 2, 3].map(id));
  });

  it('captcha on the send: the entry is a retryable failure, the runner stops', async () => {
    await seed(2);
    sc.sendFaults.push({ kind: 'captcha', detail: 'HTTP 403 captcha' });
    const e = engine(repos, 'A');
    await e.tick();
    expect(await repos.sendLog.get(`review|${id(1)}`)).toMatchObject({ stage: 'failed', reason: 'captcha', attempts: 1 });
    expect((await e.status()).stopped?.reason).toBe('captcha');
    expect(sc.calls).toEqual([`GET ${id(1)}`, `POST ${id(1)}`]);
  });

  it('two errors in a row stop the runner', async () => {
    await seed(3);
    sc.checkFaults.push({ kind: 'timeout' }, { kind: 'network-error' });
    const e = engine(repos, 'A');
    await e.tick();
    expect((await e.status()).stopped?.reason).toBe('errors');
    expect(sc.sent).toEqual([]);
  });

  it('a send that times out is settled by asking Amazon: not sent -> sent once more under the same record', async () => {
    await seed(2);
    sc.sendFaults.push({ kind: 'timeout', detail: 'no answer in 30 s' });
    const e = engine(repos, 'A');
    const first = await e.tick();
    expect(await repos.sendLog.get(`review|${id(1)}`)).toMatchObject({ stage: 'unknown' });
    expect(first.nextAt).toBeDefined();
    await e.tick();
    expect(await repos.sendLog.get(`review|${id(1)}`)).toMatchObject({ stage: 'sent', attempts: 2 });
    expect(sc.sent.filter((x) => x === id(1))).toHaveLength(1);
    expect(dupes()).toEqual([]);
  });

  it('a send that reached Amazon but timed out: the check says already sent -> sent, not asked again', async () => {
    await seed(1);
    sc.faultsAfterActing.push({ kind: 'timeout', detail: 'no answer in 30 s' }); // Amazon acted, its answer never came
    const e = engine(repos, 'A');
    await e.tick();
    expect(await stageOf(1)).toBe('unknown');
    sc.calls.length = 0;
    await e.tick();
    expect(await repos.sendLog.get(`review|${id(1)}`)).toMatchObject({ stage: 'sent', reason: 'confirmed-sent' });
    expect(sc.calls).toEqual([`GET ${id(1)}`]);
    sc.calls.length = 0;
    await e.tick();
    expect(sc.calls).toEqual([]);
    expect(sc.sent).toEqual([id(1)]);
  });

  it("Amazon's check cannot be read: the Request a Review page settles it, or it needs a look", async () => {
    await seed(2);
    sc.sendFaults.push({ kind: 'network-error', detail: 'Failed to fetch' });
    const e = engine(repos, 'A');
    await e.tick();
    sc.checkFaults.push({ kind: 'unknown', detail: 'HTTP 200: unexpected answer' });
    await e.tick();
    // no page fallback in this port: "needs a look", and never asked again
    expect(await repos.sendLog.get(`review|${id(1)}`)).toMatchObject({ stage: 'unknown', reason: expect.stringMatching(/^unconfirmed/) });
    sc.calls.length = 0;
    await e.tick();
    expect(sc.calls).toEqual([]);

    // with the page: it requests the review (Amazon refuses a second one), and the entry is settled
    const page: string[] = [];
    sc.requestReviewByPage = async (orderId: string) => { page.push(orderId); return sc.sent.includes(orderId) ? { kind: 'already-sent' } : (sc.sent.push(orderId), { kind: 'sent' }); };
    await seed(3);
    sc.sendFaults.push({ kind: 'timeout', detail: 'no answer' });
    await e.tick();
    sc.checkFaults.push({ kind: 'unknown', detail: 'HTTP 200: unexpected answer' });
    await e.tick();
    expect(page).toEqual([id(3)]);
    expect(await stageOf(3)).toBe('sent');
    expect(dupes()).toEqual([]);
  });

  it('the JSON check answers in a way the adapter cannot read: Request a Review through the page, once per order', async () => {
    await seed(3);
    const page: string[] = [];
    sc.requestReviewByPage = async (orderId: string) => {
      page.push(orderId);
      if (sc.sent.includes(orderId) || sc.alreadySent.has(orderId)) return { kind: 'already-sent', detail: 'page: already requested' };
      sc.sent.push(orderId);
      return { kind: 'sent' };
    };
    sc.alreadySent.add(id(3));
    for (let i = 0; i < 3; i++) sc.checkFaults.push({ kind: 'unknown', detail: 'HTTP 200: unexpected answer' });
    const e = engine(repos, 'A');
    await e.tick();
    expect(page.sort()).toEqual([1, 2, 3].map(id));
    expect(sc.calls.filter((c) => c.startsWith('POST'))).toEqual([]);
    expect(await stageOf(1)).toBe('sent');
    expect(await stageOf(2)).toBe('sent');
    expect(await repos.sendLog.get(`review|${id(3)}`)).toMatchObject({ stage: 'skipped', reason: 'already-requested' });
    expect((await e.status()).stopped).toBeUndefined();
  });

  it('signed out while settling: the entry stays unknown, the runner stops, and Resume settles it', async () => {
    await seed(1);
    sc.sendFaults.push({ kind: 'timeout', detail: 'no answer' });
    const e = engine(repos, 'A');
    await e.tick();
    sc.checkFaults.push({ kind: 'signed-out', detail: 'redirected to /ap/signin' });
    await e.tick();
    expect(await repos.sendLog.get(`review|${id(1)}`)).toMatchObject({ stage: 'unknown', reason: expect.stringMatching(/^timeout/) });
    expect((await e.status()).stopped?.reason).toBe('signed-out');
    await repos.campaignRunner.setControl({ paused: false, resumedAt: new Date(Date.now() + 1).toISOString() });
    await wait(5);
    await e.tick();
    expect(await stageOf(1)).toBe('sent');
    expect(sc.sent).toEqual([id(1)]);
  });

  it("a message's unknown outcome is never asked about nor retried (Amazon's check cannot tell)", async () => {
    await seed(1);
    await repos.templates.save({ id: 't1', name: 'Ask', tags: [], categories: [], bodies: { en: 'Hello {{buyer_first_name}}, if you have a moment, a review of your order {{order_id}} would help other buyers.' } });
    await repos.campaigns.put(campaign({ method: 'template-message', templateId: 't1' }));
    sc.sendFaults.push({ kind: 'timeout', detail: 'no answer' });
    const e = engine(repos, 'A');
    await e.tick();
    sc.calls.length = 0;
    await e.tick();
    expect(sc.calls).toEqual([]);
    expect(await stageOf(1)).toBe('unknown');
  });

  it('the CSRF token cannot be had (prepare): nothing is written, the runner stops when signed out', async () => {
    await seed(1);
    sc.prepareFaults.push({ kind: 'signed-out' });
    const e = engine(repos, 'A');
    await e.tick();
    expect(await stageOf(1)).toBeUndefined();
    expect((await e.status()).stopped?.reason).toBe('signed-out');
  });

  it.each(['before-send', 'after-send'] as const)('worker dies %s: the next worker takes over after the lease and settles it with Amazon, no duplicate', async (when) => {
    await seed(3);
    sc.crash = when;
    const a = engine(repos, 'A');
    void a.tick();
    for (let i = 0; i < 100 && (await stageOf(1)) !== 'sending'; i++) await wait(5);
    await wait(20);
    expect(await stageOf(1)).toBe('sending');
    repos.db.close(); // the worker is gone: no more heartbeats, its send never answers
    sc.crash = undefined;
    repos = await open();
    const b = engine(repos, 'B');
    const first = await b.tick();
    expect(first.reason).toBe('locked');
    await wait(Math.max(0, (first.nextAt ?? 0) - Date.now()));
    const r = await b.tick();
    expect(r.recovered).toBe(1);
    // after-send: Amazon says it went out; before-send: eligible, so it is sent once more under the same record
    expect(await repos.sendLog.get(`review|${id(1)}`)).toMatchObject(when === 'after-send'
      ? { stage: 'sent', reason: 'confirmed-sent', attempts: 1 } : { stage: 'sent', attempts: 2 });
    expect(await stageOf(2)).toBe('sent');
    expect(await stageOf(3)).toBe('sent');
    expect(sc.sent.filter((x) => x === id(1))).toHaveLength(1);
    expect(dupes()).toEqual([]);
    await b.tick();
    expect(dupes()).toEqual([]);
    expect(sc.calls.filter((c) => c === `POST ${id(1)}`)).toHaveLength(when === 'after-send' ? 1 : 2);
  });

  it('leaves a holiday reply left `sending` to the holiday runner (it reads the conversation first)', async () => {
    const key = 'holiday-reply|A1|ATVPDKIKX0DER|t1';
    await repos.sendLog.put({ key, kind: 'holiday-reply', threadKey: 'A1|ATVPDKIKX0DER|t1', stage: 'sending', text: 'Away', attempts: 1, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
    const r = await engine(repos, 'A').tick();
    expect(r.recovered).toBe(0);
    expect(await repos.sendLog.get(key)).toMatchObject({ stage: 'sending' });
  });

  it('one worker at a time: a second worker cannot run while the first holds the lease', async () => {
    await seed(2);
    await repos.campaignRunner.setConfig({ minGapMs: 100, maxGapMs: 100 });
    const a = engine(repos, 'A');
    const b = engine(await open(), 'B');
    const ra = a.tick();
    await wait(30);
    expect((await b.tick()).reason).toBe('locked');
    await ra;
    expect(sc.sent.sort()).toEqual([1, 2].map(id));
    expect(dupes()).toEqual([]);
  });

  it('throttle: a random gap between every two requests, stored for the next worker', async () => {
    await seed(3);
    await repos.campaignRunner.setConfig({ minGapMs: 100, maxGapMs: 100 });
    const t0 = Date.now();
    await engine(repos, 'A').tick();
    // 3 checks + 3 sends = 6 requests, 5 gaps
    expect(Date.now() - t0).toBeGreaterThanOrEqual(490);
    expect(Date.parse((await repos.campaignRunner.getState()).nextRequestAt ?? '')).toBeGreaterThan(Date.now());
  });

  it('daily cap per marketplace and per campaign', async () => {
    await seed(5);
    await repos.campaignRunner.setConfig({ dailyCapPerMarketplace: 2 });
    await engine(repos, 'A').tick();
    expect(sc.sent).toHaveLength(2);
    await repos.campaignRunner.setConfig({ dailyCapPerMarketplace: 100 });
    await repos.campaigns.put(campaign({ dailyCap: 3 }));
    await engine(repos, 'A').tick();
    expect(sc.sent).toHaveLength(3);
    expect((await engine(repos, 'A').status()).sentToday).toEqual({ [US]: 3 });
  });

  it('test mode sends nothing and records what would go out, rendered with its policy verdict', async () => {
    await seed(2);
    await repos.templates.save({ id: 't1', name: 'Ask', tags: [], categories: [], bodies: { en: 'Hello {{buyer_first_name}}, how is your {{product_name}} (order {{order_id}})? If you have a moment, a review would help other buyers.' } });
    await repos.campaigns.put(campaign({ testMode: true, method: 'template-message', templateId: 't1' }));
    const r = await engine(repos, 'A').tick();
    expect(r.tests).toBe(2);
    expect(sc.calls).toEqual([]);
    const t = await repos.sendLog.get(`test|c1|${id(1)}`);
    expect(t).toMatchObject({ stage: 'test', kind: 'campaign-message' });
    expect(t?.text).toBe(`Hello Buyer, how is your Bamboo board (order ${id(1)})? If you have a moment, a review would help other buyers.`);
    expect(t?.reason).toMatch(/^(ok|warn)/);
    expect(await stageOf(1)).toBeUndefined();
    // switching test mode off sends for real, once
    await repos.campaigns.put(campaign({ method: 'template-message', templateId: 't1' }));
    await engine(repos, 'A').tick();
    expect(sc.messages.map((m) => m.orderId).sort()).toEqual([1, 2].map(id));
    expect(sc.messages[0]?.reason).toBe('feedback-request');
    expect(await repos.sendLog.get(`review|${id(1)}`)).toMatchObject({ stage: 'sent', kind: 'campaign-message' });
  });

  it('a template message that breaks the rules or misses values is held, never sent', async () => {
    await seed(1);
    await repos.templates.save({ id: 't2', name: 'Bad', tags: [], categories: [], bodies: { en: 'Please leave a 5-star review at https://example.com' } });
    await repos.campaigns.put(campaign({ method: 'template-message', templateId: 't2' }));
    await engine(repos, 'A').tick();
    expect(sc.calls).toEqual([]);
    expect(await stageOf(1)).toBeUndefined();
  });

  it("a template message is not sent when Amazon's request already went (shared allowance)", async () => {
    await seed(1);
    sc.alreadySent.add(id(1));
    await repos.templates.save({ id: 't1', name: 'Ask', tags: [], categories: [], bodies: { en: 'Hello {{buyer_first_name}}, if you have a moment, a review of your order {{order_id}} would help other buyers.' } });
    await repos.campaigns.put(campaign({ method: 'template-message', templateId: 't1' }));
    await engine(repos, 'A').tick();
    expect(sc.messages).toEqual([]);
    expect(await repos.sendLog.get(`review|${id(1)}`)).toMatchObject({ stage: 'skipped', reason: 'already-requested' });
  });

  it('a 5xx on a message send is unknown (a message has no server-side once-only guard)', async () => {
    await seed(1);
    await repos.templates.save({ id: 't1', name: 'Ask', tags: [], categories: [], bodies: { en: 'Hello {{buyer_first_name}}, if you have a moment, a review of your order {{order_id}} would help other buyers.' } });
    await repos.campaigns.put(campaign({ method: 'template-message', templateId: 't1' }));
    sc.sendFaults.push({ kind: 'server-error', detail: 'HTTP 500' });
    await engine(repos, 'A').tick();
    expect(await stageOf(1)).toBe('unknown');
  });

  it('an order Seller Central does not know is deferred, not failed', async () => {
    await seed(2);
    sc.checkFaults.push({ kind: 'not-found', detail: 'ORDER_NOT_FOUND' });
    await engine(repos, 'A').tick();
    expect(await stageOf(1)).toBeUndefined();
    expect(await stageOf(2)).toBe('sent');
    expect(Object.keys((await repos.campaignRunner.getState()).deferred)).toEqual([id(1)]);
  });
});

describe('campaign runner engine: ticks', () => {
  it('a tick asked for while one runs runs again afterwards with fresh data', async () => {
    await seed(2);
    await repos.campaigns.put(campaign({ testMode: true }));
    const e = engine(repos, 'A');
    const first = e.tick();
    await repos.campaigns.put(campaign({ testMode: false }));
    const second = e.tick();
    await Promise.all([first, second]);
    expect(sc.sent.sort()).toEqual([1, 2].map(id));
  });
});
