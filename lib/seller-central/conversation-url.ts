/** Where a stored thread's conversation opens, on either layout. Pure. */
import { caseIdOf } from '../case-id';
import { pageUrls, type MessagingLayout } from './pages';

/**
 * Relative URL of a stored thread's conversation; switches the marketplace when it is not the current one. A case is
 * opened by its id: in the v3 app by its case link, in the legacy layout by the older case link (both evidence M). A
 * thread without a case id (a v3 row keyed by its order, or an older record) is opened by the v3 app's order-id
 * search, which the app answers by opening the order's case (evidence M).
 */
export function conversationUrl(
  thread: { threadId: string; orderIds: readonly string[]; marketplaceId: string }, layout: MessagingLayout, currentMarketplaceId: string | undefined,
): string {
  const caseId = caseIdOf(thread.threadId);
  const byOrder = thread.threadId.startsWith('order:') ? thread.threadId.slice('order:'.length) : thread.orderIds[0];
  const id = caseId ?? thread.threadId;
  const url = caseId || !byOrder ? (layout === 'v3' ? pageUrls.inboxV3Case(id) : pageUrls.legacyCase(id)) : pageUrls.inboxV3Search(byOrder);
  return thread.marketplaceId === currentMarketplaceId ? url : `${url}&mons_sel_mkid=${encodeURIComponent(thread.marketplaceId)}`;
}
