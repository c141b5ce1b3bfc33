/**
 * Issue 15 item 6: counts of marketplaces the seller has not opened come only from pages actually read, with their
 * age ("US: read 3 h ago"). The seller reads the US inbox now; the DE counts were read by a page three hours ago
 * (written as the page left them); JP was never read. The popup says when each count was read, and the minute
 * recount (deadlines passing) does not make an old read look new; nothing asked Seller Central for DE or JP.
 */
import { startInboxSession, type InboxSession } from './helpers/session';

const SC = 'https://sellercentral.amazon.com';
const ACC = 'A1LUMENHOME7Q';
const DE = 'A1PA6795UKMFR9';
let s: InboxSession;
beforeAll(async () => { s = await startInboxSession({ threads: 100 }); });
afterAll(async () => { await s?.close(); });

/** The DE counts as a page read three hours ago left them (recomputed a minute ago, as the badge tick does). */
async function deReadHoursAgo(hours: number): Promise<void> {
  const page = await s.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  const readAt = new Date(Date.now() - hours * 3_600_000).toISOString();
  const updatedAt = new Date(Date.now() - 60_000).toISOString();
  await page.evaluate((row) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('seller-inbox');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('counts', 'readwrite');
      tx.objectStore('counts').put(row);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), { key: `${ACC}|${DE}`, accountId: ACC, marketplaceId: DE, overdue: 2, dueSoon: 0, awaiting: 2, responseNeeded: 2, updatedAt, readAt });
  await page.close();
}

describe('popup counts with their age', () => {
  it('"US: read just now", "DE: read 3 h ago", no row for a marketplace never read', async () => {
    await s.page.goto(`${SC}/messaging/inbox-v3?fi=responseNeeded`);
    await s.page.locator('.case-list-item [data-si="deadline"]').first().waitFor({ timeout: 20_000 });
    await deReadHoursAgo(3);

    const popup = await s.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const row = (code: string) => popup.locator('[data-si="count-row"]').filter({ has: popup.locator('.pop-mp', { hasText: new RegExp(`^${code}$`) }) });
    await expect.poll(() => row('US').locator('[data-si="count-read-age"]').textContent(), { timeout: 20_000 }).toMatch(/^US: read (just now|1 min ago)$/);
    expect(await row('DE').locator('[data-si="count-read-age"]').textContent()).toBe('DE: read 3 h ago');
    expect(await row('JP').count()).toBe(0);
    // only pages were read: no inbox request of ours for another marketplace
    expect(s.replica.requests.filter((r) => r.path === '/messaging/api/threads' || r.search.includes('mons_sel_mkid'))).toEqual([]);
    expect(s.replica.session.marketplaceId).toBe('ATVPDKIKX0DER');
    await popup.close();
  });
});
