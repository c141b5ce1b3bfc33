/**
 * Browser harness: Chromium (playwright-core, /usr/bin/chromium) with the built extension, and the replica
 * attached to the context at the real Seller Central URLs. Any other request is aborted and recorded.
 *
 *   const s = await launchWithExtension({ replica: createReplicaServer(generateReplicaData()) });
 *   const page = await s.context.newPage(); await page.goto('https://sellercentral.amazon.com/messaging/inbox');
 *   ...; expect(s.blockedRequests).toEqual([]); await s.close();
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Route, type Worker } from 'playwright-core';
import { SELLER_CENTRAL_HOSTS } from '../../lib/seller-central/hosts';
import type { ReplicaServer } from './server';
import type { RequestInitiator } from './server/types';
import { auditRequests, currentTest, recordSeen, type AuditedRequest } from './request-audit';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = ['--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A request to Seller Central as the browser made it: who made it, and the tab (Page) for page-bound ones. */
export interface ObservedRequest {
  method: string; url: string; initiator: RequestInitiator; page?: Page;
  /** the running test (request audit) */
  test?: string;
  /** a load of a tab's main frame that follows the replica's redirect (the page's doing, not the extension's) */
  mainFrame?: boolean; followsRedirect?: boolean;
}

export interface ReplicaAttachment {
  /** URLs of requests that went anywhere but a Seller Central host (aborted) */
  blockedRequests: string[];
  /** every request routed to the replica, with who made it */
  observedRequests: ObservedRequest[];
  detach(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  replica: ReplicaServer;
  viewport?: { width: number; height: number };
  /** browser UI language, e.g. 'zh-CN' (extension i18n follows it) */
  locale?: string;
}

/**
 * The extension's page UI uses closed shadow roots (components/page/shadow-mode.ts), which Playwright cannot read.
 * Unless `closedShadowRoots` is set, the harness opens them for the tests, through the one switch only the extension
 * itself can set: a flag in its storage.local, written from its service worker.
 */
export interface ExtensionLaunchOptions extends LaunchOptions {
  extensionDir?: string;
  /** leave the page UI's shadow roots closed, as shipped (tests of what a page can reach) */
  closedShadowRoots?: boolean;
}
const E2E_OPEN_SHADOW_ROOTS = 'siE2eOpenShadowRoots';

export interface ExtensionSession extends ReplicaAttachment {
  context: BrowserContext;
  replica: ReplicaServer;
  extensionId: string;
  /** the extension's service worker now (a restarted worker is a new object: don't keep it across tests) */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface PlainSession extends ReplicaAttachment {
  context: BrowserContext;
  replica: ReplicaServer;
  close(): Promise<void>;
}

const redirectPage = (target: string): string => {
  const attr = target.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html><meta http-equiv="refresh" content="0;url=${attr}"><title>Redirecting</title>`;
};

/** Who made a request: the extension's worker, the replica's own page code (marked), an extension script, a load. */
function initiatorOf(request: Request, headers: Record<string, string>): RequestInitiator {
  const worker = request.serviceWorker();
  if (worker) return worker.url().startsWith('chrome-extension://') ? 'extension-worker' : 'page';
  if (request.isNavigationRequest()) return 'navigation';
  const type = request.resourceType();
  if (type === 'fetch' || type === 'xhr') return headers['x-replica-page'] ? 'page' : 'extension-script';
  return 'asset';
}

const pageOf = (request: Request): Page | undefined => {
  try { return request.frame().page(); } catch { return undefined; }
};

const isSellerCentral = (url: URL): boolean => url.protocol === 'https:' && SELLER_CENTRAL_HOSTS.includes(url.hostname.toLowerCase());

/** Routes every https Seller Central host to `server.handle`; aborts and records every other http(s) request. */
export const attachReplica = async (context: BrowserContext, server: ReplicaServer): Promise<ReplicaAttachment> => {
  const blockedRequests: string[] = [];
  const observedRequests: ObservedRequest[] = [];
  const redirects = new WeakMap<Page, string>();
  const handler = async (route: Route): Promise<void> => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      await route.continue();
      return;
    }
    if (!isSellerCentral(url)) {
      blockedRequests.push(request.url());
      await route.abort('blockedbyclient').catch(() => undefined);
      return;
    }
    const headers = await request.allHeaders();
    const initiator = initiatorOf(request, headers);
    const page = pageOf(request);
    const mainFrame = initiator === 'navigation' && page !== undefined && request.frame() === page.mainFrame();
    const followsRedirect = mainFrame && redirects.get(page!) === request.url();
    if (followsRedirect) redirects.delete(page!);
    const test = currentTest();
    observedRequests.push({
      method: request.method(), url: request.url(), initiator, ...(page ? { page } : {}), ...(test ? { test } : {}),
      ...(mainFrame ? { mainFrame } : {}), ...(followsRedirect ? { followsRedirect } : {}),
    });
    const answer = await server.handle({
      method: request.method(), url: request.url(), headers, body: request.postDataBuffer(), initiator,
    });
    const location = answer.headers.location;
    if (answer.status >= 300 && answer.status < 400 && location && request.isNavigationRequest()) {
      // Chromium does not route the target of a fulfilled redirect: let the page navigate there itself
      const target = new URL(location, url).href;
      if (page) redirects.set(page, target);
      await route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: redirectPage(target) })
        .catch(() => undefined);
      return;
    }
    await route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body }).catch(() => undefined);
  };
  await context.route('**/*', handler);
  return { blockedRequests, observedRequests, detach: () => context.unroute('**/*', handler) };
};

interface TabOrigins {
  /** the tabs the tests open (`context.newPage()`, and those open at launch) */
  testPages: WeakSet<Page>;
  /** the URL of the page that opened a tab (window.open, a target=_blank link), '' for none */
  openers: WeakMap<Page, Promise<string>>;
}

/**
 * Which tab is whose: every tab that loads a Seller Central page and is neither a test's nor opened by a Seller
 * Central page was opened by the extension (the work tab, the popup's links).
 */
function trackTabs(context: BrowserContext): TabOrigins {
  const testPages = new WeakSet<Page>(context.pages());
  const openers = new WeakMap<Page, Promise<string>>();
  context.on('page', (page) => openers.set(page, page.opener().then((o) => o?.url() ?? '', () => '')));
  const newPage = context.newPage.bind(context);
  context.newPage = async () => {
    const page = await newPage();
    testPages.add(page);
    return page;
  };
  return { testPages, openers };
}

/** What the extension requested: its worker's and scripts' fetches, and main-frame loads in tabs it opened. */
async function extensionRequests(observed: readonly ObservedRequest[], { testPages, openers }: TabOrigins): Promise<AuditedRequest[]> {
  const out: AuditedRequest[] = [];
  for (const r of observed) {
    const base = { method: r.method, url: r.url, initiator: r.initiator, ...(r.test ? { test: r.test } : {}) };
    if (r.initiator === 'extension-worker' || r.initiator === 'extension-script') out.push({ kind: 'fetch', ...base });
    else if (r.page && r.mainFrame && !r.followsRedirect && !testPages.has(r.page)) {
      const opener = await (openers.get(r.page) ?? Promise.resolve(''));
      if (opener === '' || opener.startsWith('chrome-extension://')) out.push({ kind: 'tab', ...base });
    }
  }
  return out;
}

const launch = async (args: string[], headless: boolean, viewport?: { width: number; height: number }, locale?: string): Promise<BrowserContext> => {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  return chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH, headless, viewport: viewport ?? { width: 1440, height: 900 },
    args: [...BASE_ARGS, ...args, ...(locale ? [`--lang=${locale}`] : [])], ...(locale ? { locale } : {}),
  });
};

export const launchWithExtension = async (
  { headless = true, replica, extensionDir = process.env.SI_EXTENSION_DIR ?? '.output/chrome-mv3', viewport, locale, closedShadowRoots = false }: ExtensionLaunchOptions,
): Promise<ExtensionSession> => {
  const dir = path.resolve(REPO_ROOT, extensionDir);
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  const context = await launch([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`], headless, viewport, locale);
  try {
    const attachment = await attachReplica(context, replica);
    const first = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const extensionId = new URL(first.url()).host;
    if (!closedShadowRoots) {
      await first.evaluate((key) => chrome.storage.local.set({ [key]: true }), E2E_OPEN_SHADOW_ROOTS);
    }
    const serviceWorker = async (): Promise<Worker> =>
      context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))
      ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
    const tabs = trackTabs(context);
    const close = async (): Promise<void> => {
      const audited = await extensionRequests(attachment.observedRequests, tabs);
      await context.close();
      const problems: string[] = [];
      // the replica's invented routes (replica only, no public trace) are for its own page code: the extension never calls them
      const invented = replica.inventedRouteCalls.map((r) => `${r.method} ${r.path}${r.search}`);
      if (invented.length > 0) problems.push(`the extension called the replica's invented routes: ${[...new Set(invented)].join(', ')}`);
      // every request the extension makes is an entry of lib/seller-central/requests.ts (tests/replica/request-audit.ts)
      const audit = auditRequests(audited);
      if (process.env.SI_REQUEST_AUDIT) recordSeen(process.env.SI_REQUEST_AUDIT, audit.seen);
      if (audit.unlisted.length > 0) problems.push(`the extension made requests that are not in lib/seller-central/requests.ts: ${audit.unlisted.join(', ')}`);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    };
    return { context, replica, extensionId, serviceWorker, ...attachment, close };
  } catch (error) {
    await context.close();
    throw error;
  }
};

/** The same browser and replica without the extension, for bench comparisons. */
export const launchWithoutExtension = async ({ headless = true, replica, viewport }: LaunchOptions): Promise<PlainSession> => {
  const context = await launch([], headless, viewport);
  const attachment = await attachReplica(context, replica);
  return { context, replica, ...attachment, close: () => context.close() };
};
