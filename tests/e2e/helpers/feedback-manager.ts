/**
 * The seller opens the replica's Feedback Manager page and pages through its list (kat-pagination, in-app) until
 * the row of `orderId` shows; resolves once the page UI has stored that feedback (read back from the background).
 */
import type { Page } from 'playwright-core';

type Ask = <T>(message: unknown) => Promise<T>;

export async function storedFeedbackOrderIds(ask: Ask): Promise<string[]> {
  const data = await ask<{ feedback: { orderId: string }[] }>({ type: 'analytics/data' });
  return data.feedback.map((f) => f.orderId);
}

export async function readOnFeedbackManager(page: Page, ask: Ask, orderId: string, origin = 'https://sellercentral.amazon.com'): Promise<void> {
  await page.goto(`${origin}/feedback-manager/index.html#/`);
  const list = page.locator('kat-tab.tab-selected feedback-list');
  await list.locator('kat-table-body kat-table-row').first().waitFor({ timeout: 20_000 });
  for (let i = 0; i < 30 && (await list.locator('kat-table-row', { hasText: orderId }).count()) === 0; i++) {
    const first = await list.locator('kat-table-body kat-table-row').first().textContent();
    await list.locator('kat-pagination button[aria-label="Next page"]').click();
    await expect.poll(() => list.locator('kat-table-body kat-table-row').first().textContent()).not.toBe(first);
  }
  await list.locator('kat-table-row', { hasText: orderId }).waitFor({ timeout: 5_000 });
  await expect.poll(async () => (await storedFeedbackOrderIds(ask)).includes(orderId), { timeout: 20_000 }).toBe(true);
}
