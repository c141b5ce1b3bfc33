/**
 * Order panel (`data-si="order-panel"`): beside the open conversation, in the thread dock, the
 * thread's orders with items, dates in the marketplace's time zone, FBA/FBM, status, returns and
 * refunds, links to the order page and the retail product page, and where each value came from.
 * Data: the page's own order JSON (same-origin fetch) -> `orders/upsert` -> shown from `orders/get`.
 */
import { defineFeature } from '../../page/feature';
import { mountDockPanel } from '../thread-shared/dock-panel';
import { OrderPanel } from './OrderPanel';

export default defineFeature({
  id: 'thread-order-panel',
  pages: ['thread'],
  init(ctx, signal) {
    // the order ids are all it needs (no thread id: it still works from them)
    mountDockPanel(ctx, signal, 'order-panel', 'order', (context) => <OrderPanel context={context} signal={signal} />);
  },
});
