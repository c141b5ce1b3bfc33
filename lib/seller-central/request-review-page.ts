/**
 * Adapter for the Request a Review PAGE (`/messaging/reviews?orderId=&marketplaceId=`; shared/reference/
 * seller-central-pages.md "Request a Review", evidence H): the fallback the campaign runner uses when the
 * solicitations JSON answers in a way solicitations.ts does not read.
 *   app      `#ayb-app` / `#ayb-reviews`
 *   confirm  `.ayb-reviews-button-container kat-button[label="Yes"]` ("是" in the Chinese UI); its real <button>
 *            is in its shadowRoot
 *   success  `#ayb-app kat-alert > span[slot=header]` containing "review will be requested"
 *   error    `.ayb-request-review-error-description`: "already requested a review", "5-30 day range" /
 *            "4-30 day range", "can't use this feature"
 * The page offers "Yes" even when a request went out already: its answer after the click decides. Pure DOM
 * functions over the Document they are given; the texts map to the runner's outcome kinds.
 */
import { detectPage } from './pages';

export const REVIEW_PAGE_SELECTORS = {
  app: '#ayb-app',
  reviews: '#ayb-reviews',
  yes: '.ayb-reviews-button-container kat-button[label="Yes"], .ayb-reviews-button-container kat-button[label="是"]',
  success: '#ayb-app kat-alert > span[slot=header]',
  error: '.ayb-request-review-error-description',
} as const;

/** What the page's answer means, in the runner's outcome kinds. */
export type ReviewPageResult = 'sent' | 'already-sent' | 'outside-window' | 'ineligible' | 'unknown';

const TEXTS: ReadonlyArray<[RegExp, ReviewPageResult]> = [
  [/review will be requested/i, 'sent'],
  [/already requested a review/i, 'already-sent'],
  [/\b[45]\s*-\s*30 day range/i, 'outside-window'],
  [/can(?:'|’|no)t use this feature/i, 'ineligible'],
];

/** The outcome a success header or an error text stands for ('unknown' for a text we do not know). */
export function classifyReviewPageText(text: string): ReviewPageResult {
  const t = text.replace(/\s+/g, ' ').trim();
  return TEXTS.find(([re]) => re.test(t))?.[1] ?? 'unknown';
}

export type ReviewPageState =
  /** another page (sign-in, the order page, anything) */
  | { state: 'not-this-page'; finding: string }
  /** the app has not rendered its button or an answer yet */
  | { state: 'loading'; finding: string }
  /** "Yes" is there to click */
  | { state: 'ready'; yes: Element }
  /** the page answered (after a click): what it said and what that means */
  | { state: 'answered'; result: ReviewPageResult; text: string };

const textOf = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Reads the page as it is now. `orderId`: the order the page must be about. */
export function readReviewPage(doc: Document, orderId: string): ReviewPageState {
  const page = detectPage(doc.URL);
  if (page.kind !== 'reviews') return { state: 'not-this-page', finding: `not the Request a Review page (${page.kind})` };
  if (page.orderId !== orderId) return { state: 'not-this-page', finding: 'the Request a Review page of another order' };
  const app = doc.querySelector(REVIEW_PAGE_SELECTORS.app);
  if (!app) return { state: 'loading', finding: `no ${REVIEW_PAGE_SELECTORS.app}` };
  const success = textOf(doc.querySelector(REVIEW_PAGE_SELECTORS.success));
  if (success) return { state: 'answered', result: classifyReviewPageText(success), text: success };
  const error = textOf(doc.querySelector(REVIEW_PAGE_SELECTORS.error));
  if (error) return { state: 'answered', result: classifyReviewPageText(error), text: error };
  const yes = doc.querySelector(REVIEW_PAGE_SELECTORS.yes);
  if (yes && !isDisabled(yes)) return { state: 'ready', yes };
  return { state: 'loading', finding: yes ? 'the "Yes" button is disabled' : 'no "Yes" button in .ayb-reviews-button-container' };
}

const isDisabled = (el: Element): boolean =>
  el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true'
  || (el.shadowRoot?.querySelector('button')?.hasAttribute('disabled') ?? false);

/** Clicks "Yes": the real <button> in the kat-button's shadow root, else the element itself. */
export function clickYes(yes: Element): void {
  const inner = yes.shadowRoot?.querySelector('button');
  ((inner ?? yes) as HTMLElement).click();
}
