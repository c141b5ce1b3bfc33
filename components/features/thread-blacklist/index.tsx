/**
 * Blacklist toggle (`data-si="blacklist-toggle"`, `aria-pressed`): next to the buyer's name in the
 * thread header, one click keeps the buyer out of review requests (or lets them back in), with an
 * optional reason and Undo. The state comes from the background (`blacklist/status`), so it survives reloads.
 */
import { defineFeature } from '../../page/feature';
import { readThreadContext } from '../thread-shared/context';
import { watchThread } from '../thread-shared/watch-thread';
import { BlacklistToggle, TOGGLE_CSS } from './BlacklistToggle';

export default defineFeature({
  id: 'thread-blacklist',
  pages: ['thread'],
  init(ctx, signal) {
    let found = false;
    // the buyer's id, name or order ids are all it needs (no thread id: it still works from them)
    watchThread(ctx, signal, {
      needs: [],
      onRead: (read) => {
        if (found) return;
        // next to the buyer's name (the thread head's, or the v3 case header's)
        const anchor = read.anchors.buyer;
        if (!anchor) return;
        found = true;
        const context = readThreadContext(document, ctx.page);
        // Amazon's own notices: nobody to blacklist
        if (context.isNotice || (!context.buyerName && !context.buyerId && context.orderIds.length === 0)) return;
        void ctx.mountUi({
          name: 'blacklist-toggle', anchor, append: 'after', css: TOGGLE_CSS,
          render: () => <BlacklistToggle context={context} signal={signal} />,
        });
      },
    });
  },
});
