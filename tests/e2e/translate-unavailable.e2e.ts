/**
 * The real path in this browser, with no stand-in (issue #18): whatever the Chromium running the tests has. Debian's
 * Chromium 156 exposes `Translator` (every pair "downloadable": a language pack this machine cannot download) and
 * `LanguageDetector` ("unavailable"). Settings then say "needs a download" per pair and "not available" for
 * detection; in a case, Translate names the marketplace's language (nothing detected) and shows the download starting
 * from the click, which Cancel stops, with nothing sent to any host but Seller Central and the page's text unchanged.
 * A browser without the API gets the "not available in this browser" line instead (same test, the other branch).
 */
import { pickCase } from '../replica/data/invariants';
import { startSession, type E2ESession } from './helpers/extension';

let s: E2ESession;
const ORIGIN = 'https://sellercentral.amazon.com';
const DE = 'A1PA6795UKMFR9';

beforeAll(async () => {
  s = await startSession({ threads: 120 });
  await s.ask({ type: 'settings/set', values: { sellerLanguage: 'zh' } });
});
afterAll(async () => { await s?.close(); });

describe('translate: the real APIs of this Chromium', () => {
  it('settings: per pair what this browser says, detection included', async () => {
    const page = await s.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/settings`);
    const real = await page.evaluate(async () => {
      const T = (globalThis as { Translator?: { availability(o: object): Promise<string> } }).Translator;
      const L = (globalThis as { LanguageDetector?: { availability(): Promise<string> } }).LanguageDetector;
      return {
        translator: T ? await T.availability({ sourceLanguage: 'de', targetLanguage: 'zh' }) : 'absent',
        detector: L ? await L.availability() : 'absent',
      };
    });
    console.log(`[translate] this Chromium: ${JSON.stringify(real)} (${await page.evaluate(() => navigator.userAgent)})`);
    if (real.translator === 'absent') {
      await page.locator('[data-si="translation-absent"]').waitFor({ timeout: 10_000 });
      expect(await page.locator('[data-si="translation-pairs"]').count()).toBe(0);
      return;
    }
    const row = page.locator('[data-si-pair="de-zh"]');
    await row.waitFor({ timeout: 10_000 });
    const expected = { available: 'Ready', downloadable: 'Needs a download', downloading: 'Downloading', unavailable: 'Not available in this browser' }[real.translator];
    await expect.poll(() => row.textContent()).toContain(expected);
    expect(await row.getByRole('button', { name: 'Download' }).count()).toBe(real.translator === 'downloadable' ? 1 : 0);
    const detector = page.locator('[data-si-pair="detector"]');
    await expect.poll(() => detector.textContent()).toContain(real.detector === 'available' ? 'Ready' : real.detector === 'unavailable' || real.detector === 'absent' ? 'Not available in this browser' : 'Needs a download');
    await page.close();
  });

  it('a case: the Translate button starts what this browser can do, and nothing else changes', async () => {
    const t = pickCase(s.replica.data, 'de-open-threads')[0]!;
    const page = await s.newPage();
    await page.goto(`${ORIGIN}/messaging/inbox-v3?fi=caseId&ss=${t.threadId}&cc=${t.threadId}&mons_sel_mkid=${DE}`);
    const ui = page.locator('[data-si="translate-message"]').first();
    await ui.waitFor({ timeout: 20_000 });
    const body = await page.locator('.case-message-body').first().textContent();
    const present = await ui.locator('div.tr[data-si-tr="absent"]').count() === 0;
    if (!present) {
      expect(await ui.getByRole('button', { name: 'Translate', exact: true }).isDisabled()).toBe(true);
      expect(await ui.locator('div.tr').textContent()).toContain('Not available in this browser');
    } else {
      await ui.getByRole('button', { name: 'Translate', exact: true }).click();
      // this Chromium: no detection, so the marketplace's language; the pack is not on the device: its download starts
      await expect.poll(() => ui.locator('div.tr').getAttribute('data-si-tr'), { timeout: 10_000 }).not.toBe('idle');
      const state = await ui.locator('div.tr').getAttribute('data-si-tr');
      const text = (await ui.locator('div.tr').textContent()) ?? '';
      console.log(`[translate] a case in this Chromium: ${state}: ${text}`);
      if (state === 'working') {
        expect(text).toMatch(/Downloading the German → Chinese language pack: \d+%|Translating…/);
        await ui.getByRole('button', { name: 'Cancel' }).click();
        await expect.poll(() => ui.locator('div.tr').getAttribute('data-si-tr')).toBe('idle');
      } else {
        expect(['done', 'error']).toContain(state);
      }
    }
    expect(await page.locator('.case-message-body').first().textContent()).toBe(body);
    expect(s.blockedRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});
