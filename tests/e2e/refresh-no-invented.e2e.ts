/**
 * Issue 15 item 6: the background refresh made `GET /messaging/api/threads?marketplaceId=` (the replica's invention)
 * and, on a host of another region, moved the session's marketplace. Now it does not run (reading another
 * marketplace would switch the one the seller works in, account-wide): with the setting saved "on" by an older
 * version and "Check now" asked, no inbox request of ours goes out, the seller's marketplace stays, no alarm is
 * set, and the Settings page says why.
 */
import type { InboxRefreshStatus } from '../../lib/inbox-refresh/types';
import { startInboxSession, type InboxSession } from './helpers/session';

const SC = 'https://sellercentral.amazon.com';
const ACC = 'A1LUMENHOME7Q';
const US = 'ATVPDKIKX0DER';
let s: InboxSession;
beforeAll(async () => { s = await startInboxSession({ threads: 100 }); });
afterAll(async () => { await s?.close(); });

type AlarmsGlobal = { chrome: { alarms: { getAll(): Promise<{ name: string }[]> } } };
const invented = () => s.replica.requests.filter((r) => r.path === '/messaging/api/threads' || r.search.includes('mons_sel_mkid'));

describe('background refresh', () => {
  it('never calls the invented inbox endpoint, never moves the marketplace, and Settings say why it does not run', async () => {
    await s.page.goto(`${SC}/messaging/inbox-v3?fi=responseNeeded`);
    await s.page.locator('.case-list-item [data-si="deadline"]').first().waitFor({ timeout: 20_000 });
    // the extension has seen the account's other marketplaces (as an earlier visit would have stored them)
    for (const mp of ['A2EUQ1WTGCTBG2', 'A1PA6795UKMFR9', 'A1VC38T7YXB528']) {
      await s.ask({ type: 'threads/upsert', accountId: ACC, marketplaceId: mp, threads: [] });
    }
    // an older version saved the refresh "on"; the seller presses "Check now"
    await s.ask({ type: 'settings/set', values: { inboxRefreshEnabled: true, inboxRefreshMinutes: 5 } });
    const st = await s.ask<InboxRefreshStatus>({ type: 'inbox-refresh/run' });
    expect(st).toEqual({ available: true, enabled: false, running: false, blocked: 'switches-marketplace' });

    const options = await s.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html#/settings`);
    const line = options.locator('[data-si="inbox-refresh-status"]');
    await line.waitFor({ timeout: 20_000 });
    expect(await line.getAttribute('data-si-blocked')).toBe('switches-marketplace');
    expect(await line.textContent()).toContain('would switch the one you are working in');
    expect(await options.locator('[data-si="setting-inbox-refresh"]').isDisabled()).toBe(true);

    const alarms = await (await s.serviceWorker()).evaluate(() => (globalThis as unknown as AlarmsGlobal).chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).not.toContain('seller-inbox:inbox-refresh');
    expect(invented()).toEqual([]);
    expect(s.replica.session.marketplaceId).toBe(US);
    expect(s.blockedRequests).toEqual([]);
    await options.close();
  });
});
