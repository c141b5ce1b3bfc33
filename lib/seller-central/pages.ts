/**
 * Which Seller Central page a URL is, with its parameters, and the URLs of the pages we link to.
 * Pure: works on URL strings only. Paths: shared/reference/seller-central-pages.md and the replica contract.
 */
import type { ThreadStatus } from '../model';
import { isSellerCentralHost } from './hosts';

export type InboxFilter = 'RESPONSE_NEEDED' | 'ALL' | 'NO_RESPONSE_NEEDED';
export const INBOX_FILTERS: readonly InboxFilter[] = ['RESPONSE_NEEDED', 'ALL', 'NO_RESPONSE_NEEDED'];

interface PageBase {
  host: string;
  /** true on a Seller Central host */
  sellerCentral: boolean;
  /** marketplace chosen in the URL (`mons_sel_mkid`), when present */
  selectedMarketplaceId?: string;
}

export type DetectedPage = PageBase & (
  | { kind: 'inbox'; filter: InboxFilter; pageNumber: number; pageSize?: number; query?: string }
  | { kind: 'thread'; threadId: string }
  | { kind: 'contact'; orderId: string; marketplaceId?: string }
  | { kind: 'order'; orderId: string }
  | { kind: 'reviews'; orderId: string; marketplaceId?: string }
  | { kind: 'feedback' }
  | { kind: 'signin' }
  | { kind: 'captcha' }
  | { kind: 'other' }
);
export type PageKind = DetectedPage['kind'];

/** Pages that mean "a person must sign in or prove they are human": background work must stop. */
export const isSignedOutPage = (page: Pick<DetectedPage, 'kind'>): boolean => page.kind === 'signin' || page.kind === 'captcha';

const PATHS = {
  inbox: '/messaging/inbox',
  thread: '/messaging/thread',
  contact: ['/messaging/contact', '/gp/orders-v2/contact'],
  order: /^\/orders-v3\/order\/([^/?#]+)\/?$/,
  reviews: '/messaging/reviews',
  feedback: ['/feedback-manager/index.html', '/feedback-manager', '/feedback-manager/'],
  signin: ['/ap/signin', '/ap/register'],
  captcha: ['/ap/cvf', '/ap/mfa', '/errors/validateCaptcha'],
} as const;

const positiveInt = (v: string | null): number | undefined => {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n > 0 ? n : undefined;
};
const nonEmpty = (v: string | null): string | undefined => (v && v.trim() ? v.trim() : undefined);

/** Query parameter, case-insensitively by name (Amazon mixes `orderID` and `orderId`). */
function param(q: URLSearchParams, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of q) if (k.toLowerCase() === lower) return nonEmpty(v);
  return undefined;
}

export function detectPage(url: string): DetectedPage {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'other', host: '', sellerCentral: false };
  }
  const q = u.searchParams;
  const selected = nonEmpty(q.get('mons_sel_mkid'));
  const base: PageBase = { host: u.host, sellerCentral: isSellerCentralHost(u.hostname), ...(selected ? { selectedMarketplaceId: selected } : {}) };
  const path = u.pathname;
  const is = (p: string | readonly string[]): boolean => (typeof p === 'string' ? path === p : p.includes(path));

  if (is(PATHS.inbox) || path === `${PATHS.inbox}/`) {
    const fi = q.get('fi')?.toUpperCase();
    const filter = INBOX_FILTERS.find((f) => f === fi) ?? 'RESPONSE_NEEDED';
    const pageSize = positiveInt(q.get('ps'));
    const query = nonEmpty(q.get('q'));
    return { ...base, kind: 'inbox', filter, pageNumber: positiveInt(q.get('pn')) ?? 1,
      ...(pageSize ? { pageSize } : {}), ...(query ? { query } : {}) };
  }
  if (is(PATHS.thread)) {
    const threadId = param(q, 'threadId');
    return threadId ? { ...base, kind: 'thread', threadId } : { ...base, kind: 'other' };
  }
  if (is(PATHS.contact) || is(PATHS.reviews)) {
    const orderId = param(q, 'orderId');
    const marketplaceId = param(q, 'marketplaceId');
    if (!orderId) return { ...base, kind: 'other' };
    return { ...base, kind: is(PATHS.reviews) ? 'reviews' : 'contact', orderId, ...(marketplaceId ? { marketplaceId } : {}) };
  }
  const order = PATHS.order.exec(path);
  if (order?.[1]) return { ...base, kind: 'order', orderId: decodeURIComponent(order[1]) };
  if (is(PATHS.feedback)) return { ...base, kind: 'feedback' };
  if (is(PATHS.signin)) return { ...base, kind: 'signin' };
  if (is(PATHS.captcha)) return { ...base, kind: 'captcha' };
  return { ...base, kind: 'other' };
}

/** Path + query of pages we link to (relative: same host as the current page). */
export const pageUrls = {
  inbox: (opts: { filter?: InboxFilter; pageNumber?: number; pageSize?: number; query?: string } = {}): string => {
    const q = new URLSearchParams({ fi: opts.filter ?? 'RESPONSE_NEEDED', pn: String(opts.pageNumber ?? 1) });
    if (opts.pageSize) q.set('ps', String(opts.pageSize));
    if (opts.query) q.set('q', opts.query);
    return `${PATHS.inbox}?${q.toString()}`;
  },
  thread: (threadId: string): string => `${PATHS.thread}?threadId=${encodeURIComponent(threadId)}`,
  contact: (orderId: string, marketplaceId: string): string =>
    `${PATHS.contact[0]}?orderID=${encodeURIComponent(orderId)}&marketplaceID=${encodeURIComponent(marketplaceId)}`,
  order: (orderId: string): string => `/orders-v3/order/${encodeURIComponent(orderId)}`,
  reviews: (orderId: string, marketplaceId: string): string =>
    `${PATHS.reviews}?orderId=${encodeURIComponent(orderId)}&marketplaceId=${encodeURIComponent(marketplaceId)}`,
  feedback: (): string => PATHS.feedback[0],
};

/** The inbox filter under which a thread of this status is listed (besides ALL). */
export const filterForStatus = (status: ThreadStatus): InboxFilter =>
  status === 'response-needed' ? 'RESPONSE_NEEDED' : status === 'no-response-needed' ? 'NO_RESPONSE_NEEDED' : 'ALL';
