/**
 * 'request-review': on the Request a Review page (loaded by the driver for the order), "Yes" clicked once and the
 * page's answer read back (lib/seller-central/request-review-page.ts). Nothing is clicked once the signal aborted.
 * The page offers "Yes" even when a request went out already; Amazon then answers "already requested", so clicking
 * after an unknown outcome cannot send a second request.
 */
import type { PageActionAnswer } from '../../lib/protocol/page-actions';
import { clickYes, readReviewPage, type ReviewPageState } from '../../lib/seller-central/request-review-page';
import { ActionAborted, PageBlocked, type PageAction } from './types';
import { waitFor } from './wait';

/** how long the page's app may take to show "Yes" after the load */
const READY_MS = 20_000;
/** the page's own request and its answer */
const ANSWER_MS = 20_000;

export const requestReview: PageAction<'request-review'> = {
  name: 'request-review',
  async run(doc, args, signal) {
    let last = 'nothing read yet';
    const ready = await waitFor(doc, () => {
      const s = readReviewPage(doc, args.orderId);
      if (s.state === 'ready' || s.state === 'answered') return s;
      last = s.finding;
      return undefined;
    }, READY_MS, signal);
    if (!ready) throw new PageBlocked('unrecognised-page', `Request a Review page: ${last}`);
    if (ready.state === 'answered') return answer(ready);
    if (signal.aborted) throw new ActionAborted();
    clickYes(ready.yes);
    const after = await waitFor(doc, () => {
      const s = readReviewPage(doc, args.orderId);
      return s.state === 'answered' ? s : undefined;
    }, ANSWER_MS, signal);
    if (!after) return { result: 'unconfirmed', detail: `no answer on the page in ${ANSWER_MS / 1000} s after "Yes"` };
    return answer(after);
  },
};

function answer(s: Extract<ReviewPageState, { state: 'answered' }>): PageActionAnswer<'request-review'> {
  return s.result === 'unknown'
    ? { result: 'unconfirmed', detail: `the page said: ${s.text.slice(0, 300)}` }
    : { result: s.result, detail: s.text.slice(0, 300) };
}
