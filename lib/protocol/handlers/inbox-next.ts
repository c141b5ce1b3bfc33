/** The inbox's Next button: the next most urgent thread awaiting an answer, across marketplaces. */
import { awaitsResponse } from '../../deadlines/due';
import { nextThread } from '../../ordering';
import { pageUrls } from '../../seller-central/pages';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';
import { onePerCase } from '../../db/thread-refine';

/**
 * Relative URL of a thread's page; switches the marketplace when it is not the current one. In the v3 app a case is
 * opened by its id, or (a case read from the list without its id, keyed by its order) by the order-id search, which
 * the app answers by opening the order's case (evidence M).
 */
export function nextThreadUrl(threadId: string, marketplaceId: string, currentMarketplaceId: string | undefined, layout: 'v3' | 'legacy' = 'legacy'): string {
  const byOrder = threadId.startsWith('order:') ? threadId.slice('order:'.length) : undefined;
  const url = layout === 'v3' || byOrder
    ? byOrder ? pageUrls.inboxV3Search(byOrder) : pageUrls.inboxV3Case(threadId)
    : pageUrls.thread(threadId);
  return marketplaceId === currentMarketplaceId ? url : `${url}&mons_sel_mkid=${encodeURIComponent(marketplaceId)}`;
}

export function inboxNextHandlers({ repos, now }: HandlerDeps): Pick<Handlers, 'threads/next'> {
  return {
    'threads/next': async ({ accountId, currentKey, currentMarketplaceId, layout }) => {
      const threads = onePerCase(await repos.threads.list(accountId));
      const thread = nextThread(threads, currentKey, now());
      const awaiting = threads.filter((t) => awaitsResponse(t) && t.key !== currentKey).length;
      if (!thread) return { awaiting };
      return { thread, url: nextThreadUrl(thread.threadId, thread.marketplaceId, currentMarketplaceId, layout), awaiting };
    },
  };
}
