/**
 * The open conversation as the thread features see it: found (also inside open shadow roots, also when
 * it renders late), read with the adapter each time the page changes it, and reported when the page
 * does not give what the feature needs. Every feature names the parts of the adapter's read it needs
 * (`needs`, names from `readThreadPage().missing`); a part the adapter says is missing is reported with
 * that name ("thread page not recognised: messageTime"), so the notice says what actually changed.
 *
 * Both layouts (conversation.ts): the legacy thread page, and the case open in the inbox v3's right pane (the
 * feature restarts with each case; a pane still showing the case before reads as loading, never as the new case).
 *
 * Timing: a conversation that is there but lacks a needed part is reported after a short settle time
 * (the page may still be filling it in); a conversation that never shows, after `waitMs` (8 s, as the
 * inbox), or later while the page still shows its own spinner.
 */
import type { FeatureContext } from '../../page/feature';
import type { ThreadPageRead } from '../../../lib/seller-central/thread-page';
import { LAYOUT_NONE, reportPageCheck, type PageCheck } from '../../page/page-check';
import { problemText } from '../../page/problem-text';
import {
  conversationLayout, conversationWatch, findConversationReplyArea, readConversation, type ConversationLayout, type ConversationRead,
} from './conversation';

/** how long the conversation may take to render before we say the page changed */
export const THREAD_WAIT_MS = 8_000;
/** while the page still shows its spinner, how long we keep waiting in all */
export const THREAD_LOADING_MAX_MS = 20_000;
/** a conversation that showed but lacks a needed part: how long the page may take to fill it in */
export const THREAD_SETTLE_MS = 1_500;

/** Parts of the adapter's read (its `missing` names). */
export type ThreadPart = 'thread' | 'threadId' | 'conversation' | 'messageTime';

export interface WatchThreadOptions {
  /** the parts this feature cannot work without ('thread' is always needed) */
  needs: readonly ThreadPart[];
  /** Every read that has what the feature needs (the first one, then one per change of the conversation). */
  onRead: (read: ConversationRead, thread: Element) => void;
  root?: Document;
  waitMs?: number;
  settleMs?: number;
}

/** The needed parts the read says are missing. Pure. */
export function lackingParts(read: Pick<ThreadPageRead, 'missing'>, needs: readonly ThreadPart[]): string[] {
  const wanted = new Set<string>(['thread', ...needs]);
  return read.missing.filter((m) => wanted.has(m));
}

/** the conversation reader's id in the page check */
export const THREAD_CHECK_ID = 'thread';

/** What the conversation adapter found, for the page check: messages read, its parts, the reply box. Pure. */
export function threadPageCheck(
  read: Pick<ThreadPageRead, 'recognised' | 'missing' | 'messages'>, replyBoxFound: boolean, layout: ConversationLayout = 'legacy',
): PageCheck {
  const missing = new Set(read.missing);
  return {
    layout: read.recognised ? layout : LAYOUT_NONE,
    items: read.messages.length,
    parts: missing.has('thread')
      ? { conversation: false, replyBox: replyBoxFound }
      : {
        conversation: !missing.has('conversation'), threadId: !missing.has('threadId'),
        times: !missing.has('messageTime'), replyBox: replyBoxFound,
      },
  };
}

export const threadProblem = (lacking: readonly string[], layout: ConversationLayout = 'legacy'): string =>
  problemText(layout === 'v3' ? 'case' : 'threadPage', lacking);

const isOurs = (node: Node): boolean =>
  (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('[data-si]') != null;

/** True when a mutation record is only about our own nodes. */
function isOwnMutation(record: MutationRecord): boolean {
  if (isOurs(record.target)) return true;
  if (record.type !== 'childList') return false;
  return [...record.addedNodes, ...record.removedNodes].every((n) => n.nodeType === 1 && (n as Element).hasAttribute('data-si'));
}

export function watchThread(ctx: FeatureContext, signal: AbortSignal, options: WatchThreadOptions): void {
  const doc = options.root ?? document;
  const layout = conversationLayout(ctx.page);
  const watch = conversationWatch(ctx.page);
  const read = (): ConversationRead => readConversation(doc, ctx.page);
  const started = Date.now();
  let current: Element | undefined;
  let observer: MutationObserver | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let scheduled = false;

  const noteCheck = (read: ThreadPageRead): void => {
    if (!signal.aborted) reportPageCheck(THREAD_CHECK_ID, threadPageCheck(read, findConversationReplyArea(doc, ctx.page) !== null, layout));
  };
  const report = (r: ThreadPageRead): void => {
    noteCheck(r);
    const lacking = lackingParts(r, options.needs);
    ctx.reportProblem(threadProblem(lacking.length ? lacking : ['thread'], layout), { missing: r.missing });
  };

  const check = ctx.guard(() => {
    scheduled = false;
    // the conversation left the page (navigation, a re-render): a new one is found anew when it comes
    if (!current?.isConnected) return;
    const now = read();
    if (now.loading) return;
    if (lackingParts(now, options.needs).length === 0) {
      clearTimeout(settleTimer);
      settleTimer = undefined;
      noteCheck(now);
      options.onRead(now, current);
      return;
    }
    // the conversation is there but lacks a part: give the page a moment, then say what is missing
    settleTimer ??= setTimeout(ctx.guard(() => {
      settleTimer = undefined;
      if (!current?.isConnected) return;
      const again = read();
      if (again.loading) return; // the page is loading a conversation again: the observer sees it come
      if (lackingParts(again, options.needs).length > 0) report(again);
      else {
        noteCheck(again);
        options.onRead(again, current);
      }
    }), options.settleMs ?? THREAD_SETTLE_MS);
  });
  const schedule = (): void => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    queueMicrotask(check);
  };

  /** Follows the conversation's element (the page may replace it); true once there is one. */
  const adopt = (el: Element | undefined): boolean => {
    if (!el) return current !== undefined;
    if (current === el) return true;
    current = el;
    observer?.disconnect();
    observer = new MutationObserver((records) => {
      // our own nodes (a chip, a toggle) are no change of the conversation
      if (!records.every(isOwnMutation)) schedule();
    });
    observer.observe(el, {
      childList: true, subtree: true,
      ...(watch.attributes ? { attributes: true, attributeFilter: watch.attributes } : { characterData: true }),
    });
    schedule();
    return true;
  };
  // legacy: the thread element itself; v3: an element that may bring the case (the read finds its pane)
  ctx.observe(watch.thread, (el) => { adopt(layout === 'legacy' ? el : read().root); });
  // v3: the pane is usually there already (another case was open): followed now, not at the observer's next frame, so
  // a case whose messages come in this frame is read in it
  if (layout === 'v3') adopt(read().root);

  // no conversation at all: after waitMs, or later while the page still shows its spinner
  const waitMs = options.waitMs ?? THREAD_WAIT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const noThread = ctx.guard(() => {
    if (current) return;
    const now = read();
    // a case found by structure after all (its messages came after the elements we observe)
    if (layout === 'v3' && !now.loading && adopt(now.root)) return;
    if (now.loading && Date.now() - started < THREAD_LOADING_MAX_MS) {
      timer = setTimeout(noThread, 1_000);
      return;
    }
    report(now);
  });
  timer = setTimeout(noThread, waitMs);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearTimeout(settleTimer);
    observer?.disconnect();
  }, { once: true });
}
