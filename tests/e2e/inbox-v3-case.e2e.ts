/**
 * The conversation features on the replica's inbox v3 (tests/replica/INBOX-V3.md): a case open in the right pane gets
 * the order panel, the buyer panel, the blacklist toggle, the template picker (inserting into kat-textarea's real
 * textarea), the policy check on the page's own Send, and its exact deadline on its list row; choosing another case
 * (a query change only) moves every one of them to the new case, with nothing of the case before left. The side
 * column never covers the case list, the messages or the reply box (1280 and 1024 px wide).
 */
import type { Page } from 'playwright-core';
import type { ReplicaThread } from '../replica/data/types';
import type { V3CaseListResponse } from '../replica/server';
import { startSession, type E2ESession } from './helpers/extension';

let s: E2ESession;
const ORIGIN = 'https://sellercentral.amazon.com';
const INBOX = `${ORIGIN}/messaging/inbox-v3`;
const ACC = 'A1LUMENHOME7Q';

beforeAll(async () => { s = await startSession({ threads: 120 }); });
afterAll(async () => { await s?.close(); });

const listJson = async (query: string): Promise<V3CaseListResponse> =>
  JSON.parse(String((await s.replica.handle({ method: 'GET', url: `${ORIGIN}/messaging/api/inbox-v3/cases?${query}` })).body)) as V3CaseListResponse;
const threadOf = (id: string): ReplicaThread => {
  const t = s.replica.data.threads.find((x) => x.threadId === id);
  if (!t) throw new Error(`no case ${id}`);
  return t;
};
const sentReplies = (id: string) => s.replica.sent.filter((r) => r.kind === 'reply' && r.threadId === id);
/** the oldest buyer message after the seller's last one, to the minute the page shows */
function exactOldest(t: ReplicaThread): string | undefined {
  const lastSeller = t.messages.map((m) => m.from).lastIndexOf('seller');
  const times = t.messages.slice(lastSeller + 1).filter((m) => m.from === 'buyer').map((m) => Date.parse(m.sentAt)).sort((a, b) => a - b);
  return times[0] === undefined ? undefined : new Date(times[0] - (times[0] % 60_000)).toISOString();
}

/** Cases on the first page of "Response needed" with a buyer and an order, distinct orders (the list's order). */
async function openCases(n: number): Promise<{ t: ReplicaThread; index: number }[]> {
  const list = await listJson('fi=responseNeeded&pn=1&ps=25');
  const out: { t: ReplicaThread; index: number }[] = [];
  list.cases.forEach((c, index) => {
    const t = threadOf(c.caseId);
    if (!t.isSystem && t.orderIds[0] && s.replica.data.orders.some((o) => o.orderId === t.orderIds[0]) && !out.some((x) => x.t.orderIds[0] === t.orderIds[0])) out.push({ t, index });
  });
  if (out.length < n) throw new Error(`only ${out.length} open cases with an order on page 1`);
  return out;
}

const textarea = (page: Page) => page.locator('kat-textarea.case-reply-textarea textarea');
const sendButton = (page: Page) => page.locator('kat-button.case-reply-send');
const row = (page: Page, index: number) => page.locator('.case-list-item').nth(index);

/** the row of a case by its order id (the rows move: an answered case leaves "Response needed") */
const rowOf = (page: Page, t: ReplicaThread) => page.locator('.case-list-item', { hasText: t.orderIds[0]! });

async function pick(page: Page, t: ReplicaThread): Promise<void> {
  await rowOf(page, t).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('cc')).toBe(t.threadId);
  // in the side column (collapsed to its tab when the pane has no free column: it is there, not shown)
  await page.locator(`[data-si="order-panel"] [data-si-order="${t.orderIds[0]}"]`).waitFor({ state: 'attached', timeout: 20_000 });
}

describe('inbox v3: the open case', () => {
  it('panels, blacklist, templates, policy on Send, the deadline; another case: everything follows', async () => {
    const all = await openCases(2);
    // the second case: one whose oldest unanswered message is older than its newest (the list only shows the newest)
    const newest = (t: ReplicaThread) => Math.max(...t.messages.map((m) => Date.parse(m.sentAt)));
    const b = all.find((c) => exactOldest(c.t) !== undefined && Date.parse(exactOldest(c.t)!) < newest(c.t) - 3_600_000);
    if (!b) throw new Error('no open case on page 1 whose oldest unanswered message is older than its newest');
    const a = all.find((c) => c !== b);
    const page = await s.newPage();
    await page.goto(`${INBOX}?fi=responseNeeded`);
    await row(page, a!.index).waitFor({ timeout: 20_000 });
    await row(page, a!.index).locator('[data-si="deadline"]').waitFor({ timeout: 20_000 });
    const listDue = await rowOf(page, b.t).locator('[data-si="deadline"]').getAttribute('data-si-due');
    await pick(page, a!.t);

    // order panel (our own, from the order JSON: the v3 page has no order panel) and buyer panel
    expect(await page.locator('[data-si="order-panel"] [data-si-order]').count()).toBe(1);
    // the quiet notice (a remark of the list's, when there is one) sits bottom left over the page's navigation, never
    // over the page's Send or the column's bottom bar: nothing here dismisses it
    // the seller opens the side column from its tab: both panels show; collapsing gives the reply box back
    await page.locator('[data-si="thread-dock"] button.tab').click();
    await page.locator(`[data-si="order-panel"] [data-si-order="${a!.t.orderIds[0]}"]`).waitFor({ timeout: 20_000 });
    await page.locator('[data-si="buyer-panel"] section').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-si="thread-dock"] button.collapse').click();
    // blacklist toggle next to the buyer's name in the case header
    const toggle = page.locator('[data-si="blacklist-toggle"] button.toggle');
    await toggle.waitFor({ timeout: 20_000 });
    expect(await page.locator('.case-header-buyer + [data-si="blacklist-toggle"]').count()).toBe(1);
    await toggle.click();
    await page.locator('[data-si="blacklist-toggle"] [data-si-toast="added"]').waitFor();
    await page.locator('[data-si="blacklist-toggle"] [data-si-toast="added"] button.undo').click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');

    // the template picker inserts into kat-textarea's real textarea; React takes it (Send enabled)
    await page.locator('[data-si="template-button"]').click();
    const picker = page.locator('[data-si="template-picker"]');
    await picker.waitFor();
    await picker.locator('input').fill('general request');
    await expect.poll(() => picker.locator('[data-si="policy"]').getAttribute('data-si-verdict')).toBe('ok');
    // Enter inserts (the list's own remark in the quiet notice may sit over the picker's Insert button)
    await picker.locator('input').press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => textarea(page).inputValue()).toMatch(/\S/);
    await expect.poll(() => sendButton(page).getAttribute('disabled')).toBeNull();

    // the policy check on the page's own Send: a blocked text is stopped (no reply), a clean one goes out once
    await textarea(page).fill('Leave us 5 stars and get a $10 gift card, email me at x@gmail.com');
    await expect.poll(() => page.locator('[data-si="compose-policy"] [data-si="policy"]').getAttribute('data-si-verdict')).toBe('block');
    await sendButton(page).click();
    await page.locator('[data-si="policy-stopped"][data-si-kind="block"]').waitFor();
    await page.waitForTimeout(800);
    expect(sentReplies(a!.t.threadId)).toEqual([]);
    const clean = 'Thank you for your patience. Your order left our warehouse today.';
    await textarea(page).fill(clean);
    await expect.poll(() => page.locator('[data-si="compose-policy"] [data-si="policy"]').getAttribute('data-si-verdict')).toBe('ok');
    await sendButton(page).click();
    await expect.poll(() => sentReplies(a!.t.threadId).map((r) => r.text)).toEqual([clean]);
    await page.waitForTimeout(500);
    expect(sentReplies(a!.t.threadId)).toHaveLength(1);

    // another case: a query change only; every panel shows the new case, nothing of the one before
    await pick(page, b.t);
    const cases = async () => ({
      orders: await page.locator('[data-si="order-panel"] [data-si-order]').evaluateAll((els) => els.map((e) => e.getAttribute('data-si-order'))),
      toggles: await page.locator('[data-si="blacklist-toggle"]').count(),
      buttons: await page.locator('[data-si="template-button"]').count(),
      policy: await page.locator('[data-si="compose-policy"]').count(),
      stopped: await page.locator('[data-si="policy-stopped"]').count(),
      docks: await page.locator('[data-si="thread-dock"]').count(),
    });
    await expect.poll(cases, { timeout: 20_000 }).toEqual({ orders: [b.t.orderIds[0]], toggles: 1, buttons: 1, policy: 1, stopped: 0, docks: 1 });
    // no feature paused (the list may still leave a remark about rows it could not key)
    expect(await page.evaluate(() => document.querySelector('[data-si="notice"]')?.shadowRoot?.textContent ?? '')).not.toMatch(/paused|not recognised/);

    // the deadline: the open case's row counts from its exact oldest unanswered message; stored under the case id
    const want = exactOldest(b.t);
    const stored = async () => ((await s.ask({ type: 'threads/list', accountId: ACC })) as { threads: { threadId: string; oldestUnansweredAt?: string }[] })
      .threads.find((x) => x.threadId === b.t.threadId)?.oldestUnansweredAt;
    await expect.poll(stored, { timeout: 20_000 }).toBe(want);
    const DAY = 86_400_000;
    await expect.poll(() => rowOf(page, b.t).locator('[data-si="deadline"]').getAttribute('data-si-due')).toBe(new Date(Date.parse(want!) + DAY).toISOString());
    // the list alone counted from the newest message: later than the truth
    expect(Date.parse(listDue!)).toBeGreaterThan(Date.parse(want!) + DAY);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it.each([1280, 1024])('the side column never covers the list, the messages or the reply box at %i px', async (width) => {
    const [a] = await openCases(1);
    const page = await s.newPage();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${INBOX}?fi=caseId&ss=${a!.t.threadId}&cc=${a!.t.threadId}`);
    await page.locator(`[data-si="order-panel"] [data-si-order="${a!.t.orderIds[0]}"]`).waitFor({ state: 'attached', timeout: 20_000 });
    await page.waitForTimeout(300);
    const boxes = await page.evaluate(() => {
      const dock = document.querySelector('[data-si="thread-dock"]')!;
      const r = (el: Element | null) => { const b = el?.getBoundingClientRect(); return b && b.width > 0 ? { l: b.left, r: b.right, t: b.top, b: b.bottom } : null; };
      const pill = document.querySelector('[data-si="notice"]')?.shadowRoot?.querySelector('.wrap');
      return { dock: r(dock), collapsed: dock.hasAttribute('data-si-collapsed'), notice: r(pill ?? null),
        clear: ['.case-list', '.case-header', '.case-messages', '.case-reply'].map((q) => r(document.querySelector(q))) };
    });
    const over = (x: { l: number; r: number; t: number; b: number }, y: { l: number; r: number; t: number; b: number }) =>
      x.l < y.r - 1 && y.l < x.r - 1 && x.t < y.b - 1 && y.t < x.b - 1;
    // our notice, when shown, covers neither the list nor the reply box
    for (const c of [boxes.clear[0], boxes.clear[3]]) if (c && boxes.notice) expect(over(boxes.notice, c)).toBe(false);
    if (!boxes.collapsed) for (const c of boxes.clear) if (c && boxes.dock) expect(over(boxes.dock, c)).toBe(false);
    // collapsed: only its narrow tab at the right edge
    else expect(boxes.dock!.r - boxes.dock!.l).toBeLessThanOrEqual(22);
    const covered = boxes.clear.map((c, i) => (c && boxes.dock && over(boxes.dock, c) ? ['list', 'header', 'messages', 'reply'][i] : '')).filter(Boolean);
    console.info(`[v3 dock ${width}px] collapsed=${boxes.collapsed} dock=${JSON.stringify(boxes.dock)} overlaps=${covered.join(',') || 'none'}`);
    await page.close();
  });

  it.each([1280, 1024])('the quiet notice, when it shows, covers neither the list nor the reply box and its Send at %i px', async (width) => {
    const [a] = await openCases(1);
    // rows without times: the list's features say so in the notice while the case pane works
    s.replica.setFaults({ markup: 'v3-missing-times' });
    try {
      const page = await s.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${INBOX}?fi=caseId&ss=${a!.t.threadId}&cc=${a!.t.threadId}`);
      await sendButton(page).waitFor({ timeout: 20_000 });
      await expect.poll(() => page.evaluate(() => document.querySelector('[data-si="notice"]')?.shadowRoot?.querySelector('.summary')?.textContent ?? ''),
        { timeout: 20_000 }).toMatch(/time/);
      const boxes = await page.evaluate(() => {
        const r = (el: Element | null | undefined) => { const b = el?.getBoundingClientRect(); return b && b.width > 0 ? { l: b.left, r: b.right, t: b.top, b: b.bottom } : null; };
        return {
          notice: r(document.querySelector('[data-si="notice"]')?.shadowRoot?.querySelector('.pill')),
          clear: ['.case-list', '.case-reply', 'kat-button.case-reply-send'].map((q) => r(document.querySelector(q))),
        };
      });
      const over = (x: { l: number; r: number; t: number; b: number }, y: { l: number; r: number; t: number; b: number }) =>
        x.l < y.r - 1 && y.l < x.r - 1 && x.t < y.b - 1 && y.t < x.b - 1;
      expect(boxes.notice).not.toBeNull();
      for (const [i, c] of boxes.clear.entries()) if (c) expect(over(boxes.notice!, c), ['list', 'reply box', 'Send'][i]).toBe(false);
      // the page's own Send takes a click (nothing of ours on top of it)
      await sendButton(page).click({ trial: true, timeout: 5_000 });
      await page.close();
    } finally {
      s.replica.setFaults({});
    }
  });

  it('renamed classes (v3-renamed): the case is found by its structure; the panels, toggle and picker still come', async () => {
    const [a] = await openCases(1);
    s.replica.setFaults({ markup: 'v3-renamed' });
    try {
      const page = await s.newPage();
      await page.goto(`${INBOX}?fi=caseId&ss=${a!.t.threadId}&cc=${a!.t.threadId}`);
      await page.locator(`[data-si="order-panel"] [data-si-order="${a!.t.orderIds[0]}"]`).waitFor({ state: 'attached', timeout: 20_000 });
      await page.locator('[data-si="blacklist-toggle"]').waitFor({ timeout: 20_000 });
      await page.locator('[data-si="template-button"]').waitFor({ timeout: 20_000 });
      expect(await page.locator('.msg3-head-who + [data-si="blacklist-toggle"]').count()).toBe(1);
      await page.close();
    } finally {
      s.replica.setFaults({});
    }
  });

  it('a case in the URL that never shows (v3-cold-deep-link): the quiet notice says what is missing', async () => {
    const [a] = await openCases(1);
    s.replica.setFaults({ markup: 'v3-cold-deep-link' });
    try {
      const page = await s.newPage();
      await page.goto(`${INBOX}?fi=caseId&ss=${a!.t.threadId}&cc=${a!.t.threadId}`);
      await expect.poll(() => page.evaluate(() => document.querySelector('[data-si="notice"]')?.shadowRoot?.textContent ?? ''),
        { timeout: 20_000 }).toMatch(/case not recognised: conversation page/);
      await page.close();
    } finally {
      s.replica.setFaults({});
    }
  });
});
