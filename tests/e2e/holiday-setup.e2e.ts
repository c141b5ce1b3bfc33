/**
 * Issue 16, item 2: the holiday auto-reply sent nothing because the store name was never stored. Now: a visit
 * to the inbox stores the account's store name from the page header; the away-message starter exists; the
 * Holiday page refuses a template that cannot render for a marketplace, says which value is missing and how
 * to fix it (a product value: pick another template; an unknown store name: type it under Store names); and
 * with the starter the background replies, with the store name in the text.
 */
import type { Page } from 'playwright-core';
import type { Account, Template } from '../../lib/model';
import { LUMEN } from '../replica/data/accounts';
import { SC, startInboxSession, waitForBadges, type InboxSession } from './helpers/session';

const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let s: InboxSession;
let options: Page;
beforeAll(async () => { s = await startInboxSession({ seed: 1, threads: 80 }); }, 90_000);
afterAll(async () => { await s?.close(); });

describe('holiday auto-reply set-up', () => {
  it('stores the store name the Seller Central header shows', async () => {
    await s.page.goto(`${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`);
    await waitForBadges(s.page);
    let account: Account | undefined;
    for (let i = 0; i < 50 && !account?.name; i++) {
      account = (await s.ask<{ accounts: Account[] }>({ type: 'accounts/list' })).accounts.find((a) => a.id === LUMEN.merchantId);
      if (!account?.name) await sleep(100);
    }
    expect(account?.name).toBe(LUMEN.name);
  }, 60_000);

  it('refuses a template that cannot render, says what is missing and how to fix it, then sends with the away starter', async () => {
    const { templates } = await s.ask<{ templates: Template[] }>({ type: 'templates/list' });
    const away = templates.find((x) => x.id === 'starter-away-message');
    expect(away?.bodies.ja).toBeTruthy();
    expect(Object.keys(away?.bodies ?? {}).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'ja']);
    const refund = templates.find((x) => x.id === 'starter-return-refund');
    expect(refund).toBeDefined();
    // an account seen without a store name (the header did not show one), on amazon.de
    const ext = await s.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/options.html`);
    await ext.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => { const q = indexedDB.open('seller-inbox'); q.onsuccess = () => ok(q.result); q.onerror = () => fail(q.error); });
      const tx = db.transaction('accounts', 'readwrite');
      tx.objectStore('accounts').put({ id: 'A2NONAMESTORE', marketplaceIds: ['A1PA6795UKMFR9'], lastSeenAt: new Date().toISOString() });
      await new Promise((ok) => { tx.oncomplete = ok; });
      db.close();
    });
    await ext.close();

    options = await s.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html#/holiday`);
    const now = Date.now();
    await options.locator('[data-si="holiday-enabled"]').click();
    await options.locator('[data-si="holiday-start"]').fill(day(now - DAY));
    await options.locator('[data-si="holiday-end"]').fill(day(now + DAY));
    await options.locator('[data-si="holiday-template"]').selectOption(refund!.id);
    await options.locator('[data-si="holiday-save"]').click();
    const problems = options.locator('[data-si="holiday-problems"]');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('product name');
    expect(await problems.textContent()).toContain('Away message');
    expect((await s.ask<{ settings: { holidayEnabled: boolean } }>({ type: 'settings/get' })).settings.holidayEnabled).toBe(false);
    // the background refuses it too (the popup's switch, another page)
    const refused = await s.ask<{ error?: { code: string; message: string } }>({ type: 'settings/set', values: { holidayEnabled: true, holidayTemplateId: refund!.id, holidayStart: day(now - DAY), holidayEnd: day(now + DAY) } });
    expect(refused.error?.code).toBe('invalid-request');
    expect(refused.error?.message).toContain('product name');

    // the away starter: the account without a store name on DE is the one problem left
    await options.locator('[data-si="holiday-template"]').selectOption(away!.id);
    await options.locator('[data-si="holiday-save"]').click();
    await expect.poll(() => problems.locator('[data-si-problem]').allTextContents()).toEqual([
      'DE: the template “Away message (holiday auto-reply)” uses the store name, which is not known for account A2NONAMESTORE. Type it under Store names below.',
    ]);
    await options.locator('[data-si="store-name-A2NONAMESTORE"]').fill('Nordlicht Waren');
    await options.locator('[data-si="store-name-save-A2NONAMESTORE"]').click();
    await problems.waitFor({ state: 'detached' });
    await options.locator('[data-si="holiday-save"]').click();
    await expect.poll(async () => (await s.ask<{ settings: { holidayEnabled: boolean } }>({ type: 'settings/get' })).settings.holidayEnabled).toBe(true);

    // replies go out, signed with the store name read from the header; none is skipped for a missing value
    const replies = () => s.replica.sent.filter((x) => x.kind === 'reply');
    const end = Date.now() + 60_000;
    while (replies().length === 0 && Date.now() < end) await sleep(250);
    expect(replies().length).toBeGreaterThan(0);
    expect(replies().every((r) => r.text?.includes(LUMEN.name))).toBe(true);
    await sleep(1_000);
    const log = await s.ask<{ entries: Array<{ stage: string; reason?: string }> }>({ type: 'holiday/log' });
    expect(log.entries.filter((e) => e.stage === 'skipped' && /incomplete/.test(e.reason ?? ''))).toEqual([]);
  }, 150_000);
});
