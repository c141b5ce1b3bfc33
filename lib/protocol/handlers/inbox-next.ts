/** The inbox's Next button: the next most urgent thread awaiting an answer, across marketplaces. */
import { awaitsResponse } from '../../deadlines/due';
import { nextThread } from '../../ordering';
import { conversationUrl } from '../../seller-central/conversation-url';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';
import { onePerCase } from '../../db/thread-refine';
import type { Thread } from '../../model';

/** Relative URL of the next thread's conversation (pages.ts `conversationUrl`). */
export const nextThreadUrl = (
  thread: Pick<Thread, 'threadId' | 'orderIds'>, marketplaceId: string, currentMarketplaceId: string | undefined, layout: 'v3' | 'legacy' = 'legacy',
): string => conversationUrl({ ...thread, marketplaceId }, layout, currentMarketplaceId);

export function inboxNextHandlers({ repos, now }: HandlerDeps): Pick<Handlers, 'threads/next'> {
  return {
    'threads/next': async ({ accountId, currentKey, currentMarketplaceId, layout }) => {
      const threads = onePerCase(await repos.threads.list(accountId));
      const thread = nextThread(threads, currentKey, now());
      const awaiting = threads.filter((t) => awaitsResponse(t) && t.key !== currentKey).length;
      if (!thread) return { awaiting };
      return { thread, url: nextThreadUrl(thread, thread.marketplaceId, currentMarketplaceId, layout), awaiting };
    },
  };
}
