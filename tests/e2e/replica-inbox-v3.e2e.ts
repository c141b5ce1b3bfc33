/**
 * The replica's inbox v3 (tests/replica/INBOX-V3.md) in Chromium WITHOUT the extension: only the replica is
 * under test. The list renders, choosing a case changes only the query (no page load), the right pane shows
 * the messages, the reply box sends exactly one reply, search rewrites to `cc=`, paging keeps the URL, and
 * every v3 variant renders what it promises.
 */
import type { Page } from 'playwright-core';
import { generateReplicaData } from '../replica/data';
import { launchWithoutExtension, type PlainSession } from '../replica/harness';
import { createReplicaServer, type MarkupVariant, type ReplicaServer, type V3CaseListResponse } from '../replica/server';

const NOW = new Date('2026-03-04T15:00:00Z');
const ORIGIN = 'https://sellercentral.amazon.com';
const INBOX = `${ORIGIN}/messaging/inbox-v3`;
let s: PlainSession;
let replica: ReplicaServer;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  replica = createReplicaServer(generateReplicaData({ seed: 3, threads: 200, now: NOW }));
  s = await launchWithoutExtension({ replica, viewport: { width: 1440, height: 900 } });
});
afterAll(async () => { await s?.close(); });
beforeEach(async () => {
  replica.reset();
  page = await s.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
});
afterEach(async () => {
  await page.close();
  expect(errors.splice(0)).toEqual([]);
  expect(s.blockedRequests).toEqual([]);
});

/** The page's own list JSON, read through the replica (what the rows should show). */
const listJson = async (query: string): Promise<V3CaseListResponse> =>
  JSON.parse(String((await replica.handle({ method: 'GET', url: `${ORIGIN}/messaging/api/inbox-v3/cases?${query}` })).body)) as V3CaseListResponse;
const variant = (markup: MarkupVariant): void => replica.setFaults({ markup });
const query = (): URLSearchParams => new URL(page.url()).searchParams;
const markWindow = (): Promise<void> => page.evaluate(() => { (window as { __v3Marker?: number }).__v3Marker = 1; });
const samePage = (): Promise<boolean> => page.evaluate(() =>
  (window as { __v3Marker?: number }).__v3Marker === 1 && performance.getEntriesByType('navigation').length === 1);

describe('replica inbox v3', () => {
  it('renders 25 rows and the counts, and rewrites its own query after start', async () => {
    const expected = await listJson('fi=responseNeeded&pn=1&ps=25');
    await page.goto(INBOX);
    await page.locator('.case-list-item').nth(24).waitFor();
    expect(await page.locator('.case-list-item').count()).toBe(25);
    expect(await page.locator('.case-list-item-from').allTextContents()).toEqual(expected.cases.map((c) => c.buyerName));
    await expect.poll(() => page.url()).toBe(`${INBOX}?fi=responseNeeded&ref=sc_bsm`);
    expect(await page.locator('.nav-filter-selected').textContent()).toBe(`Response needed ${expected.counts.responseNeeded}`);
    expect(await page.locator('.metrics-card .metrics-value').textContent()).toBe(String(expected.counts.responseNeeded));
    expect(await page.locator('.metrics-range').textContent()).toMatch(/^Global communication metrics \w{3} \d+/);
    expect(await page.locator('.case-list .metrics-range, .case-list .nav-filter').count()).toBe(0);
  });

  it('choosing a case changes only the query; the pane shows its messages; Send records exactly one reply', async () => {
    await page.goto(`${INBOX}?fi=responseNeeded`);
    const row = page.locator('.case-list-item').nth(1);
    await row.waitFor();
    // the app's start rewrite (`&ref=sc_bsm`) is done before the seller chooses (on a loaded machine it can come late)
    await expect.poll(() => new URL(page.url()).searchParams.get('ref')).toBe('sc_bsm');
    await page.locator('.nav-filter-selected .nav-count').waitFor();
    const before = Number(await page.locator('.nav-filter-selected .nav-count').textContent());
    await markWindow();
    await row.click();
    const id = query().get('cc') ?? '';
    expect(Object.fromEntries(query())).toEqual({ fi: 'caseId', ss: id, cc: id });
    expect(await samePage()).toBe(true);
    expect(await row.getAttribute('aria-selected')).toBe('true');
    const thread = replica.data.threads.find((t) => t.threadId === id);
    await expect.poll(() => page.locator('.case-message').count()).toBe(thread?.messages.length);
    expect(await page.locator('.case-message-body').first().textContent()).toBe(thread?.messages[0]?.text);
    expect(await page.locator('.case-list-item').count()).toBe(25);

    const send = page.locator('kat-button.case-reply-send button');
    expect(await send.isDisabled()).toBe(true);
    await page.locator('kat-dropdown.case-reply-templates select').selectOption({ index: 1 });
    expect(await page.locator('kat-textarea.case-reply-textarea textarea').inputValue()).toMatch(/^Hello,/);
    // the real textarea lives in kat-textarea's open shadow root
    expect(await page.locator('kat-textarea.case-reply-textarea').evaluate((el) =>
      el.querySelector('textarea') === null && el.shadowRoot?.querySelector('textarea') instanceof HTMLTextAreaElement)).toBe(true);
    await page.locator('kat-textarea.case-reply-textarea textarea').fill('Your parcel ships today.');
    expect(await send.isDisabled()).toBe(false);
    await page.locator('input.case-reply-file').setInputFiles({ name: 'label.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    // each chip: the file's name and its remove button (replica only)
    expect((await page.locator('ul.case-reply-files li').allTextContents()).map((t) => t.replace('×', '').trim())).toEqual(['label.pdf']);
    await send.click();
    await expect.poll(() => page.locator('.case-message-body').last().textContent()).toBe('Your parcel ships today.');
    expect(await page.locator('.case-message').last().locator('.case-message-attachments li').allTextContents()).toEqual(['label.pdf']);
    expect(await page.locator('kat-textarea.case-reply-textarea textarea').inputValue()).toBe('');
    expect(await page.locator('ul.case-reply-files li').count()).toBe(0);
    expect(await send.isDisabled()).toBe(true);
    expect(replica.sent.map((r) => ({ kind: r.kind, threadId: r.threadId, text: r.text })))
      .toEqual([{ kind: 'reply', threadId: id, text: 'Your parcel ships today.' }]);
    // answered: it leaves the response-needed list and its count
    await expect.poll(() => page.locator('.nav-filter-selected .nav-count').textContent()).toBe(String(before - 1));
    expect(await page.locator('.metrics-value').textContent()).toBe(String(before - 1));
    expect(await samePage()).toBe(true);

    // "No response needed" on another case: recorded, and the case leaves the list's count too
    await page.locator('.case-list-item').first().click();
    const other = query().get('cc') ?? '';
    await page.locator('.case-message').first().waitFor();
    await page.locator('kat-button.case-reply-no-response button').click();
    await expect.poll(() => replica.sent.length).toBe(2);
    expect(replica.sent[1]).toMatchObject({ kind: 'no-response-needed', threadId: other });
    await expect.poll(() => page.locator('.nav-filter-selected .nav-count').textContent()).toBe(String(before - 2));
  });

  it('search by order id rewrites to cc= and opens the case; paging keeps the URL', async () => {
    const t = replica.data.threads.find((x) => x.accountId === 'A1LUMENHOME7Q' && x.marketplaceId === 'ATVPDKIKX0DER' && x.orderIds[0] && !x.isSystem);
    const orderId = t?.orderIds[0] ?? '';
    await page.goto(`${INBOX}?fi=all`);
    await page.locator('.case-list-item').first().waitFor();
    await page.locator('kat-input.case-search-input input').fill(orderId);
    await page.locator('kat-input.case-search-input input').press('Enter');
    await expect.poll(() => query().get('cc')).toMatch(/^[0-9a-f-]{36}$/);
    expect(query().get('fi')).toBe('search');
    expect(query().get('ss')).toBe(orderId);
    const found = replica.data.threads.find((x) => x.threadId === query().get('cc'));
    expect(found?.orderIds).toContain(orderId);
    await expect.poll(() => page.locator('.case-header-order').textContent()).toBe(`Order ID: ${orderId}`);

    await page.locator('kat-link.nav-filter', { hasText: 'All' }).click();
    await expect.poll(() => page.url()).toBe(`${INBOX}?fi=all`);
    const first = await page.locator('.case-list-item-preview').first().textContent();
    await page.locator('kat-pagination.case-list-pagination button[aria-label="Page 2"]').click();
    await expect.poll(() => page.locator('.case-list-item-preview').first().textContent()).not.toBe(first);
    expect(page.url()).toBe(`${INBOX}?fi=all`);

    // Enter on a focused row selects it, like a click
    await markWindow();
    await page.locator('.case-list-item').nth(2).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => query().get('fi')).toBe('caseId');
    expect(await page.locator('.case-list-item').nth(2).getAttribute('aria-selected')).toBe('true');
    expect(await samePage()).toBe(true);
  });
});

describe('replica inbox v3 variants', () => {
  it('v3-iframe: the list is in a same-origin frame; choosing a row there changes the parent query', async () => {
    variant('v3-iframe');
    await page.goto(INBOX);
    const frame = page.frameLocator('iframe.case-list-frame');
    await frame.locator('.case-list-item').first().waitFor();
    expect(await page.locator('.case-list-item').count()).toBe(0);
    await markWindow();
    await frame.locator('.case-list-item').first().click();
    await expect.poll(() => query().get('fi')).toBe('caseId');
    await page.locator('.case-message').first().waitFor();
    expect(await samePage()).toBe(true);
  });

  it('v3-closed-shadow: page scripts see no rows, yet they render and take clicks', async () => {
    variant('v3-closed-shadow');
    await page.goto(INBOX);
    await page.locator('.case-list-pane kat-pagination').waitFor();
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => document.querySelector('.case-list-item'))).toBeNull();
    expect(await page.evaluate(() => document.querySelector('bsm-case-list')?.shadowRoot ?? 'none')).toBe('none');
    const cdp = await s.context.newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: { children?: unknown[] } };
    const rows = JSON.stringify(root).match(/"case-list-item"/g) ?? [];
    expect(rows.length).toBe(25);
    const box = await page.locator('bsm-case-list').boundingBox();
    expect(box?.height).toBeGreaterThan(300);
    // the rows are drawn: the list's top compresses far worse than an as large blank piece of the empty right pane
    const pane = await page.locator('.case-detail-pane').boundingBox();
    const size = { width: Math.round(box?.width ?? 0), height: 200 };
    const rowsPng = await page.screenshot({ clip: { x: box?.x ?? 0, y: box?.y ?? 0, ...size } });
    const blankPng = await page.screenshot({ clip: { x: pane?.x ?? 0, y: pane?.y ?? 0, ...size } });
    expect(rowsPng.length).toBeGreaterThan(3 * blankPng.length);
    await page.mouse.click((box?.x ?? 0) + 60, (box?.y ?? 0) + 20);
    await expect.poll(() => query().get('fi')).toBe('caseId');
  });

  it('v3-narrow: no list pane below 930 px, back when wider', async () => {
    variant('v3-narrow');
    await page.setViewportSize({ width: 900, height: 800 });
    await page.goto(INBOX);
    await page.locator('.inbox-v3-nav').waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('.case-list-pane').count()).toBe(0);
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.locator('.case-list-item').first().waitFor();
  });

  it('v3-cold-deep-link: a direct case link shows only the navigation until a filter is clicked', async () => {
    variant('v3-cold-deep-link');
    const id = (await listJson('fi=responseNeeded')).cases[0]?.caseId ?? '';
    await page.goto(`${INBOX}?fi=caseId&ss=${id}&cc=${id}`);
    await page.locator('.inbox-v3-loading').waitFor();
    await page.waitForTimeout(1500);
    expect(await page.locator('.case-list-item, .case-message, .case-header').count()).toBe(0);
    await page.locator('kat-link.nav-filter', { hasText: 'All' }).click();
    await page.locator('.case-list-item').first().waitFor();
  });

  it('v3-late-list: text-less busy skeleton rows first, the rows about 3 s after their data', async () => {
    variant('v3-late-list');
    await page.goto(INBOX);
    await page.locator('.case-list[aria-busy=true] .case-list-skeleton').first().waitFor();
    const busySince = Date.now();
    expect(await page.locator('.case-list').textContent()).toBe('');
    expect(await page.locator('.case-list-item').count()).toBe(0);
    await page.locator('.case-list-item').first().waitFor({ timeout: 10_000 });
    expect(Date.now() - busySince).toBeGreaterThan(2000);
  });

  it('v3-case-links: rows are links to the case; following one changes only the query', async () => {
    variant('v3-case-links');
    await page.goto(INBOX);
    const link = page.locator('a.case-list-item').first();
    await link.waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('ref')).toBe('sc_bsm');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/messaging\/inbox-v3\?fi=caseId&ss=[0-9a-f-]{36}&cc=[0-9a-f-]{36}$/);
    await markWindow();
    await link.click();
    await expect.poll(() => page.url()).toBe(`${ORIGIN}${href}`);
    expect(await samePage()).toBe(true);
  });

  it('v3-renamed: no contract class names, same texts', async () => {
    const expected = await listJson('fi=responseNeeded&pn=1&ps=25');
    variant('v3-renamed');
    await page.goto(INBOX);
    await page.locator('.msg3-row').first().waitFor();
    expect(await page.locator('.case-list-item, .inbox-v3-app, .case-list, .nav-filter').count()).toBe(0);
    expect(await page.locator('.msg3-row .msg3-who').first().textContent()).toBe(expected.cases[0]?.buyerName);
  });

  it('v3-german: German labels and relative times', async () => {
    variant('v3-german');
    await page.goto(INBOX);
    await page.locator('.case-list-item').first().waitFor();
    expect(await page.locator('.nav-filter-selected').textContent()).toMatch(/^Antwort erforderlich \d+$/);
    expect(await page.locator('.case-list-item-date').first().textContent()).toMatch(/^(vor \d+ (Minuten?|Stunden?)|Gerade eben|\d+\. \S+ \d{4})$/);
  });

  it('legacy: /messaging/inbox-v3 leads to the old table inbox', async () => {
    variant('legacy');
    await page.goto(`${INBOX}?fi=all`);
    await page.locator('kat-table-row[data-thread-id]').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/messaging/inbox');
  });
});
