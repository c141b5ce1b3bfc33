/**
 * Is the case the page driver asked for open in the inbox v3, with its conversation read (and its reply box)?
 * One look at the document, for the work tab's actions (components/page-actions/open-case.ts waits on it).
 *
 * Evidence: a case opens in the right pane of `/messaging/inbox-v3?fi=caseId&ss=<id>&cc=<id>`; a search by order id
 * `?fi=search&ss=<orderId>` rewrites the URL to carry `cc=<caseId>` when a case exists (M). The pane's reading is
 * case-view.ts (replica names, then structure); the reply box case-view-reply.ts. "No case for this order": the list
 * says so (`.case-list-empty`, replica only) while the URL names no case.
 * Pure over the document and the URL it is given.
 */
import { readCaseView, type CaseViewRead } from './case-view';
import { findCaseReplyArea } from './case-view-reply';
import { queryDeep } from './deep-query';
import { detectPage } from './pages';
import type { ReplyArea } from './thread-page';

export const CASE_TARGET_SELECTORS = {
  /** the list's "There are no messages in this view." (replica only) */
  emptyList: '.case-list-empty',
} as const;

export interface CaseTarget { caseId?: string; orderId?: string }

export type CaseTargetLook =
  | { state: 'ready'; caseId: string; read: CaseViewRead; reply: ReplyArea | null }
  /** not (yet) there: what is missing, for the page check's finding if it stays so */
  | { state: 'waiting'; finding: string }
  /** the search by order id found no case */
  | { state: 'no-case'; finding: string };

export function lookForCase(doc: Document, target: CaseTarget, now: number, zone: string, needReply: boolean): CaseTargetLook {
  const page = detectPage(doc.URL);
  if (page.kind !== 'inbox' || page.layout !== 'v3') {
    const layout = page.kind === 'inbox' ? `${page.layout} inbox` : `${page.kind} page`;
    return { state: 'waiting', finding: `not the messaging inbox v3 (a ${layout}: ${new URL(doc.URL).pathname})` };
  }
  const caseId = (target.caseId ?? page.caseId)?.toLowerCase();
  if (!caseId) {
    if (target.orderId && page.view === 'search' && queryDeep(doc, CASE_TARGET_SELECTORS.emptyList)) {
      return { state: 'no-case', finding: `no case for order ${target.orderId}` };
    }
    return { state: 'waiting', finding: target.orderId ? `the search for order ${target.orderId} opened no case` : 'no case named' };
  }
  if (page.caseId && page.caseId !== caseId) return { state: 'waiting', finding: `another case is open (${page.caseId})` };
  const read = readCaseView(doc, { caseId, now, zone });
  const reply = findCaseReplyArea(doc);
  const missing = [...read.missing];
  if (read.loading) missing.push('(loading)');
  if (read.messages.length === 0) missing.push('messages');
  // a case the app opened for the search by this very order is about it, also when its header shows another of its
  // orders (a case about several orders shows one; the search covers order ids only, M): read it. A reply still goes
  // only into a case that shows the order.
  const openedBySearch = !needReply && !target.caseId && page.view === 'search' && page.query === target.orderId;
  if (target.orderId && !openedBySearch && read.orderIds.length > 0 && !read.orderIds.includes(target.orderId)) {
    return { state: 'waiting', finding: `the open case is about order ${read.orderIds.join(', ')}, not ${target.orderId}` };
  }
  if (needReply && (!reply || !reply.sendButton)) missing.push(reply ? 'reply box: Send' : 'reply box');
  if (!read.recognised || missing.length > 0) return { state: 'waiting', finding: `case ${caseId}: not found: ${missing.join(', ')} (layout ${read.layout})` };
  return { state: 'ready', caseId, read, reply };
}
