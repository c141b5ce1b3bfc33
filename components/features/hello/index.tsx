/**
 * Placeholder feature (to be replaced by the inbox toolbar): on the inbox, a small bar above the
 * thread list saying "Seller Inbox is on". When the thread list does not show up, the page changed
 * under us: report it (the framework pauses the feature and shows the quiet notice).
 */
import { defineFeature } from '../../page/feature';
import { t } from '../../page/i18n';
import { THREAD_LIST_SELECTOR } from './thread-list';

/** how long the inbox may take to render its list before we call it "not found" */
export const HELLO_WAIT_MS = 10_000;

const CSS = `
.bar { display: flex; align-items: center; gap: 6px; margin: 4px 0; padding: 4px 10px; border-radius: 6px;
  background: #ecfdf5; color: #065f46; font: 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.dot { width: 6px; height: 6px; border-radius: 50%; background: #10b981; }
`;

function HelloBar() {
  return (
    <div className="bar" role="status">
      <span className="dot" aria-hidden="true" />
      {t('helloOn', 'Seller Inbox is on')}
    </div>
  );
}

export default defineFeature({
  id: 'hello',
  pages: ['inbox'],
  init(ctx, signal) {
    let found = false;
    ctx.observe(THREAD_LIST_SELECTOR, async (list) => {
      if (found) return;
      found = true;
      await ctx.mountUi({ name: 'hello', anchor: list, append: 'before', css: CSS, render: () => <HelloBar /> });
    });
    const timer = setTimeout(ctx.guard(() => {
      if (!found) ctx.reportProblem('inbox rows not found');
    }), HELLO_WAIT_MS);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  },
});
