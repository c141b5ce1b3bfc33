/**
 * What each request of the list (requests.ts) is for: the adapter in lib/seller-central/ that builds it, the files
 * that make it, and how sure we are that it exists on the real site (evidence levels and sections of
 * shared/reference/seller-central-pages.md; "replica only": no public trace, the replica decided it). Read by the
 * README's table (`requestsTable()`, tests/tools/requests-table.ts), the tests and the replica's request audit, not
 * by the extension. Pure.
 */
import { REQUESTS, pathFits, type RequestId, type RequestMethod, type RequestPathEntry } from './requests';

export type { RequestId, RequestMethod } from './requests';

export type EvidenceLevel = 'H' | 'M-H' | 'M' | 'L' | 'replica only';
export interface Evidence { level: EvidenceLevel; section?: string }

export type RequestFrom = 'background' | 'page UI' | 'popup';

export interface RequestNote {
  /** the adapter in lib/seller-central/ that builds it */
  adapter: string;
  /** the files that make the request */
  callers: readonly string[];
  from: RequestFrom;
  what: string;
  evidence: Evidence;
  /** a call only the replica knows, and the branch of issue 15 that takes it out */
  removing?: string;
}

export type RequestEntry = RequestPathEntry & RequestNote;

const REF = 'seller-central-pages.md';
const RUNNER = 'components/background/campaign-seller-central.ts';
const LIVE = 'components/features/thread-shared/fetch-live.ts';

export const REQUEST_NOTES: Readonly<Record<RequestId, RequestNote>> = {
  solicitationCheck: {
    adapter: 'lib/seller-central/solicitations.ts', callers: [RUNNER], from: 'background',
    what: 'may this order be asked for a review; settles a request whose outcome is unknown',
    evidence: { level: 'H', section: 'Request a Review' },
  },
  solicitationSend: {
    adapter: 'lib/seller-central/solicitations.ts', callers: [RUNNER], from: 'background',
    what: "Amazon's review request (campaigns)",
    evidence: { level: 'H', section: 'Request a Review' },
  },
  reviewPageToken: {
    adapter: 'lib/seller-central/solicitations.ts', callers: [RUNNER], from: 'background',
    what: "the Request a Review page's HTML, for the CSRF token a send needs",
    evidence: { level: 'H', section: 'Request a Review; Look and structure (CSRF)' },
  },
  contactPageTab: {
    adapter: 'lib/seller-central/pages.ts', callers: ['components/background/contact-on-page.ts', 'components/background/work-tab.ts'], from: 'background',
    what: "campaigns' review-request messages through Amazon's Contact Buyer page (reason, text, the template's file, Send), in the work tab",
    evidence: { level: 'H', section: 'Contact a buyer about an order' },
  },
  reviewPageTab: {
    adapter: 'lib/seller-central/request-review-page.ts', callers: [RUNNER, 'components/background/work-tab.ts'], from: 'background',
    what: "Request a Review through Amazon's own page (\"Yes\"), in the work tab: when the JSON answers in a way we do not read",
    evidence: { level: 'H', section: 'Request a Review' },
  },
  order: {
    adapter: 'lib/seller-central/orders-api.ts', callers: [LIVE], from: 'page UI',
    what: "an open conversation's orders (order panel)",
    evidence: { level: 'H', section: 'Orders' },
  },
  refundStatus: {
    adapter: 'lib/seller-central/refund-status.ts', callers: [LIVE], from: 'page UI',
    what: "the refund state of an open conversation's orders",
    evidence: { level: 'M', section: 'Orders' },
  },
  replyCaseTab: {
    adapter: 'lib/seller-central/reply-target.ts', callers: ['components/background/holiday-page-port.ts', 'components/background/contact-on-page.ts', 'components/background/work-tab.ts'], from: 'background',
    what: "holiday auto-reply through the case's own reply box (work tab), and reading a case back (replies, campaign messages)",
    evidence: { level: 'M', section: 'Buyer-Seller Messages' },
  },
  replySearchTab: {
    adapter: 'lib/seller-central/reply-target.ts', callers: ['components/background/holiday-page-port.ts', 'components/background/contact-on-page.ts', 'components/background/work-tab.ts'], from: 'background',
    what: "the same, for a thread known by its order id (the app opens the order's case)",
    evidence: { level: 'M', section: 'Buyer-Seller Messages' },
  },
  nextCase: {
    adapter: 'lib/seller-central/pages.ts', callers: ['components/features/inbox-next/index.tsx'], from: 'page UI',
    what: 'Next: the next case by its id (when the list cannot select it in-app)',
    evidence: { level: 'M', section: 'Buyer-Seller Messages' },
  },
  nextSearch: {
    adapter: 'lib/seller-central/pages.ts', callers: ['components/features/inbox-next/index.tsx'], from: 'page UI',
    what: "Next: the next case by its order id (the app's search)",
    evidence: { level: 'M', section: 'Buyer-Seller Messages' },
  },
  nextLegacyCase: {
    adapter: 'lib/seller-central/pages.ts', callers: ['components/features/inbox-next/index.tsx'], from: 'page UI',
    what: 'Next in the older table layout: the next case by its id (the older case link)',
    evidence: { level: 'M', section: 'Buyer-Seller Messages (older links)' },
  },
  popupCase: {
    adapter: 'lib/seller-central/pages.ts', callers: ['components/popup/UrgentList.tsx', 'components/popup/summary.ts'], from: 'popup',
    what: "the popup's most urgent threads: the case in a new tab",
    evidence: { level: 'M', section: 'Buyer-Seller Messages' },
  },
  popupSearch: {
    adapter: 'lib/seller-central/pages.ts', callers: ['components/popup/UrgentList.tsx', 'components/popup/summary.ts'], from: 'popup',
    what: "the same, for a thread known by its order id (the app opens the order's case)",
    evidence: { level: 'M', section: 'Buyer-Seller Messages' },
  },
};

export const REQUEST_LIST: ReadonlyArray<RequestEntry & { id: RequestId }> =
  (Object.keys(REQUESTS) as RequestId[]).map((id) => ({ id, ...REQUESTS[id], ...REQUEST_NOTES[id] }));

/**
 * Paths the extension's code names without requesting them: pages it recognises in a URL (lib/seller-central/
 * pages.ts), redirect targets that mean "signed out", and the extension's own files. The request-list test
 * accepts a path literal only when it is a request above or one of these.
 */
export const NOT_REQUESTED: Readonly<Record<string, string>> = {
  '/messaging/inbox': 'recognised: the older inbox layout', '/messaging/inbox-v3/': 'recognised: the inbox v3',
  '/messaging/contact': 'recognised: the Contact Buyer page', '/gp/orders-v2/contact': 'recognised: the older Contact Buyer path',
  '/feedback-manager': 'recognised: the Feedback Manager', '/feedback-manager/': 'recognised: the Feedback Manager',
  '/feedback-manager/index.html': 'recognised: the Feedback Manager', '/ap/signin': 'recognised: signed out',
  '/ap/register': 'recognised: signed out', '/ap/cvf': 'recognised: verification', '/ap/mfa': 'recognised: verification',
  '/errors/validateCaptcha': 'recognised: captcha', '/orders-v3/order/{}': 'a link the seller clicks (the order page)',
  '/welcome.html': "the extension's own page", '/options.html': "the extension's own page",
  '/content-scripts/seller-central.js': "the extension's own file", '/content-scripts/page-actions.js': "the extension's own file",
  '/content-scripts/{}.css': "the extension's own file (the page UI's stylesheet, components/page/ui-css.ts)",
  '/page-ui-on-demand.js': "the extension's own file (the page UI's on-demand part, components/page/on-demand/)",
};

/** The entries a request fits: fetches by method, pages opened in tabs as TAB, page loads by the page UI as NAVIGATE. */
export const entriesFor = (method: RequestMethod, pathname: string): Array<RequestEntry & { id: RequestId }> =>
  REQUEST_LIST.filter((e) => e.method === method && pathFits(e, pathname));

const evidenceText = (e: Evidence): string => (e.section ? `${e.level} (${e.level === 'replica only' ? '' : `${REF}, `}${e.section})` : e.level);

/** The README table (between `<!-- requests:start -->` and `<!-- requests:end -->`). */
export function requestsTable(): string {
  const rows = REQUEST_LIST.map((e) => {
    const path = `\`${e.path}${e.query?.length ? `?${e.query.map((q) => `${q}=`).join('&')}` : ''}\``;
    const evidence = evidenceText(e.evidence) + (e.removing ? ` — being removed (${e.removing})` : '');
    return `| ${e.method} | ${path} | ${e.what} | ${e.from} | \`${e.adapter.replace('lib/seller-central/', '')}\` | ${evidence} |`;
  });
  return ['| method | path | what for | from | adapter | evidence |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
