/**
 * `npx wxt build && npx tsx tests/e2e/helpers/inbox-screenshot.ts [out.png] [thread.png]`: the demo inbox with the
 * inbox features (badges, chips, our toolbar parts), top of the page, for docs/screenshots/inbox.png.
 */
import { SC, startInboxSession, waitForBadges } from './session';

const out = process.argv[2] ?? 'docs/screenshots/inbox.png';
const s = await startInboxSession({ threads: 120, seed: 7, viewport: { width: 1440, height: 1000 } });
try {
  await s.page.goto(`${SC}/messaging/inbox?fi=ALL&pn=1`);
  await waitForBadges(s.page);
  await s.page.locator('[data-si="next"]').waitFor({ state: 'attached' });
  await s.page.waitForTimeout(800);
  await s.page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1440, height: 1000 } });
  console.log(`screenshot written to ${out}`);
  if (process.argv[3]) {
    // a conversation: the category chip and Next next to the subject
    await s.page.locator('kat-table-body kat-table-row[data-thread-id] .bsm-buyer-name').first().click();
    await s.page.locator('[data-si="next"]').waitFor({ state: 'attached' });
    await s.page.waitForTimeout(600);
    await s.page.screenshot({ path: process.argv[3], clip: { x: 0, y: 0, width: 1440, height: 500 } });
  }
} finally {
  await s.close();
}
