/**
 * `createReplicaServer(data, options)`: a pure request handler for the Seller Central replica (routes in
 * ../README.md), with a switchable session, fault switches and a record of everything sent.
 */
import { productSvg } from '../data/svg';
import type { ReplicaData } from '../data/types';
import { createClientBundler } from './client-bundle';
import { replaceFaults, never, sessionFault, sleep, takeFault } from './faults';
import { html, json, lowerKeys, redirect } from './http';
import { isAuthPage, isInventedRoute, isJsonPath, pageTitle } from './pages';
import type { RouteContext } from './route-context';
import { inboxV3Route } from './routes-inbox-v3';
import { messagingRoute } from './routes-messaging';
import { ordersRoute } from './routes-orders';
import { bootstrapFor, pageShell } from './shell';
import { marketplaceById } from '../../../lib/marketplaces';
import { accountOf, createState, hostRegion, resolveMarketplace, resetWorkingData, signIn, signOut, type ServerState } from './state';
import type { ReplicaRequest, ReplicaResponse, ReplicaServer, ReplicaServerOptions } from './types';

const notFoundPage = (): ReplicaResponse => html(404, '<!doctype html><title>Page not found</title><h1>Looking for something?</h1>');

/** 'legacy' variant: where an inbox v3 URL leads in the old layout (a case by the older case link, same parameters). */
const legacyInboxUrl = (q: URLSearchParams): string => {
  const caseId = q.get('cc') ?? (q.get('fi') === 'caseId' ? q.get('ss') : null);
  if (caseId) return `/messaging/inbox?fi=caseId&ss=${encodeURIComponent(caseId)}&cc=${encodeURIComponent(caseId)}`;
  const fi = { all: 'ALL', resolved: 'NO_RESPONSE_NEEDED' }[q.get('fi') ?? ''] ?? 'RESPONSE_NEEDED';
  const order = q.get('fi') === 'search' ? q.get('ss') : null;
  return `/messaging/inbox?fi=${order ? 'ALL' : fi}&pn=1${order ? `&q=${encodeURIComponent(order)}` : ''}`;
};

const asset = async (state: ServerState, path: string, bundler: ReturnType<typeof createClientBundler>): Promise<ReplicaResponse> => {
  const img = /^\/replica-assets\/img\/([A-Z0-9]{10})\.svg$/.exec(path);
  if (img) {
    const product = state.productsByAsin.get(img[1] ?? '');
    if (!product) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'no such image' };
    return { status: 200, headers: { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' }, body: productSvg(product) };
  }
  if (path === '/replica-assets/client.js' || path === '/replica-assets/client.css') {
    const bundle = await bundler.get();
    const js = path.endsWith('.js');
    return {
      status: 200,
      headers: { 'content-type': js ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8', 'cache-control': 'no-cache' },
      body: js ? bundle.js : bundle.css,
    };
  }
  return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };
};

export const createReplicaServer = (data: ReplicaData, options: ReplicaServerOptions = {}): ReplicaServer => {
  const started = Date.now();
  const dataNow = Date.parse(data.now);
  const now = options.now ?? ((): Date => new Date(dataNow + (Date.now() - started)));
  const state = createState(data, options.pageSize ?? 50, now);
  const bundler = createClientBundler(options.clientEntry);
  const startSession = (): void => {
    if (options.signedInAs === null) signOut(state);
    else signIn(state, options.signedInAs);
  };
  startSession();

  const handle = async (req: ReplicaRequest): Promise<ReplicaResponse> => {
    const url = new URL(req.url);
    const method = req.method.toUpperCase();
    const path = url.pathname;
    const host = url.hostname.toLowerCase();
    const record = { method, host, path, search: url.search, at: now().toISOString(), ...(req.initiator ? { initiator: req.initiator } : {}) };
    state.requests.push(record);
    const byExtension = req.initiator === 'extension-worker' || req.initiator === 'extension-script';
    if (byExtension && isInventedRoute(path)) {
      state.inventedRouteCalls.push(record);
      // never answered to the extension (only the replica's own page code gets them); every e2e session checks the list
      // is empty when it closes (tests/replica/harness.ts)
      if (state.faults.inventedRoutes !== 'answer-all') return json(404, { error: 'NOT_FOUND' });
    }
    if (path.startsWith('/replica-assets/')) return asset(state, path, bundler);

    const jsonPath = isJsonPath(path);
    if (takeFault(state, 'hang', path)) return never();
    if (state.faults.slowMs) await sleep(state.faults.slowMs);

    if (path === '/' || path === '') return redirect('/home');
    if (path === '/messaging' || path === '/messaging/') return redirect(`/messaging/inbox${url.search}`);
    if (path === '/gp/orders-v2/contact') return redirect(`/messaging/contact${url.search}`);
    if (path === '/ap/signin' && method === 'POST') {
      signIn(state, state.session.merchantId ?? state.lastMerchantId ?? undefined);
      return redirect(url.searchParams.get('openid.return_to') ?? '/home');
    }

    const account = sessionFault(state, 'signedOut', path) ? undefined : accountOf(state, state.session.merchantId);
    const returnTo = encodeURIComponent(`${path}${url.search}`);
    if (!account && !isAuthPage(path)) {
      return jsonPath ? json(401, { error: 'UNAUTHENTICATED', signInUrl: '/ap/signin' }) : redirect(`/ap/signin?openid.return_to=${returnTo}`);
    }
    if (sessionFault(state, 'captcha', path) && !isAuthPage(path)) {
      return jsonPath
        ? json(403, { error: 'CAPTCHA_REQUIRED', captchaRequired: true, redirectUrl: '/ap/cvf' }, { 'x-amz-captcha': 'required' })
        : redirect(`/ap/cvf?openid.return_to=${returnTo}`);
    }
    if (jsonPath && takeFault(state, 'status429', path)) return json(429, { error: 'TOO_MANY_REQUESTS' }, { 'retry-after': '1' });
    if (jsonPath && takeFault(state, 'status500', path)) return json(500, { error: 'INTERNAL_SERVER_ERROR' });

    const requested = url.searchParams.get('mons_sel_mkid');
    const target = requested && account?.marketplaceIds.includes(requested) ? marketplaceById(requested) : undefined;
    if (!jsonPath && target && target.region !== hostRegion(host)) {
      // like Seller Central: another region's marketplace lives on that region's host
      return redirect(`https://${target.sellerCentralHost}${path}${url.search}`);
    }
    const marketplaceId = resolveMarketplace(state, host, requested);
    if (jsonPath) {
      if (!account || !marketplaceId) return json(401, { error: 'UNAUTHENTICATED' });
      const ctx: RouteContext = { state, req, url, method, host, path, headers: lowerKeys(req.headers), account, marketplaceId };
      return inboxV3Route(ctx) ?? messagingRoute(ctx) ?? ordersRoute(ctx) ?? json(404, { error: 'NOT_FOUND' });
    }
    if (state.faults.markup === 'legacy' && path.startsWith('/messaging/inbox-v3')) return redirect(legacyInboxUrl(url.searchParams));
    const title = pageTitle(path);
    if (!title) return notFoundPage();
    if (method !== 'GET' && method !== 'HEAD') return html(405, 'Method not allowed');
    return pageShell(state, bootstrapFor(state, host, marketplaceId), title);
  };

  return {
    data,
    handle,
    signIn: (merchantId) => signIn(state, merchantId),
    signOut: () => signOut(state),
    get session() { return state.session; },
    get sent() { return state.sent; },
    get requests() { return state.requests; },
    get inventedRouteCalls() { return state.inventedRouteCalls; },
    get faults() { return state.faults; },
    setFaults: (faults) => replaceFaults(state, faults),
    reset: () => {
      resetWorkingData(state);
      state.sent.length = 0;
      state.requests.length = 0;
      state.inventedRouteCalls.length = 0;
      state.faults = {};
      state.faultUses.clear();
      startSession();
    },
  };
};
