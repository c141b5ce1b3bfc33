/**
 * Order panel (`data-si="order-panel"`): beside the open conversation, in the thread dock, the
 * thread's orders with items, dates in the marketplace's time zone, FBA/FBM, status, returns and
 * refunds, links to the order page and the retail product page, and where each value came from.
 * Data: the page's own order JSON (same-origin fetch) -> `orders/upsert` -> shown from `orders/get`.
 */
import { defineFeature } from '../../page/feature';
import { acquireDock } from '../thread-shared/dock';
import { readThreadContext } from '../thread-shared/context';
import { PANEL_CSS } from '../thread-shared/styles';
import { watchThread } from '../thread-shared/watch-thread';
import { OrderPanel } from './OrderPanel';

export default defineFeature({
  id: 'thread-order-panel',
  pages: ['thread'],
  init(ctx, signal) {
    let mounted = false;
    // the order ids are all it needs (no thread id: it still works from them)
    watchThread(ctx, signal, {
      needs: [],
      onRead: () => {
        if (mounted) return;
        mounted = true;
        const context = readThreadContext(document);
        void ctx.mountUi({
          name: 'order-panel', anchor: acquireDock(signal, 'order'), append: 'last', css: PANEL_CSS,
          render: () => <OrderPanel context={context} signal={signal} />,
        });
      },
    });
  },
});
