/**
 * The reply box the compose features work on, on either layout (thread-shared/conversation.ts): each textarea that
 * is the reply box's, as it appears (the page re-creates it after a send). On the inbox v3 with a case open, a reply
 * box that does not show within `REPLY_WAIT_MS` is reported with what is missing (never silence).
 */
import type { ReplyArea } from '../../../lib/seller-central/thread-page';
import type { FeatureContext } from '../../page/feature';
import { conversationLayout, conversationWatch, readConversation, replyAreaOfTextarea } from '../thread-shared/conversation';
import { threadProblem, THREAD_LOADING_MAX_MS, THREAD_WAIT_MS } from '../thread-shared/watch-thread';

export const REPLY_WAIT_MS = THREAD_WAIT_MS;

export function watchReplyArea(
  ctx: FeatureContext, signal: AbortSignal, onArea: (area: ReplyArea) => void | Promise<void>, waitMs = REPLY_WAIT_MS,
): void {
  let found = false;
  ctx.observe(conversationWatch(ctx.page).textarea, (el) => {
    const area = replyAreaOfTextarea(el, ctx.page);
    if (!area) return;
    found = true;
    return onArea(area);
  });
  if (conversationLayout(ctx.page) !== 'v3') return;
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = ctx.guard(() => {
    if (found) return;
    const read = readConversation(document, ctx.page);
    if (read.loading && Date.now() - started < THREAD_LOADING_MAX_MS) {
      timer = setTimeout(check, 1_000);
      return;
    }
    ctx.reportProblem(threadProblem(read.root ? ['replyBox'] : read.missing.length ? read.missing : ['thread'], 'v3'), { missing: read.missing });
  });
  timer = setTimeout(check, waitMs);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
