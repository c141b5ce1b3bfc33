/**
 * The background inbox refresh: what its status says. It does not run, by decision (lib/inbox-refresh/index.ts
 * says why); the status carries the reason the Settings page shows.
 */

/**
 * Why the background refresh does not run:
 * - `switches-marketplace`: reading another marketplace's inbox would switch the marketplace the seller works in.
 */
export type RefreshBlock = 'switches-marketplace';

export interface InboxRefreshStatus {
  /** false when the background has not registered the refresh (unit tests) */
  available: boolean;
  /** never true: the refresh does not run (`blocked` says why); an older saved "on" is ignored */
  enabled: false;
  running: false;
  blocked: RefreshBlock;
}
