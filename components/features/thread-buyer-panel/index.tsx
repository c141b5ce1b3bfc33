/**
 * Buyer panel (`data-si="buyer-panel"`): under the order panel in the thread dock, the buyer's seller
 * feedback (negatives with the days left in Amazon's 60-day removal window), product reviews, orders
 * and earlier conversations, each saying how it was matched; repeat-buyer and bulk-buyer flags.
 * Data: `buyers/profile` from the background; the Feedback Manager JSON once per session.
 */
import { defineFeature } from '../../page/feature';
import { acquireDock } from '../thread-shared/dock';
import { readThreadContext } from '../thread-shared/context';
import { PANEL_CSS } from '../thread-shared/styles';
import { watchThread } from '../thread-shared/watch-thread';
import { BuyerPanel } from './BuyerPanel';

export default defineFeature({
  id: 'thread-buyer-panel',
  pages: ['thread'],
  init(ctx, signal) {
    let mounted = false;
    // buyer id, name and order ids are all it needs (no thread id: it still works from them)
    watchThread(ctx, signal, {
      needs: [],
      onRead: () => {
        if (mounted) return;
        mounted = true;
        const context = readThreadContext(document);
        void ctx.mountUi({
          name: 'buyer-panel', anchor: acquireDock(signal, 'buyer'), append: 'last', css: PANEL_CSS,
          render: () => <BuyerPanel context={context} signal={signal} />,
        });
      },
    });
  },
});
