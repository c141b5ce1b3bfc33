/**
 * Writing in Chinese, sending in German (issue #18): "Write in 中文" beside the v3 case's reply box, with the browser's
 * Translator stood in for in the page UI's world. The translation shows live with its back-translation and its
 * policy check; what goes into the reply box and what the replica receives (exactly once) is the translation, with the
 * order id and the amount exactly as written; a translation the policy blocks cannot be put in.
 * SI_SCREENSHOTS=1 also writes docs/screenshots/translate-write.png (the stand-in answers with a fixed German text).
 */
import { pickCase } from '../replica/data/invariants';
import { startSession, type E2ESession } from './helpers/extension';
import { installTranslatorStandIn } from './helpers/translator-stand-in';

let s: E2ESession;
const ORIGIN = 'https://sellercentral.amazon.com';
const DE = 'A1PA6795UKMFR9';

beforeAll(async () => {
  s = await startSession({ threads: 120 });
  await s.ask({ type: 'settings/set', values: { sellerLanguage: 'zh' } });
});
afterAll(async () => { await s?.close(); });

describe('translate: writing a reply', () => {
  it('what is put in and sent is the translation, once, policy-checked; ids and amounts exact', async () => {
    const t = pickCase(s.replica.data, 'de-open-threads').find((x) => x.orderIds[0])!;
    const orderId = t.orderIds[0]!;
    const mine = `您好，订单 ${orderId} 的 12,99 € 已退款。`;
    const german = 'Guten Tag, für Bestellung ⟦1⟧ wurden ⟦2⟧ erstattet.';
    const blocked = '请发邮件到 info@lumen-home.de 联系我们。';
    const page = await s.newPage();
    const standIn = await installTranslatorStandIn(page, s.extensionId, {
      pairs: { 'zh>de': 'available', 'de>zh': 'available' },
      phrases: { '您好，订单 ⟦1⟧ 的 ⟦2⟧ 已退款。': german, '请发邮件到 ⟦1⟧ 联系我们。': 'Bitte schreiben Sie uns an ⟦1⟧.' },
    });
    await page.goto(`${ORIGIN}/messaging/inbox-v3?fi=responseNeeded&mons_sel_mkid=${DE}`);
    await standIn.ready();
    await page.locator('.case-list-item', { hasText: orderId }).first().click();
    const open = page.locator('[data-si="compose-translate"] [data-si-write-open]');
    await open.waitFor({ timeout: 20_000 });
    expect(await open.textContent()).toBe('Write in 中文');
    await open.click();
    const source = page.locator('[data-si-write-source]');
    await source.waitFor();

    // a text whose translation the policy blocks (an e-mail address): shown, and it cannot be put in
    await source.fill(blocked);
    await page.locator('[data-si-write-policy="block"]').waitFor({ timeout: 10_000 });
    // the finding is shown in the translation and in the seller's own words
    await expect.poll(() => page.locator('[data-si-write-finding]').first().textContent()).toContain(`in your words: “${blocked}”`);
    expect(await page.locator('[data-si-write-insert]').isDisabled()).toBe(true);

    await source.fill(mine);
    const expected = `Guten Tag, für Bestellung ${orderId} wurden 12,99 € erstattet.`;
    await expect.poll(() => page.locator('[data-si-write-target]').textContent(), { timeout: 10_000 }).toBe(expected);
    await expect.poll(() => page.locator('[data-si-write-back]').textContent(), { timeout: 10_000 }).toBe(`[de→zh] ${expected}`);
    await page.locator('[data-si-write-policy="ok"]').waitFor({ timeout: 10_000 });
    // the translator never saw the order id or the amount
    expect((await standIn.calls()).every((c) => !c.text.includes(orderId) && !c.text.includes('12,99'))).toBe(true);

    if (process.env.SI_SCREENSHOTS) {
      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.locator('.case-detail-pane').screenshot({ path: 'docs/screenshots/translate-write.png' });
    }
    await page.locator('[data-si-write-insert]').click();
    const reply = page.locator('kat-textarea.case-reply-textarea textarea');
    await expect.poll(() => reply.inputValue()).toBe(expected);
    const sent = () => s.replica.sent.filter((r) => r.kind === 'reply' && r.threadId === t.threadId);
    expect(sent()).toHaveLength(0);
    // the page's own Send is policy-checked on the translation
    await expect.poll(() => page.locator('[data-si="compose-policy"] [data-si="policy"]').getAttribute('data-si-verdict'), { timeout: 10_000 }).toBe('ok');
    await expect.poll(() => page.locator('kat-button.case-reply-send').getAttribute('disabled')).toBeNull();
    await page.locator('kat-button.case-reply-send').click();
    await expect.poll(() => sent().length, { timeout: 10_000 }).toBe(1);
    expect(sent()[0]).toMatchObject({ text: expected });
    // exactly once: nothing more arrives afterwards (the replica records every request)
    await page.waitForTimeout(500);
    expect(sent()).toHaveLength(1);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});
