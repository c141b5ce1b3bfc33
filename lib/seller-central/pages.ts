/**
 * Which Seller Central page a URL is, with its parameters, and the URLs of the pages we link to.
 * Pure: works on URL strings only. Paths: shared/reference/seller-central-pages.md and the replica contract.
 *
 * Buyer-Seller Messages has two layouts:
 * - `v3` (today's app, evidence M): `/messaging/inbox-v3`, two panes; filters in camelCase `fi`
 *   (`responseNeeded` default, `all`, `sent`, `resolved`, `search` + `ss=<orderId>`, `caseId` + `ss=<caseId>`), the open
 *   case in `cc=<caseId>` (a UUID). Older links reach the same app at `/messaging/inbox?fi=caseId&ss=&cc=`.
 * - `legacy` (historical, M; the replica's table): the list at `/messaging/inbox?fi=RESPONSE_NEEDED&pn=`, one case at the
 *   older case link `/messaging/inbox?fi=caseId&ss=<caseId>&cc=<caseId>` (M: "older links"), shown as the older
 *   conversation markup (thread-page.ts). A page the v3 app shows at that link redirects to `/messaging/inbox-v3`.
 * Case ids are stored lowercase (lib/case-id.ts), whichever layout gave them.
 * `viewKeys` says what a page view is: in the v3 app the list is one view whatever the query (filters, search and
 * paging change it in place), and each open case is a view of its own.
 */
import type { ThreadStatus } from '../model';
import { caseIdOf } from '../case-id';
import { isSellerCentralHost } from './hosts';
import { REQUESTS, requestPath } from './requests';

export type InboxFilter = 'RESPONSE_NEEDED' | 'ALL' | 'NO_RESPONSE_NEEDED';
export const INBOX_FILTERS: readonly InboxFilter[] = ['RESPONSE_NEEDED', 'ALL', 'NO_RESPONSE_NEEDED'];

interface PageBase {
  host: string;
  /** true on a Seller Central host */
  sellerCentral: boolean;
  /** marketplace chosen in the URL (`mons_sel_mkid`), when present */
  selectedMarketplaceId?: string;
}

/** The v3 app's left navigation and its two special views (`fi`, camelCase on the page). */
export type InboxV3View = 'responseNeeded' | 'all' | 'sent' | 'resolved' | 'search' | 'caseId';
export const INBOX_V3_VIEWS: readonly InboxV3View[] = ['responseNeeded', 'all', 'sent', 'resolved', 'search', 'caseId'];
export type MessagingLayout = 'v3' | 'legacy';

export type DetectedPage = PageBase & (
  | { kind: 'inbox'; layout: 'legacy'; filter: InboxFilter; pageNumber: number; pageSize?: number; query?: string }
  /** the v3 app; `caseId` when a case is open in the right pane (then the case features run too) */
  | { kind: 'inbox'; layout: 'v3'; view: InboxV3View; filter: InboxFilter; pageNumber: number; query?: string; caseId?: string }
  /** one case in the legacy layout (`/messaging/inbox?fi=caseId&ss=&cc=`), its case id lowercase */
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
  inboxV3: ['/messaging/inbox-v3', '/messaging/inbox-v3/'],
  inbox: '/messaging/inbox',
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A case id as the v3 app writes it (a UUID; evidence M). */
export const isCaseId = (value: string | undefined): value is string => !!value && UUID.test(value);

/** Filter of the legacy layout that lists the same cases as a v3 view. */
const V3_FILTER: Record<InboxV3View, InboxFilter> = {
  responseNeeded: 'RESPONSE_NEEDED', all: 'ALL', sent: 'ALL', resolved: 'NO_RESPONSE_NEEDED', search: 'ALL', caseId: 'ALL',
};

function detectInboxV3(q: URLSearchParams, known: InboxV3View | undefined): Extract<DetectedPage, { layout: 'v3' }> {
  const view = known ?? 'responseNeeded';
  const ss = param(q, 'ss');
  // the open case: `cc`, else the case a `fi=caseId` view names; only ids of a case's shape count
  const caseId = [param(q, 'cc'), view === 'caseId' ? ss : undefined].find(isCaseId);
  const query = view === 'search' ? ss : undefined;
  return {
    kind: 'inbox', layout: 'v3', view, filter: V3_FILTER[view], pageNumber: 1,
    ...(query ? { query } : {}), ...(caseId ? { caseId: caseId.toLowerCase() } : {}),
  } as Extract<DetectedPage, { layout: 'v3' }>;
}

/**
 * What a page view is, per kind of feature: the list's view (`inbox`) and the conversation's (`thread`).
 * A feature restarts only when its key changes; a kind without a key is not on this page.
 */
export function viewKeys(page: DetectedPage): Partial<Record<PageKind, string>> {
  const where = `${page.host}|${page.selectedMarketplaceId ?? ''}`;
  if (page.kind === 'inbox' && page.layout === 'v3') {
    // one list view for the whole app: its filter, search and paging change the list in place (paging never shows in
    // the URL), so the list's features follow the list's content, not the query
    return { inbox: `${where}|v3`, ...(page.caseId ? { thread: `${where}|case|${page.caseId}` } : {}) };
  }
  if (page.kind === 'inbox') return { inbox: `${where}|legacy|${page.filter}|${page.pageNumber}|${page.pageSize ?? ''}|${page.query ?? ''}` };
  if (page.kind === 'thread') return { thread: `${where}|thread|${page.threadId}` };
  const { kind } = page;
  const detail = 'orderId' in page ? page.orderId : '';
  return { [kind]: `${where}|${kind}|${detail}` };
}

/** The conversation a page shows: the legacy thread page's id, or the case open in the v3 app. */
export const openConversationId = (page: DetectedPage): string | undefined =>
  page.kind === 'thread' ? page.threadId : page.kind === 'inbox' && page.layout === 'v3' ? page.caseId : undefined;

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

  const fiRaw = nonEmpty(q.get('fi'));
  const v3View = INBOX_V3_VIEWS.find((v) => v.toLowerCase() === fiRaw?.toLowerCase().replace(/_/g, ''));
  const legacyPath = is(PATHS.inbox) || path === `${PATHS.inbox}/`;
  if (is(PATHS.inboxV3)) return { ...base, ...detectInboxV3(q, v3View) };
  // the older case link: one case in the legacy layout (the v3 app answers it by moving to /messaging/inbox-v3)
  const legacyCase = legacyPath ? caseIdOf(param(q, 'cc')) ?? (v3View === 'caseId' ? caseIdOf(param(q, 'ss')) : undefined) : undefined;
  if (legacyCase) return { ...base, kind: 'thread', threadId: legacyCase };
  // an older link that names a search reaches the v3 app
  if (legacyPath && (param(q, 'cc') || v3View === 'caseId' || v3View === 'search')) return { ...base, ...detectInboxV3(q, v3View) };
  if (legacyPath) {
    const fi = q.get('fi')?.toUpperCase();
    const filter = INBOX_FILTERS.find((f) => f === fi) ?? 'RESPONSE_NEEDED';
    const pageSize = positiveInt(q.get('ps'));
    const query = nonEmpty(q.get('q'));
    return { ...base, kind: 'inbox', layout: 'legacy', filter, pageNumber: positiveInt(q.get('pn')) ?? 1,
      ...(pageSize ? { pageSize } : {}), ...(query ? { query } : {}) };
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
  // and their sub-paths (`/ap/cvf/request`, `/ap/mfa/verify`: Amazon's verification steps, L)
  const under = (ps: readonly string[]): boolean => ps.some((p) => path === p || path.startsWith(`${p}/`));
  if (under(PATHS.signin)) return { ...base, kind: 'signin' };
  if (under(PATHS.captcha)) return { ...base, kind: 'captcha' };
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
  /** a case in the legacy layout, by the older case link (evidence M) */
  legacyCase: (caseId: string): string => requestPath(REQUESTS.nextLegacyCase, {}, { fi: 'caseId', ss: caseId, cc: caseId }),
  /** a case in the v3 app's right pane (evidence M) */
  inboxV3Case: (caseId: string): string => requestPath(REQUESTS.nextCase, {}, { fi: 'caseId', ss: caseId, cc: caseId }),
  /** the same, in a new tab from the popup, on the thread's marketplace (evidence M) */
  popupCase: (caseId: string, marketplaceId: string): string =>
    requestPath(REQUESTS.popupCase, {}, { fi: 'caseId', ss: caseId, cc: caseId, mons_sel_mkid: marketplaceId }),
  /** the same for a thread known by its order id: the app's search opens the order's case (evidence M) */
  popupSearch: (orderId: string, marketplaceId: string): string =>
    requestPath(REQUESTS.popupSearch, {}, { fi: 'search', ss: orderId, mons_sel_mkid: marketplaceId }),
  /** the v3 app's search by order id; the app opens the order's case when there is one (evidence M) */
  inboxV3Search: (orderId: string): string => requestPath(REQUESTS.nextSearch, {}, { fi: 'search', ss: orderId }),
  /** a view of the v3 app's left navigation (evidence M) */
  inboxV3: (view: Exclude<InboxV3View, 'caseId' | 'search'> = 'responseNeeded'): string => `${PATHS.inboxV3[0]}?fi=${view}`,
  /** the Contact Buyer page (opened in the work tab: REQUESTS.contactPageTab) */
  contact: (orderId: string, marketplaceId: string): string => requestPath(REQUESTS.contactPageTab, {}, { orderID: orderId, marketplaceID: marketplaceId }),
  order: (orderId: string): string => `/orders-v3/order/${encodeURIComponent(orderId)}`,
  /** the Request a Review page (opened in the work tab: REQUESTS.reviewPageTab) */
  reviews: (orderId: string, marketplaceId: string): string => requestPath(REQUESTS.reviewPageTab, {}, { orderId, marketplaceId }),
  feedback: (): string => PATHS.feedback[0],
};

/** The inbox filter under which a thread of this status is listed (besides ALL). */
export const filterForStatus = (status: ThreadStatus): InboxFilter =>
  status === 'response-needed' ? 'RESPONSE_NEEDED' : status === 'no-response-needed' ? 'NO_RESPONSE_NEEDED' : 'ALL';
