/** Handlers the popup needs: the most urgent threads across accounts, and account names. */
import { awaitsResponse } from '../../deadlines/due';
import { guardStorage } from '../../db/errors';
import { sortByUrgency } from '../../ordering';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type PopupHandlers = Pick<Handlers, 'threads/urgent' | 'accounts/list'>;

export function popupHandlers({ repos }: HandlerDeps): PopupHandlers {
  const { db } = repos;
  return {
    'threads/urgent': async ({ limit }) => {
      const waiting = await guardStorage(() => db.threads.where('status').equals('response-needed').toArray());
      return { threads: sortByUrgency(waiting.filter(awaitsResponse)).slice(0, limit) };
    },

    'accounts/list': async () => ({ accounts: await repos.accounts.list() }),
  };
}
