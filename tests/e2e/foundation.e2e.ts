/**
 * Foundation: the built extension loads in Chromium, mounts its UI in shadow roots on the replica inbox,
 * the background answers over the validated protocol, popup and options open, and a page whose markup
 * the adapters do not recognise gets the quiet notice and no errors.
 */
import { SELLER_CENTRAL_MATCHES } from '../../lib/seller-central/hosts';
import { INBOX_URL, startSession, type E2ESession } from './helpers/extension';

let s: E2ESession;
beforeAll(async () => { s = await startSession(); });
afterAll(async () => { await s?.close(); });

describe('the extension', () => {
  it('loads with Seller Central host permissions only and no external messaging', async () => {
    const page = await s.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const manifest = await page.evaluate(() => chrome.runtime.getManifest()) as chrome.runtime.ManifestV3;
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...SELLER_CENTRAL_MATCHES].sort());
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.externally_connectable).toBeUndefined();
    // no declared content script: the background injects the page UI after the page's load (page-ui.ts)
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.content_security_policy?.extension_pages).toContain("script-src 'self'");
    await page.close();
  });

  it('mounts its UI inside a shadow root on the replica inbox, without page errors', async () => {
    const page = await s.newPage();
    await page.goto(INBOX_URL);
    const host = page.locator('[data-si-feature]').first();
    await host.waitFor({ state: 'attached', timeout: 20_000 });
    expect(await host.evaluate((el) => el.shadowRoot !== null && el.shadowRoot.childElementCount > 0)).toBe(true);
    // the page's own rows are still there and the page is usable
    expect(await page.locator('kat-table-row[data-thread-id]').count()).toBeGreaterThan(10);
    expect(s.pageErrors).toEqual([]);
    expect(s.blockedRequests).toEqual([]);
    await page.close();
  });
});

describe('the background over the protocol', () => {
  const thread = { threadId: 'e2e-thread-1', buyerName: 'Ana <b>Test</b>', status: 'response-needed',
    oldestUnansweredAt: new Date(Date.now() - 25 * 3_600_000).toISOString(), orderIds: ['111-1111111-1111111'], isSystem: false };

  it('stores a thread record once and answers with the counts', async () => {
    const first = await s.ask({ type: 'threads/upsert', accountId: 'AE2EACCOUNT', marketplaceId: 'ATVPDKIKX0DER', threads: [thread] }) as { counts: { overdue: number; awaiting: number } };
    expect(first.counts).toMatchObject({ overdue: 1, awaiting: 1 });
    await s.ask({ type: 'threads/upsert', accountId: 'AE2EACCOUNT', marketplaceId: 'ATVPDKIKX0DER', threads: [thread] });
    const list = await s.ask({ type: 'threads/list', accountId: 'AE2EACCOUNT' }) as { threads: Array<{ threadId: string; buyerName: string }> };
    expect(list.threads.map((t) => t.threadId)).toEqual(['e2e-thread-1']);
    expect(list.threads[0]?.buyerName).toBe('Ana <b>Test</b>');
  });

  it('rejects malformed and unknown messages with an error that names the field', async () => {
    const bad = await s.ask({ type: 'threads/upsert', accountId: 'AE2EACCOUNT', marketplaceId: 'ATVPDKIKX0DER', threads: [{ ...thread, status: 'maybe' }] }) as { error?: { message: string } };
    expect(bad.error?.message).toMatch(/threads\[0\]\.status/);
    const unknown = await s.ask({ type: 'nope/never' }) as { error?: { code: string } };
    expect(unknown.error).toBeDefined();
  });

  it('cannot be reached from a web page', async () => {
    const page = await s.newPage();
    await page.goto(INBOX_URL);
    const reachable = await page.evaluate((id) => {
      const rt = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      if (!rt || typeof rt.sendMessage !== 'function') return false;
      try { (rt.sendMessage as (id: string, m: unknown) => void)(id, { type: 'ping' }); return true; } catch { return false; }
    }, s.extensionId);
    expect(reachable).toBe(false);
    await page.close();
  });
});

describe('extension pages', () => {
  it('the popup and the options page open and render', async () => {
    for (const name of ['popup', 'options']) {
      const page = await s.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`chrome-extension://${s.extensionId}/${name}.html`);
      await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('page drift', () => {
  it('an unrecognised inbox gets the quiet notice naming what is missing, and the page stays error-free', async () => {
    s.replica.setFaults({ markup: 'drifted' });
    try {
      const page = await s.newPage();
      await page.goto(INBOX_URL);
      const notice = page.locator('[data-si="notice"]');
      await notice.waitFor({ state: 'attached', timeout: 20_000 });
      await expect.poll(() => notice.evaluate((el) => el.shadowRoot?.textContent ?? ''), { timeout: 15_000 }).toMatch(/inbox/i);
      expect(s.pageErrors).toEqual([]);
      // the page itself still renders its rows
      expect(await page.locator('kat-table-row').count()).toBeGreaterThan(5);
      await page.close();
    } finally {
      s.replica.setFaults({});
    }
  });
});
