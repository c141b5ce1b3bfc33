/**
 * `inbox-refresh/status` and `inbox-refresh/run`: the background refresh of the other marketplaces
 * (components/background/inbox-refresh.ts owns it; handlers reach it through lib/inbox-refresh/hooks.ts).
 */
import { inboxRefreshHooks } from '../../inbox-refresh/hooks';
import { emptyState, type InboxRefreshStatus } from '../../inbox-refresh/types';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type InboxRefreshHandlers = Pick<Handlers, 'inbox-refresh/status' | 'inbox-refresh/run'>;

export function inboxRefreshHandlers({ repos }: HandlerDeps): InboxRefreshHandlers {
  const unavailable = async (): Promise<InboxRefreshStatus> => {
    const s = await repos.settings.getAll();
    return { available: false, enabled: s.inboxRefreshEnabled, minutes: s.inboxRefreshMinutes, running: false, state: emptyState() };
  };
  return {
    'inbox-refresh/status': () => inboxRefreshHooks().status?.() ?? unavailable(),
    'inbox-refresh/run': () => inboxRefreshHooks().run?.() ?? unavailable(),
  };
}
