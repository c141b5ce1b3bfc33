/**
 * Issue 16, item 8, in the built extension: the Campaigns queues, the holiday log and the template editor
 * show no internal identifiers (ISO timestamps, "window window", `incomplete: store_name`, rule ids such as
 * "(review-manipulation)", `bodies.en`).
 */
import type { Campaign } from '../../lib/model';
import { everyDeliveredOrder, orderRecords, seedOrders } from './helpers/campaign-fixtures';
import { startInboxSession, type InboxSession } from './helpers/session';

const INTERNAL = /\d{4}-\d{2}-\d{2}T\d|window window|store_name|\(review-manipulation\)|bodies\.en|incomplete:/i;
let s: InboxSession;
beforeAll(async () => { s = await startInboxSession({ seed: 1, threads: 40 }); }, 90_000);
afterAll(async () => { await s?.close(); });

describe('no internal identifiers on the options pages', () => {
  it('campaign queues: the review window in dates, once', async () => {
    const page = await s.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/campaigns`);
    await seedOrders(page, orderRecords(s.data));
    await s.ask<{ campaign: Campaign }>({ type: 'campaigns/save', campaign: { ...everyDeliveredOrder, testMode: true } });
    await s.ask({ type: 'settings/set', values: { campaignsEnabled: true } });
    await page.reload();
    await page.getByRole('tab', { name: /^Skipped \(\d+\)/ }).click();
    const reasons = page.locator('[data-si="queue-reason"]');
    await reasons.first().waitFor({ timeout: 20_000 });
    const all = await reasons.allTextContents();
    await page.locator('[data-si="campaign-search"]').fill('outside-window');
    await expect.poll(async () => (await reasons.allTextContents()).every((x) => /window/.test(x))).toBe(true);
    const texts = [...all, ...await reasons.allTextContents()];
    expect(texts.some((x) => /window: open /.test(x))).toBe(true);
    for (const x of texts) expect(x).not.toMatch(INTERNAL);
    await page.close();
  }, 90_000);

  it('holiday log and template editor', async () => {
    const page = await s.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/holiday`);
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => { const q = indexedDB.open('seller-inbox'); q.onsuccess = () => ok(q.result); q.onerror = () => fail(q.error); });
      const tx = db.transaction('sendLog', 'readwrite');
      const at = new Date().toISOString();
      tx.objectStore('sendLog').put({ key: 'holiday-reply|A1|ATVPDKIKX0DER|t1', kind: 'holiday-reply', threadKey: 'A1|ATVPDKIKX0DER|t1', marketplaceId: 'ATVPDKIKX0DER', stage: 'skipped', reason: 'incomplete: store_name', attempts: 0, createdAt: at, updatedAt: at });
      await new Promise((ok) => { tx.oncomplete = ok; });
      db.close();
    });
    await page.reload();
    const stage = page.locator('[data-si="holiday-stage"]');
    await stage.first().waitFor();
    expect(await stage.first().textContent()).toBe('Skipped the template needs a value this message does not have: store name');

    await page.goto(`chrome-extension://${s.extensionId}/options.html#/templates`);
    await page.locator('[data-si="tpl-new"]').click();
    await page.locator('#tpl-body-en').fill('Hi {{buyer_name}}, please leave a 5-star review and we will refund you.\n{{#broken}');
    await page.locator('[data-si="tpl-save"]').click();
    const problems = page.locator('[data-si="tpl-problems"] li');
    await problems.first().waitFor();
    expect(await problems.allTextContents()).toEqual([
      'A name is required.', expect.stringMatching(/^English text, line 2, column \d+: /),
    ]);
    expect(await page.locator('[data-si="tpl-editor"]').textContent()).not.toMatch(INTERNAL);
    await page.locator('#tpl-body-en').fill('Hi {{buyer_name}}, please leave a 5-star review and we will refund you.');
    await page.locator('.tpl-finding').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-si="tpl-editor"]').textContent()).not.toMatch(INTERNAL);
    await page.close();
  }, 60_000);
});
