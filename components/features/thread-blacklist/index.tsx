/**
 * Blacklist toggle (`data-si="blacklist-toggle"`, `aria-pressed`): next to the buyer's name in the
 * thread header, one click keeps the buyer out of review requests (or lets them back in), with an
 * optional reason and Undo. The state comes from the background (`blacklist/status`), so it survives reloads.
 */
import { queryDeep } from '../../../lib/seller-central/deep-query';
import { defineFeature } from '../../page/feature';
import { readThreadContext, THREAD } from '../thread-shared/context';
import { BlacklistToggle, TOGGLE_CSS } from './BlacklistToggle';

export default defineFeature({
  id: 'thread-blacklist',
  pages: ['thread'],
  init(ctx, signal) {
    let found = false;
    ctx.observe(THREAD.thread, async (el) => {
      if (found || !el.getAttribute(THREAD.attr.threadId)) return;
      const anchor = el.querySelector(THREAD.buyerName) ?? queryDeep(el, THREAD.buyerName);
      if (!anchor) return;
      found = true;
      const context = readThreadContext(document);
      if (!context.buyerName && !context.buyerId && context.orderIds.length === 0) return; // Amazon's own notices: nobody to blacklist
      await ctx.mountUi({
        name: 'blacklist-toggle', anchor, append: 'after', css: TOGGLE_CSS,
        render: () => <BlacklistToggle context={context} signal={signal} />,
      });
    });
  },
});
