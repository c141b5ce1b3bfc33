/**
 * Buyer panel (`data-si="buyer-panel"`): under the order panel in the thread dock, the buyer's seller
 * feedback (negatives with the days left in Amazon's 60-day removal window), product reviews, orders
 * and earlier conversations, each saying how it was matched; repeat-buyer and bulk-buyer flags.
 * Data: `buyers/profile` from the background; the Feedback Manager JSON once per session.
 */
import { defineFeature } from '../../page/feature';
import { queryDeep } from '../../../lib/seller-central/deep-query';
import { acquireDock } from '../thread-shared/dock';
import { readThreadContext, THREAD } from '../thread-shared/context';
import { PANEL_CSS } from '../thread-shared/styles';
import { BuyerPanel } from './BuyerPanel';

export default defineFeature({
  id: 'thread-buyer-panel',
  pages: ['thread'],
  init(ctx, signal) {
    let found = false;
    ctx.observe(THREAD.thread, async (el) => {
      if (found || !el.getAttribute(THREAD.attr.threadId)) return;
      found = true;
      const context = readThreadContext(document);
      await ctx.mountUi({
        name: 'buyer-panel', anchor: acquireDock(signal, 'buyer', () => queryDeep(document, THREAD.orderPanel)), append: 'last', css: PANEL_CSS,
        render: () => <BuyerPanel context={context} signal={signal} />,
      });
    });
  },
});
