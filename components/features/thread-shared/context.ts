/** What the thread features need to know about the open conversation and the session. */
import { readSession } from '../../../lib/seller-central/session';
import { SELECTORS as THREAD } from '../../../lib/seller-central/thread-page';
import { buyerKeyOf } from '../../../lib/buyers';
import { isAmazonNotice } from '../../../lib/notice';
import type { PageInfo } from '../../page/feature';
import { readConversation } from './conversation';

export { THREAD };

export interface ThreadContext {
  threadId?: string;
  accountId?: string;
  marketplaceId?: string;
  buyerName?: string;
  buyerId?: string;
  /** buyer id, else name + marketplace (the relay e-mail comes later, from the order JSON) */
  buyerKey?: string;
  orderIds: string[];
  csrfToken?: string;
  signedIn: boolean;
  /** Amazon's notice (lib/notice.ts): no buyer to answer, so no buyer panel and no Blacklist button */
  isNotice: boolean;
}

/** The open conversation's context, on either layout (conversation.ts). */
export function readThreadContext(doc: Document, page: Pick<PageInfo, 'detected'>): ThreadContext {
  const read = readConversation(doc, page);
  const session = readSession(doc);
  const marketplaceId = read.marketplaceId ?? session.marketplaceId;
  const buyerKey = buyerKeyOf({ buyerId: read.buyerId, name: read.buyerName, marketplaceId });
  return {
    ...(read.threadId ? { threadId: read.threadId } : {}),
    ...(session.merchantId ? { accountId: session.merchantId } : {}),
    ...(marketplaceId ? { marketplaceId } : {}),
    ...(read.buyerName ? { buyerName: read.buyerName } : {}),
    ...(read.buyerId ? { buyerId: read.buyerId } : {}),
    ...(buyerKey ? { buyerKey } : {}),
    orderIds: read.orderIds.filter((id) => /^[\w-]{5,40}$/.test(id)).slice(0, 50),
    ...(session.csrfToken ? { csrfToken: session.csrfToken } : {}),
    signedIn: session.signedIn,
    isNotice: isAmazonNotice({ marked: read.isSystem, sender: read.buyerName }),
  };
}
