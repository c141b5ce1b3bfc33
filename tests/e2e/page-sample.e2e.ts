/**
 * Page check and page sample, in Chromium with the built extension:
 * - on the drifted inbox the quiet notice offers "Save page sample"; the file it downloads has the
 *   page's structure (shadow roots inlined) and none of the replica's buyer names, order ids or e-mails;
 *   the notice's "What was read" and the popup (for that tab) say the inbox list was not recognised;
 * - on the normal inbox, and on the one with every row in its own shadow root, the popup says what was
 *   read and its "Save page sample" (through the tab's page UI) saves a sample that re-hydrates in
 *   Chromium (declarative shadow DOM) with every row of the live page.
 * SI_UPDATE_PAGE_FIXTURES=1 writes those samples to tests/fixtures/pages/ (the adapter round-trip
 * fixtures, tests/unit/page-sample-fixture.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { REPO_ROOT } from '../replica/harness';
import { SC, startInboxSession, type InboxSession } from './helpers/session';

const INBOX = `${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`;
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/pages');

let s: InboxSession;
beforeAll(async () => { s = await startInboxSession({ threads: 40 }); });
afterAll(async () => { await s?.close(); });
const opened: Page[] = [];
afterEach(async () => {
  s.replica.setFaults({});
  for (const p of opened.splice(0)) await p.close().catch(() => undefined);
});
const newPage = async (): Promise<Page> => {
  const page = await s.newPage();
  opened.push(page);
  return page;
};

const downloaded = async (download: Download): Promise<string> => readFileSync((await download.path())!, 'utf8');

/** Buyer names, order ids and e-mails of the replica's data that must never appear in a sample. */
function personalStrings(): string[] {
  const out = new Set<string>();
  for (const b of s.data.buyers) {
    out.add(b.relayEmail);
    for (const word of b.name.split(/\s+/)) if (word.length >= 3) out.add(word);
  }
  for (const t of s.data.threads) for (const id of t.orderIds) out.add(id);
  for (const t of s.data.threads) out.add(t.threadId);
  return [...out];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** the personal strings found in a sample, as whole words (case-insensitive) */
const leaks = (sample: string): string[] => personalStrings().filter((p) => new RegExp(`(?<![\\p{L}\\d])${escape(p)}(?![\\p{L}\\d])`, 'iu').test(sample));

/** The popup opened as a page for the tab showing `url`. */
async function openPopupFor(url: string): Promise<Page> {
  const popup = await s.context.newPage();
  opened.push(popup);
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  // the newest tab on that page (tab ids grow)
  const tabId = await popup.evaluate(async (u) => Math.max(...(await chrome.tabs.query({ url: u })).map((t) => t.id ?? -1)), url.replace(/\?.*$/, '*'));
  expect(tabId).toBeGreaterThan(0);
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

describe('page sample', () => {
  it('drifted inbox: the notice saves a sanitized sample and tells what was read; so does the popup', async () => {
    s.replica.setFaults({ markup: 'drifted' });
    const page = await newPage();
    await page.goto(INBOX);
    const save = page.locator('[data-si="notice"] [data-si-part="save-sample"]');
    await save.waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
    expect(download.suggestedFilename()).toMatch(/^seller-inbox-page-sample-inbox-\d{8}-\d{4}\.html$/);
    const sample = await downloaded(download);
    expect(leaks(sample)).toEqual([]);
    expect(sample).toContain('Seller Inbox page sample');
    expect(sample).toContain('page kind: inbox');
    expect(sample).toContain('sanitized: text replaced');
    expect(sample).toContain('data-si-sample="shadow-root"');
    expect(sample).toMatch(/<kat-table-row\b/);
    expect(sample).not.toMatch(/data-si="/); // none of our own UI
    await expect.poll(() => page.locator('[data-si="notice"] [data-si-part="sample-saved"]').textContent())
      .toContain(download.suggestedFilename());

    await page.locator('[data-si="notice"] [data-si-part="page-check-toggle"]').click();
    expect(await page.locator('[data-si="notice"] [data-si-part="page-check-line"]').allTextContents())
      .toEqual([expect.stringMatching(/^Inbox list: not recognised · 0 rows read · not found: list/)]);

    const popup = await openPopupFor(INBOX);
    await expect.poll(() => popup.locator('[data-si="page-check-line"]').allTextContents(), { timeout: 10_000 })
      .toEqual([expect.stringMatching(/^Inbox list: not recognised · 0 rows read · not found: list/)]);
    expect(await popup.locator('[data-si="popup-page-check"]').textContent()).toContain('Buyer messages inbox');
    expect(s.pageErrors).toEqual([]);
    expect(s.blockedRequests).toEqual([]);
  });

  /** thread rows, also inside open shadow roots (the `shadow-rows` variant puts each row in its own) */
  const countRows = (page: Page): Promise<number> => page.evaluate(() => {
    const deep = (root: Document | ShadowRoot): Element[] => [...root.querySelectorAll('kat-table-body kat-table-row[data-thread-id], kat-table-row.bsm-row[data-thread-id]'),
      ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? deep(e.shadowRoot) : []))];
    return new Set(deep(document)).size;
  });

  for (const variant of ['normal', 'shadow-rows'] as const) {
    it(`${variant} inbox: the popup shows what was read and saves a sample that re-hydrates with every row`, async () => {
      s.replica.setFaults({ markup: variant });
      const page = await newPage();
      await page.goto(INBOX);
      await expect.poll(() => countRows(page), { timeout: 20_000 }).toBeGreaterThan(0);
      const rows = await countRows(page);
      const popup = await openPopupFor(INBOX);
      await expect.poll(() => popup.locator('[data-si="page-check-line"]').allTextContents(), { timeout: 15_000 })
        .toEqual([`Inbox list: older layout · ${rows} rows read · everything found`]);

      const [download] = await Promise.all([page.waitForEvent('download'), popup.locator('[data-si="popup-save-sample"]').click()]);
      const sample = await downloaded(download);
      await expect.poll(() => popup.locator('[data-si="popup-sample-saved"]').textContent()).toContain(download.suggestedFilename());
      expect(leaks(sample)).toEqual([]);

      // opened in Chromium, the declarative shadow roots come back and the rows are all there
      const viewer = await newPage();
      await viewer.setContent(sample);
      expect(await countRows(viewer)).toBe(rows);
      const seen = await viewer.evaluate(() => ({
        shadowRoots: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).length,
        templatesLeft: document.querySelectorAll('template[data-si-sample="shadow-root"]').length,
      }));
      expect(seen.shadowRoots).toBeGreaterThan(rows);
      expect(seen.templatesLeft).toBe(0);
      if (process.env.SI_UPDATE_PAGE_FIXTURES) {
        const name = `inbox-legacy${variant === 'normal' ? '' : `-${variant}`}`;
        writeFileSync(path.join(FIXTURES, `${name}.html`), sample);
        writeFileSync(path.join(FIXTURES, `${name}.json`), JSON.stringify({ url: '/messaging/inbox?fi=RESPONSE_NEEDED&pn=1', variant, rows }, null, 2) + '\n');
      }
      expect(s.pageErrors).toEqual([]);
    });
  }
});
