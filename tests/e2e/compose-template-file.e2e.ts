/**
 * A template's file goes with it (issue 15, item 5) in the inbox v3 case view: inserting the template puts its file
 * into the reply box's own attachment input, so the page's attachment list shows it (the seller can remove it there)
 * and the page's own Send sends it. A file Amazon would refuse (a type it does not accept) is refused with a clear
 * message, and nothing is inserted; in the options, a file too large or of a refused type is never stored.
 */
import type { Page } from 'playwright-core';
import type { ReplicaThread } from '../replica/data/types';
import { startSession, type E2ESession } from './helpers/extension';

let s: E2ESession;
const ORIGIN = 'https://sellercentral.amazon.com';
const ACC = 'A1LUMENHOME7Q';
const PDF = Buffer.from(`%PDF-1.4\n% care guide\n${'y'.repeat(2000)}\n%%EOF\n`);
const BODY = 'Hello {{buyer_first_name}},\n\nthank you for your message. The care guide for your order is attached.\n\nBest regards';

beforeAll(async () => { s = await startSession({ threads: 120 }); });
afterAll(async () => { await s?.close(); });

async function saveTemplate(name: string, file: { name: string; type: string; bytes: Buffer }): Promise<void> {
  const r = await s.ask({ type: 'templates/save', template: { name, tags: [], categories: [], bodies: { en: BODY } },
    attachment: { name: file.name, type: file.type, base64: file.bytes.toString('base64') } }) as { error?: unknown };
  expect(r.error).toBeUndefined();
}

/** open US cases of the signed-in account that need a response, with an order */
const openCases = (): ReplicaThread[] => s.replica.data.threads.filter((t) => t.accountId === ACC && t.marketplaceId === 'ATVPDKIKX0DER'
  && !t.isSystem && t.status === 'response-needed' && t.orderIds[0] && t.language === 'en');

async function openCase(t: ReplicaThread): Promise<Page> {
  const page = await s.newPage();
  await page.setViewportSize({ width: 1400, height: 950 });
  await page.goto(`${ORIGIN}/messaging/inbox-v3?fi=caseId&ss=${t.threadId}&cc=${t.threadId}`);
  await page.locator('[data-si="template-button"]').waitFor({ timeout: 30_000 });
  return page;
}

async function pickTemplate(page: Page, name: string): Promise<ReturnType<Page['locator']>> {
  await page.locator('[data-si="template-button"]').click();
  const picker = page.locator('[data-si="template-picker"]');
  await picker.waitFor();
  await picker.locator('input').fill(name);
  await picker.locator('[data-si="template-preview"]').waitFor();
  await expect.poll(() => picker.locator('.pv-title').textContent()).toBe(name);
  return picker;
}

/** Enter inserts; a template the policy check asks about is confirmed once more */
async function insert(picker: ReturnType<Page['locator']>): Promise<void> {
  await picker.locator('input').press('Enter');
  const confirm = picker.locator('[data-si="picker-confirm"]');
  await Promise.race([picker.waitFor({ state: 'detached' }), confirm.waitFor()]);
  if (await confirm.count()) await confirm.click();
  await picker.waitFor({ state: 'detached' });
}

const pageFiles = (page: Page) => page.locator('.case-reply ul.case-reply-files li').allTextContents();
const replyText = (page: Page) => page.locator('kat-textarea.case-reply-textarea textarea').inputValue();

describe("a template's file in the v3 reply box", () => {
  it("inserting the template puts its file in the page's attachment list; the seller can remove it; Send sends it", async () => {
    await saveTemplate('Care guide answer', { name: 'care-guide.pdf', type: 'application/pdf', bytes: PDF });
    const [t] = openCases();
    if (!t) throw new Error('no open US case with an order');
    const page = await openCase(t);
    const picker = await pickTemplate(page, 'Care guide answer');
    await expect.poll(() => picker.locator('[data-si="template-attachment"]').textContent()).toMatch(/care-guide\.pdf \(2\.\d KB\)/);
    await insert(picker);
    expect((await pageFiles(page)).map((x) => x.replace(/\s*×$/, ''))).toEqual(['care-guide.pdf']);
    expect(await replyText(page)).toMatch(/The care guide for your order is attached\./);
    // the page's own list: its remove button takes it out, as for a file the seller picked
    await page.locator('.case-reply ul.case-reply-files li button').click();
    await expect.poll(() => pageFiles(page)).toEqual([]);
    // inserted again and sent with the page's own Send: the reply carries the file
    await page.locator('kat-textarea.case-reply-textarea textarea').fill('');
    const again = await pickTemplate(page, 'Care guide answer');
    await insert(again);
    await expect.poll(async () => (await pageFiles(page)).length).toBe(1);
    await expect.poll(() => page.locator('[data-si="compose-policy"] [data-si="policy"]').getAttribute('data-si-verdict')).toBe('ok');
    await expect.poll(() => page.locator('kat-button.case-reply-send').getAttribute('disabled')).toBeNull();
    await page.locator('kat-button.case-reply-send').click();
    await expect.poll(() => s.replica.sent.filter((r) => r.kind === 'reply' && r.threadId === t.threadId).map((r) => r.attachments)).toEqual([
      [{ name: 'care-guide.pdf', type: 'application/pdf', size: PDF.length }],
    ]);
    await page.close();
  }, 120_000);

  it('a file of a type Amazon does not accept: refused with a clear message, nothing inserted or attached', async () => {
    await saveTemplate('Setup files', { name: 'setup.zip', type: 'application/zip', bytes: Buffer.from('PK\u0003\u0004zip') });
    const t = openCases()[1];
    if (!t) throw new Error('no second open US case');
    const page = await openCase(t);
    const picker = await pickTemplate(page, 'Setup files');
    await picker.locator('input').press('Enter');
    const confirm = picker.locator('[data-si="picker-confirm"]');
    await expect.poll(async () => {
      if (await confirm.count()) await confirm.click();
      return picker.locator('[data-si="picker-footer"] [role="alert"]').textContent();
    })
      .toBe('setup.zip is not a file type Amazon accepts (.jpg, .jpeg, .gif, .png, .pdf, .txt, .doc, .docx). Choose another file for this template in Options.');
    expect(await pageFiles(page)).toEqual([]);
    expect(await replyText(page)).toBe('');
    await page.close();
  }, 120_000);

  it('options: a file too large or of a refused type is not taken, with the reason', async () => {
    const page = await s.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/templates`);
    await page.locator('[data-si="tpl-new"]').click();
    await page.locator('[data-si="tpl-editor"]').waitFor();
    const input = page.locator('[data-si="tpl-attachment-input"]');
    await input.setInputFiles({ name: 'tool.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await page.getByText('tool.exe is not a file type Amazon accepts (.jpg, .jpeg, .gif, .png, .pdf, .txt, .doc, .docx).').first().waitFor({ timeout: 5_000 });
    await input.setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
    await page.getByText(/big\.pdf is 10(\.0)? MB: attachments can be up to 10 MB\./).first().waitFor({ timeout: 5_000 });
    expect(await page.locator('[data-si="tpl-attachment"]').count()).toBe(0);
    await page.close();
  }, 60_000);
});
