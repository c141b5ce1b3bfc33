/**
 * Issue 15 item 7: every extension session's close() fails when the extension made a request that is not an entry of
 * lib/seller-central/requests.ts (tests/replica/request-audit.ts), naming the request and the test. A probe: the
 * extension's worker fetches an unlisted path and opens an unlisted page in a tab of its own; a listed fetch passes.
 */
import { generateReplicaData } from '../replica/data';
import { launchWithExtension, type ExtensionSession } from '../replica/harness';
import { createReplicaServer } from '../replica/server';

const SC = 'https://sellercentral.amazon.com';
type ChromeGlobal = {
  chrome: { tabs: { create(p: { url: string; active: boolean }): Promise<{ id: number }>; update(id: number, p: { url: string }): Promise<unknown> } };
};

describe('request audit', () => {
  let s: ExtensionSession | undefined;
  afterAll(async () => { await s?.close().catch(() => undefined); });

  it('close() names an unlisted fetch by the worker and an unlisted page in a tab the extension opened, with the test', async () => {
    s = await launchWithExtension({ replica: createReplicaServer(generateReplicaData({ seed: 3, threads: 20 })) });
    const worker = await s.serviceWorker();
    const statuses = await worker.evaluate(async (base) => Promise.all([
      fetch(`${base}/orders-api/order/111-2222222-3333333`).then((r) => r.status),
      fetch(`${base}/messaging/api/unlisted-probe?x=1`).then((r) => r.status),
    ]), SC);
    expect(statuses).toHaveLength(2);
    // as the work tab does (components/background/work-tab.ts): a blank tab, then its page (a tab created with its URL
    // loads before the browser's routing reaches it, and goes nowhere: not seen by the replica)
    const [blank, tabId] = await Promise.all([
      s.context.waitForEvent('page'),
      worker.evaluate(async () => (await (globalThis as unknown as ChromeGlobal).chrome.tabs.create({ url: 'about:blank', active: false })).id),
    ]);
    await blank.waitForLoadState();
    await worker.evaluate(async ([id, url]) => {
      await (globalThis as unknown as ChromeGlobal).chrome.tabs.update(id, { url });
    }, [tabId, `${SC}/unlisted-probe-page`] as const);
    await expect.poll(() => s!.replica.requests.some((r) => r.path === '/unlisted-probe-page'), { timeout: 20_000 }).toBe(true);
    // a page the test itself opens is the test's, not the extension's
    const own = await s.context.newPage();
    await own.goto(`${SC}/another-unlisted-page`).catch(() => undefined);
    // a link the seller clicks in a page (new tab, noopener) is the page's, not the extension's
    const [linked] = await Promise.all([
      s.context.waitForEvent('page'),
      own.evaluate((href) => {
        const a = Object.assign(document.createElement('a'), { href, target: '_blank', rel: 'noopener noreferrer', textContent: 'link' });
        document.body.append(a);
        a.click();
      }, `${SC}/linked-unlisted-page`),
    ]);
    await expect.poll(() => s!.replica.requests.some((r) => r.path === '/linked-unlisted-page'), { timeout: 20_000 }).toBe(true);
    expect(linked).toBeDefined();

    const session = s;
    s = undefined;
    const error = await session.close().then(() => undefined, (e: Error) => e);
    expect(error?.message).toContain('not in lib/seller-central/requests.ts');
    expect(error?.message).toContain('GET /messaging/api/unlisted-probe?x=1 (extension-worker; in request-audit.e2e.ts › request audit > close() names');
    expect(error?.message).toContain('TAB /unlisted-probe-page (navigation; in request-audit.e2e.ts › request audit > close() names');
    expect(error?.message).not.toContain('/orders-api/order/');
    expect(error?.message).not.toContain('another-unlisted-page');
    expect(error?.message).not.toContain('linked-unlisted-page');
  });
});
