/**
 * Adapter for Seller Central's "Request a Review" JSON call (shared/reference/seller-central-pages.md,
 * "Request a Review"):
 *   GET  /messaging/api/solicitations/<orderId>/productReviewAndSellerFeedback?marketplaceId=&isReturn=false
 *        -> { isSuccess, ineligibleReason }   (eligibility: isSuccess true means "may be asked now")
 *   POST the same URL, body {}, header anti-csrftoken-a2z -> { isSuccess, ineligibleReason } (sends it)
 * Pure: URL builders, the response shape (valibot) and the classification of an HTTP answer into what the
 * campaign runner must do. The transport (fetch, timeouts) is the caller's.
 *
 * Classification, first match wins:
 *   opaque redirect / redirect or final URL to /ap/signin (or 401)          -> signed-out
 *   redirect or final URL to /ap/cvf, /ap/mfa, validateCaptcha; 403 + captcha marker -> captcha
 *   403 CSRF_TOKEN_INVALID                                                   -> csrf-invalid
 *   429 (Retry-After honoured)                                               -> rate-limited
 *   5xx                                                                      -> server-error
 *   2xx/404 with { isSuccess, ineligibleReason }: true -> sent (POST) / eligible (GET);
 *     REVIEW_REQUEST_ALREADY_SENT -> already-sent; REVIEW_REQUEST_OUTSIDE_TIME_WINDOW -> outside-window;
 *     ORDER_NOT_FOUND (or 404) -> not-found; any other reason -> ineligible
 *   anything else                                                            -> unknown
 */
import * as v from 'valibot';
import { CSRF_HEADER } from './session';
import { detectPage } from './pages';
import { REQUESTS, requestPath } from './requests';

export const SOLICITATION_KIND = 'productReviewAndSellerFeedback';
export const ALREADY_SENT = 'REVIEW_REQUEST_ALREADY_SENT';
export const OUTSIDE_WINDOW = 'REVIEW_REQUEST_OUTSIDE_TIME_WINDOW';
export const ORDER_NOT_FOUND = 'ORDER_NOT_FOUND';

/** Path + query of the solicitation call for an order (same URL for the check and the send). */
export const solicitationPath = (orderId: string, marketplaceId: string): string =>
  requestPath(REQUESTS.solicitationCheck, { orderId }, { marketplaceId, isReturn: 'false' });

export const solicitationUrl = (host: string, orderId: string, marketplaceId: string): string =>
  `https://${host}${solicitationPath(orderId, marketplaceId)}`;

/** The Request a Review page (a person checks an order there; the runner reads a CSRF token from it). */
export const reviewPagePath = (orderId: string, marketplaceId: string): string =>
  requestPath(REQUESTS.reviewPageToken, {}, { orderId, marketplaceId });

/** Request headers for the send (POST); the check (GET) needs none beyond Accept. */
export const solicitationHeaders = (csrfToken: string): Record<string, string> => ({
  accept: 'application/json',
  'content-type': 'application/json',
  [CSRF_HEADER]: csrfToken,
});

export const SolicitationResponseShape = v.looseObject({
  isSuccess: v.boolean(),
  ineligibleReason: v.nullish(v.pipe(v.string(), v.maxLength(200))),
});
export type SolicitationResponse = v.InferOutput<typeof SolicitationResponseShape>;

/** What came back, as far as the classifier needs it. `body`: parsed JSON, or the text when not JSON. */
export interface HttpAnswer {
  status: number;
  /** header names in lower case */
  headers: Readonly<Record<string, string>>;
  /** the final URL after redirects (fetch's response.url), when known */
  url?: string;
  /** fetch's response.type: 'opaqueredirect' when redirect: 'manual' met a redirect */
  type?: string;
  body?: unknown;
}

/** Answers that are about the session or the server, not the order: shared with contact-buyer.ts. */
export type SessionOutcome =
  | { kind: 'signed-out'; detail: string }
  | { kind: 'captcha'; detail: string }
  | { kind: 'csrf-invalid'; detail: string }
  | { kind: 'rate-limited'; retryAfterMs?: number; detail: string }
  | { kind: 'server-error'; status: number; retryAfterMs?: number; detail: string };

export type SolicitationOutcome =
  | SessionOutcome
  | { kind: 'eligible' }
  | { kind: 'sent' }
  | { kind: 'already-sent'; detail: string }
  | { kind: 'outside-window'; detail: string }
  | { kind: 'not-found'; detail: string }
  | { kind: 'ineligible'; detail: string }
  | { kind: 'unknown'; detail: string };

/** Retry-After in ms: delta-seconds or an HTTP date (relative to `now`); undefined when absent or invalid. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const s = value.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
  const at = Date.parse(s);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const obj = (body: unknown): Record<string, unknown> =>
  body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};

const pathOf = (url: string | undefined): string => {
  if (!url) return '';
  try { return new URL(url, 'https://sellercentral.amazon.com').pathname; } catch { return ''; }
};

/** signed-out / captcha from where a redirect went (location header or the final URL). */
function authRedirect(url: string | undefined): SessionOutcome | undefined {
  if (!url) return undefined;
  const page = detectPage(new URL(url, 'https://sellercentral.amazon.com').href);
  if (page.kind === 'signin') return { kind: 'signed-out', detail: `redirected to ${pathOf(url)}` };
  if (page.kind === 'captcha') return { kind: 'captcha', detail: `redirected to ${pathOf(url)}` };
  return undefined;
}

const hasCaptchaMarker = (a: HttpAnswer): boolean => {
  const b = obj(a.body);
  return a.headers['x-amz-captcha'] !== undefined || b.captchaRequired === true
    || (typeof b.error === 'string' && /captcha/i.test(b.error))
    || (typeof a.body === 'string' && /captcha/i.test(a.body.slice(0, 5000)));
};

/**
 * The session/server part of the classification (shared by every Seller Central call the runner makes);
 * undefined when the answer is about the request itself.
 */
export function classifySession(a: HttpAnswer, now: number = Date.now()): SessionOutcome | undefined {
  if (a.type === 'opaqueredirect') return { kind: 'signed-out', detail: 'redirected (sign-in or verification page)' };
  const redirected = a.status >= 300 && a.status < 400 ? authRedirect(a.headers.location) : undefined;
  if (redirected) return redirected;
  const final = authRedirect(a.url);
  if (final) return final;
  if (a.status === 401) return { kind: 'signed-out', detail: 'HTTP 401' };
  if (a.status === 403 && hasCaptchaMarker(a)) return { kind: 'captcha', detail: 'HTTP 403 captcha' };
  if (a.status === 403 && /csrf/i.test(String(obj(a.body).error ?? ''))) return { kind: 'csrf-invalid', detail: 'HTTP 403 CSRF token rejected' };
  if (a.status === 429) return { kind: 'rate-limited', retryAfterMs: parseRetryAfter(a.headers['retry-after'], now), detail: 'HTTP 429' };
  if (a.status >= 500 && a.status <= 599) {
    return { kind: 'server-error', status: a.status, retryAfterMs: parseRetryAfter(a.headers['retry-after'], now), detail: `HTTP ${a.status}` };
  }
  return undefined;
}

/** Classifies the answer to the check (`method` GET) or the send (POST). */
export function classifySolicitation(method: 'GET' | 'POST', a: HttpAnswer, now: number = Date.now()): SolicitationOutcome {
  const session = classifySession(a, now);
  if (session) return session;
  const parsed = v.safeParse(SolicitationResponseShape, a.body);
  if ((a.status >= 200 && a.status < 300) || a.status === 404) {
    if (!parsed.success) {
      return a.status === 404 ? { kind: 'not-found', detail: 'HTTP 404' } : { kind: 'unknown', detail: `HTTP ${a.status}: unexpected answer` };
    }
    const { isSuccess, ineligibleReason } = parsed.output;
    if (isSuccess && a.status < 300) return method === 'GET' ? { kind: 'eligible' } : { kind: 'sent' };
    const reason = ineligibleReason ?? '';
    if (reason === ALREADY_SENT) return { kind: 'already-sent', detail: reason };
    if (reason === OUTSIDE_WINDOW) return { kind: 'outside-window', detail: reason };
    if (reason === ORDER_NOT_FOUND || a.status === 404) return { kind: 'not-found', detail: reason || 'HTTP 404' };
    if (reason) return { kind: 'ineligible', detail: reason };
    return { kind: 'unknown', detail: `HTTP ${a.status}: isSuccess false without a reason` };
  }
  return { kind: 'unknown', detail: `HTTP ${a.status}` };
}

/** The CSRF token in a Seller Central page's HTML (`<meta name="anti-csrftoken-a2z" content="…">`). */
export function csrfFromHtml(html: string): string | undefined {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\bname\s*=\s*["']anti-csrftoken-a2z["']/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(tag);
    const token = decodeEntities((content?.[1] ?? content?.[2] ?? '').trim());
    if (token) return token;
  }
  return undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'", '#43': '+', '#x2B': '+', '#61': '=', '#x3D': '=', '#47': '/', '#x2F': '/' };
const decodeEntities = (s: string): string => s.replace(/&(#?[a-z0-9]+);/gi, (all, name: string) => ENTITIES[name] ?? ENTITIES[name.toLowerCase()] ?? all);
