/**
 * Reading a German case in Chinese (issue #18): on the inbox v3, with the browser's Translator / LanguageDetector
 * stood in for in the page UI's world (helpers/translator-stand-in.ts), each buyer message gets a Translate button
 * under it; the translation shows under the original (the page's text unchanged), names the detected language,
 * keeps the order id exactly (the translator never sees it); "Translate the conversation" does every message; a case
 * opened again shows its saved translations at once, also after a reload; a pair that needs a download shows its
 * progress from the click and translates when it is done.
 * SI_SCREENSHOTS=1 also writes docs/screenshots/translate-read.png (the stand-in's "translation" is marked [de→zh]).
 */
import type { Page } from 'playwright-core';
import { pickCase } from '../replica/data/invariants';
import type { ReplicaThread } from '../replica/data/types';
import { startSession, type E2ESession } from './helpers/extension';
import { installTranslatorStandIn, type StandIn } from './helpers/translator-stand-in';

let s: E2ESession;
const ORIGIN = 'https://sellercentral.amazon.com';
const DE = 'A1PA6795UKMFR9';
const ORDER_ID = /\d{3}-\d{7}-\d{7}/;

beforeAll(async () => {
  s = await startSession({ threads: 120 });
  await s.ask({ type: 'settings/set', values: { sellerLanguage: 'zh' } });
});
afterAll(async () => { await s?.close(); });

const caseUrl = (t: ReplicaThread) => `${ORIGIN}/messaging/inbox-v3?fi=caseId&ss=${t.threadId}&cc=${t.threadId}&mons_sel_mkid=${DE}`;
const listUrl = `${ORIGIN}/messaging/inbox-v3?fi=responseNeeded&mons_sel_mkid=${DE}`;
const messageUis = (page: Page) => page.locator('[data-si="translate-message"]');
const buyerTexts = (t: ReplicaThread) => t.messages.filter((m) => m.from === 'buyer' && m.text.trim());

async function openWithStandIn(url: string, pairs: Record<string, 'available' | 'downloadable'>): Promise<{ page: Page; standIn: StandIn }> {
  const page = await s.newPage();
  const standIn = await installTranslatorStandIn(page, s.extensionId, { pairs });
  await page.goto(url);
  await standIn.ready();
  return { page, standIn };
}

/** the case opened in-app from the list (the page UI and its stand-in are there before the case features start) */
async function pick(page: Page, t: ReplicaThread): Promise<void> {
  const row = page.locator('.case-list-item', { hasText: t.orderIds[0]! }).first();
  await row.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('cc')).toBe(t.threadId);
}

describe('translate: reading a case', () => {
  it('one message, then the whole conversation, under the originals; ids kept; saved for the next opening', async () => {
    const [a, b] = pickCase(s.replica.data, 'de-open-threads').filter((t) => t.orderIds[0]);
    const { page, standIn } = await openWithStandIn(listUrl, { 'de>zh': 'available' });
    await page.locator('.case-list-item').first().waitFor({ timeout: 20_000 });
    await pick(page, a!);
    const count = buyerTexts(a!).length;
    await expect.poll(() => messageUis(page).count(), { timeout: 20_000 }).toBe(count);
    const original = await page.locator('.case-message-body').first().textContent();

    // nothing is translated until asked
    expect(await standIn.calls()).toEqual([]);
    const first = messageUis(page).first();
    await first.getByRole('button', { name: 'Translate', exact: true }).click();
    const out = first.locator('[data-si-tr-text]');
    await out.waitFor({ timeout: 10_000 });
    const translated = (await out.textContent()) ?? '';
    expect(translated.startsWith('[de→zh] ')).toBe(true);
    // the detected language is named; the page's own text is unchanged
    await expect.poll(() => first.locator('div.tr').textContent()).toContain('German (detected) → Chinese');
    expect(await page.locator('.case-message-body').first().textContent()).toBe(original);
    // order ids: exactly as written, and never sent to the translator (a token stands in for them)
    const ids = (original ?? '').match(new RegExp(ORDER_ID, 'g')) ?? [];
    for (const id of ids) expect(translated).toContain(id);
    const calls = await standIn.calls();
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((c) => c.pair === 'de>zh' && !ORDER_ID.test(c.text))).toBe(true);
    if (ids.length) expect(calls.some((c) => c.text.includes('⟦1⟧'))).toBe(true);

    // the whole conversation
    await page.locator('[data-si="translate-all"]').getByRole('button').click();
    await expect.poll(() => page.locator('[data-si="translate-message"] [data-si-tr-text]').count(), { timeout: 10_000 }).toBe(count);

    if (process.env.SI_SCREENSHOTS) {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.locator('.case-detail-pane').screenshot({ path: 'docs/screenshots/translate-read.png' });
    }

    // another case and back: the saved translations show without asking again
    await pick(page, b!);
    await expect.poll(() => messageUis(page).count(), { timeout: 20_000 }).toBe(buyerTexts(b!).length);
    const before = (await standIn.calls()).length;
    await pick(page, a!);
    await expect.poll(() => page.locator('[data-si="translate-message"] [data-si-tr-text]').count(), { timeout: 20_000 }).toBe(count);
    expect(await messageUis(page).first().locator('div.tr').textContent()).toContain('saved translation');
    expect((await standIn.calls()).length).toBe(before);

    // a reload (a new page UI, empty memory): from the background's store
    await page.goto(caseUrl(a!));
    await expect.poll(() => page.locator('[data-si="translate-message"] [data-si-tr-text]').count(), { timeout: 20_000 }).toBe(count);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('a pair that needs a download: progress from the click, then the translation', async () => {
    const [, , c] = pickCase(s.replica.data, 'de-open-threads');
    const { page, standIn } = await openWithStandIn(listUrl, { 'de>zh': 'downloadable' });
    await page.locator('.case-list-item').first().waitFor({ timeout: 20_000 });
    await pick(page, c!);
    const first = messageUis(page).first();
    await first.waitFor({ timeout: 20_000 });
    await first.getByRole('button', { name: 'Translate', exact: true }).click();
    await expect.poll(() => first.locator('div.tr').textContent(), { timeout: 10_000 }).toContain('Downloading the German → Chinese language pack: 0%');
    await standIn.progress(0.4);
    await expect.poll(() => first.locator('div.tr').textContent()).toContain('language pack: 40%');
    await standIn.finishDownload();
    await first.locator('[data-si-tr-text]').waitFor({ timeout: 10_000 });
    expect(await first.locator('[data-si-tr-text]').textContent()).toMatch(/^\[de→zh\] /);
    await page.close();
  });

  it('a browser without the APIs (Firefox, Chromium builds without them): the buttons say why, nothing else changes', async () => {
    // a case opened, never translated, in the first test (a saved translation would still show)
    const t = pickCase(s.replica.data, 'de-open-threads').filter((x) => x.orderIds[0])[1]!;
    const page = await s.newPage();
    const standIn = await installTranslatorStandIn(page, s.extensionId, { pairs: {}, absent: true });
    await page.goto(listUrl);
    await standIn.ready();
    await page.locator('.case-list-item').first().waitFor({ timeout: 20_000 });
    await pick(page, t);
    const first = messageUis(page).first();
    await first.waitFor({ timeout: 20_000 });
    expect(await first.getByRole('button', { name: 'Translate', exact: true }).isDisabled()).toBe(true);
    expect(await first.locator('div.tr').textContent()).toContain('Not available in this browser: on-device translation needs Chrome 138');
    expect(await page.locator('[data-si="translate-all"]').getByRole('button').isDisabled()).toBe(true);
    const write = page.locator('[data-si="compose-translate"] [data-si-write-open]');
    await write.waitFor({ timeout: 20_000 });
    expect(await write.isDisabled()).toBe(true);
    // the other features of the case are there as always
    await page.locator('[data-si="compose-templates"]').waitFor({ state: 'attached', timeout: 20_000 });
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});
