/**
 * The open conversation as the thread features see it: found (also inside open shadow roots, also when
 * it renders late), read with the adapter each time the page changes it, and reported when the page
 * does not give what the feature needs. Every feature names the parts of the adapter's read it needs
 * (`needs`, names from `readThreadPage().missing`); a part the adapter says is missing is reported with
 * that name ("thread page not recognised: messageTime"), so the notice says what actually changed.
 *
 * Timing: a conversation that is there but lacks a needed part is reported after a short settle time
 * (the page may still be filling it in); a conversation that never shows, after `waitMs` (8 s, as the
 * inbox), or later while the page still shows its own spinner.
 */
import type { FeatureContext } from '../../page/feature';
import { findReplyArea, readThreadPage, SELECTORS as THREAD, type ThreadPageRead } from '../../../lib/seller-central/thread-page';
import { LAYOUT_NONE, reportPageCheck, type PageCheck } from '../../page/page-check';

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
  onRead: (read: ThreadPageRead, thread: Element) => void;
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

/** What the thread adapter found, for the page check: messages read, its parts, the reply box. Pure but for the reply box lookup. */
export function threadPageCheck(read: Pick<ThreadPageRead, 'recognised' | 'missing' | 'messages'>, replyBoxFound: boolean): PageCheck {
  const missing = new Set(read.missing);
  return {
    layout: read.recognised ? 'legacy' : LAYOUT_NONE,
    items: read.messages.length,
    parts: missing.has('thread')
      ? { conversation: false, replyBox: replyBoxFound }
      : {
        conversation: !missing.has('conversation'), threadId: !missing.has('threadId'),
        times: !missing.has('messageTime'), replyBox: replyBoxFound,
      },
  };
}

export const threadProblem = (lacking: readonly string[]): string => `thread page not recognised: ${lacking.join(', ')}`;

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
  const started = Date.now();
  let current: Element | undefined;
  let observer: MutationObserver | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let scheduled = false;

  const noteCheck = (read: ThreadPageRead): void => {
    if (!signal.aborted) reportPageCheck(THREAD_CHECK_ID, threadPageCheck(read, findReplyArea(doc) !== null));
  };
  const report = (read: ThreadPageRead): void => {
    noteCheck(read);
    const lacking = lackingParts(read, options.needs);
    ctx.reportProblem(threadProblem(lacking.length ? lacking : ['thread']), { missing: read.missing });
  };

  const check = ctx.guard(() => {
    scheduled = false;
    // the conversation left the page (navigation, a re-render): a new one is found anew when it comes
    if (!current?.isConnected) return;
    const read = readThreadPage(doc);
    if (read.loading) return;
    if (lackingParts(read, options.needs).length === 0) {
      clearTimeout(settleTimer);
      settleTimer = undefined;
      noteCheck(read);
      options.onRead(read, current);
      return;
    }
    // the conversation is there but lacks a part: give the page a moment, then say what is missing
    settleTimer ??= setTimeout(ctx.guard(() => {
      settleTimer = undefined;
      if (!current?.isConnected) return;
      const again = readThreadPage(doc);
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

  ctx.observe(THREAD.thread, (el) => {
    if (current === el) return;
    current = el;
    observer?.disconnect();
    observer = new MutationObserver((records) => {
      // our own nodes (a chip, a toggle) are no change of the conversation
      if (!records.every(isOwnMutation)) schedule();
    });
    observer.observe(el, {
      childList: true, subtree: true, attributes: true,
      attributeFilter: [THREAD.attr.threadId, THREAD.attr.status, THREAD.attr.datetime, THREAD.attr.orderId, THREAD.attr.buyerId],
    });
    schedule();
  });

  // no conversation at all: after waitMs, or later while the page still shows its spinner
  const waitMs = options.waitMs ?? THREAD_WAIT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const noThread = ctx.guard(() => {
    if (current) return;
    const read = readThreadPage(doc);
    if (read.loading && Date.now() - started < THREAD_LOADING_MAX_MS) {
      timer = setTimeout(noThread, 1_000);
      return;
    }
    report(read);
  });
  timer = setTimeout(noThread, waitMs);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearTimeout(settleTimer);
    observer?.disconnect();
  }, { once: true });
}
