/**
 * How the protocol handlers reach the inbox refresh the background owns (components/background/
 * inbox-refresh.ts registers these at start-up). Handlers stay free of browser APIs; in unit tests the
 * hooks are absent and the status says `available: false`.
 */
import type { InboxRefreshStatus } from './types';

export interface InboxRefreshHooks {
  status?(): Promise<InboxRefreshStatus>;
  /** re-reads the settings (alarm on/off, interval), lifts a stop (the seller asked), and refreshes now when on */
  run?(): Promise<InboxRefreshStatus>;
}

let hooks: InboxRefreshHooks = {};

export const setInboxRefreshHooks = (next: InboxRefreshHooks): void => { hooks = next; };
export const inboxRefreshHooks = (): InboxRefreshHooks => hooks;
