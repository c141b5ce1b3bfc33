/**
 * `inbox/pending`: Amazon's own "Response needed N" as the inbox page showed it, stored with the account +
 * marketplace's counts (the page was read now), so that the inbox ("15 cases on pages not read yet") and the popup
 * can set it against the response-needed cases the extension holds.
 */
import { guardStorage } from '../../db/errors';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';
import { recount } from './threads';

type InboxPendingHandlers = Pick<Handlers, 'inbox/pending'>;

export function inboxPendingHandlers(deps: HandlerDeps): InboxPendingHandlers {
  const { db } = deps.repos;
  return {
    'inbox/pending': async ({ accountId, marketplaceId, pending, unkept }) => {
      const at = deps.now().toISOString();
      const counts = await guardStorage(() => db.transaction('rw', [db.threads, db.counts, db.settings], () =>
        recount(deps, accountId, marketplaceId, { readAt: at, pending, pendingAt: at, ...(unkept ? { unkept } : {}) })));
      deps.onCountsChanged?.();
      return { counts };
    },
  };
}
