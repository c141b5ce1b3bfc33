/**
 * Popup: totals across every account + marketplace, one row per account + marketplace, the most urgent
 * threads linking to Seller Central. SI_SCREENSHOTS=1 also writes docs/screenshots/popup.png.
 */
import path from 'node:path';
import { REPO_ROOT } from '../replica/harness';
import { startSession, type E2ESession } from './helpers/extension';

let s: E2ESession;
beforeAll(async () => { s = await startSession({ threads: 10 }); });
afterAll(async () => { await s?.close(); });

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const JP_CASE = '5d1c9e2a-7b3f-4c8d-9e1a-2b3c4d5e6f70';
const waiting = (threadId: string, buyerName: string, h: number, subject: string) =>
  ({ threadId, buyerName, status: 'response-needed', oldestUnansweredAt: hoursAgo(h), orderIds: [], isSystem: false, subject });

/** Account names come from Seller Central pages (no protocol message sets them yet): write them directly. */
async function nameAccounts(names: Record<string, string>): Promise<void> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await page.evaluate((entries) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('seller-inbox');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('accounts', 'readwrite');
      const store = tx.objectStore('accounts');
      for (const [id, name] of entries) {
        const get = store.get(id);
        get.onsuccess = () => { if (get.result) store.put({ ...get.result, name }); };
      }
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), Object.entries(names));
  await page.close();
}

describe('the popup', () => {
  it('shows overdue and due-soon counts across accounts and the most urgent threads', async () => {
    await s.ask({ type: 'threads/upsert', accountId: 'A1LUMENHOME', marketplaceId: 'ATVPDKIKX0DER', threads: [
      waiting('t-us-1', 'Emily Carter', 27, 'Where is my order? It was due yesterday'),
      waiting('t-us-2', 'Michael Brooks', 25.5, 'Wrong colour received'),
      waiting('t-us-3', 'Sarah Nguyen', 22, 'Can I change the delivery address?'),
      waiting('t-us-4', 'David Kim', 3, 'Question about the warranty'),
    ] });
    await s.ask({ type: 'threads/upsert', accountId: 'A1LUMENHOME', marketplaceId: 'A1PA6795UKMFR9', threads: [
      waiting('t-de-1', 'Jonas Becker', 21.2, 'Rücksendung: Artikel beschädigt'),
      waiting('t-de-2', 'Lena Schmidt', 1, 'Rechnung benötigt'),
    ] });
    await s.ask({ type: 'threads/upsert', accountId: 'A2NORTHPEAK', marketplaceId: 'A1VC38T7YXB528', threads: [
      // a case id as a page may spell it: stored lowercase, linked as the v3 case
      waiting(JP_CASE.toUpperCase(), 'Haruto Sato', 30, '注文のキャンセルについて'),
      { threadId: 't-jp-2', buyerName: 'Yui Tanaka', status: 'answered', orderIds: [], isSystem: false },
    ] });
    await nameAccounts({ A1LUMENHOME: 'Lumen Home Goods', A2NORTHPEAK: 'Northpeak Outdoor' });

    const page = await s.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await page.locator('[data-si="count-overdue"]').waitFor();
    expect(await page.locator('[data-si="count-overdue"]').textContent()).toBe('3');
    expect(await page.locator('[data-si="count-due-soon"]').textContent()).toBe('2');
    const rows = await page.locator('[data-si="count-row"]').allTextContents();
    expect(rows[0]).toContain('US');
    expect(rows[0]).toContain('Lumen Home Goods');
    expect(rows[0]).toMatch(/2 overdue · 1 due soon · US: read (just now|\d+ min ago)/);
    const urgent = page.locator('[data-si="urgent-thread"]');
    expect(await urgent.count()).toBe(5);
    expect(await urgent.first().textContent()).toContain('Haruto Sato');
    expect(await urgent.first().getAttribute('href'))
      .toBe(`https://sellercentral.amazon.co.jp/messaging/inbox-v3?fi=caseId&ss=${JP_CASE}&cc=${JP_CASE}&mons_sel_mkid=A1VC38T7YXB528`);
    expect(await page.locator('[data-si="popup-holiday"]').getAttribute('aria-checked')).toBe('false');
    if (process.env.SI_SCREENSHOTS) {
      const height = await page.evaluate(() => document.body.scrollHeight);
      await page.setViewportSize({ width: 360, height });
      await page.screenshot({ path: path.join(REPO_ROOT, 'docs/screenshots/popup.png') });
    }
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('switches holiday mode on and off', async () => {
    // a template that renders everywhere (the background refuses holiday mode without one)
    const { template } = (await s.ask({ type: 'templates/save', template: { name: 'Away', tags: [], categories: [], bodies: { en: 'Hello {{buyer_name}}, we are away until Monday.' } } })) as { template: { id: string } };
    await s.ask({ type: 'settings/set', values: { holidayTemplateId: template.id } });
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const toggle = page.locator('[data-si="popup-holiday"]');
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await expect.poll(async () => ((await s.ask({ type: 'settings/get' })) as { settings: { holidayEnabled: boolean } }).settings.holidayEnabled).toBe(true);
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(async () => ((await s.ask({ type: 'settings/get' })) as { settings: { holidayEnabled: boolean } }).settings.holidayEnabled).toBe(false);
    await page.close();
  });
});
