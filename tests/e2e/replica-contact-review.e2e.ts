/**
 * The replica's Contact Buyer and Request a Review pages in Chromium WITHOUT the extension, in the markup
 * public tools read (reference notes, "Contact a buyer" / "Request a Review"), and their sends recorded in
 * `server.sent` as before.
 */
import type { Page } from 'playwright-core';
import { generateReplicaData } from '../replica/data';
import { pickCase } from '../replica/data/invariants';
import { launchWithoutExtension, type PlainSession } from '../replica/harness';
import { createReplicaServer, type ReplicaServer } from '../replica/server';

const NOW = new Date('2026-03-04T15:00:00Z');
const ORIGIN = 'https://sellercentral.amazon.com';
const US = 'ATVPDKIKX0DER';
let s: PlainSession;
let replica: ReplicaServer;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  replica = createReplicaServer(generateReplicaData({ seed: 3, threads: 200, now: NOW }));
  s = await launchWithoutExtension({ replica });
});
afterAll(async () => { await s?.close(); });
beforeEach(async () => {
  replica.reset();
  page = await s.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});
afterEach(async () => {
  await page.close();
  expect(errors.splice(0)).toEqual([]);
  expect(s.blockedRequests).toEqual([]);
});

const anOrder = () => replica.data.orders.find((o) => o.accountId === 'A1LUMENHOME7Q' && o.marketplaceId === US && o.status === 'Shipped');

async function fillContact(orderId: string, text: string): Promise<void> {
  await page.goto(`${ORIGIN}/messaging/contact?orderID=${orderId}&marketplaceID=${US}`);
  await page.locator('#ayb-contact-buyer .ayb-contact-buyer-header h2').filter({ hasText: /^Send message to \S/ }).waitFor();
  const radio = page.locator('kat-radiobutton[value="shipping-delivery-inquiry"] input[type=radio]');
  // the element draws its own radio once it is upgraded (may come after the header on a loaded machine)
  await expect.poll(() => page.locator('kat-radiobutton[value="shipping-delivery-inquiry"]').evaluate((el) =>
    el.shadowRoot?.querySelector('input[type=radio]') !== null)).toBe(true);
  await radio.check();
  const area = page.locator('.contact-buyer-text-area kat-textarea textarea');
  await expect.poll(() => page.locator('.contact-buyer-text-area kat-textarea').evaluate((el) => el.shadowRoot?.querySelector('textarea') !== null)).toBe(true);
  await area.fill(text);
  await page.locator('div.contact-buyer-file-input input[type=file]').setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
  // the page reads the file before it shows its chip
  await expect.poll(() => page.locator('.file-attachment-list li .file-attachment-chip-file-name').allTextContents()).toEqual(['invoice.pdf']);
}

describe('replica Contact Buyer page', () => {
  it('sends once through the page and shows "Your message has been sent"', async () => {
    const order = anOrder();
    await fillContact(order?.orderId ?? '', 'Your parcel left our warehouse today.');
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await page.locator('div.kat-alert-success-content', { hasText: 'Your message has been sent' }).waitFor();
    expect(replica.sent.map((r) => ({ kind: r.kind, orderId: r.orderId, text: r.text })))
      .toEqual([{ kind: 'contact', orderId: order?.orderId, text: 'Your parcel left our warehouse today.' }]);
    expect(await page.locator('div[role=dialog]').count()).toBe(0);
  });

  it('contact-review-dialog: Send asks in a "Review message" dialog; its Send sends', async () => {
    replica.setFaults({ markup: 'contact-review-dialog' });
    const order = anOrder();
    await fillContact(order?.orderId ?? '', 'Checking in about your order.');
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    const dialog = page.locator('div[role=dialog]', { hasText: 'Review message' });
    await dialog.waitFor();
    expect(replica.sent).toEqual([]);
    await dialog.locator('kat-button[label="Send"] button').click();
    await page.locator('div.kat-alert-success-content').waitFor();
    expect(replica.sent.map((r) => r.kind)).toEqual(['contact']);
  });
});

describe('replica Request a Review page', () => {
  it('"Yes" requests the review once; asking again says it was already requested', async () => {
    const order = pickCase(replica.data, 'review-request-orders')[0];
    const url = `${ORIGIN}/messaging/reviews?orderId=${order?.orderId}&marketplaceId=${US}`;
    await page.goto(url);
    await page.locator('#ayb-app #ayb-reviews .ayb-reviews-button-container kat-button[label="Yes"] button').click();
    await page.locator('#ayb-app kat-alert > span[slot=header]', { hasText: 'review will be requested' }).waitFor();
    expect(replica.sent.map((r) => [r.kind, r.orderId])).toEqual([['review-request', order?.orderId]]);
    await page.goto(url);
    await page.locator('.ayb-reviews-button-container kat-button[label="Yes"] button').click();
    await page.locator('.ayb-request-review-error-description', { hasText: 'already requested a review' }).waitFor();
    expect(replica.sent).toHaveLength(1);
  });

  it('outside the window the error names the 5-30 day range', async () => {
    const now = Date.parse(replica.data.now);
    const late = replica.data.orders.find((o) => o.accountId === 'A1LUMENHOME7Q' && o.marketplaceId === US && o.status === 'Shipped'
      && !o.reviewRequestedAt && o.latestDeliveryDate && now > Date.parse(o.latestDeliveryDate) + 31 * 86_400_000);
    await page.goto(`${ORIGIN}/messaging/reviews?orderId=${late?.orderId}&marketplaceId=${US}`);
    await page.locator('.ayb-reviews-button-container kat-button[label="Yes"] button').click();
    await page.locator('.ayb-request-review-error-description', { hasText: '5-30 day range' }).waitFor();
    expect(replica.sent).toEqual([]);
  });
});
