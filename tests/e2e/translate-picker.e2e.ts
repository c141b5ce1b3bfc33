/**
 * The template picker's preview in the seller's language (issue #18, item 3): with the browser's Translator stood in
 * for (helpers/translator-stand-in.ts) and the seller's language Chinese, the preview of an English template offers
 * Translate; nothing is translated until pressed; pressed, the rendered body (the thread's real values in it) shows
 * in Chinese under the preview; another template starts over; what is inserted is the template's own text.
 */
import { pickCase } from '../replica/data/invariants';
import { startSession, type E2ESession } from './helpers/extension';
import { installTranslatorStandIn } from './helpers/translator-stand-in';

let s: E2ESession;
beforeAll(async () => {
  s = await startSession();
  await s.ask({ type: 'settings/set', values: { sellerLanguage: 'zh' } });
});
afterAll(async () => { await s?.close(); });

const threadUrl = (id: string) => `https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${encodeURIComponent(id)}&cc=${encodeURIComponent(id)}`;

describe('translate: the template picker preview', () => {
  it('translates the previewed body on demand, under the preview, and inserts the original', async () => {
    const t = pickCase(s.replica.data, 'us-open-threads-with-order')[1]!;
    const page = await s.newPage();
    const standIn = await installTranslatorStandIn(page, s.extensionId, { pairs: { 'en>zh': 'available' } });
    await page.goto(threadUrl(t.threadId));
    await standIn.ready();
    await page.locator('[data-si="template-button"]').waitFor({ timeout: 20_000 });
    const textarea = page.locator('textarea.compose-textarea');
    await textarea.click();
    await page.keyboard.press('Alt+T');
    const picker = page.locator('[data-si="template-picker"]');
    await picker.waitFor();
    await page.keyboard.type('return refund');
    const preview = picker.locator('[data-si="template-preview"]');
    const firstName = t.buyerName.split(/\s+/)[0]!;
    await expect.poll(() => preview.textContent()).toContain(`Hello ${firstName},`);
    const body = (await preview.textContent())!;

    const ui = picker.locator('[data-si="template-preview-translation"]');
    expect(await ui.locator('[data-si-tr-text]').count()).toBe(0);
    expect(await standIn.calls()).toEqual([]);
    await ui.getByRole('button', { name: 'Translate', exact: true }).click();
    const out = ui.locator('[data-si-tr-text]');
    await out.waitFor({ timeout: 10_000 });
    const translated = (await out.textContent()) ?? '';
    expect(translated.startsWith('[en→zh] ')).toBe(true);
    expect(translated).toContain(firstName);
    expect((await standIn.calls()).every((c) => c.pair === 'en>zh')).toBe(true);
    await expect.poll(() => ui.textContent()).toContain('English → Chinese');
    // the original stays as it was
    expect(await preview.textContent()).toBe(body);

    // another template: starts over (nothing shown until asked again)
    await picker.locator('input').fill('general request');
    await expect.poll(() => preview.textContent()).not.toBe(body);
    await expect.poll(() => out.count()).toBe(0);
    await picker.locator('input').fill('return refund');
    await expect.poll(() => preview.textContent()).toBe(body);

    // what goes in is the template's own text, not the translation
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    const inserted = await textarea.inputValue();
    expect(inserted).toContain(`Hello ${firstName},`);
    expect(inserted).not.toContain('[en→zh]');
    await page.close();
  });
});
