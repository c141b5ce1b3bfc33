/**
 * Faults around the extension's context on the replica:
 * - the extension is reloaded (an update) under an open inbox: the page keeps working without errors, the
 *   new worker injects the new page UI, the old copy stops quietly and removes what it drew (no duplicate
 *   badges, no "reload" notice); disabled under an open inbox: our stale UI goes away, the notice asks for a
 *   reload; enabled again, the features come back in the open tab;
 * - two Seller Central tabs at once: both get the features, threads and counts are stored once, and a
 *   campaign triggered from two extension pages and an alarm at once, with another runner holding the
 *   lock first, sends each order's request exactly once.
 * SI_EXTENSION_DIR: a copy of the build (others may rebuild .output while this runs).
 */
import type { Page } from 'playwright-core';
import type { Campaign, InboxCounts, SendLogEntry, Thread } from '../../lib/model';
import { dueNow, everyDeliveredOrder, orderRecords, readSendLog, seedOrders } from './helpers/campaign-fixtures';
import { INBOX_URL } from './helpers/extension';
import { reloadExtension, setExtensionEnabled } from './helpers/extension-reload';
import { SC, shownRows, startInboxSession, waitForBadges, type InboxSession } from './helpers/session';

const US = 'ATVPDKIKX0DER';
const SOLICIT = '/messaging/api/solicitations/';
const LOCK_KEY = 'campaign-runner|lock';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const duplicatesOf = (ids: string[]) => ids.filter((x, i) => ids.indexOf(x) !== i);

let s: InboxSession | undefined;
afterEach(async () => { await s?.close(); s = undefined; });

describe('the extension reloaded or disabled under an open Seller Central page', () => {
  it('reloaded (an update): the page keeps working and the new version takes over without a reload', async () => {
    s = await startInboxSession({ threads: 60 });
    const sess = s;
    const { page } = s;
    const consoleErrors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    await page.goto(INBOX_URL);
    const rows = await waitForBadges(page);
    expect(rows).toBeGreaterThan(3);
    const before = await page.evaluate(() => document.documentElement.getAttribute('data-si-page-ui'));

    await reloadExtension(s);
    // the new worker puts the new page UI into the open tab; the old copy stops and removes what it drew
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-si-page-ui')), { timeout: 10_000 })
      .not.toBe(before);
    // past the old copy's 3 s context check: one badge per row (no stale duplicates), and no "reload" notice
    await sleep(4_000);
    expect(await page.locator('[data-si="deadline"]').count()).toBe(rows);
    expect(await page.locator('[data-si="notice"]').count()).toBe(0);

    // the page's own UI still works, and the new version follows in-app navigation
    await page.locator('kat-table-row[data-thread-id] .bsm-buyer-name').first().click();
    await page.waitForURL((u) => u.pathname === '/messaging/inbox' && u.searchParams.get('fi') === 'caseId');
    await page.locator('#bsm-thread').waitFor();
    await page.locator('[data-si-feature="thread-order-panel"]').first().waitFor({ state: 'attached', timeout: 10_000 });
    await page.goBack();
    await expect.poll(() => page.locator('[data-si="deadline"]').count(), { timeout: 10_000 }).toBe(rows);
    expect(await page.locator('[data-si="notice"]').count()).toBe(0);
    expect(sess.pageErrors).toEqual([]);
    expect(consoleErrors.filter((e) => /context invalidated|seller-inbox/i.test(e))).toEqual([]);
    expect(await s.ask<{ ok: boolean }>({ type: 'ping' })).toMatchObject({ ok: true });
    expect(s.blockedRequests).toEqual([]);
  }, 90_000);

  it('disabled: the page keeps working, our stale UI goes away, the notice asks for a reload; enabled again, it runs', async () => {
    s = await startInboxSession({ threads: 60 });
    const sess = s;
    const { page } = s;
    await page.goto(INBOX_URL);
    const rows = await waitForBadges(page);

    await setExtensionEnabled(s, false);
    const notice = page.locator('[data-si="notice"] .pill');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await notice.innerText()).toMatch(/Seller Inbox was updated — reload the page to continue/);
    await expect.poll(() => page.locator('[data-si="deadline"]').count()).toBe(0);
    expect(await page.locator('[data-si]:not([data-si="notice"])').count()).toBe(0);
    // the page's own UI still works
    await page.locator('kat-table-row[data-thread-id] .bsm-buyer-name').first().click();
    await page.waitForURL((u) => u.pathname === '/messaging/inbox' && u.searchParams.get('fi') === 'caseId');
    await page.locator('#bsm-thread').waitFor();
    await page.goBack();
    await expect.poll(() => page.locator('kat-table-body kat-table-row[data-thread-id]').count(), { timeout: 10_000 }).toBe(rows);
    expect(sess.pageErrors).toEqual([]);

    // the notice's Reload reloads the page (the page's own load, nothing of ours while disabled)
    const loaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await loaded;
    await page.locator('kat-table-body kat-table-row[data-thread-id]').first().waitFor();
    expect(await page.locator('[data-si]').count()).toBe(0);
    // enabled again: the worker puts the page UI into the open tab, no reload needed
    await setExtensionEnabled(s, true);
    await expect.poll(() => page.locator('[data-si="deadline"]').count(), { timeout: 15_000 }).toBe(rows);
    expect(await page.locator('[data-si="notice"]').count()).toBe(0);
    expect(sess.pageErrors).toEqual([]);
    expect(s.blockedRequests).toEqual([]);
  }, 90_000);
});

/** Writes another runner's lease in the same transaction that sees the lock free (never over a live lease). */
async function holdLockAsOtherRunner(extPage: Page, ms: number): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const until = await extPage.evaluate(async ({ key, ms: leaseMs }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => { const q = indexedDB.open('seller-inbox'); q.onsuccess = () => ok(q.result); q.onerror = () => fail(q.error); });
      const tx = db.transaction('meta', 'readwrite');
      const store = tx.objectStore('meta');
      const taken = await new Promise<number | undefined>((ok) => {
        const get = store.get(key);
        get.onsuccess = () => {
          const cur = get.result as { value?: { until?: number } } | undefined;
          if (cur?.value?.until && cur.value.until > Date.now()) { ok(undefined); return; }
          const now = Date.now();
          store.put({ key, value: { owner: 'e2e-second-runner', until: now + leaseMs, acquiredAt: now } });
          ok(now + leaseMs);
        };
      });
      await new Promise((ok, fail) => { tx.oncomplete = ok; tx.onerror = () => fail(tx.error); });
      db.close();
      return taken;
    }, { key: LOCK_KEY, ms });
    if (until) return until;
    await sleep(100);
  }
  throw new Error('the runner never released its lock');
}

describe('two Seller Central tabs at once', () => {
  it('both run the features, threads are stored once, and each order is requested once', async () => {
    s = await startInboxSession({ threads: 60, seed: 1 });
    const sess = s;
    const account = sess.data.accounts[0]?.merchantId ?? '';
    const url = `${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1&ps=100&mons_sel_mkid=${US}`;
    const [tabA, tabB] = [sess.page, await sess.newPage()];
    await Promise.all([tabA.goto(url), tabB.goto(url)]);
    const [rowsA, rowsB] = await Promise.all([waitForBadges(tabA), waitForBadges(tabB)]);
    expect(rowsB).toBe(rowsA);

    // both tabs stored the same threads: once each, and the counts are not doubled
    const shown = await shownRows(tabA);
    const awaiting = shown.filter((r) => ['overdue', 'due-soon', 'on-time'].includes(r.state ?? '')).length;
    expect(awaiting).toBeGreaterThan(3);
    const usCounts = async () => (await sess.ask<{ counts: InboxCounts[] }>({ type: 'counts/list', accountId: account })).counts
      .filter((c) => c.marketplaceId === US);
    await expect.poll(async () => (await usCounts()).map((c) => c.awaiting), { timeout: 15_000 }).toEqual([awaiting]);
    const stored = (await sess.ask<{ threads: Thread[] }>({ type: 'threads/list', accountId: account, marketplaceId: US })).threads.map((t) => t.threadId);
    expect(duplicatesOf(stored)).toEqual([]);
    expect(stored).toEqual(expect.arrayContaining(shown.map((r) => r.threadId)));

    // a campaign over every delivered order, while both tabs stay open
    const [options, popup] = [await sess.context.newPage(), await sess.context.newPage()];
    await options.goto(`chrome-extension://${sess.extensionId}/options.html`);
    await popup.goto(`chrome-extension://${sess.extensionId}/popup.html`);
    const records = orderRecords(sess.data);
    await seedOrders(options, records);
    await sess.ask({ type: 'campaigns/config', values: { minGapMs: 100, maxGapMs: 200, backoffBaseMs: 300, backoffMaxMs: 2_000, stageDelayMs: 0 } });
    const { campaign } = await sess.ask<{ campaign: Campaign }>({ type: 'campaigns/save', campaign: everyDeliveredOrder, confirmLive: true });
    // orders with a problem thread (stored from the tabs) are held back by design
    const threads = (await sess.ask<{ threads: Thread[] }>({ type: 'threads/list', accountId: account })).threads;
    const expected = dueNow(sess.data, records, campaign, account, threads);
    expect(expected.size).toBeGreaterThan(10);

    const sent = () => sess.replica.sent.filter((x) => x.kind === 'review-request').map((x) => x.orderId ?? '');
    const lastTickAt = async () => (await sess.ask<{ status: { lastTickAt?: string } }>({ type: 'campaigns/status' })).status.lastTickAt;
    const worker = await sess.serviceWorker();
    const triggerAtOnce = () => Promise.all([
      ...[options, popup].map((p) => p.evaluate(() => chrome.runtime.sendMessage({ type: 'campaigns/control', action: 'run-now' }))),
      worker.evaluate(() => { (globalThis as unknown as { chrome: { alarms: { create(n: string, a: { when: number }): void } } })
        .chrome.alarms.create('seller-inbox:campaigns-wake', { when: Date.now() }); }),
    ]);

    // another runner holds the lock: every trigger is turned away (no tick gets past the lock to stamp lastTickAt)
    const until = await holdLockAsOtherRunner(options, 5_000);
    await sess.ask({ type: 'settings/set', values: { campaignsEnabled: true } });
    await triggerAtOnce();
    while (Date.now() < until - 300) {
      expect(sent()).toEqual([]);
      expect(await lastTickAt()).toBeUndefined();
      await sleep(250);
    }
    // the lease runs out: this worker takes over; trigger again from every side while it sends
    await expect.poll(() => sent().length, { timeout: 20_000 }).toBeGreaterThan(0);
    await triggerAtOnce();
    const log = await settledLog(options, expected);

    expect(duplicatesOf(sent())).toEqual([]);
    expect(new Set(sent())).toEqual(expected);
    expect(sess.replica.requests.filter((r) => r.method === 'POST' && r.path.startsWith(SOLICIT))).toHaveLength(expected.size);
    expect(log.filter((e) => e.stage === 'sent').map((e) => e.orderId).sort()).toEqual([...expected].sort());
    expect(await lastTickAt()).toBeDefined();
    expect(sess.pageErrors).toEqual([]);
    console.log(`[faults e2e] two tabs: ${rowsA} rows each, ${stored.length} threads stored once, ${expected.size} orders due, ${sent().length} requests`);
    expect(sess.blockedRequests).toEqual([]);
  }, 150_000);
});

async function settledLog(extPage: Page, expected: Set<string>): Promise<SendLogEntry[]> {
  const end = Date.now() + 90_000;
  for (;;) {
    const log = await readSendLog(extPage);
    const done = new Set(log.filter((e) => e.key.startsWith('review|') && ['sent', 'unknown', 'skipped'].includes(e.stage)).map((e) => e.orderId));
    if ([...expected].every((id) => done.has(id)) && !log.some((e) => e.stage === 'sending')) return log;
    if (Date.now() > end) {
      const missing = [...expected].filter((id) => !done.has(id));
      throw new Error(`not every order was handled: ${JSON.stringify(log.filter((e) => missing.includes(e.orderId ?? '')))} ${missing.join(', ')}`);
    }
    await sleep(250);
  }
}
