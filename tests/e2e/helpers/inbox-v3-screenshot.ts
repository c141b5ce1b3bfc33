/**
 * `npx wxt build && npx tsx tests/e2e/helpers/inbox-v3-screenshot.ts [out.png] [zh_CN out.png]`: the replica's inbox v3
 * (the default layout) with Seller Inbox: badges, urgency order, chips, our toolbar parts, a case open in the right
 * pane with its panels; then the same in the Chinese UI. For docs/screenshots/inbox-v3.png and inbox-v3-zh.png.
 */
import type { Page } from 'playwright-core';
import { SC, startInboxSession } from './session';

const out = process.argv[2] ?? 'docs/screenshots/inbox-v3.png';
const outZh = process.argv[3] ?? 'docs/screenshots/inbox-v3-zh.png';
const s = await startInboxSession({ threads: 120, seed: 7, viewport: { width: 1440, height: 900 } });

async function shoot(page: Page, path: string): Promise<void> {
  await page.goto(`${SC}/messaging/inbox-v3?fi=responseNeeded`);
  await page.locator('[data-si="deadline"]').first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('[data-si="next"]').first().waitFor({ state: 'attached', timeout: 30_000 });
  // open the first case of the list (its row, by its buyer), as a seller would
  await page.locator('[data-si="next"]').first().click();
  await page.waitForURL(/cc=/, { timeout: 30_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path });
  console.log(`screenshot written to ${path}`);
}

try {
  await shoot(s.page, out);
  await s.ask({ type: 'settings/set', values: { uiLanguage: 'zh_CN' } });
  const zh = await s.newPage();
  await shoot(zh, outZh);
} finally {
  await s.close();
}
