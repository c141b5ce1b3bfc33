/**
 * Issue 15 item 6: the buyer's feedback comes from what the Feedback Manager page shows, never from a request of our
 * own. Opening a case asks for no feedback (the buyer panel says where feedback comes from and links the page); once
 * the seller has been on the Feedback Manager page (its kat-table rows, paged in-app), the buyer panel of that
 * buyer's case shows the negative feedback, its removal window and "from the Feedback Manager page".
 */
import { pickCase } from '../replica/data/invariants';
import { startInboxSession, type InboxSession } from './helpers/session';
import { readOnFeedbackManager, storedFeedbackOrderIds } from './helpers/feedback-manager';

const ORIGIN = 'https://sellercentral.amazon.com';
const DAY = 86_400_000;
let s: InboxSession;
beforeAll(async () => { s = await startInboxSession({ threads: 120 }); });
afterAll(async () => { await s?.close(); });

const feedbackCalls = () => s.replica.requests.filter((r) => r.path.startsWith('/feedback-manager/api/'));
const caseUrl = (id: string) => `${ORIGIN}/messaging/inbox-v3?fi=caseId&ss=${id}&cc=${id}`;

describe('feedback from the Feedback Manager page', () => {
  it('a case asks for no feedback; after the seller opened Feedback Manager, the buyer panel shows it from there', async () => {
    const { feedback, thread } = pickCase(s.data, 'us-negative-feedback-repeat-buyer');
    const page = await s.newPage();
    await page.goto(caseUrl(thread.threadId));
    const panel = page.locator('[data-si="buyer-panel"]');
    const section = panel.locator('[data-si-section="feedback"]');
    await section.waitFor({ state: 'attached', timeout: 20_000 });
    expect(await section.locator(`[data-si-feedback]`).count()).toBe(0);
    expect(await section.locator('[data-si-part="feedback-source"] a').getAttribute('href')).toBe('/feedback-manager/index.html');
    // the buyer panel asked Seller Central for no feedback (before: GET /feedback-manager/api/feedback)
    expect(feedbackCalls()).toEqual([]);
    expect(await storedFeedbackOrderIds(s.ask)).not.toContain(feedback.orderId);

    // the seller opens Feedback Manager and pages to the buyer's feedback: the page UI reads the rows it shows
    const fm = await s.newPage();
    await readOnFeedbackManager(fm, s.ask, feedback.orderId);
    await fm.close();

    await page.reload();
    const fb = panel.locator(`[data-si-feedback="${feedback.rating}"]`).filter({ hasText: feedback.orderId });
    await fb.waitFor({ state: 'attached', timeout: 20_000 });
    expect(await panel.locator('[data-si-flag="negative"]').count()).toBe(1);
    expect(await fb.textContent()).toContain(feedback.comment);
    expect(await fb.textContent()).toContain('from the Feedback Manager page');
    // the date the page writes is a day: the window is counted from its start, in the browser's zone
    const start = new Date(feedback.date);
    start.setHours(0, 0, 0, 0);
    const daysLeft = Math.ceil((start.getTime() + 60 * DAY - Date.now()) / DAY);
    expect(await fb.locator('[data-si-removal]').textContent()).toBe(`${daysLeft} days left to be removed`);
    expect(s.blockedRequests).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('a Feedback Manager page whose rows carry no star rating it knows: the quiet notice says so, nothing stored', async () => {
    s.replica.setFaults({ markup: 'feedback-drifted' });
    const before = await storedFeedbackOrderIds(s.ask);
    const fm = await s.newPage();
    await fm.goto(`${ORIGIN}/feedback-manager/index.html#/`);
    await fm.locator('kat-tab.tab-selected feedback-list kat-table-body kat-table-row').first().waitFor({ timeout: 20_000 });
    const remark = () => fm.evaluate(() => document.querySelector('[data-si="notice"]')?.shadowRoot?.querySelector('[data-si-part="remark"]')?.textContent ?? '');
    await expect.poll(remark, { timeout: 30_000 }).toContain('Seller Inbox: Feedback Manager: feedback not read, not found: star ratings');
    expect(await storedFeedbackOrderIds(s.ask)).toEqual(before);
    s.replica.setFaults({});
    await fm.close();
  });
});
