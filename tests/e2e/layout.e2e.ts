/**
 * Issue 16, item 9: layout. The picker stays inside the viewport on a short thread; at 1024 px no deadline badge is
 * clipped (legacy and v3 inbox); the holiday form's paired fields line up; Next and the category chip keep their
 * places on every thread; the settings toast never covers the save bar; our Sort, filter and Next carry the Seller
 * Inbox mark; English text with curly quotes is drawn in a Latin font, not a CJK one.
 */
import type { Page } from 'playwright-core';
import { pickCase } from '../replica/data/invariants';
import { startInboxSession, type InboxSession, SC } from './helpers/session';

/** every deadline badge that an ancestor (up to its row) cuts off on the right */
const clippedBadges = (page: Page) => page.evaluate(() => {
  const out: string[] = [];
  const all: Element[] = [];
  const collect = (root: Document | ShadowRoot) => {
    all.push(...root.querySelectorAll('[data-si="deadline"]'));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
  };
  collect(document);
  for (const badge of all) {
    const b = badge.getBoundingClientRect();
    if (b.width === 0) continue;
    if (badge.scrollWidth > badge.clientWidth + 1) { out.push(`${badge.textContent} (overflows itself)`); continue; }
    // the inbox table pushed wider than the window by a badge that cannot wrap: cut at the window's edge
    if (b.right > document.documentElement.clientWidth + 0.5) { out.push(`${badge.textContent} (beyond the window's edge)`); continue; }
    for (let a = badge.parentElement; a && a !== document.body; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible' && style.overflow === 'visible') continue;
      const r = a.getBoundingClientRect();
      if (b.right > r.right + 0.5 || b.left < r.left - 0.5) { out.push(`${badge.textContent} (cut by ${a.tagName.toLowerCase()}.${a.className})`); break; }
    }
  }
  return out;
});

/** the font families Chromium actually drew a node's text with */
async function fontsOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

let s: InboxSession;
// the demo's data (seed 1, 500 threads): long "overdue by 13 h 23 m" badges on the first page
beforeAll(async () => { s = await startInboxSession({ threads: 500, seed: 1 }); });
afterAll(async () => { await s?.close(); });

describe('layout', () => {
  it('English text with curly quotes is drawn in a Latin font (the options page, the page UI\'s stack)', async () => {
    const page = await s.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/settings`);
    await page.locator('[data-si="nav-settings"]').waitFor();
    await page.evaluate(() => {
      const span = document.createElement('span');
      span.id = 'quote-probe';
      span.textContent = '“Don’t” — it’s the buyer’s order';
      document.body.append(span);
    });
    const fonts = await fontsOf(page, '#quote-probe');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => /CJK|PingFang|YaHei|Hiragino|Source Han/i.test(f))).toEqual([]);
    await page.close();
  });

  it('the settings toast sits above the save bar', async () => {
    const page = await s.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/settings`);
    const save = page.locator('[data-si="settings-save"]');
    await save.waitFor();
    const hours = page.locator('[data-si="setting-due-soon"]');
    await hours.fill(String(Number(await hours.inputValue()) === 5 ? 6 : 5));
    await save.click();
    const toast = page.locator('.si-toast').first();
    await toast.waitFor();
    const [t, bar] = await Promise.all([toast.boundingBox(), page.locator('.opt-savebar').boundingBox()]);
    expect(t && bar).toBeTruthy();
    // no overlap: the toast ends above the bar's top edge
    expect(t!.y + t!.height).toBeLessThanOrEqual(bar!.y + 0.5);
    await page.close();
  });

  it('the holiday form: each pair of fields (days, off-hours) has the same width and the same top', async () => {
    const page = await s.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html#/holiday`);
    await page.locator('[data-si="holiday-start"]').waitFor();
    for (const [a, b] of [['holiday-start', 'holiday-end'], ['holiday-off-from', 'holiday-off-to']]) {
      const [ra, rb] = await Promise.all([page.locator(`[data-si="${a}"]`).boundingBox(), page.locator(`[data-si="${b}"]`).boundingBox()]);
      expect(Math.abs(ra!.y - rb!.y), `${a} / ${b} top`).toBeLessThanOrEqual(1);
      expect(Math.abs(ra!.width - rb!.width), `${a} / ${b} width`).toBeLessThanOrEqual(1);
    }
    await page.close();
  });

  it('our Sort, filter and Next carry the Seller Inbox mark (legacy and v3 inbox)', async () => {
    const page = await s.newPage();
    for (const url of [`${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`, `${SC}/messaging/inbox-v3?fi=responseNeeded`]) {
      await page.goto(url);
      await page.locator('[data-si="deadline"]').first().waitFor({ timeout: 20_000 });
      for (const part of ['inbox-sort', 'inbox-filter', 'next']) {
        await expect.poll(() => page.evaluate((p) => {
          const host = document.querySelector(`[data-si="${p}"]`);
          // in the v3 list pane our parts share our own row, which carries the edge and one mark for them all
          const row = host?.closest('[data-si="inbox-toolbar"]');
          if (row) return row.querySelector(':scope > [data-si-row-mark]') ? 'marked' : 'unmarked';
          return host?.shadowRoot?.querySelector('[data-si-part="ours"] .mark') ? 'marked' : host ? 'unmarked' : 'absent';
        }, part), { timeout: 20_000 }).toBe('marked');
      }
    }
    await page.close();
  });

  it('the v3 list pane: our row shows Sort, filter and Next whole, none clipped or wrapped (English and Chinese, 1440 and 1024 px)', async () => {
    const page = await s.newPage();
    for (const lang of ['en', 'zh_CN'] as const) {
      await s.ask({ type: 'settings/set', values: { uiLanguage: lang } });
      for (const width of [1440, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${SC}/messaging/inbox-v3?fi=responseNeeded`);
        await page.locator('[data-si="deadline"]').first().waitFor({ timeout: 20_000 });
        await expect.poll(() => page.evaluate(() => {
          const row = document.querySelector('[data-si="inbox-toolbar"]');
          if (!row) return 'no row';
          const box = row.getBoundingClientRect();
          const bad: string[] = [];
          for (const p of ['inbox-sort', 'inbox-filter', 'next']) {
            const host = row.querySelector(`[data-si="${p}"]`);
            if (!host) { bad.push(`${p}: absent`); continue; }
            // what the seller sees and uses: the part's buttons and its select, each whole inside the row, on one line
            const controls = [...host.shadowRoot?.querySelectorAll('button, select') ?? []];
            if (controls.length === 0) bad.push(`${p}: no control`);
            for (const c of controls) {
              const r = c.getBoundingClientRect();
              const name = `${p} "${(c.textContent ?? '').trim().slice(0, 20)}"`;
              if (r.width === 0 || r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
                bad.push(`${name}: outside the row`);
              }
              // a button whose text wrapped (one character a line) is taller than one line
              if (r.height > 30) bad.push(`${name}: wraps`);
            }
          }
          return bad.join('; ') || 'ok';
        }), { timeout: 20_000, message: `${lang} at ${width} px` }).toBe('ok');
      }
    }
    await s.ask({ type: 'settings/set', values: { uiLanguage: 'auto' } });
    await page.close();
  });

  it('at 1024 px no deadline badge is clipped (legacy and v3 inbox)', async () => {
    const page = await s.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const url of [`${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`, `${SC}/messaging/inbox-v3?fi=responseNeeded`]) {
      await page.goto(url);
      await page.locator('[data-si="deadline"]').first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(500);
      expect(await clippedBadges(page), url).toEqual([]);
    }
    await page.close();
  });

  it('on every thread the category chip comes right after the subject and Next after the chip', async () => {
    const threads = pickCase(s.data, 'us-open-threads-with-order').slice(0, 4);
    const page = await s.newPage();
    for (const t of threads) {
      await page.goto(`${SC}/messaging/inbox?fi=caseId&ss=${t.threadId}&cc=${t.threadId}`);
      await page.locator('[data-si="next"]').waitFor({ timeout: 20_000 });
      await page.locator('[data-si="category"]').first().waitFor({ timeout: 20_000 });
      const order = await page.evaluate(() => {
        const chip = document.querySelector('[data-si="category"]');
        const subject = chip?.previousElementSibling;
        return [subject?.getAttribute('data-si') ?? 'subject', chip?.nextElementSibling?.getAttribute('data-si') ?? '(none)'];
      });
      expect(order, t.threadId).toEqual(['subject', 'next']);
    }
    await page.close();
  });

  it('the template picker stays inside the viewport on a short thread', async () => {
    const short = [...pickCase(s.data, 'us-open-threads-with-order')].sort((a, b) => a.messages.length - b.messages.length)[0]!;
    const page = await s.newPage();
    await page.goto(`${SC}/messaging/inbox?fi=caseId&ss=${short.threadId}&cc=${short.threadId}`);
    await page.locator('[data-si="template-button"]').waitFor({ timeout: 20_000 });
    // a window that ends 200 px below the template button (a short thread on a laptop screen: no room below for the
    // picker, and the page cannot scroll further)
    const button = await page.locator('[data-si="template-button"]').boundingBox();
    await page.setViewportSize({ width: 1440, height: Math.max(480, Math.round(button!.y + button!.height + 200)) });
    await page.locator('textarea.compose-textarea').click();
    await page.keyboard.press('Alt+T');
    const picker = page.locator('[data-si="template-picker"]');
    await picker.waitFor();
    await page.waitForTimeout(300);
    const box = await picker.boundingBox();
    const height = await page.evaluate(() => window.innerHeight);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
    await page.close();
  });
});
