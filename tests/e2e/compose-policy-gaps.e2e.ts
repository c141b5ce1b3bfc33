/**
 * Issue 16, item 6, in the built extension on a replica thread: a coupon with its code and a free gift are
 * blocked in a reply (German and Japanese threads too); the chip beside Send names every finding, not only
 * the first; and once the page has sent a message and emptied the box, the verdict of the sent text goes.
 */
import type { Page } from 'playwright-core';
import type { ReplicaThread } from '../replica/data';
import { startInboxSession, type InboxSession } from './helpers/session';

let s: InboxSession;
beforeAll(async () => { s = await startInboxSession({ seed: 1, threads: 120 }); }, 90_000);
afterAll(async () => { await s?.close(); });

const threadUrl = (t: ReplicaThread) => `https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${encodeURIComponent(t.threadId)}&cc=${encodeURIComponent(t.threadId)}&mons_sel_mkid=${t.marketplaceId}`;
const textarea = (page: Page) => page.locator('textarea.compose-textarea');
const chip = (page: Page) => page.locator('[data-si="compose-policy"] [data-si="policy"]');
const buyerThread = (language: string): ReplicaThread => {
  const account = s.data.accounts[0]!.merchantId;
  const t = s.data.threads.find((x) => x.accountId === account && !x.isSystem && x.status === 'response-needed' && x.language === language);
  if (!t) throw new Error(`no ${language} buyer thread awaiting an answer in the generated data`);
  return t;
};

async function openThread(t: ReplicaThread): Promise<Page> {
  const page = await s.newPage();
  await page.goto(threadUrl(t));
  await textarea(page).waitFor({ timeout: 20_000 });
  await page.locator('[data-si="compose-policy"]').waitFor({ timeout: 20_000 });
  return page;
}

async function typeAndWait(page: Page, text: string): Promise<string | null> {
  await textarea(page).fill(text);
  // the live check runs once typing pauses (350 ms)
  await page.waitForTimeout(500);
  await expect.poll(() => chip(page).getAttribute('data-si-verdict')).not.toBe('pending');
  return chip(page).getAttribute('data-si-verdict');
}

describe('policy check gaps', () => {
  it('blocks a coupon code and a free gift in replies, in English, German and Japanese', async () => {
    for (const [language, texts] of [
      ['en', ['Here is a coupon: SAVE20', 'Sorry for the delay, we will send you a free gift.']],
      ['de', ['Hier ist Ihr Gutschein: SOMMER20', 'Wir schicken Ihnen ein kostenloses Geschenk.']],
      ['ja', ['クーポンコード：SAVE2024 をご利用ください。', '無料のプレゼントをお送りします。']],
    ] as const) {
      const page = await openThread(buyerThread(language));
      for (const text of texts) expect(await typeAndWait(page, text), `${language}: ${text}`).toBe('block');
      await page.close();
    }
  }, 120_000);

  it('the chip names every finding; after the page sends and empties the box, the verdict goes', async () => {
    const t = buyerThread('en');
    const page = await openThread(t);
    expect(await typeAndWait(page, 'Here is a coupon: SAVE20. Write to me at jane.doe@example.com')).toBe('block');
    const label = await chip(page).textContent() ?? '';
    expect(label).toMatch(/Marketing|Coupon/);
    expect(label).toMatch(/E-mail/);
    expect(await chip(page).getAttribute('data-si-findings')).toBe('2');

    expect(await typeAndWait(page, 'Thank you for your message. Your order is on its way and should arrive tomorrow.')).toBe('ok');
    await page.locator('kat-button.compose-send').click();
    await expect.poll(() => s.replica.sent.filter((r) => r.kind === 'reply' && r.threadId === t.threadId).length).toBe(1);
    await expect.poll(() => textarea(page).inputValue()).toBe('');
    await expect.poll(() => chip(page).count(), { timeout: 5_000 }).toBe(0);
    await page.close();
  }, 60_000);
});
