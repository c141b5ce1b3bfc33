/**
 * Amazon's notices are not buyers (issue 16, item 4). A notice Amazon lists as "response needed" ("Delivery
 * failure ... please do not reply"; the legacy inbox row carries no system marker, its sender is "Amazon") gets no
 * deadline badge, goes after the buyer threads in the urgency order, is never a Next stop and does not count as
 * awaiting; its conversation has no Blacklist button and no buyer panel (a short line instead); the category filter
 * has "Amazon notices", which shows only notices. Threads come from the generated data for the current minute.
 */
import type { InboxCounts, Thread } from '../../lib/model';
import { pickCase } from '../replica/data/invariants';
import { SC, shownRows, startInboxSession, waitForBadges, type InboxSession } from './helpers/session';

const US = 'ATVPDKIKX0DER';
const AWAITING = ['overdue', 'due-soon', 'on-time'];

describe('Amazon notices on the legacy inbox and conversation page', () => {
  let s: InboxSession;
  let account: string;
  beforeAll(async () => {
    s = await startInboxSession({ threads: 160, seed: 7 });
    account = s.data.accounts[0]?.merchantId ?? '';
  });
  afterAll(async () => { await s?.close(); });

  it('a notice listed "response needed" gets no deadline, goes last, is not counted and is never Next; the filter shows notices', async () => {
    const notice = pickCase(s.data, 'us-notice-awaiting');
    const settled = pickCase(s.data, 'us-notice-settled');
    const page = s.page;
    await page.goto(`${SC}/messaging/inbox?${new URLSearchParams({ fi: 'ALL', pn: '1', ps: '500', mons_sel_mkid: US })}`);
    await waitForBadges(page);
    const rows = await shownRows(page);
    const row = rows.find((r) => r.threadId === notice.threadId);
    expect(row, 'the notice is listed').toBeDefined();
    // the case this test is about: Amazon lists it as awaiting and the row has no system marker
    expect(row?.status).toBe('RESPONSE_NEEDED');
    expect(row?.system).toBe(false);
    expect(row?.state).toBe('no-reply-expected');
    expect(row?.due).toBeNull();
    // its chip says so
    const chip = page.locator(`kat-table-row[data-thread-id="${notice.threadId}"] [data-si="category"]`);
    await expect.poll(() => chip.textContent(), { timeout: 15_000 }).toBe('Amazon notice');

    // urgency order (the default): every buyer thread awaiting an answer comes before it
    const awaitingTops = rows.filter((r) => AWAITING.includes(r.state ?? '')).map((r) => r.top);
    expect(awaitingTops.length).toBeGreaterThan(3);
    expect(row?.top).toBeGreaterThan(Math.max(...awaitingTops));

    // the category filter: "Amazon notices" shows exactly the notices of this page
    const select = page.locator('select[data-si-part="category-filter"]');
    await expect.poll(() => select.locator('option[value="notice"]').textContent(), { timeout: 15_000 }).toMatch(/^Amazon notices \([1-9]\d*\)$/);
    const notices = new Set(s.data.threads.filter((t) => t.isSystem && rows.some((r) => r.threadId === t.threadId)).map((t) => t.threadId));
    expect(notices.has(settled.threadId)).toBe(true);
    await expect.poll(async () => {
      await select.selectOption('notice');
      return (await shownRows(page)).filter((r) => !r.hidden).map((r) => r.threadId).sort();
    }, { timeout: 15_000 }).toEqual([...notices].sort());
    await select.selectOption('other');
    expect((await shownRows(page)).filter((r) => !r.hidden).map((r) => r.threadId)).not.toContain(notice.threadId);
    await select.selectOption('all');

    // stored as a notice; the counts leave it out: they equal the buyer threads the page badges as awaiting
    const stored = async () => (await s.ask<{ threads: Thread[] }>({ type: 'threads/list', accountId: account, marketplaceId: US })).threads;
    await expect.poll(async () => (await stored()).find((t) => t.threadId === notice.threadId)?.isSystem, { timeout: 15_000 }).toBe(true);
    const counts = (await s.ask<{ counts: InboxCounts[] }>({ type: 'counts/list', accountId: account })).counts.find((c) => c.marketplaceId === US);
    expect(counts?.awaiting).toBe(rows.filter((r) => AWAITING.includes(r.state ?? '')).length);
    expect(counts?.overdue).toBe(rows.filter((r) => r.state === 'overdue').length);

    // Next: walking every stop of the account never lands on a notice
    const walked: string[] = [];
    let key: string | undefined;
    for (let i = 0; i < 200; i++) {
      const r = await s.ask<{ thread?: Thread }>({ type: 'threads/next', accountId: account, currentMarketplaceId: US, ...(key ? { currentKey: key } : {}) });
      if (!r.thread || walked.includes(r.thread.key)) break;
      walked.push(r.thread.key);
      key = r.thread.key;
    }
    expect(walked.length).toBeGreaterThan(3);
    expect(walked.map((k) => k.split('|')[2])).not.toContain(notice.threadId);
    expect(s.pageErrors).toEqual([]);
  });

  it('a notice\'s conversation has no Blacklist button and no buyer panel, a short line instead', async () => {
    const notice = pickCase(s.data, 'us-notice-awaiting');
    const page = await s.newPage();
    await page.goto(`${SC}/messaging/inbox?fi=caseId&ss=${notice.threadId}&cc=${notice.threadId}&mons_sel_mkid=${US}`);
    const line = page.locator('[data-si="buyer-panel"] [data-si-notice]');
    await line.waitFor({ timeout: 20_000 });
    expect(await line.textContent()).toBe('Amazon notice: no buyer to answer');
    // the order panel (same read of the conversation) is there: the page was read, and still no toggle
    await page.locator('[data-si="order-panel"] section.card').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1000);
    expect(await page.locator('[data-si="blacklist-toggle"]').count()).toBe(0);
    expect(await page.locator('[data-si="buyer-panel"] [data-si-flag]').count()).toBe(0);

    // a buyer's conversation still has both (the control case)
    const buyer = s.data.threads.find((t) => t.accountId === account && t.marketplaceId === US && !t.isSystem && t.orderIds.length > 0);
    if (!buyer) throw new Error('no US buyer thread');
    await page.goto(`${SC}/messaging/inbox?fi=caseId&ss=${buyer.threadId}&cc=${buyer.threadId}&mons_sel_mkid=${US}`);
    await page.locator('[data-si="blacklist-toggle"]').waitFor({ state: 'attached', timeout: 20_000 });
    await page.locator('[data-si="buyer-panel"] section.card[data-state]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-si="buyer-panel"] [data-si-notice]').count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('the inbox v3: a notice\'s case in the right pane has no Blacklist button and no buyer panel, and is stored as a notice', async () => {
    const notice = pickCase(s.data, 'us-notice-awaiting');
    const page = await s.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${SC}/messaging/inbox-v3?fi=caseId&ss=${notice.threadId}&cc=${notice.threadId}`);
    // in the side column (it may be collapsed to its tab: there, not shown)
    const line = page.locator('[data-si="buyer-panel"] [data-si-notice]');
    await line.waitFor({ state: 'attached', timeout: 20_000 });
    expect(await line.textContent()).toBe('Amazon notice: no buyer to answer');
    await page.locator('[data-si="order-panel"] section.card').waitFor({ state: 'attached', timeout: 20_000 });
    await page.waitForTimeout(1000);
    expect(await page.locator('[data-si="blacklist-toggle"]').count()).toBe(0);
    // the case read stores it (Amazon lists it as "response needed"): as a notice, so it is no Next stop
    const stored = async () => (await s.ask<{ threads: Thread[] }>({ type: 'threads/list', accountId: account, marketplaceId: US })).threads
      .filter((t) => t.threadId === notice.threadId);
    // (the inbox above stored it already: the case read, a moment after the pane shows, must not turn it into a buyer's)
    await expect.poll(async () => (await stored())[0]?.isSystem, { timeout: 15_000 }).toBe(true);
    await page.waitForTimeout(2000);
    expect((await stored())[0]?.isSystem).toBe(true);
    const next = await s.ask<{ thread?: Thread }>({ type: 'threads/next', accountId: account, currentMarketplaceId: US, layout: 'v3' });
    expect(next.thread?.threadId).not.toBe(notice.threadId);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});
