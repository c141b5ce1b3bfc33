/**
 * Where a stored thread's conversation opens in the inbox v3, for a reply through the page: by its case id (threads
 * read from the v3 app are keyed by it; a UUID, evidence M) at `?fi=caseId&ss=<id>&cc=<id>`, else by its order id at
 * `?fi=search&ss=<orderId>`, which the app rewrites to the order's case (M). Legacy threads without a case id (a
 * thread id that is not a UUID) go by their order id; a thread with neither cannot be opened.
 */
import { isCaseId, pageUrls } from './pages';

export type ReplyTarget = { path: string; caseId: string } | { path: string; orderId: string };

const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

export function replyTargetOf(thread: { threadId: string; orderIds: readonly string[] }): ReplyTarget | undefined {
  const id: string = thread.threadId;
  if (isCaseId(id as string | undefined)) {
    const caseId = id.toLowerCase();
    return { path: pageUrls.inboxV3Case(caseId), caseId };
  }
  const fromKey = id.startsWith('order:') ? id.slice('order:'.length) : undefined;
  const orderId = [fromKey, ...thread.orderIds].find((id): id is string => !!id && ORDER_ID.test(id));
  return orderId ? { path: pageUrls.inboxV3Search(orderId), orderId } : undefined;
}
