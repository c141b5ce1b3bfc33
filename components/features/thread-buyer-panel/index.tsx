/**
 * Buyer panel (`data-si="buyer-panel"`): under the order panel in the thread dock, the buyer's seller
 * feedback (negatives with the days left in Amazon's 60-day removal window), product reviews, orders
 * and earlier conversations, each saying how it was matched; repeat-buyer and bulk-buyer flags.
 * Data: `buyers/profile` from the background. On the Feedback Manager page the same feature reads the feedback
 * rows the page shows and stores them (feedback-page.ts): no request of its own.
 */
import { defineFeature } from '../../page/feature';
import { mountDockPanel } from '../thread-shared/dock-panel';
import { t } from '../../page/i18n';
import { BuyerPanel } from './BuyerPanel';
import { readFeedbackPage } from './feedback-page';

const NoticeLine = () => (
  <section className="card" aria-label={t('threadBuyerPanelTitle', 'Buyer')} data-state="notice">
    <div className="body small muted" role="note" data-si-notice>{t('threadNoticeNoBuyer', 'Amazon notice: no buyer to answer')}</div>
  </section>
);

export default defineFeature({
  id: 'thread-buyer-panel',
  pages: ['thread', 'feedback'],
  init(ctx, signal) {
    if (ctx.page.kind === 'feedback') {
      readFeedbackPage(ctx, signal);
      return;
    }
    // buyer id, name and order ids are all it needs (no thread id: it still works from them)
    // Amazon's notice: no buyer (its "buyer" would be Amazon, with every notice linked), a short line instead
    mountDockPanel(ctx, signal, 'buyer-panel', 'buyer', (context) => (context.isNotice
      ? <NoticeLine />
      : <BuyerPanel context={context} signal={signal} />));
  },
});
