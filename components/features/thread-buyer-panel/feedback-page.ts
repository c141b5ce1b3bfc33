/**
 * On the Feedback Manager page: the feedback rows the page shows are read (lib/seller-central/feedback-manager.ts)
 * and stored (`feedback/upsert`), each time the list changes (the seller pages, changes the tab). This is how the
 * buyer panel learns of a buyer's feedback besides imported reports: the extension makes no request for it.
 * What the reader found goes to the page check ("Feedback list: …"); when, FEEDBACK_WAIT_MS after the page view began,
 * the page shows no feedback list it recognises (no list table, rows without star ratings), the quiet notice says
 * what is missing on this page. An empty list is no problem.
 */
import type { FeatureContext } from '../../page/feature';
import { sendRequest } from '../../messaging';
import { t } from '../../page/i18n';
import { LAYOUT_NONE, reportPageCheck, type PageCheck } from '../../page/page-check';
import { problemText } from '../../page/problem-text';
import { readFeedbackManagerPage, SELECTORS, type FeedbackPageRead } from '../../../lib/seller-central/feedback-manager';
import { readSession } from '../../../lib/seller-central/session';

/** quiet time after the page's last change before the rows are read (a page renders its rows in bursts) */
const SETTLE_MS = 300;
/** how long the page may take to show its list before the notice says it was not found */
export const FEEDBACK_WAIT_MS = 8_000;
/** the Feedback Manager reader's id in the page check */
export const FEEDBACK_CHECK_ID = 'feedback';
/** the page check's layout for "a feedback list the reader knows" */
export const FEEDBACK_LAYOUT = 'recognised';

/** What the reader found, for the page check. Pure. */
export function feedbackPageCheck(r: Pick<FeedbackPageRead, 'recognised' | 'missing' | 'feedback'>): PageCheck {
  const list = !r.missing.includes('feedbackList');
  return {
    layout: r.recognised ? FEEDBACK_LAYOUT : LAYOUT_NONE,
    items: r.feedback.length,
    parts: list ? { feedbackList: true, ratings: !r.missing.includes('ratings') } : { feedbackList: false },
  };
}

export function readFeedbackPage(ctx: FeatureContext, signal: AbortSignal, waitMs = FEEDBACK_WAIT_MS): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const started = Date.now();
  const read = ctx.guard(async () => {
    const session = readSession(document);
    const r = readFeedbackManagerPage(document, {
      at: new Date().toISOString(), now: Date.now(), zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      ...(session.marketplaceId ? { marketplaceId: session.marketplaceId } : {}),
    });
    // judged once the list is there, or when the page had its time and is not loading
    const judged = r.recognised || (!r.loading && Date.now() - started >= waitMs);
    if (judged && !signal.aborted) reportPageCheck(FEEDBACK_CHECK_ID, feedbackPageCheck(r));
    if (judged && !r.recognised) ctx.notify(problemText('feedbackPage', r.missing));
    else if (r.problems.length) ctx.notify(t('problemFeedbackRowsNotRead', '$1 feedback rows could not be read', [String(r.problems.length)]));
    else ctx.notify(null);
    const signature = JSON.stringify(r.feedback.map((f) => [f.orderId, f.rating, f.comment, f.date]));
    if (!r.feedback.length || signature === last || signal.aborted) return;
    last = signature;
    await sendRequest({ type: 'feedback/upsert', feedback: r.feedback });
  });
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(read, SETTLE_MS);
  };
  // the rows as they appear (open shadow roots included), then every change of the list; and once the wait is over
  ctx.observe(SELECTORS.anyRow, schedule);
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
  const waited = setTimeout(read, waitMs);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearTimeout(waited);
    observer.disconnect();
  }, { once: true });
}
