/**
 * The campaign runner's Seller Central port in the extension: `fetch` from the background service worker
 * to Seller Central's own JSON endpoints, in the seller's signed-in session (host permissions let the
 * worker send the session cookies: `credentials: 'include'`). Adapter: lib/seller-central/solicitations.ts.
 * Campaign messages are no request of ours: they go through the Contact Buyer page in the work tab, and an
 * unknown outcome is read back from the order's case (contact-on-page.ts).
 *
 * Why the background and not a Seller Central tab: one owner for every send (no tab may be open, two tabs
 * must not both send), it keeps working while the seller navigates, and Playwright's context routing sees
 * service-worker fetches (playwright-core 1.65 routes them by default), so the e2e tests run the very same
 * path as real Chrome.
 *
 * The CSRF token for a send comes from a Seller Central page: handed over by the content script
 * (`session/csrf`) or, when none was, read from the "Request a Review" page the worker fetches itself
 * (redirect: 'manual': a redirect there means the sign-in or verification page). Tokens stay in memory
 * only; a rejected token is dropped, a fresh one fetched, and the send tried once more (a rejected send
 * did not go out).
 */
import { marketplaceById, type Region } from '../../lib/marketplaces';
import type { SellerCentralPort } from '../../lib/campaigns/runner/port';
import type { Outcome } from '../../lib/campaigns/runner/types';
import {
  classifySession, classifySolicitation, csrfFromHtml, reviewPagePath, solicitationHeaders, solicitationUrl, type HttpAnswer,
} from '../../lib/seller-central/solicitations';
import type { ContactRequest } from '../../lib/seller-central/contact-buyer';
import type { createContactOnPage } from './contact-on-page';
import { SELLER_CENTRAL_HOSTS } from '../../lib/seller-central/hosts';
import type { PageActionArgs, PageActionName } from '../../lib/protocol/page-actions';
import type { PageActionOutcome, RunOptions } from './work-tab-driver';
import { pageUrls } from '../../lib/seller-central/pages';

/** The page driver (components/background/work-tab.ts `runPageAction`). */
export type RunPageAction = <N extends PageActionName>(url: string, name: N, args: PageActionArgs<N>, opts?: RunOptions) => Promise<PageActionOutcome<N>>;

/** What the Request a Review page's answer (or the work tab's block) means for the runner. */
export function reviewPageOutcome(o: PageActionOutcome<'request-review'>): Outcome {
  const page = (detail?: string) => `Request a Review page${detail ? `: ${detail}` : ''}`;
  if (o.ok) {
    const { result, detail } = o.answer;
    return result === 'unconfirmed' ? { kind: 'unknown', detail: page(detail) } : { kind: result, detail: page(detail) };
  }
  switch (o.blocked) {
    case 'signed-out': case 'captcha': return { kind: o.blocked, detail: page(o.detail) };
    // the page was not what the action needs: it stopped before "Yes", nothing went out (the runner stops, says why)
    case 'unrecognised-page': return { kind: 'unrecognised-page', detail: page(o.detail) };
    // no answer in time, the tab closed, anything else: "Yes" may have been clicked
    case 'timeout': return { kind: 'timeout', detail: page(o.detail) };
    default: return { kind: 'unknown', detail: page(`${o.blocked}: ${o.detail}`) };
  }
}

export interface FetchPortOptions {
  fetch?: typeof fetch;
  /** current request timeout (the runner config) */
  timeoutMs: () => Promise<number>;
  /** how long a token read from a page is trusted */
  tokenTtlMs?: number;
  /** the page driver, for Request a Review through Amazon's own page (the JSON's fallback) */
  runPageAction?: RunPageAction;
  /** campaign messages through the pages (contact-on-page.ts) */
  contact?: ReturnType<typeof createContactOnPage>;
}

export interface FetchPort extends SellerCentralPort {
  /** a token a Seller Central page handed over (content script) */
  setToken(host: string, token: string): void;
  /** the Seller Central host for a marketplace: the one the seller works on in its region, else its usual one */
  hostFor(marketplaceId: string): string;
}

const hostRegions: Record<Region, readonly string[]> = {
  NA: ['sellercentral.amazon.com', 'sellercentral.amazon.ca', 'sellercentral.amazon.com.mx', 'sellercentral.amazon.com.br'],
  FE: ['sellercentral.amazon.co.jp', 'sellercentral-japan.amazon.com', 'sellercentral.amazon.com.au', 'sellercentral.amazon.sg'],
  EU: [],
};
/** NA and FE hosts are listed; every other Seller Central host is European. */
const regionOfHost = (host: string): Region | undefined => {
  if (!SELLER_CENTRAL_HOSTS.includes(host)) return undefined;
  return hostRegions.NA.includes(host) ? 'NA' : hostRegions.FE.includes(host) ? 'FE' : 'EU';
};

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text().catch(() => '');
  try { return JSON.parse(text) as unknown; } catch { return text; }
}

function answerOf(res: Response, body: unknown): HttpAnswer {
  const headers: Record<string, string> = {};
  res.headers.forEach((value, key) => { headers[key.toLowerCase()] = value; });
  return { status: res.status, headers, url: res.url, type: res.type, body };
}

export function createFetchPort(opts: FetchPortOptions): FetchPort {
  const doFetch = opts.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const ttl = opts.tokenTtlMs ?? 10 * 60_000;
  const tokens = new Map<string, { token: string; at: number }>();
  /** the host the seller works on per region (learnt from pages), else the marketplace's usual host */
  const preferred = new Map<Region, string>();

  const hostFor = (marketplaceId: string): string => {
    const mp = marketplaceById(marketplaceId);
    return (mp && preferred.get(mp.region)) ?? mp?.sellerCentralHost ?? 'sellercentral.amazon.com';
  };

  /** One request with a timeout: the answer, or the transport failure as an outcome. */
  async function request(url: string, init: RequestInit): Promise<{ answer: HttpAnswer } | { outcome: Outcome }> {
    const controller = new AbortController();
    const ms = await opts.timeoutMs();
    const timer = setTimeout(() => controller.abort(), ms);
    try {
      const res = await doFetch(url, { credentials: 'include', cache: 'no-store', ...init, signal: controller.signal });
      const body = res.type === 'opaqueredirect' ? undefined : await readBody(res);
      return { answer: answerOf(res, body) };
    } catch (e) {
      if (controller.signal.aborted) return { outcome: { kind: 'timeout', detail: `no answer in ${Math.round(ms / 1000)} s` } };
      return { outcome: { kind: 'network-error', detail: e instanceof Error ? e.message : String(e) } };
    } finally {
      clearTimeout(timer);
    }
  }

  /** A fresh-enough token for the host, reading the Request a Review page when needed. */
  async function token(host: string, orderId: string, marketplaceId: string, fresh = false): Promise<string | Outcome> {
    const cached = tokens.get(host);
    if (!fresh && cached && Date.now() - cached.at < ttl) return cached.token;
    tokens.delete(host);
    const r = await request(`https://${host}${reviewPagePath(orderId, marketplaceId)}`, { method: 'GET', redirect: 'manual', headers: { accept: 'text/html' } });
    if ('outcome' in r) return r.outcome;
    const session = classifySession(r.answer);
    if (session) return { kind: session.kind, detail: `reading the CSRF token: ${session.detail}`, ...('retryAfterMs' in session && session.retryAfterMs !== undefined ? { retryAfterMs: session.retryAfterMs } : {}) };
    const found = typeof r.answer.body === 'string' ? csrfFromHtml(r.answer.body) : undefined;
    if (!found) return { kind: 'unknown', detail: `no CSRF token on ${reviewPagePath('…', marketplaceId).split('?')[0]} (HTTP ${r.answer.status})` };
    tokens.set(host, { token: found, at: Date.now() });
    return found;
  }

  const outcomeOf = (o: { kind: string; detail?: string; retryAfterMs?: number }): Outcome => ({
    kind: o.kind as Outcome['kind'], ...(o.detail ? { detail: o.detail } : {}), ...(o.retryAfterMs !== undefined ? { retryAfterMs: o.retryAfterMs } : {}),
  });

  /** A POST with the host's token; a rejected token is replaced once (the rejected send did not go out). */
  async function post(
    host: string, orderId: string, marketplaceId: string, send: (t: string) => Promise<{ answer: HttpAnswer } | { outcome: Outcome }>,
    classify: (a: HttpAnswer) => Outcome,
  ): Promise<Outcome> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const t = await token(host, orderId, marketplaceId, attempt > 0);
      if (typeof t !== 'string') return attempt > 0 && t.kind === 'unknown' ? { kind: 'csrf-invalid', detail: t.detail ?? '' } : t;
      const r = await send(t);
      if ('outcome' in r) return r.outcome;
      const o = classify(r.answer);
      if (o.kind !== 'csrf-invalid') return o;
      tokens.delete(host);
    }
    return { kind: 'csrf-invalid', detail: 'the CSRF token was rejected twice' };
  }

  return {
    hostFor,

    setToken(host, value) {
      const h = host.toLowerCase();
      tokens.set(h, { token: value, at: Date.now() });
      const region = regionOfHost(h);
      if (region) preferred.set(region, h);
    },

    async check(orderId, marketplaceId) {
      const r = await request(solicitationUrl(hostFor(marketplaceId), orderId, marketplaceId), { method: 'GET', headers: { accept: 'application/json' } });
      return 'outcome' in r ? r.outcome : outcomeOf(classifySolicitation('GET', r.answer));
    },

    async prepare(orderId, marketplaceId) {
      const t = await token(hostFor(marketplaceId), orderId, marketplaceId);
      return typeof t === 'string' ? undefined : t;
    },

    sendReviewRequest(orderId, marketplaceId) {
      const host = hostFor(marketplaceId);
      return post(host, orderId, marketplaceId,
        (t) => request(solicitationUrl(host, orderId, marketplaceId), { method: 'POST', headers: solicitationHeaders(t), body: '{}' }),
        (a) => outcomeOf(classifySolicitation('POST', a)));
    },

    ...(opts.runPageAction ? {
      async requestReviewByPage(orderId: string, marketplaceId: string): Promise<Outcome> {
        const url = `https://${hostFor(marketplaceId)}${pageUrls.reviews(orderId, marketplaceId)}`;
        return reviewPageOutcome(await opts.runPageAction!(url, 'request-review', { orderId }));
      },
    } : {}),

    sendMessage(req: ContactRequest): Promise<Outcome> {
      if (!opts.contact) return Promise.resolve({ kind: 'rejected', detail: 'no page driver for messages' });
      return opts.contact.send(hostFor(req.marketplaceId), req);
    },

    readBackMessage(orderId, marketplaceId, text, since) {
      if (!opts.contact) return Promise.resolve({ kind: 'unclear', outcome: { kind: 'unknown', detail: 'no page driver' } });
      return opts.contact.readBack(hostFor(marketplaceId), orderId, text, since);
    },
  };
}
