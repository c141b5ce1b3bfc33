/**
 * The inbox features on today's messaging app, inbox v3 (tests/replica/INBOX-V3.md), with the built extension:
 * deadline badges, urgency order (CSS order, no node moves), category chips and Next on the case list; Next selects
 * the most urgent case in-app (no page load); the list's deadlines never run later than the truth; and in each variant
 * the features work (renamed classes by structure, case links, rows behind a closed shadow root, a late list, the list
 * in a same-origin frame) or the quiet notice says the case list is not found and the features come back with the list.
 */
import type { Frame, Page } from 'playwright-core';
import type { Thread } from '../../lib/model';
import type { ReplicaThread } from '../replica/data';
import { oldestUnanswered } from '../replica/data/invariants';
import { serveV3Cases, V3_CASES_CALL } from '../bench/metrics/v3-cases';
import { FIRST_ROWS } from '../../components/features/inbox-shared/near-view';
import { SC, startInboxSession, type InboxSession } from './helpers/session';

const INBOX = `${SC}/messaging/inbox-v3`;
const DAY = 86_400_000;
let s: InboxSession;
const byOrder = new Map<string, ReplicaThread>();

beforeAll(async () => {
  s = await startInboxSession({ threads: 160, seed: 7, viewport: { width: 1440, height: 900 } });
  for (const t of s.data.threads) if (t.accountId === s.data.accounts[0]?.merchantId && t.orderIds[0]) byOrder.set(t.orderIds[0], t);
});
afterAll(async () => { await s?.close(); });
afterEach(() => { s.replica.setFaults({}); });

interface V3Row { date: string; order: string | null; state: string | null; due: string | null; chip: string | null; top: number; selected: boolean; from: string }

/** What each case row shows, with our badge and chip (in a frame or document). */
const rows = (where: Page | Frame): Promise<V3Row[]> => where.evaluate(() => [...document.querySelectorAll('.case-list-item')].map((r) => ({
  date: r.querySelector('.case-list-item-date')?.textContent ?? '',
  order: /\d{3}-\d{7}-\d{7}/.exec(r.querySelector('.case-list-item-order')?.textContent ?? '')?.[0] ?? null,
  state: r.querySelector('[data-si="deadline"]')?.getAttribute('data-si-state') ?? null,
  due: r.querySelector('[data-si="deadline"]')?.getAttribute('data-si-due') ?? null,
  chip: r.querySelector('[data-si="category"]')?.getAttribute('data-si-category') ?? null,
  top: r.getBoundingClientRect().top,
  selected: r.getAttribute('aria-selected') === 'true',
  from: r.querySelector('.case-list-item-from')?.textContent ?? '',
})));
const badged = async (where: Page | Frame): Promise<number> => {
  const list = await rows(where);
  return list.length > 0 && list.every((r) => r.state) ? list.length : 0;
};
const noticeText = async (page: Page): Promise<string> => (await page.locator('[data-si="notice"] .pill').allInnerTexts()).join(' ');

describe('inbox v3: the features on the case list', () => {
  it('badges every row, orders by urgency without moving nodes, adds chips and Next; no notice; the clock never runs late', async () => {
    const page = s.page;
    await page.goto(`${INBOX}?fi=responseNeeded`);
    await expect.poll(() => badged(page), { timeout: 20_000 }).toBe(25);
    await page.evaluate(() => { (window as { __siMark?: number }).__siMark = 1; });
    const shown = await rows(page);
    const now = Date.now();
    for (const r of shown) {
      const t = r.order ? byOrder.get(r.order) : undefined;
      if (!t || !r.due) continue;
      if (Date.parse(r.due) < now) expect(r.state).toBe('overdue');
      // a relative time ("3 hours ago") is good to the hour and names the NEWEST message; the deadline runs from the
      // oldest unanswered one, so until the case is read the list's due time can only be later than the truth
      // (a bare date counts from the start of its day instead: then it can only be earlier)
      const trueDue = (oldestUnanswered(t) ?? 0) + DAY;
      if (/ago|just now/i.test(r.date)) expect(Date.parse(r.due), `${r.order} ${t.scenario}`).toBeGreaterThanOrEqual(trueDue - 61 * 60_000);
      else expect(Date.parse(r.due), `${r.order} ${r.date}`).toBeLessThanOrEqual(Date.parse(t.messages.at(-1)!.sentAt) + DAY);
    }
    expect(shown.some((r) => r.state === 'overdue')).toBe(true);
    expect(shown.some((r) => r.state === 'on-time')).toBe(true);
    expect(shown.filter((r) => r.from === 'Amazon').every((r) => r.state === 'no-reply-expected')).toBe(true);
    // urgency order: on screen, the rows with a deadline come by due time, the earliest first
    const visual = [...shown].filter((r) => r.due).sort((a, b) => a.top - b.top).map((r) => Date.parse(r.due ?? ''));
    expect(visual).toEqual([...visual].sort((a, b) => a - b));
    // the chips follow the badges one round trip later (the categories come from the background; badges do not wait)
    await expect.poll(async () => (await rows(page)).every((r) => r.chip), { timeout: 10_000 }).toBe(true);
    await page.locator('[data-si="next"]').waitFor({ state: 'attached' });
    expect(await noticeText(page)).toBe('');

    // stored: one thread per case with an order of its own in the list, keyed by its order until the case is read
    // (an order with two cases in the list names neither: those are shown, not stored)
    const stored = await s.ask<{ threads: Thread[] }>({ type: 'threads/list', accountId: s.data.accounts[0]!.merchantId });
    const orders = shown.map((r) => r.order).filter((o): o is string => !!o);
    const single = orders.filter((o) => orders.indexOf(o) === orders.lastIndexOf(o));
    const keys = new Set(stored.threads.map((t) => t.threadId));
    expect(single.filter((o) => !keys.has(`order:${o}`))).toEqual([]);
    expect(orders.filter((o) => !single.includes(o)).filter((o) => keys.has(`order:${o}`))).toEqual([]);

    // Next selects the most urgent case of the list in the right pane, in-app
    const first = [...shown].filter((r) => r.state !== 'no-reply-expected' && r.due).sort((a, b) => a.top - b.top)[0]!;
    await page.locator('[data-si="next"] button.next').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('fi')).toBe('caseId');
    await expect.poll(async () => (await rows(page)).find((r) => r.selected)?.order).toBe(first.order);
    expect(await page.evaluate(() => (window as { __siMark?: number }).__siMark)).toBe(1);
    await page.locator('.case-message').first().waitFor();
    // the list's features kept running while the case opened: every row still has its one badge
    expect(await page.locator('.case-list-item [data-si="deadline"]').count()).toBe(25);

    // the case is now stored by its case id while its row still names only its order: Next on the list again selects
    // it in-app too (it loaded a one-case page instead)
    await expect.poll(async () => (await s.ask<{ threads: Thread[] }>({ type: 'threads/list', accountId: s.data.accounts[0]!.merchantId }))
      .threads.some((t) => !t.threadId.startsWith('order:') && t.orderIds.includes(first.order!)), { timeout: 10_000 }).toBe(true);
    await page.goto(`${INBOX}?fi=responseNeeded`);
    await expect.poll(() => badged(page), { timeout: 20_000 }).toBe(25);
    await page.locator('[data-si="next"] button.next').waitFor();
    await page.evaluate(() => { (window as { __siMark?: number }).__siMark = 2; });
    await page.locator('[data-si="next"] button.next').click();
    await expect.poll(async () => (await rows(page)).find((r) => r.selected)?.order).toBe(first.order);
    expect(await page.evaluate(() => (window as { __siMark?: number }).__siMark)).toBe(2);
    expect((await rows(page)).length).toBe(25);
    expect(s.pageErrors).toEqual([]);
  });

  it('a long list: the rows near the view get their badges and chips, the others as they come near (not laid out '
    + 'before: content-visibility); scrolling and find-in-page reach them; counts and filter cover every row', async () => {
    // 200 cases on one page (the replica shows 25: v3-cases.ts answers the list call with them repeated)
    await serveV3Cases(s.context, s.replica, 200);
    try {
      const page = await s.newPage();
      await page.goto(`${INBOX}?fi=responseNeeded`);
      // a long list (near-view.ts): the first rows as shown at once, then the rows near the pane's view; not all 200
      const badges = () => page.locator('.case-list-item [data-si="deadline"]').count();
      await expect.poll(badges, { timeout: 20_000 }).toBeGreaterThanOrEqual(FIRST_ROWS);
      expect(await badges()).toBeLessThan(200);
      // the category filter counts every row, chip or not
      await expect.poll(() => page.locator('select[data-si-part="category-filter"] option[value="all"]').textContent(), { timeout: 20_000 })
        .toMatch(/\(200\)/);
      // the row shown last (urgency order): rendered only once it comes near the pane's view
      const last = (): Promise<{ rendered: boolean; order: string; badge: number; hasBadge: boolean; hasChip: boolean }> => page.evaluate(() => {
        const row = [...document.querySelectorAll('.case-list-item')].sort((a, b) => Number(getComputedStyle(b).order) - Number(getComputedStyle(a).order))[0]!;
        // false while an ancestor (the row: content-visibility auto) skips its contents
        const badge = row.querySelector('[data-si="deadline"]');
        return {
          rendered: badge?.checkVisibility({ contentVisibilityAuto: true }) ?? false,
          order: /\d{3}-\d{7}-\d{7}/.exec(row.textContent ?? '')?.[0] ?? '',
          badge: badge?.getBoundingClientRect().height ?? 0,
          hasBadge: badge !== null,
          hasChip: row.querySelector('[data-si="category"]') !== null,
        };
      });
      const before = await last();
      expect(before.rendered).toBe(false);
      // far below the view: no badge yet
      expect(before.hasBadge).toBe(false);
      expect(before.hasChip).toBe(false);
      // scrolled to the end of the list's pane: rendered, with its badge
      const scrollList = (to: 'end' | 'start') => page.evaluate((where) => {
        let el: Element | null = document.querySelector('.case-list-item');
        while (el && !(el.scrollHeight > el.clientHeight && /auto|scroll/.test(getComputedStyle(el).overflowY))) {
          el = el.parentElement ?? (el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : null);
        }
        if (el) el.scrollTop = where === 'end' ? el.scrollHeight : 0;
      }, to);
      await scrollList('end');
      await expect.poll(async () => (await last()).rendered).toBe(true);
      expect((await last()).badge).toBeGreaterThan(10);
      await expect.poll(async () => (await last()).hasChip).toBe(true);
      // back at the top, find-in-page still finds its text (Chromium renders a skipped row that holds a match)
      await scrollList('start');
      await expect.poll(async () => (await last()).rendered).toBe(false);
      expect(await page.evaluate((text) => (window as unknown as { find: (s: string) => boolean }).find(text), before.order)).toBe(true);
      await expect.poll(async () => (await last()).rendered).toBe(true);
      expect(s.pageErrors).toEqual([]);
      await page.close();
    } finally {
      await s.context.unroute(V3_CASES_CALL);
    }
  });

  for (const markup of ['v3-renamed', 'v3-case-links', 'v3-late-list'] as const) {
    it(`${markup}: badges on every row`, async () => {
      s.replica.setFaults({ markup });
      const page = await s.newPage();
      await page.goto(`${INBOX}?fi=responseNeeded`);
      const rowSelector = markup === 'v3-renamed' ? '.msg3-row' : '.case-list-item';
      await page.locator(rowSelector).nth(24).waitFor({ timeout: 20_000 });
      await expect.poll(() => page.locator(`${rowSelector} [data-si="deadline"]`).count(), { timeout: 20_000 }).toBe(25);
      expect(await page.locator(`${rowSelector} [data-si="deadline"][data-si-state="overdue"]`).count()).toBeGreaterThan(0);
      expect(await noticeText(page)).toBe('');
      expect(s.pageErrors).toEqual([]);
      await page.close();
    });
  }

  it('v3-closed-shadow: rows the page’s own scripts cannot reach get their badges (chrome.dom opens the root)', async () => {
    s.replica.setFaults({ markup: 'v3-closed-shadow' });
    const page = await s.newPage();
    await page.goto(`${INBOX}?fi=responseNeeded`);
    const cdp = await s.context.newCDPSession(page);
    const deadlines = async (): Promise<number> => {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: unknown };
      return (JSON.stringify(root).match(/"data-si","deadline"/g) ?? []).length;
    };
    await expect.poll(deadlines, { timeout: 20_000 }).toBe(25);
    expect(await page.evaluate(() => document.querySelector('.case-list-item'))).toBeNull();
    expect(await noticeText(page)).toBe('');
    await page.close();
  });

  it('v3-iframe: the list in a same-origin frame gets the page UI there, once', async () => {
    s.replica.setFaults({ markup: 'v3-iframe' });
    const page = await s.newPage();
    await page.goto(`${INBOX}?fi=responseNeeded`);
    await page.locator('iframe.case-list-frame').waitFor();
    const frame = await (await page.locator('iframe.case-list-frame').elementHandle())!.contentFrame();
    await expect.poll(() => badged(frame!), { timeout: 25_000 }).toBe(25);
    expect(await frame!.locator('[data-si="deadline"]').count()).toBe(25);
    expect(await noticeText(page)).toBe('');
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('v3-narrow and v3-cold-deep-link: the notice says the case list is not found; the features come with the list', async () => {
    s.replica.setFaults({ markup: 'v3-narrow' });
    const page = await s.newPage();
    await page.setViewportSize({ width: 900, height: 800 });
    await page.goto(`${INBOX}?fi=responseNeeded`);
    await expect.poll(() => noticeText(page), { timeout: 20_000 }).toMatch(/case list not found/);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => badged(page), { timeout: 20_000 }).toBe(25);
    await expect.poll(() => noticeText(page)).toBe('');

    s.replica.setFaults({ markup: 'v3-cold-deep-link' });
    const id = s.data.threads.find((t) => t.status === 'response-needed' && t.marketplaceId === 'ATVPDKIKX0DER')!.threadId;
    await page.goto(`${INBOX}?fi=caseId&ss=${id}&cc=${id}`);
    // neither the list nor the case shows: the case features say so (the list's remark waits behind them)
    await expect.poll(() => noticeText(page), { timeout: 20_000 }).toMatch(/case list not found|case not recognised/);
    await page.locator('kat-link.nav-filter', { hasText: 'Response needed' }).click();
    await expect.poll(() => badged(page), { timeout: 20_000 }).toBe(25);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});
