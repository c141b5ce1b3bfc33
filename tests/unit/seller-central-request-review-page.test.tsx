// @vitest-environment happy-dom
/**
 * The Request a Review page adapter (lib/seller-central/request-review-page.ts) against the replica's rebuilt page
 * (tests/replica/client/pages/reviews.tsx, the markup of the reference notes), rendered with its kat-* elements and
 * the page's own JSON call answered here: "Yes" found and clicked through its shadow root, each answer read back.
 */
import '../replica/client/kat-jsx';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { defineKatElementsLater } from '../replica/client/kat-elements';
import { ReviewsPage } from '../replica/client/pages/reviews';
import { classifyReviewPageText, clickYes, readReviewPage } from '../../lib/seller-central/request-review-page';
import { reviewPageOutcome } from '../../components/background/campaign-seller-central';

const ORDER = '111-2222222-3333333';
const US = 'ATVPDKIKX0DER';
const URL_OF = (orderId: string) => `https://sellercentral.amazon.com/messaging/reviews?orderId=${orderId}&marketplaceId=${US}`;
(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let posts: string[] = [];

async function render(answer: unknown, orderId = ORDER): Promise<void> {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(URL_OF(orderId));
  posts = [];
  globalThis.fetch = (async (url: string, init?: RequestInit) => {
    posts.push(`${init?.method ?? 'GET'} ${url}`);
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
  await act(async () => { root?.render(<ReviewsPage orderId={orderId} marketplaceId={US} />); });
  await defineKatElementsLater(0);
  // happy-dom does not retarget a click in a shadow root to its host for React's root listener (Chromium does: the
  // e2e clicks the same way): a click inside a kat-button's shadow root is shown to React as a click on the host
  for (const kat of document.querySelectorAll('kat-button')) {
    kat.shadowRoot?.addEventListener('click', (e) => { e.stopPropagation(); kat.dispatchEvent(new MouseEvent('click', { bubbles: true })); });
  }
}

async function clickAndRead() {
  const s = readReviewPage(document, ORDER);
  if (s.state !== 'ready') throw new Error(`not ready: ${JSON.stringify(s)}`);
  await act(async () => { clickYes(s.yes); await new Promise((r) => setTimeout(r, 10)); });
  return readReviewPage(document, ORDER);
}

afterEach(() => { act(() => root?.unmount()); root = undefined; });

describe('Request a Review page adapter (replica page)', () => {
  it('"Yes" is found in its container and clicked through its shadow root; the success header reads as sent', async () => {
    await render({ isSuccess: true, ineligibleReason: null });
    expect(document.querySelector('kat-button[label="Yes"]')?.shadowRoot?.querySelector('button')).not.toBeNull();
    const after = await clickAndRead();
    expect(posts).toEqual([`POST /messaging/api/solicitations/${ORDER}/productReviewAndSellerFeedback?marketplaceId=${US}&isReturn=false`]);
    expect(after).toEqual({ state: 'answered', result: 'sent', text: 'A review will be requested for this order.' });
  });

  it.each([
    ['REVIEW_REQUEST_ALREADY_SENT', 'already-sent'],
    ['REVIEW_REQUEST_OUTSIDE_TIME_WINDOW', 'outside-window'],
    ['SOMETHING_NEW', 'ineligible'],
  ] as const)('the error text for %s reads as %s', async (reason, result) => {
    await render({ isSuccess: false, ineligibleReason: reason });
    expect(await clickAndRead()).toMatchObject({ state: 'answered', result });
  });

  it('the page reads the changed JSON shape the extension does not (the replica switch), and the adapter reads the page', async () => {
    await render({ status: 'FAILURE', reasonCode: 'REVIEW_REQUEST_ALREADY_SENT' });
    expect(await clickAndRead()).toMatchObject({ state: 'answered', result: 'already-sent' });
  });

  it('another order, another page, or no button yet are not "ready"', async () => {
    await render({ isSuccess: true, ineligibleReason: null });
    expect(readReviewPage(document, '999-0000000-0000000')).toMatchObject({ state: 'not-this-page' });
    document.querySelector('.ayb-reviews-button-container')?.remove();
    expect(readReviewPage(document, ORDER)).toMatchObject({ state: 'loading', finding: expect.stringMatching(/no "Yes" button/) });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://sellercentral.amazon.com/ap/signin');
    expect(readReviewPage(document, ORDER)).toMatchObject({ state: 'not-this-page', finding: expect.stringMatching(/signin/) });
  });

  it('maps the reference texts, and nothing else', () => {
    expect(classifyReviewPageText('A review will be requested for this order.')).toBe('sent');
    expect(classifyReviewPageText("You've already requested a review for this order.")).toBe('already-sent');
    expect(classifyReviewPageText('…only within the 4-30 day range after delivery')).toBe('outside-window');
    expect(classifyReviewPageText('You can’t use this feature for this order.')).toBe('ineligible');
    expect(classifyReviewPageText('Something went wrong')).toBe('unknown');
  });
});

describe('what the page answer means for the runner', () => {
  it.each([
    [{ ok: true, answer: { result: 'sent' } }, 'sent'],
    [{ ok: true, answer: { result: 'already-sent', detail: 'already requested' } }, 'already-sent'],
    [{ ok: true, answer: { result: 'outside-window' } }, 'outside-window'],
    [{ ok: true, answer: { result: 'ineligible' } }, 'ineligible'],
    // "Yes" was clicked and the page said nothing we know: may have gone out
    [{ ok: true, answer: { result: 'unconfirmed' } }, 'unknown'],
    [{ ok: false, blocked: 'signed-out', detail: '/ap/signin' }, 'signed-out'],
    [{ ok: false, blocked: 'captcha', detail: '/ap/cvf' }, 'captcha'],
    // stopped before "Yes": nothing went out
    [{ ok: false, blocked: 'unrecognised-page', detail: 'no "Yes" button' }, 'unrecognised-page'],
    [{ ok: false, blocked: 'timeout', detail: '60 s' }, 'timeout'],
    [{ ok: false, blocked: 'tab-closed', detail: '' }, 'unknown'],
  ] as const)('%j -> %s', (outcome, kind) => {
    expect(reviewPageOutcome(outcome as Parameters<typeof reviewPageOutcome>[0]).kind).toBe(kind);
  });
});
