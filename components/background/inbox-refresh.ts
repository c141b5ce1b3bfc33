/**
 * Background wiring of the inbox refresh, which does not run (lib/inbox-refresh/index.ts: reading another
 * marketplace's inbox would switch the marketplace the seller works in, account-wide). It makes no request: it
 * removes the alarm an older version set, and answers the Settings page's status with the reason.
 */
import browser from 'webextension-polyfill';
import { setInboxRefreshHooks, type InboxRefreshStatus } from '../../lib/inbox-refresh';

/** the alarm older versions set; cleared at start */
export const INBOX_REFRESH_ALARM = 'seller-inbox:inbox-refresh';
/** the state older versions kept; removed at start */
const OLD_STATE_KEY = 'seller-inbox:inbox-refresh';

export function startInboxRefresh(): void {
  const status = (): Promise<InboxRefreshStatus> =>
    Promise.resolve({ available: true, enabled: false, running: false, blocked: 'switches-marketplace' });
  setInboxRefreshHooks({ status, run: status });
  void browser.alarms.clear(INBOX_REFRESH_ALARM)
    .then(() => browser.storage.local.remove(OLD_STATE_KEY))
    .catch((e: unknown) => console.warn('[seller-inbox] inbox refresh: could not clear the old alarm', e));
}
