/**
 * The whole UI in Simplified Chinese: Chromium started in zh-CN (the settings' UI language follows the
 * browser by default). Options pages, popup and the in-page UI on the replica show the zh_CN strings, and no
 * English catalog string (12+ characters, translated differently in zh_CN) appears anywhere in our UI.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { STARTER_TEMPLATES } from '../../lib/templates/starters';
import { generateReplicaData } from '../replica/data';
import { pickCase } from '../replica/data/invariants';
import { launchWithExtension, REPO_ROOT, type ExtensionSession } from '../replica/harness';
import { createReplicaServer } from '../replica/server';

type Catalog = Record<string, { message: string }>;
const load = (l: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, `public/_locales/${l}/messages.json`), 'utf8')) as Catalog;
const en = load('en');
const zh = load('zh_CN');
const zhOf = (key: string) => zh[key]?.message ?? `(missing ${key})`;
/** English strings that would betray an untranslated UI if they showed up */
const ENGLISH = Object.entries(en)
  // the brand name stays "Seller Inbox" inside Chinese sentences too
  .filter(([k, v]) => v.message !== 'Seller Inbox' && !v.message.includes('$') && v.message.length >= 12 && zh[k]?.message !== v.message && /[a-z]{3}/.test(v.message))
  .map(([, v]) => v.message);

// Starter templates are seller data with English names (their bodies exist in every language): not UI text.
const STARTER_NAMES = STARTER_TEMPLATES.map((t) => t.name);
const leftovers = (text: string) => ENGLISH.filter((m) => !STARTER_NAMES.some((n) => n.includes(m)) && text.includes(m));

let s: ExtensionSession;
let data: ReturnType<typeof generateReplicaData>;
beforeAll(async () => {
  data = generateReplicaData({ seed: 5, threads: 120 });
  s = await launchWithExtension({ replica: createReplicaServer(data), locale: 'zh-CN' });
});
afterAll(async () => { await s?.close(); });

/** the text of our own UI on a Seller Central page: our shadow roots and our marks in the page */
const ourText = (page: Page) => page.evaluate(() => {
  const parts: string[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('[data-si]')) {
      if (el.shadowRoot) parts.push(el.shadowRoot.textContent ?? '');
      else parts.push(el.textContent ?? '');
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot && !el.hasAttribute('data-si')) walk(el.shadowRoot);
  };
  walk(document);
  return parts.join('\n');
});

describe('Chinese UI', () => {
  it('options: every page in Chinese', async () => {
    const page = await s.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const [id, labelKey] of [['templates', 'navTemplates'], ['blacklist', 'navBlacklist'], ['campaigns', 'navCampaigns'],
      ['holiday', 'navHoliday'], ['analytics', 'navAnalytics'], ['imports', 'navImports'], ['backup', 'navBackup'], ['settings', 'navSettings']] as const) {
      await page.goto(`chrome-extension://${s.extensionId}/options.html#/${id}`);
      await page.locator(`[data-si="nav-${id}"]`, { hasText: zhOf(labelKey) }).waitFor({ timeout: 10_000 });
      await page.waitForTimeout(300);
      const text = await page.locator('body').innerText();
      expect(leftovers(text), `options #/${id}`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('popup in Chinese', async () => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await page.getByText(zhOf('appName')).first().waitFor();
    await page.getByText(zhOf('popOverdue')).first().waitFor();
    expect(leftovers(await page.locator('body').innerText())).toEqual([]);
    await page.close();
  });

  it('inbox and thread: our in-page UI in Chinese', async () => {
    const page = await s.context.newPage();
    await page.goto('https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED&pn=1');
    await expect.poll(async () => ourText(page), { timeout: 20_000 }).toContain(zhOf('inboxNext'));
    await page.locator('[data-si="deadline"]').first().waitFor();
    // badge texts: "剩余 …" / "已逾期 …"
    const badges = await page.locator('[data-si="deadline"]').allInnerTexts();
    expect(badges.some((b) => /剩余|已逾期/.test(b))).toBe(true);
    expect(leftovers(await ourText(page))).toEqual([]);

    const thread = pickCase(data, 'us-fba-shipped-thread');
    await page.goto(`https://sellercentral.amazon.com/messaging/thread?threadId=${thread.threadId}`);
    await page.locator('[data-si="order-panel"]').first().waitFor({ timeout: 20_000 });
    await expect.poll(async () => ourText(page), { timeout: 20_000 }).toContain(zhOf('threadOrderPanelTitle'));
    await expect.poll(async () => ourText(page)).toContain(zhOf('threadBuyerPanelTitle'));
    await page.waitForTimeout(1000);
    expect(leftovers(await ourText(page))).toEqual([]);
    await page.close();
  });
});
