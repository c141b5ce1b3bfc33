/**
 * Order panel (`data-si="order-panel"`): beside the open conversation, in the thread dock, the
 * thread's orders with items, dates in the marketplace's time zone, FBA/FBM, status, returns and
 * refunds, links to the order page and the retail product page, and where each value came from.
 * Data: the page's own order JSON (same-origin fetch) -> `orders/upsert` -> shown from `orders/get`.
 */
import { defineFeature } from '../../page/feature';
import { queryDeep } from '../../../lib/seller-central/deep-query';
import { acquireDock } from '../thread-shared/dock';
import { readThreadContext, THREAD } from '../thread-shared/context';
import { PANEL_CSS } from '../thread-shared/styles';
import { OrderPanel } from './OrderPanel';

/** how long the conversation may take to render before we say the page changed */
export const THREAD_WAIT_MS = 15_000;

export default defineFeature({
  id: 'thread-order-panel',
  pages: ['thread'],
  init(ctx, signal) {
    let found = false;
    ctx.observe(THREAD.thread, async (el) => {
      if (found || !el.getAttribute(THREAD.attr.threadId)) return;
      found = true;
      const context = readThreadContext(document);
      await ctx.mountUi({
        name: 'order-panel', anchor: acquireDock(signal, 'order', () => queryDeep(document, THREAD.orderPanel)), append: 'last', css: PANEL_CSS,
        render: () => <OrderPanel context={context} signal={signal} />,
      });
    });
    const timer = setTimeout(ctx.guard(() => {
      if (!found) ctx.reportProblem('conversation not found');
    }), THREAD_WAIT_MS);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  },
});
