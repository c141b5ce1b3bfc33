/**
 * Thread panels on the replica: the order panel (FBA, FBM, several orders, none, a return with its
 * refund, a 500 from the order endpoint), the buyer panel (negative feedback with its removal window,
 * repeat orders, earlier conversations, how each was matched) and the blacklist toggle (survives a
 * reload, shows in `blacklist/list` and on the options page, Undo). Threads are picked from the generated data by what they hold.
 * SI_SCREENSHOTS=1 also writes docs/screenshots/thread.png and thread-return.png.
 */
import type { Page } from 'playwright-core';
import type { ReplicaData, ReplicaOrder, ReplicaThread } from '../replica/data/types';
import { pickCase } from '../replica/data/invariants';
import { marketplaceById } from '../../lib/marketplaces';
import { startSession, type E2ESession } from './helpers/extension';
import { readOnFeedbackManager } from './helpers/feedback-manager';

let s: E2ESession;
let data: ReplicaData;
const LUMEN = 'A1LUMENHOME7Q';
const US = 'ATVPDKIKX0DER';
const DAY = 86_400_000;

beforeAll(async () => {
  s = await startSession({ threads: 120 });
  data = s.replica.data;
});
afterAll(async () => { await s?.close(); });
afterEach(() => { s.replica.setFaults({}); });

const orderOf = (id: string): ReplicaOrder => {
  const o = data.orders.find((x) => x.orderId === id);
  if (!o) throw new Error(`no order ${id}`);
  return o;
};
const threadUrl = (t: ReplicaThread): string =>
  `https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${t.threadId}&cc=${t.threadId}&mons_sel_mkid=${t.marketplaceId}`;
const localDay = (iso: string, zone: string): string =>
  new Intl.DateTimeFormat('en-US', { timeZone: zone, month: 'short', day: 'numeric' }).format(new Date(iso));

async function openThread(t: ReplicaThread): Promise<Page> {
  const page = await s.newPage();
  await page.goto(threadUrl(t));
  await page.locator('[data-si="order-panel"] section.card').waitFor({ timeout: 20_000 });
  return page;
}

const orderCard = (page: Page, orderId: string) => page.locator(`[data-si="order-panel"] [data-si-order="${orderId}"]`);

describe('order panel', () => {
  it('shows an FBA order: items with image, ASIN, SKU, quantity, price; dates in the marketplace zone; links; provenance', async () => {
    const t = pickCase(data, 'us-fba-shipped-thread');
    const o = orderOf(t.orderIds[0]!);
    const page = await openThread(t);
    const card = orderCard(page, o.orderId);
    await card.waitFor({ timeout: 20_000 });
    await expect.poll(() => card.locator('[data-si-channel]').textContent()).toBe('FBA');
    expect(await card.locator('[data-si-status]').getAttribute('data-si-status')).toBe('Shipped');
    const zone = marketplaceById(US)!.timeZone;
    expect(await card.locator('[data-si-date="purchase"]').textContent()).toContain(localDay(o.purchaseDate, zone));
    expect(await card.locator('[data-si-date="delivery"]').textContent()).toContain(localDay(o.earliestDeliveryDate!, zone));
    const item = o.items[0]!;
    const row = card.locator(`li[data-asin="${item.asin}"]`);
    expect(await row.locator('img').getAttribute('src')).toContain(`/replica-assets/img/${item.asin}.svg`);
    expect(await row.locator('.title a').getAttribute('href')).toBe(`https://www.amazon.com/dp/${item.asin}`);
    const text = await row.textContent();
    expect(text).toContain(item.sku);
    expect(text).toContain(`Qty ${item.quantityOrdered}`);
    expect(await card.locator(`a[href="/orders-v3/order/${o.orderId}"]`).count()).toBe(1);
    expect(await card.locator('[data-si-provenance]').textContent()).toMatch(/from Seller Central · (just now|\d+ min ago)/);
    expect(await card.textContent()).toContain('dates in Los Angeles time');
    // stored by the background, with endpoint provenance
    const got = await s.ask({ type: 'orders/get', orderIds: [o.orderId] }) as { orders: { order: { provenance: { source: string } }; items: unknown[] }[] };
    expect(got.orders[0]?.order.provenance.source).toBe('endpoint');
    expect(got.orders[0]?.items).toHaveLength(o.items.length);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('shows an FBM order', async () => {
    const t = pickCase(data, 'us-fbm-shipped-thread');
    const o = orderOf(t.orderIds[0]!);
    const page = await openThread(t);
    const card = orderCard(page, o.orderId);
    await card.waitFor({ timeout: 20_000 });
    expect(await card.locator('[data-si-channel]').textContent()).toBe('FBM');
    expect(await card.locator('li[data-asin]').count()).toBe(o.items.length);
    await page.close();
  });

  it('shows a return (imported report) and its refund (live) with reason and status', async () => {
    const t = pickCase(data, 'us-returned-refunded-thread');
    const ret = data.returns.find((r) => r.orderId === t.orderIds[0])!;
    const importedAt = new Date(Date.now() - 3 * DAY).toISOString();
    await s.ask({ type: 'returns/upsert', returns: [{
      key: `${ret.kind}|${ret.orderId}|${ret.rma ?? ret.asin}|${ret.requestDate}`, kind: ret.kind, orderId: ret.orderId, asin: ret.asin,
      sku: ret.sku, quantity: ret.quantity, reason: ret.reason, status: ret.status, requestDate: ret.requestDate, rma: ret.rma,
      provenance: { source: 'import', detail: 'Returns report: returns-2026-11.txt', at: importedAt },
    }] });
    const page = await openThread(t);
    const card = orderCard(page, ret.orderId);
    await card.locator('[data-si-refund]').first().waitFor({ timeout: 20_000 });
    const returns = card.locator('[data-si-return]');
    expect(await returns.count()).toBe(1);
    const rtext = await returns.textContent();
    expect(rtext).toContain(ret.reason);
    expect(rtext).toContain(ret.status);
    expect(rtext).toContain('from Returns report · imported 3 d ago');
    const refund = data.refunds.find((f) => f.orderId === ret.orderId)!;
    expect(await card.locator('[data-si-refund]').first().textContent()).toContain(refund.reason);
    expect(await card.locator('[data-si-refunds]').getAttribute('data-si-refunds')).toMatch(/full|partial/);
    await page.waitForTimeout(300);
    if (process.env.SI_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/thread-return.png' });
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('handles a thread about several orders (tabs) and a thread with no order', async () => {
    const multi = pickCase(data, 'us-multi-order-thread');
    const page = await openThread(multi);
    const tabs = page.locator('[data-si="order-panel"] [role="tab"]');
    await expect.poll(() => tabs.count()).toBe(multi.orderIds.length);
    await orderCard(page, multi.orderIds[0]!).waitFor({ timeout: 20_000 });
    await tabs.nth(1).click();
    await orderCard(page, multi.orderIds[1]!).waitFor({ timeout: 5_000 });
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.close();

    const none = pickCase(data, 'us-no-order-thread');
    const page2 = await openThread(none);
    await expect.poll(() => page2.locator('[data-si="order-panel"] [data-si-empty="no-order"]').textContent())
      .toBe('No order linked to this conversation.');
    await page2.close();
  });

  it('a 500 from the order endpoint gives a quiet message in the panel and no page error', async () => {
    const t = pickCase(data, 'us-unshipped-thread');
    s.replica.setFaults({ status500: { pathPrefix: '/orders-api/' } });
    const page = await openThread(t);
    const note = page.locator('[data-si="order-panel"] [data-si-failure]');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.getAttribute('data-si-failure')).toBe('http');
    expect(await note.textContent()).toContain('error 500');
    // Retry after the endpoint recovered loads the order
    s.replica.setFaults({});
    await note.locator('button').click();
    await orderCard(page, t.orderIds[0]!).waitFor({ timeout: 20_000 });
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('buyer panel and blacklist', () => {
  /** a buyer with a negative feedback still in its 60-day window and two or more orders on one marketplace */
  const pickBuyer = () => pickCase(data, 'us-negative-feedback-repeat-buyer');

  it('shows negative feedback with the days left to remove it, repeat orders and earlier threads, each with how it was matched', async () => {
    const { feedback, orders, thread, buyerId } = pickBuyer();
    const buyer = data.buyers.find((b) => b.buyerId === buyerId)!;
    // the buyer's other orders came in with an All Orders report three days ago (matched by name + marketplace there)
    const importedAt = new Date(Date.now() - 3 * DAY).toISOString();
    const others = orders.filter((o) => !thread.orderIds.includes(o.orderId));
    await s.ask({ type: 'orders/upsert', orders: others.map((o) => ({
      order: { orderId: o.orderId, accountId: LUMEN, marketplaceId: US, status: o.status, fulfillment: o.fulfillment, purchaseDate: o.purchaseDate,
        buyerName: buyer.name, total: o.total, provenance: { source: 'import', detail: 'All Orders report: orders-2026-11.txt', at: importedAt } },
      items: o.items.map((i) => ({ key: `${o.orderId}|${i.sku}`, orderId: o.orderId, asin: i.asin, sku: i.sku, title: i.title, quantity: i.quantityOrdered,
        provenance: { source: 'import', detail: 'All Orders report: orders-2026-11.txt', at: importedAt } })),
    })) });
    // an earlier conversation the inbox already showed
    await s.ask({ type: 'threads/upsert', accountId: LUMEN, marketplaceId: US, threads: [{
      threadId: 'earlier-e2e-thread', buyerName: buyer.name, buyerId, subject: 'Question about my earlier order', status: 'answered',
      orderIds: [], lastMessageAt: new Date(Date.now() - 20 * DAY).toISOString(),
    }] });

    // the seller has been on the Feedback Manager page: its rows are where the feedback comes from
    const fm = await s.newPage();
    await readOnFeedbackManager(fm, <T,>(m: unknown) => s.ask(m) as Promise<T>, feedback.orderId);
    await fm.close();

    const page = await openThread(thread);
    const panel = page.locator('[data-si="buyer-panel"]');
    await panel.locator('[data-si-flag="negative"]').waitFor({ timeout: 20_000 });
    await panel.locator('[data-si-flag="repeat"]').waitFor({ timeout: 20_000 });
    expect(await panel.locator('[data-si-flag="repeat"]').textContent()).toContain(`${orders.length} orders`);

    const fb = panel.locator(`[data-si-feedback="${feedback.rating}"]`).filter({ hasText: feedback.orderId });
    // the page writes the day: the window counts from its start (browser's zone)
    const day = new Date(feedback.date);
    day.setHours(0, 0, 0, 0);
    const daysLeft = Math.ceil((day.getTime() + 60 * DAY - Date.now()) / DAY);
    expect(await fb.locator('[data-si-removal]').textContent()).toBe(`${daysLeft} days left to be removed`);
    expect(await fb.textContent()).toContain(feedback.comment);
    expect(await fb.locator('[data-si-matched]').count()).toBe(1);

    for (const o of others) {
      const row = panel.locator(`[data-si-buyer-order="${o.orderId}"]`);
      expect(await row.locator('[data-si-matched]').getAttribute('data-si-matched')).toBe('name-marketplace');
    }
    const earlier = panel.locator('[data-si-buyer-thread="earlier-e2e-thread"]');
    expect(await earlier.locator('[data-si-matched]').getAttribute('data-si-matched')).toBe('buyer-id');
    await page.setViewportSize({ width: 1440, height: 1160 });
    await page.waitForTimeout(400);
    if (process.env.SI_SCREENSHOTS) await page.screenshot({ path: 'docs/screenshots/thread.png' });
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('the blacklist toggle flips at once, survives a reload, shows in blacklist/list and in options, and can be undone', async () => {
    const t = pickCase(data, 'us-fbm-shipped-thread');
    const page = await openThread(t);
    const toggle = page.locator('[data-si="blacklist-toggle"] button.toggle');
    await expect.poll(() => toggle.isEnabled(), { timeout: 20_000 }).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-si="blacklist-toggle"] [data-si-toast="added"]').waitFor();
    await expect.poll(async () => ((await s.ask({ type: 'blacklist/list' })) as { entries: { buyerName?: string; orderId?: string }[] }).entries
      .some((e) => e.buyerName === t.buyerName && e.orderId === t.orderIds[0])).toBe(true);

    await page.reload();
    const again = page.locator('[data-si="blacklist-toggle"] button.toggle');
    await expect.poll(() => again.getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('true');
    await page.locator('[data-si="buyer-panel"] [data-si-flag="blacklisted"]').waitFor({ timeout: 20_000 });

    // off, then Undo puts the same entry back
    await again.click();
    expect(await again.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => ((await s.ask({ type: 'blacklist/list' })) as { entries: unknown[] }).entries.length).toBe(0);
    await page.locator('[data-si="blacklist-toggle"] [data-si-toast="removed"] button.undo').click();
    await expect.poll(() => again.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => ((await s.ask({ type: 'blacklist/list' })) as { entries: unknown[] }).entries.length).toBe(1);

    // and the seller sees the buyer on the options page's blacklist
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html#/blacklist`);
    await options.getByText(t.buyerName, { exact: false }).first().waitFor({ timeout: 10_000 });
    await options.close();
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});
