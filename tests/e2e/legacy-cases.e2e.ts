/**
 * The legacy table layout addresses cases like Seller Central does (evidence M): Next opens the next case by the
 * older case link `/messaging/inbox?fi=caseId&ss=<caseId>&cc=<caseId>`, the popup opens the v3 case
 * `/messaging/inbox-v3?fi=caseId&ss=&cc=`, a case seen on both layouts is one stored record, and the replica-only
 * `/messaging/thread` page is never asked for.
 */
import type { Thread } from '../../lib/model';
import { sortByUrgency } from '../../lib/ordering';
import { SC, startInboxSession, waitForBadges, type InboxSession } from './helpers/session';

const US = 'ATVPDKIKX0DER';
let s: InboxSession;
let account: string;

beforeAll(async () => {
  s = await startInboxSession({ threads: 60, seed: 11 });
  account = s.data.accounts[0]?.merchantId ?? '';
});
afterAll(async () => { await s?.close(); });

const stored = async (): Promise<Thread[]> => (await s.ask<{ threads: Thread[] }>({ type: 'threads/list', accountId: account })).threads;
const isCaseLink = (u: URL, caseId: string): boolean =>
  u.pathname === '/messaging/inbox' && u.searchParams.get('fi') === 'caseId' && u.searchParams.get('ss') === caseId && u.searchParams.get('cc') === caseId;

describe('legacy layout: cases by the older case link', () => {
  it('Next opens the next case by the older case link; the popup opens the v3 case; one record per case on both layouts', async () => {
    const page = s.page;
    // the seller looks at one page of three cases in the legacy table
    await page.goto(`${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1&ps=3&mons_sel_mkid=${US}`);
    await waitForBadges(page);
    await expect.poll(async () => (await stored()).length).toBe(3);
    const expected = sortByUrgency((await stored()).filter((t) => t.status === 'response-needed' && !t.isSystem)).map((t) => t.threadId);
    expect(expected.length).toBeGreaterThan(1);
    for (const id of expected) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

    // Next from the list: the most urgent case, by the row's own link (in-app)
    await page.locator('[data-si="next"] button.next').click();
    await page.waitForURL((u) => isCaseLink(u, expected[0]!), { timeout: 20_000 });
    await page.locator(`#bsm-thread[data-thread-id="${expected[0]}"]`).waitFor({ timeout: 20_000 });
    // Next from the case: the next case, by the older case link (a page load: it is no row of this page)
    await page.locator('#bsm-thread [data-si="next"]').waitFor({ state: 'attached', timeout: 20_000 });
    await page.locator('[data-si="next"] button.next').click();
    await page.waitForURL((u) => isCaseLink(u, expected[1]!), { timeout: 20_000 });
    await page.locator(`#bsm-thread[data-thread-id="${expected[1]}"]`).waitFor({ timeout: 20_000 });

    const caseId = expected[0]!;
    const before = (await stored()).filter((t) => t.threadId.toLowerCase() === caseId);
    expect(before.map((t) => t.key)).toEqual([`${account}|${US}|${caseId}`]);

    // the popup links the case in the v3 app, on its marketplace
    const popup = await s.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const link = popup.locator(`[data-si="urgent-thread"][href*="${caseId}"]`);
    await link.waitFor({ timeout: 20_000 });
    expect(await link.getAttribute('href')).toBe(`${SC}/messaging/inbox-v3?fi=caseId&ss=${caseId}&cc=${caseId}&mons_sel_mkid=${US}`);
    const opened = s.context.waitForEvent('page');
    await link.click();
    const v3 = await opened;
    await v3.waitForURL((u) => u.pathname === '/messaging/inbox-v3' && u.searchParams.get('cc') === caseId, { timeout: 20_000 });

    // the v3 app reads the same case: still one record, now seen again
    await expect.poll(async () => (await stored()).find((t) => t.key === before[0]?.key)?.seenAt, { timeout: 30_000 })
      .not.toBe(before[0]?.seenAt);
    expect((await stored()).filter((t) => t.threadId.toLowerCase() === caseId).map((t) => t.key)).toEqual([`${account}|${US}|${caseId}`]);

    // the replica-only thread page was never asked for
    expect(s.replica.requests.filter((r) => r.path === '/messaging/thread')).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
