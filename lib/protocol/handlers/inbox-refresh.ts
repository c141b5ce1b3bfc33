/**
 * `inbox-refresh/status` and `inbox-refresh/run`: the background refresh of the other marketplaces, which does not
 * run (lib/inbox-refresh/index.ts says why); both answer its status with the reason.
 */
import { inboxRefreshHooks } from '../../inbox-refresh/hooks';
import type { InboxRefreshStatus } from '../../inbox-refresh/types';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type InboxRefreshHandlers = Pick<Handlers, 'inbox-refresh/status' | 'inbox-refresh/run'>;

export function inboxRefreshHandlers(_deps: HandlerDeps): InboxRefreshHandlers {
  const unavailable = (): Promise<InboxRefreshStatus> =>
    Promise.resolve({ available: false, enabled: false, running: false, blocked: 'switches-marketplace' });
  return {
    'inbox-refresh/status': () => inboxRefreshHooks().status?.() ?? unavailable(),
    'inbox-refresh/run': () => inboxRefreshHooks().run?.() ?? unavailable(),
  };
}
