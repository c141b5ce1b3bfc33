/**
 * A panel in the thread dock (order panel, buyer panel): mounted once per page view, as soon as the
 * conversation is read, with the thread's context (order ids, buyer) read from the page at that moment.
 */
import type { ReactNode } from 'react';
import type { FeatureContext } from '../../page/feature';
import { readThreadContext, type ThreadContext } from './context';
import { acquireDock, type DockSlot } from './dock';
import { PANEL_CSS } from './styles';
import { watchThread } from './watch-thread';

export function mountDockPanel(
  ctx: FeatureContext, signal: AbortSignal, name: string, slot: DockSlot, render: (context: ThreadContext) => ReactNode,
): void {
  let mounted = false;
  // the order ids and buyer are all a panel needs (no thread id: it still works from them)
  watchThread(ctx, signal, {
    needs: [],
    onRead: () => {
      if (mounted) return;
      mounted = true;
      const context = readThreadContext(document, ctx.page);
      void ctx.mountUi({ name, anchor: acquireDock(signal, slot, ctx.page), append: 'last', css: PANEL_CSS, render: () => render(context) });
    },
  });
}
