/** `translations/get`, `translations/put`: the stored cache of on-device translations (the page UI cannot open Dexie). */
import { TranslationsRepository } from '../../db/repositories/translations';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

export function translationHandlers(deps: HandlerDeps): Pick<Handlers, 'translations/get' | 'translations/put'> {
  const repo = new TranslationsRepository(deps.repos.db);
  return {
    'translations/get': async ({ keys }) => ({ entries: await repo.getMany(keys) }),
    'translations/put': async ({ entry }) => {
      await repo.put(entry);
      return { ok: true as const };
    },
  };
}
