/**
 * The open conversation, whichever layout shows it: the legacy case view (the older case link
 * `/messaging/inbox?fi=caseId&ss=&cc=`, thread-page.ts) or
 * the case open in the inbox v3's right pane (case-view.ts). The conversation features ask here, not the adapters,
 * so each of them works on both layouts with the same code: the read (the thread page's shape), the reply box, the
 * layout our side column keeps clear of, the elements they anchor to, and what to observe.
 */
import { findCaseLayout, findCaseReplyArea, readCaseView } from '../../../lib/seller-central/case-view';
import { queryDeep } from '../../../lib/seller-central/deep-query';
import {
  findReplyArea, findThreadLayout, readThreadPage, SELECTORS as THREAD, type ReplyArea, type ThreadLayout, type ThreadPageRead,
} from '../../../lib/seller-central/thread-page';
import type { PageInfo } from '../../page/feature';
import { openCaseId } from './open-case';

export type ConversationLayout = 'legacy' | 'v3';

export interface ConversationRead extends ThreadPageRead {
  layout: ConversationLayout;
  /** where our UI goes: next to the buyer's name (blacklist toggle), next to the subject (category chip) */
  anchors: { buyer?: Element; subject?: Element };
  /** the conversation's element (the thread, or the case's pane) */
  root?: Element;
}

type PageLike = Pick<PageInfo, 'detected'>;

export { openCaseId, showsConversation } from './open-case';

export const conversationLayout = (page: PageLike): ConversationLayout => (openCaseId(page) ? 'v3' : 'legacy');


/** The zone the page writes its times in: the browser's. */
export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function readConversation(doc: Document, page: PageLike, now = Date.now()): ConversationRead {
  const caseId = openCaseId(page);
  if (caseId) {
    const { layout: _layout, parts, ...read } = readCaseView(doc, { caseId, now, zone: browserZone() });
    return {
      ...read, layout: 'v3', ...(parts.pane ? { root: parts.pane } : {}),
      anchors: { ...(parts.buyer ? { buyer: parts.buyer } : {}), ...(parts.subject ?? parts.buyer ? { subject: parts.subject ?? parts.buyer } : {}) },
    };
  }
  const read = readThreadPage(doc);
  const thread = queryDeep(doc, THREAD.thread);
  const buyer = thread ? thread.querySelector(THREAD.buyerName) ?? queryDeep(thread, THREAD.buyerName) : null;
  const subject = thread?.querySelector(THREAD.subject) ?? null;
  return {
    ...read, layout: 'legacy', ...(thread ? { root: thread } : {}),
    anchors: { ...(buyer ? { buyer } : {}), ...(subject ? { subject } : {}) },
  };
}

export function findConversationReplyArea(root: ParentNode, page: PageLike): ReplyArea | null {
  return openCaseId(page) ? findCaseReplyArea(root) : findReplyArea(root);
}

/** The reply area around one textarea the page shows (null when the textarea is not the reply box's). */
export function replyAreaOfTextarea(textarea: Element, page: PageLike): ReplyArea | null {
  let area: ReplyArea | null;
  if (openCaseId(page)) area = findCaseReplyArea(textarea.ownerDocument);
  else {
    const root = textarea.getRootNode() as Node & { host?: Element };
    const host = root.host ?? null;
    area = (host?.parentNode ? findReplyArea(host.parentNode) : null) ?? findReplyArea(textarea.ownerDocument);
  }
  return area?.textarea === textarea ? area : null;
}

export function findConversationLayout(doc: Document, page: PageLike): ThreadLayout {
  if (!openCaseId(page)) return findThreadLayout(doc);
  // where the pane is, whichever case it shows
  const read = readCaseView(doc, { now: Date.now(), zone: browserZone() });
  return findCaseLayout(doc, read.parts);
}

/** What to observe for the conversation: an element that may be (or bring) it, and the reply box's textarea. */
export interface ConversationWatch {
  /** matches the conversation's element, or an element whose arrival may bring it (the read says which) */
  thread: string;
  textarea: string;
  /** attributes whose change is a change of the conversation */
  attributes?: string[];
}

export function conversationWatch(page: PageLike): ConversationWatch {
  if (openCaseId(page)) {
    // class names are the replica's only: any textarea arriving (also in a shadow root) may bring the case by structure
    return { thread: '.case-detail-pane, .case-messages, textarea', textarea: 'textarea' };
  }
  return {
    thread: THREAD.thread, textarea: THREAD.textarea,
    attributes: [THREAD.attr.threadId, THREAD.attr.status, THREAD.attr.datetime, THREAD.attr.orderId, THREAD.attr.buyerId],
  };
}
