/**
 * Issue 15 item 4 (messages) and item 5 (their files): a campaign message whose outcome is unknown (the worker died
 * mid-send, or the page never confirmed) is looked for in the buyer's conversation before anything is sent again:
 * found -> sent; absent -> sent again (each time a complete read says so, at most MAX_RESENDS times); absent after
 * that, or unclear -> "needs a look". The template's file goes with
 * the message, within Amazon's limits. Engine against a fake Seller Central; the page mapping (contact-on-page.ts)
 * against a fake page driver.
 */
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { createEngine } from '../../lib/campaigns/runner/engine';
import type { SellerCentralPort } from '../../lib/campaigns/runner/port';
import { MAX_READ_BACKS, MAX_RESENDS, type ReadBack } from '../../lib/campaigns/runner/read-back';
import type { Outcome } from '../../lib/campaigns/runner/types';
import type { ContactRequest } from '../../lib/seller-central/contact-buyer';
import type { Campaign, Order } from '../../lib/model';
import { createContactOnPage, type RunPageAction } from '../../components/background/contact-on-page';

const DAY = 86_400_000;
const US = 'ATVPDKIKX0DER';
const never = <T>() => new Promise<T>(() => undefined);
const id = (n: number) => `111-0000000-${String(n).padStart(7, '0')}`;

class FakeSellerCentral implements SellerCentralPort {
  /** the buyer's conversation per order: the texts that reached it */
  delivered = new Map<string, string[]>();
  messages: ContactRequest[] = [];
  /** the worker dies: before the click, or after the page acted */
  crash?: 'before-click' | 'after-click';
  /** the page sends but never confirms */
  unconfirmed = false;
  readBacks: string[] = [];
  readBackFault?: ReadBack;
  /** this many sends go out on the page but are never delivered nor confirmed (each is a killed or lost send) */
  lost = 0;
  async check(): Promise<Outcome> { return { kind: 'eligible' }; }
  async prepare(): Promise<Outcome | undefined> { return undefined; }
  async sendReviewRequest(): Promise<Outcome> { return { kind: 'rejected', detail: 'not used' }; }
  async sendMessage(r: ContactRequest): Promise<Outcome> {
    if (this.crash === 'before-click') { this.crash = undefined; return never(); }
    if (this.lost > 0) { this.lost--; return { kind: 'timeout', detail: 'no success alert' }; }
    this.messages.push(r);
    this.delivered.set(r.orderId, [...(this.delivered.get(r.orderId) ?? []), r.text]);
    if (this.crash === 'after-click') { this.crash = undefined; return never(); }
    return this.unconfirmed ? { kind: 'timeout', detail: 'no success alert' } : { kind: 'sent' };
  }
  async readBackMessage(orderId: string, _mp: string, text: string): Promise<ReadBack> {
    this.readBacks.push(orderId);
    if (this.readBackFault) return this.readBackFault;
    return this.delivered.get(orderId)?.includes(text) ? { kind: 'found' } : { kind: 'absent', detail: 'not in the case' };
  }
}

let repos: Repositories;
let sc: FakeSellerCentral;
const dbs: Repositories[] = [];
const engine = (owner: string) => createEngine({ repos, port: sc, owner, leaseMs: 200, heartbeatMs: 40, random: () => 0.5 });
const order = (n: number): Order => {
  const delivered = new Date(Date.now() - 10 * DAY).toISOString();
  return {
    orderId: id(n), accountId: 'A1SELLER', marketplaceId: US, status: 'Shipped', fulfillment: 'FBA',
    purchaseDate: new Date(Date.now() - 14 * DAY).toISOString(), shipDate: new Date(Date.now() - 12 * DAY).toISOString(),
    earliestDeliveryDate: delivered, latestDeliveryDate: delivered, buyerId: `BUYER${n}`, buyerName: `Buyer ${n}`,
    provenance: { source: 'import', at: new Date().toISOString() },
  };
};
const campaign: Omit<Campaign, 'createdAt' | 'updatedAt'> = {
  id: 'c1', name: 'Ask', kind: 'follow-up', method: 'template-message', templateId: 't1', enabled: true, paused: false, testMode: false,
  trigger: 'delivered', delayDays: { FBA: 0, FBM: 0 }, sendHour: 0, marketplaceIds: [], asins: [], excludeAsins: [], excludeSkus: [],
  excludeFromRegular: false, minQuantity: 0, dailyCap: 0,
};
const entry = (n: number) => repos.sendLog.get(`review|${id(n)}`);
const sentTo = (n: number) => sc.messages.filter((m) => m.orderId === id(n)).length;

async function withFile(name: string, type: string, size: number): Promise<void> {
  await repos.db.attachments.put({ id: 'f1', name, type, size, data: new Blob([new Uint8Array(size)], { type }) });
  const t = await repos.templates.get('t1');
  if (t) await repos.db.templates.put({ ...t, attachmentId: 'f1' });
}

beforeEach(async () => {
  sc = new FakeSellerCentral();
  repos = createRepositories(await openDatabase(`read-back-${crypto.randomUUID()}`));
  dbs.push(repos);
  await repos.settings.set({ campaignsEnabled: true });
  await repos.campaignRunner.setConfig({ minGapMs: 0, maxGapMs: 0, stageDelayMs: 0 });
  await repos.templates.save({ id: 't1', name: 'Ask', tags: [], categories: [], bodies: { en: 'Hello {{buyer_first_name}}, if you have a moment, a review of your order {{order_id}} would help other buyers.' } });
  await repos.campaigns.put(campaign);
  await repos.orders.upsert([1].map((n) => ({
    order: order(n),
    items: [{ key: `${id(n)}|1`, orderId: id(n), asin: 'B000000001', sku: 'SKU-1', title: 'Bamboo board', quantity: 1, provenance: { source: 'import' as const, at: new Date().toISOString() } }],
  })));
});
afterEach(() => { for (const r of dbs.splice(0)) r.db.close(); });

/** worker A dies mid-send (its tick never ends); worker B takes over after the lease */
async function killThenTakeOver(): Promise<void> {
  const name = repos.db.name;
  void engine('A').tick();
  for (let i = 0; i < 100 && (await entry(1))?.stage !== 'sending'; i++) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 20));
  expect((await entry(1))?.stage).toBe('sending');
  repos.db.close(); // the worker is gone: no more heartbeats, its send never answers
  repos = createRepositories(await openDatabase(name));
  dbs.push(repos);
  const first = await engine('B').tick();
  expect(first.reason).toBe('locked');
  await new Promise((r) => setTimeout(r, Math.max(0, (first.nextAt ?? 0) - Date.now())));
  expect((await engine('B').tick()).recovered).toBe(1);
}

describe('unknown message outcomes are read back before a resend', () => {
  it('died after the page sent it: found in the conversation -> sent, never sent twice', async () => {
    sc.crash = 'after-click';
    await killThenTakeOver();
    expect(await entry(1)).toMatchObject({ stage: 'sent', readBacks: 1 });
    expect(sentTo(1)).toBe(1);
  });

  it('died before the click: not in the conversation -> sent again once, under the same key', async () => {
    sc.crash = 'before-click';
    await killThenTakeOver();
    expect(await entry(1)).toMatchObject({ stage: 'sent', resends: 1, attempts: 2 });
    expect(sentTo(1)).toBe(1);
  });

  it('the page never confirmed but it went: the next tick finds it', async () => {
    sc.unconfirmed = true;
    await engine('A').tick();
    expect((await entry(1))?.stage).toBe('unknown');
    sc.unconfirmed = false;
    await engine('A').tick();
    expect(await entry(1)).toMatchObject({ stage: 'sent' });
    expect(sentTo(1)).toBe(1);
  });

  it('a resend that is itself lost is read back and sent again (every complete "not there" allows one)', async () => {
    sc.lost = 2;
    for (let i = 0; i < 4; i++) await engine('A').tick();
    expect(sentTo(1)).toBe(1);
    expect(await entry(1)).toMatchObject({ stage: 'sent', resends: 2, attempts: 3 });
  });

  it(`absent after ${MAX_RESENDS} resends: needs a look, no further send`, async () => {
    sc.unconfirmed = true;
    sc.readBackFault = { kind: 'absent', detail: 'not in the case' };
    expect(MAX_RESENDS).toBe(3);
    for (let i = 0; i < MAX_RESENDS + 3; i++) await engine('A').tick();
    expect(sentTo(1)).toBe(1 + MAX_RESENDS);
    expect(await entry(1)).toMatchObject({ stage: 'unknown', resends: MAX_RESENDS });
    expect((await entry(1))?.reason).toMatch(/not in the conversation after it was sent again/);
  });

  it('a read that cannot tell leaves it unknown (at most MAX_READ_BACKS reads); a sign-in page stops the runner', async () => {
    sc.unconfirmed = true;
    await engine('A').tick();
    sc.readBackFault = { kind: 'unclear', outcome: { kind: 'unknown', detail: 'only Amazon notices' } };
    for (let i = 0; i < MAX_READ_BACKS + 2; i++) await engine('A').tick();
    expect(sc.readBacks).toHaveLength(MAX_READ_BACKS);
    expect(await entry(1)).toMatchObject({ stage: 'unknown', readBacks: MAX_READ_BACKS });
    expect(sentTo(1)).toBe(1);
    await repos.sendLog.put({ ...(await entry(1))!, readBacks: 0 });
    sc.readBackFault = { kind: 'unclear', outcome: { kind: 'signed-out', detail: 'sign-in page' } };
    await engine('A').tick();
    expect((await repos.campaignRunner.getState()).stopped?.reason).toBe('signed-out');
  });
});

describe("the template's file goes with the message", () => {
  it('within the limits: the send names the stored file', async () => {
    await withFile('manual.pdf', 'application/pdf', 2048);
    await engine('A').tick();
    expect(sc.messages.map((m) => m.attachmentId)).toEqual(['f1']);
  });
  it('too large or a type Amazon refuses: held, nothing sent', async () => {
    await withFile('setup.exe', 'application/x-msdownload', 10);
    await engine('A').tick();
    await repos.db.attachments.put({ id: 'f1', name: 'big.pdf', type: 'application/pdf', size: 11 * 1024 * 1024, data: new Blob([]) });
    await engine('A').tick();
    expect(sc.messages).toEqual([]);
    expect(await entry(1)).toBeUndefined();
  });
});

describe('contact-on-page: page answers as runner outcomes', () => {
  const file = { id: 'f1', name: 'manual.pdf', type: 'application/pdf', size: 4, data: new Blob(['%PDF']) };
  const make = (answer: Awaited<ReturnType<RunPageAction>>, calls: unknown[] = []) => createContactOnPage({
    run: (async (url: string, name: string, args: unknown) => { calls.push({ url, name, args }); return answer; }) as RunPageAction,
    attachment: async (a) => (a === 'f1' ? file : undefined), pauseMs: async () => 0, timeoutMs: async () => 30_000,
  });
  const req = { orderId: id(1), marketplaceId: US, reason: 'feedback-request', subject: 's', text: 'Hello' };

  it('sends through the Contact Buyer page with the file as base64', async () => {
    const calls: unknown[] = [];
    expect((await make({ ok: true, answer: { result: 'sent', reason: 'feedback-request' } }, calls).send('sellercentral.amazon.com', { ...req, attachmentId: 'f1' })).kind).toBe('sent');
    expect(calls).toEqual([{ url: `https://sellercentral.amazon.com/messaging/contact?orderID=${id(1)}&marketplaceID=${US}`, name: 'contact-buyer',
      args: { text: 'Hello', file: { name: 'manual.pdf', type: 'application/pdf', base64: 'JVBERg==' } } }]);
  });
  it('maps not-sent, unconfirmed and blocked pages', async () => {
    const h = 'sellercentral.amazon.com';
    expect(await make({ ok: true, answer: { result: 'not-sent', detail: 'no reason' } }).send(h, req)).toEqual({ kind: 'rejected', detail: 'no reason' });
    expect((await make({ ok: true, answer: { result: 'unconfirmed' } }).send(h, req)).kind).toBe('unknown');
    expect((await make({ ok: false, blocked: 'captcha', detail: '/ap/cvf' }).send(h, req)).kind).toBe('captcha');
    expect((await make({ ok: false, blocked: 'signed-out', detail: '/ap/signin' }).send(h, req)).kind).toBe('signed-out');
    expect((await make({ ok: false, blocked: 'timeout', detail: '' }).send(h, req)).kind).toBe('timeout');
    expect((await make({ ok: true, answer: { result: 'sent' } }).send(h, { ...req, attachmentId: 'gone' })).kind).toBe('rejected');
  });
  it('reads back: found, no case, a buyer case without it, a case of Amazon notices only', async () => {
    const h = 'sellercentral.amazon.com';
    const caseId = '0b6f8e2a-1111-4222-a333-444455556666';
    const calls: unknown[] = [];
    expect(await make({ ok: true, answer: { caseId, messages: [], textFound: true } }, calls).readBack(h, id(1), 'Hello', '2026-01-01T00:00:00.000Z')).toEqual({ kind: 'found' });
    expect(calls).toEqual([{ url: `https://${h}/messaging/inbox-v3?fi=search&ss=${id(1)}`, name: 'case-read', args: { orderId: id(1), text: 'Hello', since: '2026-01-01T00:00:00.000Z' } }]);
    expect((await make({ ok: true, answer: { messages: [], textFound: false } }).readBack(h, id(1), 'Hello', '')).kind).toBe('absent');
    expect((await make({ ok: true, answer: { caseId, messages: [{ sender: 'buyer', text: 'hi' }], textFound: false } }).readBack(h, id(1), 'Hello', '')).kind).toBe('absent');
    expect((await make({ ok: true, answer: { caseId, messages: [{ sender: 'amazon', text: 'undeliverable' }], textFound: false } }).readBack(h, id(1), 'Hello', '')).kind).toBe('unclear');
  });

  it('reads every case the search lists for the order: a newer case of Amazon notices does not hide the message', async () => {
    const h = 'sellercentral.amazon.com';
    const bounce = '0b6f8e2a-1111-4222-a333-444455556666';
    const buyerCase = '1c7f9e3b-2222-4333-b444-555566667777';
    const other = '2d8a0f4c-3333-4444-8555-666677778888';
    const notice = { sender: 'amazon' as const, text: 'undeliverable' };
    const script = (answers: Record<string, Awaited<ReturnType<RunPageAction>>>, calls: { url: string; args: unknown }[]) => createContactOnPage({
      run: (async (url: string, _name: string, args: { caseId?: string }) => { calls.push({ url, args }); return answers[args.caseId ?? 'search']!; }) as RunPageAction,
      attachment: async () => undefined, pauseMs: async () => 0, timeoutMs: async () => 30_000,
    });
    const calls: { url: string; args: unknown }[] = [];
    const opened = { ok: true as const, answer: { caseId: bounce, messages: [notice], textFound: false, listed: [bounce, buyerCase] } };
    expect(await script({ search: opened, [buyerCase]: { ok: true, answer: { caseId: buyerCase, messages: [{ sender: 'seller', text: 'Hello' }], textFound: true } } }, calls)
      .readBack(h, id(1), 'Hello', '2026-01-01T00:00:00.000Z')).toEqual({ kind: 'found' });
    expect(calls[1]).toEqual({ url: `https://${h}/messaging/inbox-v3?fi=caseId&ss=${buyerCase}&cc=${buyerCase}`,
      // by its id only: a case about several orders may show another one of them (issue 15)
      args: { caseId: buyerCase, text: 'Hello', since: '2026-01-01T00:00:00.000Z' } });
    // the buyer's case read without the text: not there
    expect((await script({ search: opened, [buyerCase]: { ok: true, answer: { caseId: buyerCase, messages: [{ sender: 'buyer', text: 'hi' }], textFound: false } } }, [])
      .readBack(h, id(1), 'Hello', '')).kind).toBe('absent');
    // every listed case holds only Amazon's notices, or one could not be read: cannot tell
    const notices = { search: { ...opened, answer: { ...opened.answer, listed: [bounce, other] } }, [other]: { ok: true as const, answer: { caseId: other, messages: [notice], textFound: false } } };
    expect((await script(notices, []).readBack(h, id(1), 'Hello', '')).kind).toBe('unclear');
    expect((await script({ search: opened, [buyerCase]: { ok: false, blocked: 'timeout', detail: 'slow' } }, []).readBack(h, id(1), 'Hello', '')).kind).toBe('unclear');
    // the order's only case: an Amazon notice from well before the entry (not a bounce of this message) -> not there;
    // a notice from the send on may be this message's bounce -> cannot tell
    const since = '2026-12-01T10:00:00.000Z';
    const oldNotice = { ok: true as const, answer: { caseId: bounce, messages: [{ ...notice, sentAt: '2026-11-20T08:00:00.000Z' }], textFound: false, listed: [bounce] } };
    expect((await script({ search: oldNotice }, []).readBack(h, id(1), 'Hello', since)).kind).toBe('absent');
    const newNotice = { ok: true as const, answer: { ...oldNotice.answer, messages: [{ ...notice, sentAt: '2026-12-01T10:02:00.000Z' }] } };
    expect((await script({ search: newNotice }, []).readBack(h, id(1), 'Hello', since)).kind).toBe('unclear');
  });
});
