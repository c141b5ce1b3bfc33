/**
 * Options page: navigation, Settings (validation by field, save, language switch) and Blacklist (add,
 * search, remove with undo, CSV import with per-line errors, export).
 * SI_SCREENSHOTS=1 also writes docs/screenshots/options-{settings,blacklist,settings-zh}.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../replica/harness';
import { startSession, type E2ESession } from './helpers/extension';

let s: E2ESession;
beforeAll(async () => { s = await startSession({ threads: 10 }); });
afterAll(async () => { await s?.close(); });

/** the whole page at 1180 px wide (a viewport as tall as the page, so the sticky navigation stays put) */
const shot = async (page: Page, name: string) => {
  if (!process.env.SI_SCREENSHOTS) return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1180, height: Math.max(860, height) });
  // toasts are transient; hide them (removing their nodes would break React)
  const style = await page.addStyleTag({ content: '.si-toasts { display: none !important; }' });
  await page.screenshot({ path: path.join(REPO_ROOT, `docs/screenshots/${name}.png`) });
  await style.evaluate((el) => (el as Element).remove());
  await page.setViewportSize({ width: 1180, height: 860 });
};

async function openOptions(hash: string): Promise<Page> {
  const page = await s.newPage();
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.goto(`chrome-extension://${s.extensionId}/options.html#/${hash}`);
  await page.locator('#opt-page-title').waitFor();
  return page;
}

describe('options: settings', () => {
  it('shows errors by field, saves valid settings, and switches the language', async () => {
    const page = await openOptions('settings');
    const save = page.locator('[data-si="settings-save"]');
    await page.locator('[data-si="setting-due-soon"]').fill('30');
    await page.locator('[data-si="setting-zone-mode"]').selectOption('custom');
    await page.locator('[data-si="setting-zone"]').fill('Mars/Olympus');
    await save.click();
    await expectText(page, 'Enter a whole number of hours from 1 to 23.');
    await expectText(page, '"Mars/Olympus" is not a known time zone');
    expect(await page.locator('[data-si="setting-due-soon"]').getAttribute('aria-invalid')).toBe('true');

    await page.locator('[data-si="setting-due-soon"]').fill('6');
    await page.locator('[data-si="setting-zone"]').fill('asia/shanghai');
    await page.locator('[data-si="setting-picker-shortcut"]').focus();
    await page.keyboard.press('Alt+KeyK');
    await page.locator('[data-si="feature-inbox-categories"]').click();
    await save.click();
    await expectText(page, 'Settings saved.');
    const { settings } = await s.ask({ type: 'settings/get' }) as { settings: Record<string, unknown> };
    expect(settings).toMatchObject({
      dueSoonHours: 6, timeZone: 'Asia/Shanghai', templatePickerShortcut: 'Alt+K', nextShortcut: 'n', disabledFeatures: ['inbox-categories'],
    });
    await page.mouse.move(0, 0);
    await shot(page, 'options-settings');

    await page.locator('[data-si="setting-language"]').selectOption('zh_CN');
    await save.click();
    await page.locator('[data-si="nav-settings"]', { hasText: '设置' }).waitFor();
    await expectText(page, '设置已保存。');
    await shot(page, 'options-settings-zh');
    await page.locator('[data-si="setting-language"]').selectOption('en');
    await save.click();
    await page.locator('[data-si="nav-settings"]', { hasText: 'Settings' }).waitFor();
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('options: blacklist', () => {
  it('adds, searches, removes with undo, imports a CSV with per-line errors and exports', async () => {
    const page = await openOptions('blacklist');
    await page.locator('[data-si="blacklist-who"]').fill('112-3456789-0123456');
    await page.locator('[data-si="blacklist-reason"]').fill('Asked for a refund outside policy');
    await page.locator('[data-si="blacklist-marketplace"]').selectOption({ label: 'US · amazon.com' });
    await page.locator('[data-si="blacklist-add-submit"]').click();
    await page.locator('td', { hasText: '112-3456789-0123456' }).waitFor();
    await page.locator('[data-si="blacklist-who"]').fill('Chris Miller');
    await page.locator('[data-si="blacklist-add-submit"]').click();
    await page.locator('td', { hasText: 'Chris Miller' }).waitFor();

    // remove, then undo
    await page.getByRole('button', { name: 'Remove Chris Miller from the blacklist' }).click();
    await page.locator('td', { hasText: 'Chris Miller' }).waitFor({ state: 'detached' });
    await page.locator('[data-si="toast"]').getByRole('button', { name: 'Undo' }).click();
    await page.locator('td', { hasText: 'Chris Miller' }).waitFor();

    // import: 3 good lines, 2 bad ones
    const csv = [
      'buyer,order_id,marketplace,reason,added_at',
      'Anna Weber,305-1234567-7654321,DE,Chargeback threat,2026-01-12',
      '王伟,,JP,多次恶意退货,',
      'Tom Harris,,UK,Abusive messages,',
      'Bad Order,12345,US,,',
      'Nobody,,XX,,',
    ].join('\n');
    await page.locator('[data-si="blacklist-import"]').click();
    await page.locator('[data-si="blacklist-import-drop"] input[type=file]').setInputFiles({ name: 'blacklist.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('[data-si="blacklist-import-preview"]').waitFor();
    const errors = await page.locator('[data-si="blacklist-import-errors"] li').allTextContents();
    expect(errors).toEqual([
      'Line 5: "12345" is not an order ID (111-1234567-1234567)',
      'Line 6: "XX" is not a marketplace code (US, UK, DE…)',
    ]);
    await shot(page, 'options-blacklist-import');
    await page.locator('[data-si="blacklist-import-confirm"]').click();
    await expectText(page, 'Imported: 3 added, 0 updated.');
    await page.locator('td', { hasText: '王伟' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(5);

    // search
    await page.locator('[data-si="blacklist-search"]').fill('refund');
    expect(await page.locator('tbody tr').count()).toBe(1);
    await page.locator('[data-si="blacklist-search"]').fill('');

    // export
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-si="blacklist-export"]').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFFbuyer,order_id,marketplace,reason,added_at')).toBe(true);
    expect(text).toContain('Anna Weber,305-1234567-7654321,DE,Chargeback threat,2026-01-12T00:00:00.000Z');

    await page.mouse.move(0, 0);
    await shot(page, 'options-blacklist');
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('shows the holiday auto-reply section with the 24-hour warning', async () => {
    const page = await openOptions('holiday');
    await expectText(page, 'Amazon does not count auto-replies as a response for its 24-hour metric');
    await page.locator('[data-si="holiday-page"]').waitFor();
    await page.locator('[data-si="nav-settings"]').click();
    await page.locator('[data-si="settings-form"]').waitFor();
    expect(page.url()).toContain('#/settings');
    await page.close();
  });
});

async function expectText(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 5000 });
}
