/**
 * Options page, Analytics: empty state before any data; charts from the replica's inbox after a visit and a
 * few answers (response events recorded by threads/upsert); CSV export with the formula guard; requests
 * and the template A/B test from a seeded history. SI_SCREENSHOTS=1 also writes docs/screenshots/options-analytics.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../replica/harness';
import { INBOX_URL, startSession, type E2ESession } from './helpers/extension';

const ACCOUNT = 'A1LUMENHOME7Q';
const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const JP = 'A1VC38T7YXB528';

interface Thread { key: string; threadId: string; status: string; marketplaceId: string; isSystem: boolean }
interface Data { events: Array<{ answeredAt?: string; marketplaceId: string }>; templates: Array<{ id: string; name: string }> }

let s: E2ESession;
beforeAll(async () => { s = await startSession({ threads: 60 }); });
afterAll(async () => { await s?.close(); });

const shot = async (page: Page, name: string) => {
  if (!process.env.SI_SCREENSHOTS) return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1180, height: Math.max(860, height) });
  await page.screenshot({ path: path.join(REPO_ROOT, `docs/screenshots/${name}.png`) });
  await page.setViewportSize({ width: 1180, height: 860 });
};

async function openAnalytics(): Promise<Page> {
  const page = await s.newPage();
  await page.setViewportSize({ width: 1180, height: 860 });
  await page.goto(`chrome-extension://${s.extensionId}/options.html#/analytics`);
  await page.locator('[data-si="analytics"]').waitFor();
  return page;
}

const data = async () => (await s.ask({ type: 'analytics/data' })) as Data;

/** Writes rows straight into the extension's IndexedDB (no protocol message writes history in bulk). */
async function putRows(stores: Record<string, unknown[]>): Promise<void> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await page.evaluate((entries) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('seller-inbox');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(Object.keys(entries), 'readwrite');
      for (const [store, rows] of Object.entries(entries)) for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), stores);
  await page.close();
}

const UK = 'A1F83G8C2ARO7P';
const ZONES: Record<string, number> = { [US]: -8, [DE]: 1, [UK]: 0, [JP]: 9 };
const CATEGORIES = ['where-is-my-order', 'return-refund', 'cancel-order', 'address-change', 'product-question', 'product-issue', 'invoice', 'feedback-review', 'other'];

/** Ten earlier weeks of answered messages in four marketplaces (deterministic), for a realistic picture. */
function history(): unknown[] {
  let seed = 7;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const out: unknown[] = [];
  const weekMs = 7 * 86_400_000;
  for (let w = 10; w >= 1; w--) {
    for (const [mp, offset] of Object.entries(ZONES)) {
      const n = Math.round((mp === US ? 16 : mp === DE ? 11 : 6) * (0.8 + rnd() * 0.4));
      for (let i = 0; i < n; i++) {
        // buyers write mostly in their daytime
        const localHour = Math.min(23, Math.floor(8 + rnd() * 12 + (rnd() < 0.15 ? -7 : 0)));
        const dayStart = Date.now() - w * weekMs - Math.floor(rnd() * 7) * 86_400_000;
        const received = new Date(Math.floor(dayStart / 86_400_000) * 86_400_000 + ((localHour - offset + 24) % 24) * 3_600_000 + Math.floor(rnd() * 60) * 60_000);
        const slow = w === 7 || w === 3 ? 1.8 : 1;
        const hours = Math.max(0.3, -Math.log(1 - rnd()) * 6 * slow);
        const none = rnd() < 0.06;
        const receivedAt = received.toISOString();
        out.push({
          key: `A1LUMENHOME7Q|${mp}|h${w}-${i}|${receivedAt}`, threadKey: `A1LUMENHOME7Q|${mp}|h${w}-${i}`, accountId: ACCOUNT, marketplaceId: mp,
          receivedAt, category: CATEGORIES[Math.floor(Math.pow(rnd(), 1.6) * CATEGORIES.length)], noResponseNeeded: none, updatedAt: receivedAt,
          ...(none ? {} : { answeredAt: new Date(received.getTime() + hours * 3_600_000).toISOString(), answeredFrom: 'last-message' }),
        });
      }
    }
  }
  return out;
}

describe('options: analytics', () => {
  it('says how to get data while there is none', async () => {
    const page = await openAnalytics();
    await page.getByText('No buyer messages recorded yet').waitFor();
    await page.getByText('No review requests yet').waitFor();
    expect(await page.locator('.recharts-surface').count()).toBe(0);
    await page.close();
  });

  it('charts the replica inbox: messages seen awaiting an answer, then answered', async () => {
    const sc = await s.newPage();
    await sc.goto(INBOX_URL);
    await expect.poll(async () => (await data()).events.length, { timeout: 20_000 }).toBeGreaterThan(5);

    // answer the three newest US messages in Seller Central (the replica's reply endpoint, called as the replica's own page
    // code does it: `x-replica-page`; the extension never calls it), then look at the whole inbox
    const { threads } = await s.ask({ type: 'threads/list', accountId: ACCOUNT, marketplaceId: US }) as { threads: Thread[] };
    const ids = threads.filter((t) => t.status === 'response-needed' && !t.isSystem).slice(-3).map((t) => t.threadId);
    expect(ids).toHaveLength(3);
    await sc.evaluate(async (threadIds) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="anti-csrftoken-a2z"]')?.content ?? '';
      for (const id of threadIds) {
        const r = await fetch(`/messaging/api/threads/${id}/reply`, {
          method: 'POST', headers: { 'content-type': 'application/json', 'anti-csrftoken-a2z': token, 'x-replica-page': '1' }, body: JSON.stringify({ text: 'Thank you, it ships today.' }),
        });
        if (!r.ok) throw new Error(`reply ${id}: ${r.status}`);
      }
    }, ids);
    await sc.goto(INBOX_URL.replace('fi=RESPONSE_NEEDED', 'fi=ALL') + '&ps=200');
    await expect.poll(async () => (await data()).events.filter((e) => e.answeredAt).length, { timeout: 20_000 }).toBe(3);
    await sc.close();

    const page = await openAnalytics();
    await page.locator('[data-si="analytics-kpis"]').waitFor();
    await expect.poll(() => page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(4);
    const kpis = await page.locator('.an-kpi__value').allTextContents();
    expect(Number(kpis[0])).toBeGreaterThan(5);
    // three answers are too few for response-time findings (issue 16, item 10): the page says so
    expect(await page.locator('[data-si="analytics-not-enough"]').textContent()).toContain('Not enough data yet');
    await page.locator('td', { hasText: 'amazon.com' }).first().waitFor();

    // the hour chart switches to each marketplace's clock
    await page.locator('[data-si="analytics-clock-marketplace"]').click();
    await page.getByText("on each marketplace's local clock").waitFor();

    // CSV of the marketplace table
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-si="analytics-csv-marketplaces"]').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFMarketplace,Messages,Answered,Median (hours)')).toBe(true);
    expect(csv).toMatch(/\r\nUS,\d+,3,/);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('shows review requests, skip reasons and the template A/B test from the send log', async () => {
    const { templates } = await data();
    const [a, b] = templates;
    if (!a || !b) throw new Error('no templates');
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    const log: unknown[] = [];
    const feedback: unknown[] = [];
    const reviews: unknown[] = [];
    // template A: 80 orders, 24 feedback, 9 reviews; template B: 70 orders, 8 feedback, 6 reviews; Amazon's button: 20 orders
    const orders = (tpl: string | undefined, n: number, fb: number, rv: number, kind: string, mp: string) => {
      for (let i = 0; i < n; i++) {
        const orderId = `${kind === 'review-request' ? '114' : tpl === a.id ? '111' : '112'}-${String(1000000 + log.length).padStart(7, '0')}-${String(i).padStart(7, '0')}`;
        const at = day(3 + (i % 40));
        log.push({ key: `${kind}|${orderId}`, kind, orderId, marketplaceId: mp, ...(tpl ? { templateId: tpl } : {}), stage: 'sent', attempts: 1, createdAt: at, updatedAt: at });
        if (i < fb) feedback.push({ orderId, marketplaceId: mp, rating: 5, comment: 'Great seller', date: day(1), provenance: { source: 'import', at: day(0) } });
        if (i >= n - rv) reviews.push({ key: `R${orderId}`, asin: 'B0TEST0001', orderId, rating: 5, date: day(1), provenance: { source: 'import', at: day(0) } });
      }
    };
    orders(a.id, 80, 24, 9, 'campaign-message', US);
    orders(b.id, 70, 8, 6, 'campaign-message', DE);
    orders(undefined, 20, 3, 2, 'review-request', JP);
    const skipped = [['outside-window', 14], ['already-requested', 9], ['blacklisted', 3], ['returned', 5], ['daily-cap', 2]] as const;
    for (const [reason, n] of skipped) {
      for (let i = 0; i < n; i++) {
        const orderId = `113-${String(2000000 + log.length).padStart(7, '0')}-${String(i).padStart(7, '0')}`;
        log.push({ key: `campaign-message|${orderId}`, kind: 'campaign-message', orderId, marketplaceId: US, campaignId: 'c1', stage: 'skipped', reason, attempts: 0, createdAt: day(2 + i), updatedAt: day(2 + i) });
      }
    }
    await putRows({ sendLog: log, feedback, reviews, responseEvents: history() });

    const page = await openAnalytics();
    await page.locator('[data-si="analytics-requests"]').waitFor();
    const req = await page.locator('[data-si="analytics-requests"] .an-kpi__value').allTextContents();
    expect(req.slice(0, 2)).toEqual(['170', '33']);
    await page.getByText('Outside Amazon', { exact: false }).first().waitFor();
    await page.locator('td', { hasText: a.name }).first().waitFor();
    const results = page.locator('[data-si="analytics-ab-result"]');
    await results.first().waitFor();
    // 30 % vs 11.4 % feedback: significant; 11.3 % vs 8.6 % reviews: not
    expect(await results.nth(0).textContent()).toContain('Significant difference');
    expect(await results.nth(1).textContent()).toContain('No significant difference');
    // Amazon's own button has 20 orders: not enough for a test
    await page.locator('[data-si="analytics-ab-b"]').selectOption({ label: "Amazon's Request a Review" });
    expect(await results.nth(0).textContent()).toContain('Not enough data (n < 30 orders per template)');
    await page.locator('[data-si="analytics-ab-b"]').selectOption(b.id);

    // the marketplace filter narrows every section
    await page.locator('[data-si="analytics-marketplace"]').selectOption(DE);
    expect((await page.locator('[data-si="analytics-requests"] .an-kpi__value').allTextContents())[0]).toBe('70');
    await page.locator('[data-si="analytics-marketplace"]').selectOption('');
    await page.mouse.move(0, 0);
    await shot(page, 'options-analytics');
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});
