/**
 * What the Seller Central page itself (its own scripts, main world) can do to our page UI, with the extension as
 * shipped: closed shadow roots (`closedShadowRoots`, the harness does not open them).
 * - It cannot switch us off: WXT's "newer copy started" event forged on the document (and as a postMessage, and
 *   our own started event, and our instance mark) removes no badge, shows no notice, and a message the policy
 *   check blocks still does not go out; no message the page can read carries the extension id.
 * - It cannot read our UI (`host.shadowRoot` is null; a private blacklist reason is in no attribute and in no text
 *   the page sees) nor press our buttons: a synthetic `n` keydown does not open the next thread, a script's
 *   `click()` on our real Blacklist button (reached through DevTools, as a page that got hold of it) adds nothing;
 *   the seller's own key press and click do.
 * - Bidi and look-alike names: shown without the controls and marked.
 * Our closed shadow roots are read here through the DevTools protocol (DOM.getDocument with pierce), which the
 * page does not have.
 */
import type { CDPSession, Page } from 'playwright-core';
import { generateReplicaData, type ReplicaData, type ReplicaThread } from '../replica/data';
import { launchWithExtension, type ExtensionSession } from '../replica/harness';
import { createReplicaServer } from '../replica/server';

const SC = 'https://sellercentral.amazon.com';
const US = 'ATVPDKIKX0DER';
const INBOX = `${SC}/messaging/inbox?mons_sel_mkid=${US}`;
const PRIVATE = 'PRIVATE-NOTE-7731';
const BIDI_NAME = '\u202Egnp.exe\u202C Ann';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let s: ExtensionSession;
let data: ReplicaData;
const pageErrors: string[] = [];
let extPage: Page | undefined;
let bidiThread: ReplicaThread;

async function ask<T = unknown>(message: unknown): Promise<T> {
  if (!extPage || extPage.isClosed()) {
    extPage = await s.context.newPage();
    await extPage.goto(`chrome-extension://${s.extensionId}/options.html`);
  }
  return extPage.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
}

const usThreads = (): ReplicaThread[] => data.threads.filter((t) => t.accountId === data.accounts[0]!.merchantId && t.marketplaceId === US
  && !t.isSystem && t.status === 'response-needed' && t.orderIds.length === 1 && !!t.buyerId && t.language === 'en');

beforeAll(async () => {
  const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  data = generateReplicaData({ seed: 11, threads: 60, now });
  // one buyer with a right-to-left override in the name (the probe's `\u202Egnp.exe\u202C` reads "exe.png")
  bidiThread = usThreads()[2]!;
  const buyer = data.buyers.find((b) => b.buyerId === bidiThread.buyerId)!;
  buyer.name = BIDI_NAME;
  for (const t of data.threads.filter((x) => x.buyerId === buyer.buyerId)) {
    t.buyerName = BIDI_NAME;
    for (const m of t.messages) if (m.from === 'buyer') m.senderName = BIDI_NAME;
  }
  const extensionDir = process.env.SI_EXTENSION_DIR;
  s = await launchWithExtension({ replica: createReplicaServer(data), closedShadowRoots: true, ...(extensionDir ? { extensionDir } : {}) });
  s.context.on('page', (page) => page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`)));
});
afterAll(async () => { await s?.close(); });

/** A Seller Central page that records, in its own main world, every window message it receives. */
async function scPage(url: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __messages: string[] }).__messages = seen;
    window.addEventListener('message', (e) => { try { seen.push(JSON.stringify(e.data)); } catch { seen.push(String(e.data)); } });
  });
  await page.goto(url);
  return page;
}

interface CdpNode { nodeId: number; nodeType: number; nodeName: string; nodeValue: string; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[] }

/** Our UI hosts (`data-si=<name>`) with the whole tree, closed shadow roots included (DevTools only). */
async function hosts(cdp: CDPSession, name: string): Promise<CdpNode[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: CdpNode };
  const found: CdpNode[] = [];
  const walk = (n: CdpNode): void => {
    const a = n.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === 'data-si' && a[i + 1] === name) found.push(n);
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c);
  };
  walk(root);
  return found;
}
/** text inside a host's shadow tree (style sheets left out), and every attribute value in it */
function inside(n: CdpNode): { text: string; attributes: string[] } {
  let text = '';
  const attributes: string[] = [];
  const walk = (x: CdpNode): void => {
    if (x.nodeName === 'STYLE') return;
    if (x.nodeType === 3) text += x.nodeValue;
    for (let i = 1; i < (x.attributes ?? []).length; i += 2) attributes.push(x.attributes![i]!);
    for (const c of [...(x.children ?? []), ...(x.shadowRoots ?? [])]) walk(c);
  };
  walk(n);
  return { text, attributes };
}
/** the first element inside a host's shadow tree that matches */
function find(n: CdpNode, match: (x: CdpNode) => boolean): CdpNode | undefined {
  if (match(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = find(c, match);
    if (hit) return hit;
  }
  return undefined;
}
const attr = (n: CdpNode, name: string): string | undefined => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
};

describe('the Seller Central page cannot switch the page UI off', () => {
  it('a forged "newer copy" event removes nothing and shows nothing; no window message carries the extension id', async () => {
    const page = await scPage(INBOX);
    const badges = page.locator('[data-si="deadline"]');
    await expect.poll(() => badges.count(), { timeout: 30_000 }).toBeGreaterThan(3);
    const rows = await badges.count();
    // what the page UI posted while starting (before the test forges its own message with the id)
    const messages = await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages);
    expect(messages.filter((m) => m.includes(s.extensionId))).toEqual([]);
    await page.evaluate((id) => {
      const type = `${id}:seller-central:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'seller-central', messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: 'seller-central', messageId: 'forged' }, '*');
      document.dispatchEvent(new CustomEvent('seller-inbox:page-ui-started'));
      window.dispatchEvent(new Event(`${id}:seller-central:wxt:locationchange`));
      document.documentElement.setAttribute('data-si-page-ui', 'forged');
    }, s.extensionId);
    // past the page UI's 3 s context check
    await sleep(4_000);
    expect(await badges.count()).toBe(rows);
    expect(await page.locator('[data-si="notice"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 60_000);

  it('after the forged event on a thread, a message the policy check blocks still does not go out', async () => {
    const t = usThreads()[0]!;
    const page = await scPage(`${SC}/messaging/inbox?fi=caseId&ss=${t.threadId}&cc=${t.threadId}&mons_sel_mkid=${US}`);
    await page.locator('[data-si="compose-policy"]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:seller-central:wxt:content-script-started`, { detail: { contentScriptName: 'seller-central', messageId: 'forged' } }));
    }, s.extensionId);
    await sleep(500);
    expect(await page.locator('[data-si="compose-policy"]').count()).toBeGreaterThan(0);
    const before = s.replica.sent.length;
    await page.locator('textarea.compose-textarea').click();
    await page.keyboard.type('Leave us 5 stars and get a $10 gift card, email me at x@gmail.com');
    await sleep(800);
    await page.locator('kat-button.compose-send').click();
    await sleep(1_500);
    expect(s.replica.sent.length).toBe(before);
    await page.close();
  }, 60_000);
});

describe('the page can neither read our UI nor press our buttons', () => {
  it('closed shadow roots; a synthetic `n` does not open the next thread, the seller pressing n does', async () => {
    const page = await scPage(INBOX);
    await expect.poll(() => page.locator('[data-si="deadline"]').count(), { timeout: 30_000 }).toBeGreaterThan(3);
    await page.locator('[data-si="next"]').first().waitFor({ state: 'attached', timeout: 20_000 });
    const open = await page.evaluate(() => [...document.querySelectorAll('[data-si]')].filter((h) => h.shadowRoot !== null).map((h) => h.getAttribute('data-si')));
    expect(open).toEqual([]);
    const url = page.url();
    await page.evaluate(() => {
      for (const target of [document, window, document.body]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true, composed: true }));
      }
    });
    await sleep(1_500);
    expect(page.url()).toBe(url);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('n');
    await page.waitForURL((u) => u.pathname === '/messaging/inbox' && u.searchParams.get('fi') === 'caseId', { timeout: 15_000 });
    await page.close();
  }, 60_000);

  it("a script's click on our Blacklist button adds nothing, the seller's click does; the private reason is in no attribute and no text the page sees", async () => {
    const [t, u] = [usThreads()[1]!, usThreads()[3]!];
    // u: already blacklisted, with a private reason
    await ask({ type: 'blacklist/add', buyerName: u.buyerName, orderId: u.orderIds[0], marketplaceId: US, reason: PRIVATE });

    const page = await scPage(`${SC}/messaging/inbox?fi=caseId&ss=${t.threadId}&cc=${t.threadId}&mons_sel_mkid=${US}`);
    const cdp = await s.context.newCDPSession(page);
    const entries = async () => (await ask<{ entries: { orderId?: string }[] }>({ type: 'blacklist/list' })).entries.filter((e) => e.orderId === t.orderIds[0]);
    let button: CdpNode | undefined;
    await expect.poll(async () => {
      const [host] = await hosts(cdp, 'blacklist-toggle');
      button = host && find(host, (x) => x.nodeName === 'BUTTON' && (attr(x, 'class') ?? '').includes('toggle') && attr(x, 'disabled') === undefined);
      return Boolean(button);
    }, { timeout: 30_000 }).toBe(true);
    // a page script that got hold of the real button (here through DevTools, in the page's main world)
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: button!.nodeId }) as { object: { objectId: string } };
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { this.click(); this.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true })); }',
    });
    await sleep(1_500);
    expect(await entries()).toEqual([]);
    // the seller's own click on it
    const box = (await page.locator('[data-si="blacklist-toggle"]').boundingBox())!;
    await page.mouse.click(box.x + 12, box.y + box.height / 2);
    await expect.poll(async () => (await entries()).length, { timeout: 10_000 }).toBe(1);
    await page.close();

    const other = await scPage(`${SC}/messaging/inbox?fi=caseId&ss=${u.threadId}&cc=${u.threadId}&mons_sel_mkid=${US}`);
    const cdp2 = await s.context.newCDPSession(other);
    // the seller sees the reason (so this check can fail) ...
    await expect.poll(async () => (await hosts(cdp2, 'blacklist-toggle')).map((h) => inside(h).text).join(''), { timeout: 30_000 }).toContain(PRIVATE);
    const [host] = await hosts(cdp2, 'blacklist-toggle');
    // ... in no attribute, and the page's own view of the document does not hold it
    expect(inside(host!).attributes.filter((a) => a.includes(PRIVATE))).toEqual([]);
    const pageSees = await other.evaluate(() => `${document.documentElement.outerHTML}\n${document.body.innerText}`);
    expect(pageSees).not.toContain(PRIVATE);
    await other.close();
  }, 90_000);
});

describe('bidi and look-alike names', () => {
  it('the buyer panel shows the name without its override characters, marked as suspicious', async () => {
    const page = await scPage(`${SC}/messaging/inbox?fi=caseId&ss=${bidiThread.threadId}&cc=${bidiThread.threadId}&mons_sel_mkid=${US}`);
    const cdp = await s.context.newCDPSession(page);
    let text = '';
    await expect.poll(async () => {
      text = (await hosts(cdp, 'buyer-panel')).map((h) => inside(h).text).join('');
      return text.includes('gnp.exe');
    }, { timeout: 30_000 }).toBe(true);
    expect(text).toContain('gnp.exe Ann⚠');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await page.close();
    expect(pageErrors).toEqual([]);
    expect(s.blockedRequests).toEqual([]);
  }, 60_000);
});
