/**
 * Every request the extension makes to Seller Central, in one list: JSON calls and pages fetched by the
 * background, calls the page UI makes from a Seller Central page, pages opened in tabs and navigations. Here its
 * method, path and query; what each is for, who calls it and how sure we are that it exists on the real site are in
 * request-notes.ts (kept apart: adapters of the page UI's start part build paths on every Seller Central page and
 * need none of that text). Adapters build their paths through `requestPath(REQUESTS.<id>, …)`; the README's table
 * is `requestsTable()` (request-notes.ts); tests/unit/seller-central-requests.test.ts fails when a path appears in
 * the extension's code without an entry here. Pure.
 */

export type RequestMethod = 'GET' | 'POST' | 'TAB' | 'NAVIGATE';

export interface RequestPathEntry {
  /** GET/POST: a fetch; TAB: a page the extension opens in a tab; NAVIGATE: a page the page UI moves the seller's tab to */
  method: RequestMethod;
  /** the path, `{name}` for a value */
  path: string;
  /** query parameter names, in the order the adapter writes them */
  query?: readonly string[];
}

export const REQUESTS = {
  solicitationCheck: { method: 'GET', path: '/messaging/api/solicitations/{orderId}/productReviewAndSellerFeedback', query: ['marketplaceId', 'isReturn'] },
  solicitationSend: { method: 'POST', path: '/messaging/api/solicitations/{orderId}/productReviewAndSellerFeedback', query: ['marketplaceId', 'isReturn'] },
  reviewPageToken: { method: 'GET', path: '/messaging/reviews', query: ['orderId', 'marketplaceId'] },
  contactPageTab: { method: 'TAB', path: '/messaging/contact', query: ['orderID', 'marketplaceID'] },
  reviewPageTab: { method: 'TAB', path: '/messaging/reviews', query: ['orderId', 'marketplaceId'] },
  order: { method: 'GET', path: '/orders-api/order/{orderId}' },
  refundStatus: { method: 'GET', path: '/orders-api/refund-status', query: ['orderId'] },
  replyCaseTab: { method: 'TAB', path: '/messaging/inbox-v3', query: ['fi', 'ss', 'cc'] },
  replySearchTab: { method: 'TAB', path: '/messaging/inbox-v3', query: ['fi', 'ss'] },
  nextCase: { method: 'NAVIGATE', path: '/messaging/inbox-v3', query: ['fi', 'ss', 'cc', 'mons_sel_mkid'] },
  nextSearch: { method: 'NAVIGATE', path: '/messaging/inbox-v3', query: ['fi', 'ss', 'mons_sel_mkid'] },
  nextLegacyCase: { method: 'NAVIGATE', path: '/messaging/inbox', query: ['fi', 'ss', 'cc', 'mons_sel_mkid'] },
  popupCase: { method: 'TAB', path: '/messaging/inbox-v3', query: ['fi', 'ss', 'cc', 'mons_sel_mkid'] },
  popupSearch: { method: 'TAB', path: '/messaging/inbox-v3', query: ['fi', 'ss', 'mons_sel_mkid'] },
} as const satisfies Record<string, RequestPathEntry>;

export type RequestId = keyof typeof REQUESTS;

const PLACEHOLDER = /\{[A-Za-z]+\}/g;
const escape = (s: string): string => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
const encode = (value: string): string => encodeURIComponent(value).replace(/%2C/gi, ',');

/** Path + query of a request, values encoded, query parameters in the entry's order (absent ones left out). */
export function requestPath(entry: RequestPathEntry, params: Readonly<Record<string, string>> = {}, query: Readonly<Record<string, string | number | undefined>> = {}): string {
  const path = entry.path.replace(PLACEHOLDER, (m) => {
    const value = params[m.slice(1, -1)];
    if (value === undefined) throw new Error(`requests.ts: ${entry.path} needs "${m.slice(1, -1)}"`);
    return encodeURIComponent(value);
  });
  for (const name of Object.keys(query)) {
    if (!entry.query?.includes(name)) throw new Error(`requests.ts: ${entry.path} has no query parameter "${name}"`);
  }
  const q = (entry.query ?? []).flatMap((name) => (query[name] === undefined ? [] : [`${name}=${encode(String(query[name]))}`]));
  return q.length ? `${path}?${q.join('&')}` : path;
}

/** Does a URL path (no query) fit an entry's path? `{name}` stands for one path segment. */
export const pathFits = (entry: Pick<RequestPathEntry, 'path'>, pathname: string): boolean =>
  new RegExp(`^${escape(entry.path).replace(PLACEHOLDER, '[^/]+')}$`).test(pathname);
