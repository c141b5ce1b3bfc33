/** Handlers the popup needs: the most urgent threads across accounts, and account names (and the store name the seller types in Options). */
import { awaitsResponse } from '../../deadlines/due';
import { guardStorage } from '../../db/errors';
import { sortByUrgency } from '../../ordering';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type PopupHandlers = Pick<Handlers, 'threads/urgent' | 'accounts/list' | 'accounts/set-store-name'>;

export function popupHandlers({ repos, now }: HandlerDeps): PopupHandlers {
  const { db } = repos;
  return {
    'threads/urgent': async ({ limit }) => {
      const waiting = await guardStorage(() => db.threads.where('status').equals('response-needed').toArray());
      return { threads: sortByUrgency(waiting.filter(awaitsResponse)).slice(0, limit) };
    },

    'accounts/list': async () => ({ accounts: await repos.accounts.list() }),
    'accounts/set-store-name': async ({ accountId, storeName }) => ({ account: await repos.accounts.setStoreName(accountId, storeName, now().toISOString()) }),
  };
}
