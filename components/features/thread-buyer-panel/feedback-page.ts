/**
 * On the Feedback Manager page: the feedback rows the page shows are read (lib/seller-central/feedback-manager.ts)
 * and stored (`feedback/upsert`), each time the list changes (the seller pages, changes the tab). This is how the
 * buyer panel learns of a buyer's feedback besides imported reports: the extension makes no request for it.
 */
import type { FeatureContext } from '../../page/feature';
import { sendRequest } from '../../messaging';
import { readFeedbackManagerPage, SELECTORS } from '../../../lib/seller-central/feedback-manager';
import { readSession } from '../../../lib/seller-central/session';

/** quiet time after the page's last change before the rows are read (a page renders its rows in bursts) */
const SETTLE_MS = 300;

export function readFeedbackPage(ctx: FeatureContext, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const read = ctx.guard(async () => {
    const session = readSession(document);
    const r = readFeedbackManagerPage(document, {
      at: new Date().toISOString(), now: Date.now(), zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      ...(session.marketplaceId ? { marketplaceId: session.marketplaceId } : {}),
    });
    if (r.problems.length) ctx.notify(`feedback rows not read: ${r.problems.slice(0, 3).join('; ')}`);
    const signature = JSON.stringify(r.feedback.map((f) => [f.orderId, f.rating, f.comment, f.date]));
    if (!r.feedback.length || signature === last || signal.aborted) return;
    last = signature;
    await sendRequest({ type: 'feedback/upsert', feedback: r.feedback });
  });
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(read, SETTLE_MS);
  };
  // the rows as they appear (open shadow roots included), then every change of the list
  ctx.observe(SELECTORS.anyRow, schedule);
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
  }, { once: true });
}
