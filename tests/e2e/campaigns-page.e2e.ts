/**
 * The Campaigns page in the built extension: create a campaign in the editor, switch campaigns on, watch
 * the queues fill (test mode renders what would go out and sends nothing; a real campaign sends through
 * the replica), search, the runner status. SI_SCREENSHOTS=1 writes docs/screenshots/options-campaigns.png.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateReplicaData, type ReplicaData } from '../replica/data';
import { launchWithExtension, REPO_ROOT, type ExtensionSession } from '../replica/harness';
import { createReplicaServer, type ReplicaServer } from '../replica/server';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let s: ExtensionSession & { data: ReplicaData; server: ReplicaServer };
let page: Page;

const ask = <T,>(m: unknown): Promise<T> => page.evaluate((msg) => chrome.runtime.sendMessage(msg), m) as Promise<T>;

beforeAll(async () => {
  const data = generateReplicaData({ seed: 1, threads: 60, now: new Date() });
  const server = createReplicaServer(data);
  const session = await launchWithExtension({ replica: server, viewport: { width: 1440, height: 1100 }, ...(process.env.SI_EXTENSION_DIR ? { extensionDir: process.env.SI_EXTENSION_DIR } : {}) });
  s = { ...session, data, server };
  page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html#/campaigns`);
  await ask({ type: 'ping' });
  // the sample orders, as a report import would store them
  const buyers = new Map(data.buyers.map((b) => [b.buyerId, b]));
  const at = new Date().toISOString();
  const orders = data.orders.map((o) => JSON.parse(JSON.stringify({
    orderId: o.orderId, accountId: o.accountId, marketplaceId: o.marketplaceId, status: o.status, fulfillment: o.fulfillment,
    purchaseDate: o.purchaseDate, shipDate: o.shipDate, earliestDeliveryDate: o.earliestDeliveryDate, latestDeliveryDate: o.latestDeliveryDate,
    buyerId: o.buyerId, buyerName: buyers.get(o.buyerId)?.name, provenance: { source: 'import', at },
  })) as unknown);
  const items = data.orders.flatMap((o) => o.items.map((i) => ({ key: `${o.orderId}|${i.orderItemId}`, orderId: o.orderId, asin: i.asin, sku: i.sku, title: i.title, quantity: i.quantityOrdered, provenance: { source: 'import', at } })));
  await page.evaluate(async ({ orders: os, items: is }) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => { const q = indexedDB.open('seller-inbox'); q.onsuccess = () => ok(q.result); q.onerror = () => fail(q.error); });
    const tx = db.transaction(['orders', 'orderItems', 'accounts'], 'readwrite');
    tx.objectStore('accounts').put({ id: 'A1LUMENHOME7Q', name: 'Lumen Home Goods', marketplaceIds: ['ATVPDKIKX0DER'], lastSeenAt: new Date().toISOString() });
    for (const o of os) tx.objectStore('orders').put(o);
    for (const i of is) tx.objectStore('orderItems').put(i);
    await new Promise((ok) => { tx.oncomplete = ok; });
    db.close();
  }, { orders, items });
  await ask({ type: 'campaigns/config', values: { minGapMs: 50, maxGapMs: 100 } });
}, 90_000);
afterAll(async () => { await s?.close(); });

describe('the Campaigns page', () => {
  it('creates a campaign in the editor, in test mode by default, and shows what would go out', async () => {
    await page.reload();
    await page.locator('[data-si="campaign-new"]').click();
    const editor = page.locator('[data-si="campaign-editor"]');
    await editor.waitFor();
    // the name is required
    await page.locator('[data-si="campaign-save"]').click();
    await editor.getByRole('alert').first().waitFor();
    await page.locator('[data-si="campaign-name"]').fill('Every order (Amazon)');
    expect(await page.locator('[data-si="campaign-test-mode"]').getAttribute('aria-checked')).toBe('true');
    await page.locator('[data-si="campaign-save"]').click();
    await editor.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'Every order (Amazon)' }).first().waitFor();

    await page.locator('[data-si="campaigns-enabled"]').click();
    await page.getByRole('tab', { name: /^Test \(\d+\)/ }).click();
    await page.getByText("Amazon's fixed review request").first().waitFor({ timeout: 30_000 });
    expect(s.server.sent).toEqual([]);
    await page.locator('[data-si="runner-status"][data-phase]').waitFor();
  }, 90_000);

  it('a template campaign in test mode renders each message with its policy verdict; a real campaign sends', async () => {
    const { templates } = await ask<{ templates: Array<{ id: string; name: string; bodies: Record<string, string> }> }>({ type: 'templates/list' });
    const template = templates.find((x) => /review/i.test(x.name)) ?? templates[0];
    expect(template).toBeDefined();
    await ask({ type: 'campaigns/save', campaign: {
      name: 'Bulk buyers: thank-you note', kind: 'bulk-buyer', method: 'template-message', templateId: template?.id, enabled: true, testMode: true,
      trigger: 'delivered', delayDays: { FBA: 0, FBM: 0 }, sendHour: 0, marketplaceIds: [], minQuantity: 2, dailyCap: 0,
    } });
    const { campaigns } = await ask<{ campaigns: Array<{ id: string; name: string } & Record<string, unknown>> }>({ type: 'campaigns/list' });
    const amazon = campaigns.find((c) => c.name === 'Every order (Amazon)');
    const { createdAt: _c, updatedAt: _u, ...rest } = amazon ?? { createdAt: '', updatedAt: '' };
    // going live needs the seller's confirmation (campaigns/go-live shows who gets a request)
    const refused = await ask<{ campaign?: unknown; error?: { code: string } }>({ type: 'campaigns/save', campaign: { ...rest, testMode: false } });
    expect(refused.error?.code).toBe('invalid-transition');
    const saved = await ask<{ campaign?: { testMode: boolean }; error?: unknown }>({ type: 'campaigns/save', campaign: { ...rest, testMode: false }, confirmLive: true });
    expect(saved.campaign?.testMode).toBe(false);
    await ask({ type: 'campaigns/control', action: 'run-now' });
    for (let i = 0; i < 120 && s.server.sent.length < 10; i++) await sleep(250);
    if (s.server.sent.length < 10) console.log(JSON.stringify(await ask({ type: 'campaigns/status' })), JSON.stringify((await ask<{ counts: unknown }>({ type: 'campaigns/queue', queue: 'pending' })).counts), s.server.requests.filter((r) => r.path.includes('solicit')).length);
    expect(s.server.sent.length).toBeGreaterThanOrEqual(10);
    expect(s.server.sent.every((x) => x.kind === 'review-request')).toBe(true);

    await page.reload();
    await page.getByRole('tab', { name: /^Test \(\d+\)/ }).click();
    await page.locator('[data-si="campaign-preview-text"]').first().waitFor({ timeout: 30_000 });
    await page.locator('[data-si="campaign-search"]').fill('');
    if (process.env.SI_SCREENSHOTS === '1') {
      await sleep(300);
      await page.screenshot({ path: path.join(REPO_ROOT, 'docs/screenshots/options-campaigns.png'), fullPage: true });
    }
    await page.getByRole('tab', { name: /^Sent \(\d+\)/ }).click();
    await page.getByText("Amazon's fixed review request").first().waitFor();
  }, 120_000);
});
