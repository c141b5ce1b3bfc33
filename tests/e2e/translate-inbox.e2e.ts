/**
 * The inbox preview translated on demand (issue #18, item 1): on the inbox v3 list, with the browser's Translator
 * stood in for (helpers/translator-stand-in.ts), nothing is added to the rows and nothing is translated until the
 * seller asks; pointing at a row shows ONE shared control (outside the list); pressing it translates that row's
 * preview into the seller's language, shown under the preview, without opening the case.
 */
import { pickCase } from '../replica/data/invariants';
import { startSession, type E2ESession } from './helpers/extension';
import { installTranslatorStandIn } from './helpers/translator-stand-in';

let s: E2ESession;
const ORIGIN = 'https://sellercentral.amazon.com';
const DE = 'A1PA6795UKMFR9';
/** what helpers/translator-stand-in.ts detects as German */
const GERMAN = /[äöüß]|\b(der|die|das|und|ich|nicht|mein|meine|bitte|wo|ist)\b/i;
const listUrl = `${ORIGIN}/messaging/inbox-v3?fi=responseNeeded&mons_sel_mkid=${DE}`;

beforeAll(async () => {
  s = await startSession({ threads: 120 });
  await s.ask({ type: 'settings/set', values: { sellerLanguage: 'zh' } });
});
afterAll(async () => { await s?.close(); });

describe('translate: the inbox preview', () => {
  it('one shared control for the row pointed at; pressed, that row only gets its preview translated', async () => {
    // a case whose preview (its last message's first 100 characters) the stand-in's detector reads as German
    const open = pickCase(s.replica.data, 'de-open-threads').filter((t) => t.orderIds[0]).slice(0, 3);
    const a = open.find((t) => GERMAN.test(t.messages[t.messages.length - 1]?.text.replace(/\s+/g, ' ').slice(0, 100) ?? ''));
    const b = open.find((t) => t !== a);
    expect(a, 'a German preview among the first open DE cases').toBeDefined();
    const page = await s.newPage();
    const standIn = await installTranslatorStandIn(page, s.extensionId, { pairs: { 'de>zh': 'available' } });
    await page.goto(listUrl);
    await standIn.ready();
    const rowA = page.locator('.case-list-item', { hasText: a!.orderIds[0]! }).first();
    const rowB = page.locator('.case-list-item', { hasText: b!.orderIds[0]! }).first();
    await rowA.waitFor({ timeout: 20_000 });
    const previewA = (await rowA.locator('.case-list-item-preview').textContent())?.trim() ?? '';
    expect(previewA).not.toBe('');

    // nothing in the rows, nothing translated, no control until the seller points at a row
    const control = page.locator('[data-si="translate-preview-control"]').getByRole('button', { name: 'Translate preview' });
    expect(await page.locator('.case-list [data-si^="translate-preview"]').count()).toBe(0);
    expect(await control.count()).toBe(0);

    // the page UI may start after the rows show: point at one row, then another, until the control answers
    await expect.poll(async () => {
      await rowA.hover();
      await rowB.hover();
      return control.count();
    }, { timeout: 20_000 }).toBe(1);
    await rowA.hover();
    await expect.poll(async () => {
      const box = await rowA.boundingBox();
      const at = await control.boundingBox();
      return Boolean(box && at && at.y + at.height / 2 > box.y && at.y + at.height / 2 < box.y + box.height);
    }).toBe(true);
    // one control for the whole list, and it is not in a row
    expect(await page.locator('[data-si="translate-preview-control"]').count()).toBe(1);
    expect(await page.locator('.case-list [data-si="translate-preview-control"]').count()).toBe(0);
    expect(await standIn.calls()).toEqual([]);

    await control.click();
    const out = rowA.locator('[data-si="translate-preview"] [data-si-tr-text]');
    await out.waitFor({ timeout: 10_000 });
    expect((await out.textContent())?.startsWith('[de→zh] ')).toBe(true);
    // that row only; the case did not open; the preview's own text is unchanged
    expect(await page.locator('[data-si="translate-preview"]').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('cc')).toBeNull();
    expect((await rowA.locator('.case-list-item-preview').textContent())?.trim()).toBe(previewA);
    const calls = await standIn.calls();
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.pair === 'de>zh')).toBe(true);
    // a press on the translation's own button does not open the case either
    await rowA.locator('[data-si="translate-preview"]').getByRole('button', { name: 'Hide translation' }).click();
    await expect.poll(() => out.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('cc')).toBeNull();
    await page.close();
  });

  it('by keyboard: Tab from the focused row reaches the control (a focus ring shows), Enter translates, Shift+Tab goes back', async () => {
    const open = pickCase(s.replica.data, 'de-open-threads').filter((t) => t.orderIds[0]);
    const page = await s.newPage();
    const standIn = await installTranslatorStandIn(page, s.extensionId, { pairs: { 'de>zh': 'available' } });
    await page.goto(listUrl);
    await standIn.ready();
    const a = open.slice(0, 3).find((t) => GERMAN.test(t.messages[t.messages.length - 1]?.text.replace(/\s+/g, ' ').slice(0, 100) ?? ''));
    const other = open.find((t) => t !== a);
    const row = page.locator('.case-list-item[tabindex="0"]', { hasText: a!.orderIds[0]! }).first();
    const otherRow = page.locator('.case-list-item[tabindex="0"]', { hasText: other!.orderIds[0]! }).first();
    await row.waitFor({ timeout: 20_000 });
    const control = page.locator('[data-si="translate-preview-control"]').getByRole('button', { name: 'Translate preview' });
    // the page UI may start after the rows show: focus the row until the control answers
    await expect.poll(async () => {
      await otherRow.focus();
      await row.focus();
      return control.count();
    }, { timeout: 20_000 }).toBe(1);
    await page.keyboard.press('Tab');
    await expect.poll(() => control.evaluate((b) => b.matches(':focus-visible'))).toBe(true);
    expect(await control.evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');
    // Shift+Tab: back to the row; Tab again: the control
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => row.evaluate((r) => r === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => control.evaluate((b) => b.matches(':focus'))).toBe(true);
    await page.keyboard.press('Enter');
    await row.locator('[data-si="translate-preview"] [data-si-tr-text]').waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('cc')).toBeNull();
    await page.close();
  });
});
