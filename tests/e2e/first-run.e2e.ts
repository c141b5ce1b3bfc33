/**
 * Issue 16, item 10: first run and empty states, in the built extension. The welcome page opens at install
 * (what it does, the privacy promise, three first steps); analytics with a single answer says there is not
 * enough data yet instead of "9 in 10 answers were faster"; the Campaigns page says it only sees stored
 * orders and how to import more; an import's button counts the rows the page calls accepted; the import
 * stays in the history after leaving the page; a template that cannot be saved lists its problems.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../replica/harness';
import { startInboxSession, type InboxSession } from './helpers/session';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let s: InboxSession;
beforeAll(async () => { s = await startInboxSession({ seed: 1, threads: 20 }); }, 90_000);
afterAll(async () => { await s?.close(); });

const options = async (route: string): Promise<Page> => {
  const page = await s.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html#/${route}`);
  return page;
};

describe('first run and empty states', () => {
  it('opens the welcome page at install: what it does, the privacy promise, three first steps', async () => {
    let welcome: Page | undefined;
    for (let i = 0; i < 100 && !welcome; i++) {
      welcome = s.context.pages().find((p) => p.url() === `chrome-extension://${s.extensionId}/welcome.html`);
      if (!welcome) await sleep(100);
    }
    expect(welcome).toBeDefined();
    await welcome!.locator('[data-si="welcome"]').waitFor();
    expect(await welcome!.locator('[data-si="welcome-privacy"]').textContent()).toContain('Nothing leaves your browser');
    expect(await welcome!.locator('[data-si="welcome-steps"] > li').count()).toBe(3);
    expect(await welcome!.locator('[data-si="welcome-steps"] a[href="options.html#/imports"]').count()).toBe(1);
  });

  it('analytics: one answer is not enough to draw conclusions', async () => {
    const at = Date.now();
    const thread = (status: string, extra: Record<string, unknown>) => ({ threadId: 'one-answer', buyerName: 'Jane', orderIds: [], status, isSystem: false, ...extra });
    await s.ask({ type: 'threads/upsert', accountId: 'A1LUMENHOME7Q', marketplaceId: 'ATVPDKIKX0DER', threads: [thread('response-needed', { oldestUnansweredAt: new Date(at - 3 * 3_600_000).toISOString(), lastMessageAt: new Date(at - 3 * 3_600_000).toISOString() })] });
    await s.ask({ type: 'threads/upsert', accountId: 'A1LUMENHOME7Q', marketplaceId: 'ATVPDKIKX0DER', threads: [thread('answered', { lastMessageAt: new Date(at - 3_600_000).toISOString() })] });
    const page = await options('analytics');
    await page.locator('[data-si="analytics-not-enough"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-si="analytics"]').textContent()).not.toContain('9 in 10 answers were faster');
    await page.close();
  });

  it('campaigns say they only see stored orders, and how to import more', async () => {
    const page = await options('campaigns');
    const note = page.locator('[data-si="campaigns-only-stored"]');
    await note.waitFor();
    expect(await note.textContent()).toContain('only see the orders the extension has stored');
    expect(await note.locator('a[href="#/imports"]').count()).toBe(1);
    await page.close();
  });

  it('an import: the button counts accepted rows; the result stays in the history after leaving the page', async () => {
    const official = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/reports/all-orders-official.txt'), 'utf8').split('\n');
    const oneRow = `${official[0]}\n${official[1]}\n`;
    const page = await options('imports');
    await page.locator('[data-si="imports-file-input"]').setInputFiles([{ name: 'one-order.txt', mimeType: 'text/plain', buffer: Buffer.from(oneRow) }]);
    const card = page.locator('[data-si="import-job"]', { hasText: 'one-order.txt' });
    await card.and(page.locator('[data-phase="preview"]')).waitFor({ timeout: 30_000 });
    expect(await card.locator('[data-si="accepted"]').textContent()).toBe('1');
    expect(await card.locator('[data-si="imports-confirm"]').textContent()).toBe('Import 1 accepted row');
    await card.locator('[data-si="imports-confirm"]').click();
    await card.and(page.locator('[data-phase="done"]')).waitFor({ timeout: 30_000 });
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/templates`);
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/imports`);
    await page.reload();
    const history = page.locator('[data-si="imports-history"]');
    await history.locator('tr', { hasText: 'one-order.txt' }).waitFor();
    expect(await history.locator('tr', { hasText: 'one-order.txt' }).textContent()).toMatch(/1 accepted, 0 rejected.*Imported: 2 new/);
    await page.close();
  }, 60_000);

  it('a template with errors lists them when saving', async () => {
    const page = await options('templates');
    await page.locator('[data-si="tpl-new"]').click();
    await page.locator('#tpl-body-en').fill('Hello {{#buyer_name}');
    await page.locator('[data-si="tpl-save"]').click();
    const items = page.locator('[data-si="tpl-problems"] li');
    await items.first().waitFor();
    expect(await items.count()).toBe(2);
    expect(await items.nth(1).textContent()).toMatch(/^English text, line 1, column \d+/);
    await page.close();
  });
});
