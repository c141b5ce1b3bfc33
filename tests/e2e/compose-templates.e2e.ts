/**
 * The reply box on the replica's thread page: the template picker (keyboard, fuzzy search, live preview
 * with the thread's real values, policy verdict, insertion into the React-controlled textarea) and the
 * policy check on the page's own Send (block stops it, warn asks once, ok passes untouched).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../replica/harness';
import type { ReplicaThread } from '../replica/data/types';
import { pickCase } from '../replica/data/invariants';
import { startSession, type E2ESession } from './helpers/extension';

let s: E2ESession;
beforeAll(async () => { s = await startSession(); });
afterAll(async () => { await s?.close(); });

const threadUrl = (id: string) => `https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${encodeURIComponent(id)}&cc=${encodeURIComponent(id)}`;

/** Threads on amazon.com awaiting an answer, with an order, written in English (at least 10: see invariants.ts), less the
 * cancel request one test needs for itself; each test writes to its own. */
function usThreads(): ReplicaThread[] {
  const cancel = pickCase(s.replica.data, 'us-cancel-request');
  return pickCase(s.replica.data, 'us-open-threads-with-order').filter((t) => t !== cancel);
}

async function openThread(t: ReplicaThread): Promise<Page> {
  const page = await s.newPage();
  await page.goto(threadUrl(t.threadId));
  await page.locator('[data-si="template-button"]').waitFor({ timeout: 20_000 });
  await page.locator('.bsm-order-panel .bsm-product-title').first().waitFor({ timeout: 20_000 });
  return page;
}

const textarea = (page: Page) => page.locator('textarea.compose-textarea');
const sentReplies = (threadId: string) => s.replica.sent.filter((r) => r.kind === 'reply' && r.threadId === threadId);

describe('template picker', () => {
  it('opens by keyboard, searches, previews with the real buyer and order values, inserts, and the page sends it once', async () => {
    const t = usThreads()[0]!;
    const order = s.replica.data.orders.find((o) => o.orderId === t.orderIds[0])!;
    const page = await openThread(t);
    await textarea(page).click();
    await page.keyboard.press('Alt+T');
    const picker = page.locator('[data-si="template-picker"]');
    await picker.waitFor();
    // the search field has focus: type straight away
    await page.keyboard.type('return refund');
    await expect.poll(() => picker.locator('.row.active .row-name').textContent()).toBe('Return and refund');
    const preview = picker.locator('[data-si="template-preview"]');
    const firstName = t.buyerName.split(/\s+/)[0]!;
    await expect.poll(() => preview.textContent()).toContain(`Hello ${firstName},`);
    const shown = (await preview.textContent())!;
    expect(shown).toContain(order.orderId);
    expect(shown).toContain(order.items[0]!.title);
    expect(shown).not.toMatch(/undefined|\{\{/);
    const verdict = picker.locator('[data-si="policy"]');
    await expect.poll(() => verdict.getAttribute('data-si-verdict')).toBe('ok');

    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => textarea(page).inputValue()).toBe(shown);
    // React took it: Send is enabled, the counter counts it, and the focus is back in the box
    await expect.poll(() => page.locator('kat-button.compose-send').getAttribute('disabled')).toBeNull();
    expect(await page.locator('.compose-count').textContent()).toBe(`${shown.length} / 4000`);
    expect(await textarea(page).evaluate((el: HTMLTextAreaElement) => [el.selectionStart, (el.getRootNode() as ShadowRoot).activeElement === el]))
      .toEqual([shown.length, true]);

    const before = sentReplies(t.threadId).length;
    await page.locator('kat-button.compose-send').click();
    await expect.poll(() => sentReplies(t.threadId).length).toBe(before + 1);
    await page.waitForTimeout(500);
    const sent = sentReplies(t.threadId);
    expect(sent.length).toBe(before + 1);
    expect(sent.at(-1)?.text).toBe(shown);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });

  it('keeps the caret: inserts at the cursor, and Ctrl+Z takes the template out again', async () => {
    const page = await openThread(usThreads()[1]!);
    await textarea(page).click();
    await page.keyboard.type('AB');
    await page.keyboard.press('ArrowLeft');
    await page.locator('[data-si="template-button"]').click();
    const picker = page.locator('[data-si="template-picker"]');
    await picker.locator('input').fill('general request');
    // the search answers asynchronously: wait until its result is the selection and its preview has settled
    await expect.poll(() => picker.locator('[role="option"][aria-selected="true"]').textContent()).toMatch(/general request/i);
    await expect.poll(() => picker.locator('[data-si="policy"]').getAttribute('data-si-verdict')).toBe('ok');
    const preview = picker.locator('[data-si="template-preview"]');
    let shown = '';
    await expect.poll(async () => {
      const before = (await preview.textContent()) ?? '';
      await page.waitForTimeout(250);
      shown = (await preview.textContent()) ?? '';
      return shown.length > 0 && shown === before;
    }).toBe(true);
    await picker.locator('[data-si="picker-insert"]').click();
    await expect.poll(() => textarea(page).inputValue()).toBe(`A${shown}B`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => textarea(page).inputValue()).toBe('AB');
    // Esc closes and gives the focus back to the reply box
    await page.keyboard.press('Alt+T');
    await picker.waitFor();
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'detached' });
    expect(await textarea(page).evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.close();
  });

  it('refuses a blocked template with the reason, and asks before a template with a warning', async () => {
    const blocked = 'Leave us 5 stars and get a $10 gift card, email me at x@gmail.com';
    await s.ask({ type: 'templates/save', template: { name: 'Zz blocked offer', tags: ['e2e'], categories: [], bodies: { en: blocked } } });
    await s.ask({ type: 'templates/save', template: { name: 'Zz friendly note', tags: ['e2e'], categories: [], bodies: { en: 'Hello {{buyer_first_name}}, your replacement ships tomorrow 🙂' } } });
    const page = await openThread(usThreads()[2]!);
    await textarea(page).click();
    await page.keyboard.press('Alt+T');
    const picker = page.locator('[data-si="template-picker"]');
    await page.keyboard.type('zz blocked');
    await expect.poll(() => picker.locator('[data-si="policy"]').getAttribute('data-si-verdict')).toBe('block');
    expect(await picker.locator('.findings .finding').count()).toBeGreaterThanOrEqual(2);
    expect(await picker.locator('.hit-block').count()).toBeGreaterThan(0);
    expect(await picker.locator('[data-si="picker-insert"]').isDisabled()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.locator('[data-si="picker-footer"]').textContent()).toMatch(/Can’t insert/);
    expect(await textarea(page).inputValue()).toBe('');

    await picker.locator('input').fill('zz friendly');
    await expect.poll(() => picker.locator('[data-si="policy"]').getAttribute('data-si-verdict')).toBe('warn');
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.locator('[data-si="picker-footer"]').textContent()).toMatch(/Emoji/i);
    expect(await textarea(page).inputValue()).toBe('');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => textarea(page).inputValue()).toMatch(/your replacement ships tomorrow 🙂$/);
    await page.close();
  });
});

describe('template picker: the thread’s category and missing values', () => {
  it('lists the templates for the buyer’s question first (and writes docs/screenshots/compose.png with UPDATE_SCREENSHOTS=1)', async () => {
    // a buyer asking to cancel, in a thread no other test here writes to
    const t = pickCase(s.replica.data, 'us-cancel-request');
    expect(t.expectedCategory).toBe('cancel-order');
    const page = await s.newPage();
    await page.setViewportSize({ width: 1280, height: 980 });
    await page.goto(threadUrl(t.threadId));
    await page.locator('.bsm-order-panel .bsm-product-title').first().waitFor({ timeout: 20_000 });
    await textarea(page).click();
    await page.keyboard.press('Alt+T');
    const picker = page.locator('[data-si="template-picker"]');
    await expect.poll(() => picker.locator('.cat-chip').textContent().catch(() => '')).toMatch(/cancel/i);
    await expect.poll(() => picker.locator('.row .row-name').first().textContent()).toBe('Cancel order');
    expect(await picker.locator('.section').first().textContent()).toMatch(/Suggested/);
    await expect.poll(() => picker.locator('[data-si="policy"]').getAttribute('data-si-verdict')).toBe('ok');
    if (process.env.UPDATE_SCREENSHOTS) {
      await picker.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await page.evaluate(() => window.scrollBy(0, 24));
      await page.mouse.move(0, 0);
      await page.waitForTimeout(300);
      mkdirSync(`${REPO_ROOT}docs/screenshots`, { recursive: true });
      await page.screenshot({ path: `${REPO_ROOT}docs/screenshots/compose.png` });
    }
    await page.close();
  });

  it('a missing value asks first, goes in as its placeholder selected, and Send then asks too', async () => {
    const t = usThreads()[7]!;
    const page = await openThread(t);
    await textarea(page).click();
    await page.keyboard.press('Alt+T');
    const picker = page.locator('[data-si="template-picker"]');
    // the picker has its search box focused and the thread's values (the category chip) before we type
    await picker.locator('input.search').waitFor();
    await expect.poll(() => picker.locator('input.search').evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await picker.locator('.cat-chip').waitFor();
    await page.keyboard.type('tracking fbm');
    expect(await picker.locator('input.search').inputValue()).toBe('tracking fbm');
    await expect.poll(() => picker.locator('[data-si="template-missing"]').textContent().catch(() => '')).toMatch(/tracking number/);
    expect(await picker.locator('.v-missing').first().textContent()).toBe('[tracking number?]');
    // the search has settled on the FBM template and its preview is checked (Enter acts on what is shown)
    await expect.poll(() => picker.locator('.row[aria-selected="true"] .row-name').textContent()).toMatch(/tracking number, FBM/);
    await expect.poll(() => picker.locator('[data-si="policy"]').getAttribute('data-si-verdict')).not.toBe('pending');
    await page.keyboard.press('Enter');
    // Enter on a preview still on its way waits for it (one background round trip; slow on a busy machine)
    await expect.poll(() => picker.locator('[data-si="picker-footer"]').textContent(), { timeout: 10_000 }).toMatch(/placeholder/);
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    const [value, selected] = await textarea(page).evaluate((el: HTMLTextAreaElement) => [el.value, el.value.slice(el.selectionStart, el.selectionEnd)]);
    expect(selected).toBe('[tracking number?]');
    expect(value).not.toMatch(/undefined/);
    await page.locator('kat-button.compose-send').click();
    await page.locator('[data-si="policy-stopped"][data-si-kind="warn"]').waitFor();
    expect(await page.locator('[data-si="policy-panel"]').textContent()).toMatch(/tracking number/);
    await page.waitForTimeout(300);
    expect(sentReplies(t.threadId)).toEqual([]);
    await page.close();
  });
});

describe('policy check on the page’s Send', () => {
  it('a blocked message typed by hand is not sent, and the reason shows next to the box', async () => {
    const t = usThreads()[3]!;
    const page = await openThread(t);
    const before = s.replica.sent.length;
    await textarea(page).click();
    await page.keyboard.type('Leave us 5 stars and get a $10 gift card, email me at x@gmail.com');
    await expect.poll(() => page.locator('[data-si="compose-policy"] [data-si="policy"]').getAttribute('data-si-verdict')).toBe('block');
    await page.locator('kat-button.compose-send').click();
    const stopped = page.locator('[data-si="policy-stopped"]');
    await stopped.waitFor();
    expect(await stopped.getAttribute('data-si-kind')).toBe('block');
    expect(await page.locator('[data-si="policy-panel"]').textContent()).toMatch(/E-mail/);
    // Ctrl+Enter does not get it out either
    await textarea(page).press('Control+Enter');
    await page.waitForTimeout(800);
    expect(s.replica.sent.length).toBe(before);
    await page.close();
  });

  it('a click on Send right after typing is held for the check and then blocked', async () => {
    const page = await openThread(usThreads()[4]!);
    const before = s.replica.sent.length;
    await textarea(page).fill('Write to me at seller@example.com for a faster answer');
    await page.locator('kat-button.compose-send').click();
    await page.locator('[data-si="policy-stopped"][data-si-kind="block"]').waitFor();
    await page.waitForTimeout(500);
    expect(s.replica.sent.length).toBe(before);
    await page.close();
  });

  it('a warning asks first; "Send anyway" sends exactly once', async () => {
    const t = usThreads()[5]!;
    const page = await openThread(t);
    const text = 'Your replacement ships tomorrow 🙂';
    await textarea(page).click();
    await page.keyboard.type(text);
    await expect.poll(() => page.locator('[data-si="compose-policy"] [data-si="policy"]').getAttribute('data-si-verdict')).toBe('warn');
    await page.locator('kat-button.compose-send').click();
    await page.locator('[data-si="policy-stopped"][data-si-kind="warn"]').waitFor();
    await page.waitForTimeout(300);
    expect(sentReplies(t.threadId).length).toBe(0);
    await page.locator('[data-si="send-anyway"]').click();
    await expect.poll(() => sentReplies(t.threadId).length).toBe(1);
    await page.waitForTimeout(500);
    expect(sentReplies(t.threadId).map((r) => r.text)).toEqual([text]);
    await page.close();
  });

  it('a clean message goes through untouched', async () => {
    const t = usThreads()[6]!;
    const page = await openThread(t);
    const text = 'Thank you for your patience. Your order left our warehouse today.';
    await textarea(page).fill(text);
    await page.locator('kat-button.compose-send').click();
    await expect.poll(() => sentReplies(t.threadId).map((r) => r.text)).toEqual([text]);
    expect(s.pageErrors).toEqual([]);
    await page.close();
  });
});
