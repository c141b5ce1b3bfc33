/**
 * On a conversation page: store what the page says about the thread (status, category), so that answering it or marking it "no response needed" here updates the
 * background's counts and the Next order at once, without a visit to the inbox. On the inbox v3 (a case open in the
 * right pane) the case's exact oldest unanswered time is stored too (the list only knows the newest message's) and
 * handed to the list's badges (`onCase`); the background also refines the list's `order:<orderId>` record with it.
 */
import type { FeatureContext } from '../../page/feature';
import { readSession } from '../../../lib/seller-central/session';
import type { OpenCaseTimes } from '../../../lib/seller-central/case-list-rows';
import type { ThreadInput } from '../../../lib/protocol/messages';
import { isAmazonNotice } from '../../../lib/notice';
import { requestOf, threadClassSource, type RowClass } from '../inbox-shared/row-model';
import { classify, knownClass } from '../inbox-shared/classes';
import type { ThreadPageRead } from '../../../lib/seller-central/thread-page';
import type { ConversationLayout } from '../thread-shared/conversation';
import { watchThreadOnDemand as watchThread } from '../../page/on-demand/load';
import { sendWhenLeft, ThreadSync } from './store-threads';

export function threadInputOfPage(read: ThreadPageRead & { layout?: ConversationLayout }, cls: RowClass | undefined): ThreadInput | undefined {
  if (!read.recognised || !read.threadId || !read.status) return undefined;
  const input: ThreadInput = {
    threadId: read.threadId.slice(0, 200),
    buyerName: (read.buyerName ?? '').slice(0, 200),
    orderIds: read.orderIds.slice(0, 50),
    status: read.status,
    // Amazon's notice (lib/notice.ts): the page's read, or the classifier's; Amazon may list it as "response
    // needed", it still has no buyer to answer (the background also reads the sender and text)
    isSystem: isAmazonNotice({ marked: read.isSystem, sender: read.buyerName, textSaysNotice: cls?.system }),
  };
  if (cls) {
    input.category = cls.category;
    input.categoryConfidence = cls.confidence;
    const request = requestOf(read, cls);
    if (request && !cls.system) input.request = request;
  }
  if (read.buyerId) input.buyerId = read.buyerId.slice(0, 200);
  if (read.subject) input.subject = read.subject.slice(0, 1000);
  // oldestUnansweredAt stays the inbox's: the inbox list is what Amazon counts from (it may count an
  // Amazon message after the seller's last one, the conversation adapter only buyer messages); once
  // the thread no longer awaits an answer, the background clears it. The v3 list only knows the newest message's
  // time: there the case's own read is the better one.
  if (read.layout === 'v3' && read.status === 'response-needed' && read.oldestUnansweredAt && !input.isSystem) {
    input.oldestUnansweredAt = read.oldestUnansweredAt;
  }
  if (read.lastMessageAt) input.lastMessageAt = read.lastMessageAt;
  return input;
}

export function syncThreadPage(ctx: FeatureContext, signal: AbortSignal, onCase?: (open: OpenCaseTimes) => void): void {
  const sync = new ThreadSync((error) => console.warn('[seller-inbox:inbox-deadlines] could not store the thread:', error));
  signal.addEventListener('abort', () => sync.stop(), { once: true });
  sendWhenLeft(sync, signal);
  // the thread's id, its messages and their times: without them nothing is stored (the notice says which is missing)
  watchThread(ctx, signal, {
    needs: ['threadId', 'conversation', 'messageTime'],
    onRead(read) {
      if (read.layout === 'v3' && read.threadId) {
        onCase?.({ caseId: read.threadId, orderIds: read.orderIds, ...(read.status ? { status: read.status } : {}),
          ...(read.oldestUnansweredAt ? { oldestUnansweredAt: read.oldestUnansweredAt } : {}) });
      }
      const session = readSession(document);
      const marketplaceId = read.marketplaceId ?? session.marketplaceId;
      const { merchantId } = session;
      if (!merchantId || !marketplaceId) return;
      // the category from the background (its classifier; stored without one if it cannot answer)
      const source = threadClassSource(read);
      const store = (): void => {
        const input = threadInputOfPage(read, knownClass(source));
        if (input && !signal.aborted) {
          sync.schedule([{ accountId: merchantId, marketplaceId, ...(session.accountName ? { accountName: session.accountName } : {}), threads: [input] }]);
        }
      };
      classify([source]).then(store, store);
    },
  });
}
