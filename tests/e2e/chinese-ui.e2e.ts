/**
 * Issue 16, item 7: the whole UI in Simplified Chinese, chosen either way (the browser in zh-CN with the setting on
 * "follow the browser", or the browser in English with the setting on 简体中文), on every surface: options pages,
 * popup, welcome page, the legacy and v3 inboxes (badges, chips, filter, sort, Next), the thread page (panels,
 * blacklist, picker with its preview and policy findings, the policy bar), the quiet notice with what is missing.
 * Every Latin-letter word in our UI must be an allowed proper noun or a value from the seller's data (below).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateReplicaData, type ReplicaData } from '../replica/data';
import { pickCase } from '../replica/data/invariants';
import { launchWithExtension, REPO_ROOT, type ExtensionSession } from '../replica/harness';
import { createReplicaServer } from '../replica/server';
import { latinLeftovers } from './helpers/latin-words';

type Catalog = Record<string, { message: string }>;
const zh = JSON.parse(readFileSync(path.join(REPO_ROOT, 'public/_locales/zh_CN/messages.json'), 'utf8')) as Catalog;
const zhOf = (key: string) => zh[key]?.message ?? `(missing ${key})`;
const SHOTS = path.join(tmpdir(), 'seller-inbox-chinese-ui');
mkdirSync(SHOTS, { recursive: true });

const SC = 'https://sellercentral.amazon.com';
/** a reply that breaks several rules at once: the policy findings show in the picker and the policy bar */
const BAD_REPLY = 'Use code SAVE20 for 10% off, see www.example.com or call 555-123-4567. Please leave a 5-star review!';

/**
 * The text of our own UI on a Seller Central page (our shadow roots and our marks in the page), or of an extension
 * page: every text node on its own line, with titles, labels and placeholders; not the message text the seller
 * sends (the template preview's text, text areas).
 */
const uiText = (page: Page, ours: boolean) => page.evaluate((ours) => {
  const SKIP = 'style, script, textarea, [data-si="template-preview"], [data-si="tpl-preview-text"]';
  const parts: string[] = [];
  const collect = (root: Element | ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest(SKIP)) continue;
      parts.push(n.textContent ?? '');
    }
    for (const x of root.querySelectorAll('[title], [aria-label], [placeholder]')) {
      parts.push(x.getAttribute('title') ?? '', x.getAttribute('aria-label') ?? '', x.getAttribute('placeholder') ?? '');
    }
  };
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('[data-si]')) collect(el.shadowRoot ?? el);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot && !el.hasAttribute('data-si')) walk(el.shadowRoot);
  };
  if (ours) walk(document);
  else collect(document.body);
  return parts.join('\n');
}, ours);
const ourText = (page: Page) => uiText(page, true);
const extText = (page: Page) => uiText(page, false);

async function walkSurfaces(s: ExtensionSession, data: ReplicaData, label: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const note = (where: string, text: string) => {
    const left = latinLeftovers(text, data);
    if (left.length) found[where] = left;
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${label}-${name}.png`), fullPage: false });

  const page = await s.context.newPage();
  for (const [id, labelKey] of [['templates', 'navTemplates'], ['blacklist', 'navBlacklist'], ['campaigns', 'navCampaigns'],
    ['holiday', 'navHoliday'], ['analytics', 'navAnalytics'], ['imports', 'navImports'], ['backup', 'navBackup'], ['settings', 'navSettings']] as const) {
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/${id}`);
    await page.locator(`[data-si="nav-${id}"]`, { hasText: zhOf(labelKey) }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    note(`options #/${id}`, await extText(page));
    await shot(page, `options-${id}`);
  }
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await page.getByText(zhOf('popOverdue')).first().waitFor();
  note('popup', await extText(page));
  await page.goto(`chrome-extension://${s.extensionId}/welcome.html`);
  await page.waitForTimeout(500);
  note('welcome', await extText(page));

  // legacy inbox: badges, chips, filter, sort, Next
  await page.goto(`${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`);
  await page.locator('[data-si="deadline"]').first().waitFor({ timeout: 20_000 });
  await expect.poll(() => ourText(page), { timeout: 20_000 }).toContain(zhOf('inboxNext'));
  await page.locator('[data-si="category"]').first().waitFor({ timeout: 20_000 });
  note('inbox (legacy)', await ourText(page));
  await shot(page, 'inbox-legacy');

  // v3 inbox, a case open
  await page.goto(`${SC}/messaging/inbox-v3?fi=responseNeeded`);
  await page.locator('[data-si="deadline"]').first().waitFor({ timeout: 20_000 });
  await page.locator('[data-si="category"]').first().waitFor({ timeout: 20_000 });
  note('inbox (v3)', await ourText(page));
  await shot(page, 'inbox-v3');

  // thread page: panels, blacklist, picker with preview and findings, the policy bar
  const thread = pickCase(data, 'us-fba-shipped-thread');
  await page.goto(`${SC}/messaging/inbox?fi=caseId&ss=${thread.threadId}&cc=${thread.threadId}`);
  await page.locator('[data-si="order-panel"]').first().waitFor({ timeout: 20_000 });
  await expect.poll(() => ourText(page), { timeout: 20_000 }).toContain(zhOf('threadBuyerPanelTitle'));
  await page.locator('textarea.compose-textarea').fill(BAD_REPLY);
  await page.locator('textarea.compose-textarea').press('End');
  await page.keyboard.type(' ');
  await page.locator('[data-si="policy"]').first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(800);
  note('thread + policy bar', await ourText(page));
  await shot(page, 'thread');
  await page.locator('textarea.compose-textarea').click();
  await page.keyboard.press('Alt+T');
  await page.locator('[data-si="template-picker"]').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(800);
  note('picker', await ourText(page));
  await shot(page, 'picker');
  await page.keyboard.press('Escape');

  // a review-request campaign in test mode: the order panel's line, the campaigns page, and going live (who is left
  // out and why, for the orders the thread pages stored)
  const ask = (m: unknown) => page.evaluate((msg) => chrome.runtime.sendMessage(msg), m);
  await page.goto(`chrome-extension://${s.extensionId}/options.html#/campaigns`);
  await ask({ type: 'campaigns/save', campaign: {
    name: '每个订单', kind: 'follow-up', method: 'amazon-review-request', enabled: true, paused: false, testMode: true, trigger: 'delivered',
    delayDays: { FBA: 0, FBM: 0 }, sendHour: 0, marketplaceIds: [], asins: [], excludeAsins: [], excludeSkus: [], excludeFromRegular: false,
    minQuantity: 0, dailyCap: 0 } });
  await ask({ type: 'settings/set', values: { campaignsEnabled: true } });
  await page.goto(`${SC}/messaging/inbox?fi=caseId&ss=${thread.threadId}&cc=${thread.threadId}`);
  await page.locator('[data-si="order-panel"] [data-si-review-request]').first().waitFor({ timeout: 20_000 });
  note('order panel with a campaign', await ourText(page));
  await page.goto(`chrome-extension://${s.extensionId}/options.html#/campaigns`);
  await page.getByRole('button', { name: zhOf('cpEdit') }).first().click();
  await page.locator('[data-si="campaign-test-mode"]').click();
  await page.locator('[data-si="campaign-save"]').click();
  await page.locator('[data-si="go-live-dialog"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  note('campaigns: going live', await extText(page));
  await shot(page, 'campaign-go-live');

  // the quiet notice with what is missing (the replica's drifted markup), details open
  (s.replica as unknown as { setFaults(f: object): void }).setFaults({ markup: 'drifted' });
  await page.goto(`${SC}/messaging/inbox?fi=ALL&pn=1`);
  const pill = page.locator('[data-si="notice"] .pill .summary');
  await pill.waitFor({ timeout: 20_000 });
  await pill.click();
  await page.locator('[data-si="notice"] [data-si-part="details"]').waitFor();
  note('notice', await ourText(page));
  await shot(page, 'notice');
  (s.replica as unknown as { setFaults(f: object): void }).setFaults({});
  await page.close();
  return found;
}

describe('Chinese UI: no English left on any surface', () => {
  it('the browser in Chinese (the setting follows the browser)', async () => {
    const data = generateReplicaData({ seed: 5, threads: 120 });
    const s = await launchWithExtension({ replica: createReplicaServer(data), locale: 'zh-CN' });
    try {
      expect(await walkSurfaces(s, data, 'browser-zh')).toEqual({});
    } finally {
      await s.close();
    }
  });

  it('the browser in English, the setting on 简体中文 (an open inbox switches when the seller comes back to it)', async () => {
    const data = generateReplicaData({ seed: 5, threads: 120 });
    const s = await launchWithExtension({ replica: createReplicaServer(data), locale: 'en-US' });
    try {
      const inbox = await s.context.newPage();
      await inbox.goto(`${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`);
      await expect.poll(() => ourText(inbox), { timeout: 20_000 }).toContain('Next');
      const page = await s.context.newPage();
      await page.goto(`chrome-extension://${s.extensionId}/options.html`);
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'settings/set', values: { uiLanguage: 'zh_CN' } }));
      await page.close();
      // runtime switch: no reload, the page UI follows the setting when its tab is shown again
      await inbox.bringToFront();
      await inbox.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await expect.poll(() => ourText(inbox), { timeout: 20_000 }).toContain(zhOf('inboxNext'));
      expect(latinLeftovers(await ourText(inbox), data)).toEqual([]);
      await inbox.close();
      expect(await walkSurfaces(s, data, 'setting-zh')).toEqual({});
    } finally {
      await s.close();
    }
  });
});
