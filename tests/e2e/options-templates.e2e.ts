/**
 * Options > Templates, the error paths, on the real options page in Chromium: syntax errors with line and
 * column (clicking one puts the caret there; Save is refused and nothing is stored), an unknown variable
 * with its suggestion, a policy violation with the block verdict and the span highlighted in the preview,
 * importing broken templates files (the error dialog names the place; the store is unchanged, also when the
 * background is asked directly), importing a valid file, and export -> import -> export giving the same bytes.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Template } from '../../lib/model';
import { startSession, type E2ESession } from './helpers/extension';

interface ListResponse { templates: Template[]; attachments: unknown[] }

let s: E2ESession;
beforeAll(async () => { s = await startSession({ threads: 10 }); });
afterAll(async () => { await s?.close(); });

const list = async (): Promise<Template[]> => ((await s.ask({ type: 'templates/list' })) as ListResponse).templates;
/** the store, in id order (independent of how the list sorts names) */
const snapshot = async () => [...(await list())].sort((a, b) => (a.id < b.id ? -1 : 1));

async function openTemplates(hash = 'templates'): Promise<Page> {
  const page = await s.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${s.extensionId}/options.html#/${hash}`);
  await page.locator('#opt-page-title').waitFor();
  return page;
}

async function newTemplate(name: string): Promise<Page> {
  const page = await openTemplates();
  await page.locator('[data-si="tpl-new"]').click();
  await page.locator('[data-si="tpl-editor"]').waitFor();
  expect(page.url()).toContain('#/templates/new');
  await page.locator('[data-si="tpl-name"]').fill(name);
  return page;
}

const body = (page: Page) => page.locator('[data-si="tpl-body"]');
const syntaxErrors = (page: Page) => page.locator('[data-si="tpl-syntax-errors"] li');
const caret = (page: Page) => body(page).evaluate((el) => {
  const ta = el as HTMLTextAreaElement;
  return { start: ta.selectionStart, end: ta.selectionEnd, focused: document.activeElement === ta, value: ta.value };
});

async function expectText(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 5000 });
}

const chooseFile = (page: Page, name: string, text: string) =>
  page.locator('[data-si="tpl-import-input"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

async function exportFile(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-si="tpl-export"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^seller-inbox-templates-\d{4}-\d{2}-\d{2}\.json$/);
  return readFileSync(await download.path());
}

describe('options: template editor error paths', () => {
  it('shows a syntax error with line and column, puts the caret there on click, and refuses to save', async () => {
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(0); // the starters
    const page = await newTemplate('E2E broken tag');
    const text = 'Hi there,\nHello {{buyer_name';
    await body(page).fill(text);

    await expect.poll(() => syntaxErrors(page).allTextContents()).toEqual([
      'Line 2, column 7: A tag is opened with {{ but never closed with }}.',
    ]);
    expect(await body(page).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-si="tpl-tab-en"]').getAttribute('data-state')).toBe('error');
    await expectText(page, 'Fix the errors under the text to see the preview.');
    expect(await page.locator('[data-si="tpl-verdict"]').count()).toBe(0);

    // the error's "Line 2, column 7" puts the caret on the "{{" (offset 16)
    await body(page).evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(0, 0));
    await page.locator('[data-si="tpl-syntax-errors"] .tpl-errors__at').click();
    expect(await caret(page)).toMatchObject({ start: text.indexOf('{{'), end: text.indexOf('{{'), focused: true });

    // Save is refused: the problem is listed with its place, and nothing is stored
    await page.locator('[data-si="tpl-save"]').click();
    await page.locator('[data-si="tpl-problems"]').waitFor();
    expect(await page.locator('[data-si="tpl-problems"] li').allTextContents()).toEqual([
      'English text, line 2, column 7: A tag is opened with {{ but never closed with }}.',
    ]);
    await expectText(page, 'Fix these problems before saving:');
    expect(page.url()).toContain('#/templates/new');
    expect(await snapshot()).toEqual(before);
    expect((await list()).some((x) => x.name === 'E2E broken tag')).toBe(false);

    // an empty name is refused too, with the field marked
    await page.locator('[data-si="tpl-name"]').fill('');
    await page.locator('[data-si="tpl-save"]').click();
    await expect.poll(() => page.locator('[data-si="tpl-problems"] li').allTextContents()).toContain('A name is required.');
    expect(await page.locator('[data-si="tpl-name"]').getAttribute('aria-invalid')).toBe('true');
    expect(await snapshot()).toEqual(before);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  // Regression: clicking an error once left a pending caret that the next render (the seller's next keystroke)
  // applied, so typing jumped back to the error ("Hello {{buyer_name" + End + "}}" gave "Hello }{{buyer_name}").
  it('keeps the caret where the seller types after jumping to an error', async () => {
    const page = await newTemplate('E2E caret');
    const text = 'Hi there,\nHello {{buyer_name';
    await body(page).fill(text);
    await page.locator('[data-si="tpl-syntax-errors"] .tpl-errors__at').click();
    expect((await caret(page)).start).toBe(text.indexOf('{{'));
    // the seller then goes to the end of the text and closes the tag
    await page.keyboard.press('Control+End');
    expect((await caret(page)).start).toBe(text.length);
    await page.keyboard.type('}}');
    expect(await caret(page)).toMatchObject({ value: `${text}}}`, start: text.length + 2, focused: true });
    await expect.poll(() => syntaxErrors(page).count()).toBe(0);
    await page.close();
  });

  it('names an unknown variable with the suggestion, clears it once fixed, and saves', async () => {
    const before = await snapshot();
    const page = await newTemplate('E2E shipping update');
    await page.locator('[data-si="tpl-tags"]').fill('e2e, shipping');
    await body(page).fill('Hello {{buyerName}},\nyour order {{order_id}} is on its way.');
    await expect.poll(() => syntaxErrors(page).allTextContents()).toEqual([
      'Line 1, column 7: Unknown variable "{{buyerName}}". Did you mean {{buyer_name}}?',
    ]);
    await page.locator('[data-si="tpl-save"]').click();
    await page.locator('[data-si="tpl-problems"]').waitFor();
    expect(await snapshot()).toEqual(before);

    const fixed = 'Hello {{buyer_name}},\nyour order {{order_id}} is on its way.';
    await body(page).fill(fixed);
    await expect.poll(() => syntaxErrors(page).count()).toBe(0);
    expect(await body(page).getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('[data-si="tpl-problems"]').count()).toBe(0); // editing clears the refused save's list
    // the preview renders with the sample order's values
    const preview = page.locator('[data-si="tpl-preview-text"]');
    await expect.poll(() => preview.textContent()).toBe('Hello Emily Carter,\nyour order 113-4829301-5567214 is on its way.');
    expect(await page.locator('[data-si="tpl-verdict"]').getAttribute('class')).toContain('tpl-verdict--ok');

    await page.locator('[data-si="tpl-save"]').click();
    await expectText(page, 'Saved “E2E shipping update”');
    await page.waitForURL(/#\/templates\/(?!new)[^/]+$/);
    const saved = (await list()).find((x) => x.name === 'E2E shipping update');
    expect(saved).toMatchObject({ tags: ['e2e', 'shipping'], categories: [], bodies: { en: fixed } });
    expect(page.url()).toContain(`#/templates/${encodeURIComponent(saved?.id ?? '')}`);
    expect(await snapshot()).toHaveLength(before.length + 1);
    expect(await page.locator('[data-si="tpl-save"]').isDisabled()).toBe(true); // nothing left to save

    await page.locator('[data-si="tpl-back"]').click();
    await page.locator('[data-si="tpl-open"]', { hasText: 'E2E shipping update' }).waitFor();
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('shows the block verdict for a policy violation and highlights the span in the preview', async () => {
    const page = await newTemplate('E2E review bribe');
    await body(page).fill('Hello {{buyer_first_name}},\nLeave us 5 stars and get a gift card!');
    const verdict = page.locator('[data-si="tpl-verdict"]');
    await verdict.waitFor();
    expect(await verdict.getAttribute('class')).toContain('tpl-verdict--block');
    expect(await verdict.textContent()).toContain('Amazon does not allow this message');
    expect(await page.locator('[data-si="tpl-tab-en"]').getAttribute('data-state')).toBe('block');
    expect(await syntaxErrors(page).count()).toBe(0);

    const preview = page.locator('[data-si="tpl-preview-text"]');
    expect(await preview.textContent()).toContain('Hello Emily,');
    const spans = preview.locator('[data-si="tpl-finding"]');
    expect(await spans.count()).toBeGreaterThan(0);
    const first = spans.first();
    expect(await first.getAttribute('class')).toContain('tpl-hl-finding--block');
    // the highlighted text (without the finding number) is the offending phrase
    const highlighted = await first.evaluate((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''));
    expect(highlighted).toBe('5 stars');
    expect(await first.getAttribute('title')).toContain('1. Asks for a positive or 5-star rating');
    const findings = await page.locator('[data-si="tpl-findings"] li').allTextContents();
    expect(findings[0]).toContain('Not allowed');
    // the rule by its name, not its id (#16.8)
    expect(findings[0]).not.toContain('review-manipulation');

    // as a review request it is just as blocked; as a reply, a neutral text clears the verdict and the highlight
    await page.locator('[data-si="tpl-kind"]').selectOption('review-request');
    expect(await verdict.getAttribute('class')).toContain('tpl-verdict--block');
    await page.locator('[data-si="tpl-kind"]').selectOption('reply');
    await body(page).fill('Hello {{buyer_first_name}},\nthank you for your order. Your parcel is on its way.');
    await expect.poll(() => verdict.getAttribute('class')).not.toContain('tpl-verdict--block');
    expect(await preview.locator('[data-si="tpl-finding"]').count()).toBe(0);
    await page.close();
  });
});

describe('options: templates import and export', () => {
  it('refuses a file that is not valid JSON, naming the line and column; the store is unchanged', async () => {
    const before = await snapshot();
    const page = await openTemplates();
    const broken = '{\n  "format": "seller-inbox-templates",\n  "version": 1,\n  "templates": [\n    { "id": "a", }\n  ]\n}\n';
    await chooseFile(page, 'broken.json', broken);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.si-dialog__title').textContent()).toBe('broken.json cannot be imported');
    expect(await dialog.locator('[data-si="tpl-import-errors"] li').allTextContents()).toEqual([
      'Not valid JSON: line 5, column 18: expected a property name in double quotes, found "}"',
    ]);
    await expectText(page, 'Nothing was imported.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await snapshot()).toEqual(before);
    await page.close();
  });

  it('refuses a valid JSON file with a bad body in templates[1].bodies.de, naming the place; the store is unchanged', async () => {
    const before = await snapshot();
    const page = await openTemplates();
    const file = {
      format: 'seller-inbox-templates', version: 1,
      templates: [
        { id: 'e2e-bad-0', name: 'E2E fine', tags: [], categories: [], bodies: { en: 'Hello {{buyer_name}}' } },
        { id: 'e2e-bad-1', name: 'E2E bad German', tags: [], categories: ['other'], bodies: { en: 'Hello {{buyer_name}}', de: 'Hallo {{buyer_name}},\nIhre {{bestellnummer}} ist unterwegs.' } },
        { id: 'e2e-bad-2', name: 'E2E unclosed', tags: [], categories: [], bodies: { fr: 'Bonjour {{#items}}{{title}}' } },
      ],
    };
    await chooseFile(page, 'bad-body.json', JSON.stringify(file, null, 2));
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.si-dialog__title').textContent()).toBe('bad-body.json cannot be imported');
    expect(await dialog.locator('[data-si="tpl-import-errors"] li').allTextContents()).toEqual([
      'templates[1].bodies.de: line 2, column 6: Unknown variable "{{bestellnummer}}".',
      'templates[2].bodies.fr: line 1, column 9: Section {{#items}} is never closed with {{/items}}.',
    ]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await snapshot()).toEqual(before);
    expect(await page.locator('[data-si="tpl-open"]', { hasText: 'E2E fine' }).count()).toBe(0);

    // the background checks the file again: asked directly, it refuses all of it too
    const direct = await s.ask({ type: 'templates/import', json: JSON.stringify(file), mode: 'merge' }) as { error?: { code: string; message: string } };
    expect(direct.error?.code).toBe('invalid-request');
    expect(direct.error?.message).toContain('templates[1].bodies.de: line 2, column 6: Unknown variable "{{bestellnummer}}".');
    expect(await snapshot()).toEqual(before);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('imports a valid file, and export -> import -> export gives the same bytes', async () => {
    const before = await snapshot();
    const page = await openTemplates();
    const good = {
      format: 'seller-inbox-templates', version: 1,
      templates: [
        {
          id: 'e2e-import-delay', name: 'E2E Imported delay', tags: ['e2e', 'delay'], categories: ['where-is-my-order'],
          bodies: { en: 'Hello {{buyer_first_name}},\nyour order {{order_id}} is delayed.', de: 'Hallo {{buyer_first_name}},\nIhre Bestellung {{order_id}} verspätet sich.' },
          createdAt: '2026-01-05T09:30:00.000Z', updatedAt: '2026-01-06T10:00:00.000Z',
        },
        {
          id: 'e2e-import-invoice', name: 'E2E Imported invoice', tags: ['e2e'], categories: ['invoice'],
          bodies: { ja: '{{buyer_name}} 様\nご注文 {{order_id}} の請求書を添付いたしました。' },
          createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z',
        },
      ],
    };
    await chooseFile(page, 'good.json', JSON.stringify(good, null, 2));
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.si-dialog__title').textContent()).toBe('Import good.json');
    await expectText(page, 'The file holds 2 valid templates.');
    await expectText(page, '0 replaced, 2 added.');
    await dialog.getByRole('button', { name: 'Import' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page, 'Imported: 2 added, 0 updated');
    await page.locator('[data-si="tpl-open"]', { hasText: 'E2E Imported delay' }).waitFor();
    await page.locator('[data-si="tpl-open"]', { hasText: 'E2E Imported invoice' }).waitFor();

    const after = await snapshot();
    expect(after).toHaveLength(before.length + 2);
    expect(after.find((x) => x.id === 'e2e-import-delay')).toEqual(good.templates[0]);
    expect(after.find((x) => x.id === 'e2e-import-invoice')).toEqual(good.templates[1]);
    // the imported template opens in the editor, no error on either language
    await page.locator('[data-si="tpl-open"]', { hasText: 'E2E Imported delay' }).click();
    await page.locator('[data-si="tpl-editor"]').waitFor();
    expect(await page.locator('[data-si="tpl-tab-en"]').getAttribute('data-state')).toBe('ok');
    expect(await page.locator('[data-si="tpl-tab-de"]').getAttribute('data-state')).toBe('ok');
    await page.locator('[data-si="tpl-back"]').click();
    await page.locator('[data-si="tpl-export"]').waitFor();

    // round trip: export, import that file (every template replaced by itself), export again
    const first = await exportFile(page);
    expect(first.toString('utf8')).toBe(((await s.ask({ type: 'templates/export' })) as { json: string }).json);
    const exported = JSON.parse(first.toString('utf8')) as { templates: unknown[] };
    expect(exported.templates).toHaveLength(after.length);
    await chooseFile(page, 'round-trip.json', first.toString('utf8'));
    await dialog.waitFor();
    await expectText(page, `${after.length} replaced, 0 added.`);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page, `Imported: 0 added, ${after.length} updated`);
    expect(await snapshot()).toEqual(after);
    const second = await exportFile(page);
    expect(second.equals(first)).toBe(true);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});
