/**
 * Options page, Backup: export everything through the page, see the import preview (errors with their path,
 * merge vs replace), import the file into a fresh browser profile and export again: the same file, apart
 * from its exportedAt line. SI_SCREENSHOTS=1 also writes docs/screenshots/options-backup.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../replica/harness';
import { INBOX_URL, startSession, type E2ESession } from './helpers/extension';

const shot = async (page: Page, name: string) => {
  if (!process.env.SI_SCREENSHOTS) return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1180, height: Math.max(860, height) });
  const style = await page.addStyleTag({ content: '.si-toasts { display: none !important; }' });
  await page.screenshot({ path: path.join(REPO_ROOT, `docs/screenshots/${name}.png`) });
  await style.evaluate((el) => (el as Element).remove());
  await page.setViewportSize({ width: 1180, height: 860 });
};

async function openBackup(s: E2ESession): Promise<Page> {
  const page = await s.newPage();
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.goto(`chrome-extension://${s.extensionId}/options.html#/backup`);
  await page.locator('[data-si="backup"]').waitFor();
  return page;
}

async function exportFile(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-si="backup-export"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^seller-inbox-backup-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.json$/);
  return readFileSync(await download.path(), 'utf8');
}

const drop = (page: Page, name: string, text: string) =>
  page.locator('[data-si="backup-drop"] input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

const withoutExportedAt = (text: string) => text.replace(/\n {2}"exportedAt": "[^"]+",\n/, '\n');

/** the preview's row for a table: [added, updated, unchanged, removed-or-kept] */
const previewRow = async (page: Page, label: string) =>
  (await page.locator('[data-si="backup-preview"] tr', { has: page.locator('td', { hasText: new RegExp(`^${label}$`) }) }).locator('td').allTextContents()).slice(1);

describe('options: backup', () => {
  let file = '';

  it('exports everything, previews merge and replace, and refuses a broken file with paths', async () => {
    const s = await startSession({ threads: 30 });
    try {
      const sc = await s.newPage();
      await sc.goto(INBOX_URL);
      await expect.poll(async () => ((await s.ask({ type: 'analytics/data' })) as { events: unknown[] }).events.length, { timeout: 20_000 }).toBeGreaterThan(3);
      await sc.close();
      await s.ask({ type: 'templates/list' });
      await s.ask({ type: 'templates/save', template: { name: 'Invoice attached', tags: ['b2b'], categories: ['invoice'], bodies: { en: 'Hello {{buyer_name}}, your invoice is attached.' } },
        attachment: { name: 'invoice.pdf', type: 'application/pdf', base64: Buffer.from('%PDF-1.7 invoice 1001').toString('base64') } });
      await s.ask({ type: 'blacklist/add', buyerName: 'Chris Miller', reason: '=HYPERLINK("x")' });
      await s.ask({ type: 'settings/set', values: { dueSoonHours: 6, timeZone: 'Asia/Shanghai' } });

      const page = await openBackup(s);
      file = await exportFile(page);
      await page.locator('[data-si="backup-exported"]').waitFor();
      const parsed = JSON.parse(file) as { format: string; version: number; schemaVersion: number; data: Record<string, Array<Record<string, unknown>>> };
      expect(parsed).toMatchObject({ format: 'seller-inbox-backup', version: 1 });
      expect(parsed.schemaVersion).toBeGreaterThanOrEqual(2);
      expect(parsed.data.threads!.length).toBeGreaterThan(3);
      expect(parsed.data.responseEvents!.length).toBeGreaterThan(3);
      expect(parsed.data.attachments).toEqual([expect.objectContaining({ name: 'invoice.pdf', data: Buffer.from('%PDF-1.7 invoice 1001').toString('base64') })]);
      expect(parsed.data.settings).toContainEqual({ key: 'timeZone', value: 'Asia/Shanghai' });

      // the same store: merge changes nothing
      await drop(page, 'backup.json', file);
      await page.locator('[data-si="backup-preview"]').waitFor();
      expect(await page.locator('[data-si="backup-confirm"]').textContent()).toBe('Nothing to change');
      expect(await page.locator('[data-si="backup-confirm"]').isDisabled()).toBe(true);
      await page.locator('[data-si="backup-clear"]').click();

      // a broken file: every problem with its place in the file, nothing written
      const broken = JSON.parse(file) as { data: Record<string, Array<Record<string, unknown>>> };
      broken.data.templates![1]!.bodies = { de: 5 };
      broken.data.threads![0]!.status = 'lost';
      await drop(page, 'broken.json', JSON.stringify(broken));
      const errors = await page.locator('[data-si="backup-errors"] li').allTextContents();
      expect(errors).toContain('data.templates[1].bodies.de: expected string, got number');
      expect(errors).toContainEqual(expect.stringMatching(/^data\.threads\[0\]\.status: expected one of/));
      await page.locator('[data-si="backup-clear"]').click();

      // local changes since the export, then the replace preview
      await s.ask({ type: 'blacklist/add', buyerName: 'Anna Weber', reason: 'Chargeback threat' });
      await s.ask({ type: 'blacklist/add', buyerName: 'Tom Harris', reason: 'Abusive messages' });
      await s.ask({ type: 'settings/set', values: { dueSoonHours: 3 } });
      const starter = (parsed.data.templates ?? []).find((t) => t.builtin);
      await s.ask({ type: 'templates/remove', id: String(starter?.id) });
      await page.locator('[data-si="backup-mode-replace"]').check();
      await drop(page, 'seller-inbox-backup.json', file);
      await page.locator('[data-si="backup-preview"]').waitFor();
      expect(await previewRow(page, 'Blacklist')).toEqual(['0', '0', '1', '2']);
      expect(await previewRow(page, 'Templates')).toEqual(['1', '0', String(parsed.data.templates!.length - 1), '0']);
      expect(await previewRow(page, 'Settings')).toEqual(['0', '1', String(parsed.data.settings!.length - 1), '0']);
      expect(await page.locator('[data-si="backup-confirm"]').textContent()).toBe('Import and replace');
      await page.mouse.move(0, 0);
      await shot(page, 'options-backup');
      // merge would keep the two new entries
      await page.locator('[data-si="backup-mode-merge"]').check();
      await expect.poll(() => previewRow(page, 'Blacklist')).toEqual(['0', '0', '1', '2']);
      await page.getByRole('columnheader', { name: 'Kept' }).waitFor();
      expect(s.pageErrors).toEqual([]);
      await page.close();
    } finally {
      await s.close();
    }
  });

  it('imports the file into a fresh profile; exporting again gives the same file', async () => {
    expect(file).not.toBe('');
    const s = await startSession({ threads: 5 });
    try {
      const page = await openBackup(s);
      await page.locator('[data-si="backup-mode-replace"]').check();
      await drop(page, 'seller-inbox-backup.json', file);
      await page.locator('[data-si="backup-preview"]').waitFor();
      const rows = (JSON.parse(file) as { data: Record<string, unknown[]> }).data;
      expect(await previewRow(page, 'Message threads')).toEqual([String(rows.threads!.length), '0', '0', '0']);
      await page.locator('[data-si="backup-confirm"]').click();
      await page.getByText(/^Imported: \d+ added, 0 updated, 0 removed\.$/).waitFor();
      await page.locator('[data-si="backup-drop"]').waitFor();

      const again = await exportFile(page);
      expect(withoutExportedAt(again)).toBe(withoutExportedAt(file));
      expect(again).not.toBe(withoutExportedAt(again));
      // the imported threads count in the toolbar counts again
      const { counts } = await s.ask({ type: 'counts/list' }) as { counts: Array<{ awaiting: number }> };
      expect(counts.reduce((n, c) => n + c.awaiting, 0)).toBeGreaterThan(0);
      expect(s.pageErrors).toEqual([]);
      await page.close();
    } finally {
      await s.close();
    }
  });
});
