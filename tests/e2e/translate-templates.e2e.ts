/**
 * Templates and on-device translation (issue #18), in the options page (an extension page: the stand-in for the
 * browser's Translator goes into its own world, before its scripts): an empty language drafted from one with a body
 * (template values exact, the template tagged "translation draft"), and a body read in the seller's language.
 */
import { startSession, type E2ESession } from './helpers/extension';
import { standInScript } from './helpers/translator-stand-in';

let s: E2ESession;
beforeAll(async () => {
  s = await startSession({ threads: 40 });
  await s.ask({ type: 'settings/set', values: { sellerLanguage: 'zh' } });
});
afterAll(async () => { await s?.close(); });

describe('translate: templates', () => {
  it('drafts a missing language from another and shows a body in the seller’s language', async () => {
    const page = await s.newPage();
    await page.addInitScript(standInScript({ pairs: { 'en>de': 'available', 'de>zh': 'available' } }));
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/templates`);
    await page.locator('#opt-page-title').waitFor();
    await page.locator('[data-si="tpl-new"]').click();
    await page.locator('[data-si="tpl-editor"]').waitFor();
    await page.locator('[data-si="tpl-name"]').fill('Translated e2e');
    const english = 'Hello {{buyer_first_name}},\nyour order {{order_id}} is on its way.';
    await page.locator('[data-si="tpl-body"]').fill(english);
    await page.locator('[data-si="tpl-tab-de"]').click();
    await page.locator('[data-si="tpl-translate-draft"]').click();
    await expect.poll(() => page.locator('[data-si="tpl-body"]').inputValue())
      .toBe('[en→de] Hello {{buyer_first_name}},\n[en→de] your order {{order_id}} is on its way.');
    expect(await page.locator('[data-si="tpl-tags"]').inputValue()).toContain('translation draft');
    await page.locator('[data-si="tpl-translate-view"]').click();
    await expect.poll(() => page.locator('[data-si="tpl-translate-text"]').textContent())
      .toBe('[de→zh] [en→de] Hello {{buyer_first_name}},\n[de→zh] [en→de] your order {{order_id}} is on its way.');
    await page.close();
  });
});
