/**
 * Issue 16 item 3: "Most urgent" knew only the pages already opened. On the demo-like data (seed 1, 500 threads) the
 * inbox v3 shows 25 cases a page and Amazon's own "Response needed N": the list says how many cases are on pages not
 * read yet, Next (before) stays on page 1's cases; "Read them now" pages through the list with the page's own paging
 * and comes back to page 1, the notice goes, and Next opens the most overdue case, which is on a later page.
 */
import { pickCase } from '../replica/data/invariants';
import type { ReplicaThread } from '../replica/data/types';
import type { V3CaseListResponse } from '../replica/server';
import type { Thread } from '../../lib/model';
import { startInboxSession, type InboxSession } from './helpers/session';

const SC = 'https://sellercentral.amazon.com';
const ACC = 'A1LUMENHOME7Q';
const US = 'ATVPDKIKX0DER';
let s: InboxSession;
beforeAll(async () => { s = await startInboxSession({ seed: 1, threads: 500, viewport: { width: 1440, height: 900 } }); }, 120_000);
afterAll(async () => { await s?.close(); });

const listJson = async (query: string): Promise<V3CaseListResponse> =>
  JSON.parse(String((await s.replica.handle({ method: 'GET', url: `${SC}/messaging/api/inbox-v3/cases?${query}` })).body)) as V3CaseListResponse;
const next = () => s.ask<{ thread?: Thread; url?: string }>({ type: 'threads/next', accountId: ACC, currentMarketplaceId: US, layout: 'v3' });
const newest = (t: ReplicaThread) => Math.max(...t.messages.map((m) => Date.parse(m.sentAt)));
const localDay = (ms: number) => new Date(ms).toDateString();

describe('inbox v3: cases on pages not read yet', () => {
  it('says how many, and "Read them now" makes Next reach the most overdue case on a later page', async () => {
    const { cases, mostOverdue } = pickCase(s.data, 'us-response-needed-beyond-first-page');
    const first = await listJson('fi=responseNeeded&pn=1');
    expect(first.total).toBe(cases.length);
    const later = new Set<string>();
    for (let pn = 2; pn <= Math.ceil(first.total / 25); pn++) for (const c of (await listJson(`fi=responseNeeded&pn=${pn}`)).cases) later.add(c.caseId);
    expect(later.has(mostOverdue.threadId)).toBe(true);
    const orderOnLater = (orderId: string | undefined) => cases.some((c) => later.has(c.threadId) && c.orderIds[0] === orderId);
    // the list shows a day for older messages: every case about one order whose newest message is on that day ties
    const tied = new Set(cases.filter((c) => c.orderIds.length === 1 && !c.isSystem && localDay(newest(c)) === localDay(newest(mostOverdue))).map((c) => c.orderIds[0]));

    const page = s.page;
    await page.goto(`${SC}/messaging/inbox-v3?fi=responseNeeded`);
    await page.locator('.case-list-item [data-si="deadline"]').first().waitFor({ timeout: 30_000 });
    const line = page.locator('[data-si="coverage"] [data-si-part="not-read"]');
    await line.waitFor({ timeout: 20_000 });
    const missing = first.total - first.cases.length;
    await expect.poll(() => line.getAttribute('data-si-count')).toBe(String(missing));
    expect(await line.textContent()).toContain(`${missing} cases on pages not read yet`);
    // before: Next knows page 1 only
    expect(orderOnLater((await next()).thread?.orderIds[0])).toBe(false);
    // the popup's row says it too
    const popup = await s.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const usRow = popup.locator('[data-si="count-row"]', { hasText: 'US' }).first();
    await expect.poll(() => usRow.locator('[data-si="count-not-read"]').textContent()).toBe(`${missing} not read yet`);
    await popup.close();

    await line.locator('[data-si-part="read-now"]').click();
    await page.locator('[data-si="coverage"] [data-si-part="reading"]').waitFor({ state: 'attached', timeout: 10_000 }).catch(() => undefined);
    await expect.poll(() => page.locator('[data-si="coverage"] [data-si-part="not-read"], [data-si="coverage"] [data-si-part="reading"]').count(), { timeout: 60_000 }).toBe(0);
    // back on the seller's page, its rows as before
    expect(await page.locator('kat-pagination.case-list-pagination').getAttribute('page')).toBe('1');
    await expect.poll(() => page.locator('.case-list-item').first().textContent()).toContain(first.cases[0]!.buyerName);

    const after = await next();
    expect(orderOnLater(after.thread?.orderIds[0])).toBe(true);
    expect(tied.has(after.thread?.orderIds[0])).toBe(true);
    // our Next button opens it (by its order: the list names no case id)
    await page.locator('[data-si="next"] button.next').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('ss'), { timeout: 20_000 }).toBe(after.thread?.orderIds[0]);
    expect(s.blockedRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
