/**
 * Background inbox refresh with the built extension: the service worker's own fetches reach the replica
 * (Playwright's context.route sees them, playwright-core 1.65), only the marketplaces no open tab shows are
 * asked, with an explicit marketplace parameter on the region's host, a few seconds apart; the threads are
 * stored with counts; a captcha stops it with a status the Settings page shows; off means no alarm.
 */
import type { InboxCounts, Thread } from '../../lib/model';
import type { InboxRefreshStatus } from '../../lib/inbox-refresh/types';
import { SC, startInboxSession, waitForBadges, type InboxSession } from './helpers/session';

const ACC = 'A1LUMENHOME7Q';
const US = 'ATVPDKIKX0DER';
const CA = 'A2EUQ1WTGCTBG2';
const UK = 'A1F83G8C2ARO7P';
const DE = 'A1PA6795UKMFR9';
const JP = 'A1VC38T7YXB528';

let s: InboxSession;
beforeAll(async () => { s = await startInboxSession({ threads: 160 }); });
afterAll(async () => { await s?.close(); });

const refreshRequests = () => s.replica.requests.filter((r) => r.path === '/messaging/api/threads' && r.search.includes('marketplaceId='));
const paramOf = (search: string, name: string) => new URLSearchParams(search).get(name);
const status = () => s.ask<InboxRefreshStatus>({ type: 'inbox-refresh/status' });
type AlarmsGlobal = { chrome: { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } } };
const alarm = () => s.serviceWorker().then((w) => w.evaluate(() =>
  (globalThis as unknown as AlarmsGlobal).chrome.alarms.get('seller-inbox:inbox-refresh')));
/** "the extension has seen" a marketplace: an (empty) upsert records it for the account */
const seen = (marketplaceId: string) => s.ask({ type: 'threads/upsert', accountId: ACC, marketplaceId, threads: [] });

async function waitStatus(ok: (st: InboxRefreshStatus) => boolean): Promise<InboxRefreshStatus> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const st = await status();
    if (!st.running && ok(st)) return st;
    if (Date.now() > deadline) throw new Error(`refresh did not finish: ${JSON.stringify(st)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** "Check now", then the status once that run has finished */
async function runAndWait(): Promise<InboxRefreshStatus> {
  const before = (await status()).state.lastRunAt;
  await s.ask({ type: 'inbox-refresh/run' });
  return waitStatus((st) => st.state.lastRunAt !== undefined && st.state.lastRunAt !== before);
}

describe('background inbox refresh', () => {
  it('is off by default: no alarm, no request', async () => {
    await s.page.goto(`${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`);
    await waitForBadges(s.page);
    for (const mp of [CA, DE, JP]) await seen(mp);
    const st = await s.ask<InboxRefreshStatus>({ type: 'inbox-refresh/run' });
    expect(st).toMatchObject({ available: true, enabled: false, minutes: 15, running: false });
    expect(await alarm()).toBeUndefined();
    expect(refreshRequests()).toEqual([]);
  });

  it('asks only the marketplaces no tab shows, on their region host, throttled, and stores them with counts', async () => {
    await s.ask({ type: 'settings/set', values: { inboxRefreshEnabled: true } });
    const st = await runAndWait();
    expect((await alarm())?.periodInMinutes).toBe(15);
    expect(st.state.stop).toBeUndefined();

    const reqs = refreshRequests();
    expect(reqs.map((r) => [r.host, paramOf(r.search, 'marketplaceId')])).toEqual([
      ['sellercentral.amazon.com', CA], // the NA host the open tab uses
      ['sellercentral-europe.amazon.com', DE],
      ['sellercentral.amazon.co.jp', JP],
    ]);
    expect(reqs.every((r) => paramOf(r.search, 'fi') === 'RESPONSE_NEEDED' && !r.search.includes('mons_sel_mkid'))).toBe(true);
    for (let i = 1; i < reqs.length; i++) {
      expect(Date.parse(reqs[i]?.at ?? '') - Date.parse(reqs[i - 1]?.at ?? '')).toBeGreaterThanOrEqual(2_900);
    }
    expect(s.blockedRequests).toEqual([]);

    for (const mp of [CA, DE, JP]) {
      const expected = s.data.threads.filter((t) => t.accountId === ACC && t.marketplaceId === mp && t.status === 'response-needed')
        .map((t) => t.threadId).sort();
      const { threads } = await s.ask<{ threads: Thread[] }>({ type: 'threads/list', accountId: ACC, marketplaceId: mp });
      expect(threads.map((t) => t.threadId).sort()).toEqual(expected);
      expect(threads.every((t) => t.category !== undefined && t.status === 'response-needed')).toBe(true);
      const { counts } = await s.ask<{ counts: InboxCounts[] }>({ type: 'counts/list', accountId: ACC });
      // Amazon's notices Amazon lists as "response needed" are stored, as notices: they do not count as awaiting
      const notices = s.data.threads.filter((t) => t.accountId === ACC && t.marketplaceId === mp && t.status === 'response-needed' && t.isSystem).length;
      expect(counts.find((c) => c.marketplaceId === mp)?.awaiting).toBe(expected.length - notices);
      expect(st.state.marketplaces[`${ACC}|${mp}`]).toMatchObject({ result: 'ok', stored: expected.length });
    }
    expect(st.state.marketplaces[`${ACC}|${US}`]).toBeUndefined();

    // refreshed just now: nothing is due before the interval is over
    await s.ask({ type: 'inbox-refresh/run' });
    await waitStatus(() => true);
    expect(refreshRequests()).toHaveLength(3);
  });

  it('stops at a captcha, one request, and tells the seller on the Settings page', async () => {
    await seen(UK);
    s.replica.setFaults({ captcha: true });
    const before = refreshRequests().length;
    const st = await runAndWait();
    expect(st.state.stop).toMatchObject({ reason: 'captcha', marketplaceId: UK, host: 'sellercentral-europe.amazon.com' });
    expect(refreshRequests().length - before).toBe(1);

    const page = await s.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/settings`);
    const line = page.locator('[data-si="inbox-refresh-status"]');
    await line.waitFor();
    expect(await line.getAttribute('data-si-stop')).toBe('captcha');
    expect(await line.textContent()).toContain('captcha');

    // the seller solved it and pressed "Check now": the stop is lifted and UK is read
    s.replica.setFaults({});
    await page.locator('[data-si="inbox-refresh-run"]').click();
    const after = await waitStatus((st) => st.state.marketplaces[`${ACC}|${UK}`] !== undefined);
    expect(after.state.stop).toBeUndefined();
    expect(after.state.marketplaces[`${ACC}|${UK}`]?.result).toBe('ok');
    await page.close();
  });

  it('switched off: the alarm goes', async () => {
    await s.ask({ type: 'settings/set', values: { inboxRefreshEnabled: false } });
    await s.ask({ type: 'inbox-refresh/run' });
    expect(await alarm()).toBeUndefined();
  });
});
