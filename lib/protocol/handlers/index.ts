/** All handlers, one per message type (lib/protocol/messages.ts). Add a feature's handlers here. */
import { StorageError } from '../../db/errors';
import type { ErrorCode } from '../define';
import type { Handlers } from '../router';
import { coreHandlers } from './core';
import type { HandlerDeps } from './deps';
import { threadHandlers } from './threads';
import { inboxNextHandlers } from './inbox-next';
import { templateHandlers } from './templates';
import { blacklistHandlers } from './blacklist';
import { popupHandlers } from './popup';
import { composeHandlers } from './compose';
import { importHandlers } from './imports';
import { threadPanelHandlers } from './thread-panels';
import { analyticsHandlers } from './analytics';
import { backupHandlers } from './backup';
import { campaignHandlers } from './campaigns';
import { inboxRefreshHandlers } from './inbox-refresh';
import { holidayHandlers } from './holiday';
import { classifyHandlers } from './classify';
import { inboxPendingHandlers } from './inbox-pending';
import { translationHandlers } from './translations';

export type { HandlerDeps } from './deps';
export { recountAll } from './threads';

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...coreHandlers(deps),
    ...threadHandlers(deps),
    ...inboxNextHandlers(deps),
    ...templateHandlers(deps),
    ...blacklistHandlers(deps),
    ...popupHandlers(deps),
    ...composeHandlers(deps),
    ...importHandlers(deps),
    ...threadPanelHandlers(deps),
    ...analyticsHandlers(deps),
    ...backupHandlers(deps),
    ...campaignHandlers(deps),
    ...inboxRefreshHandlers(deps),
    ...holidayHandlers(deps),
    ...classifyHandlers(deps),
    ...inboxPendingHandlers(deps),
    ...translationHandlers(deps),
  };
}

/** Lets the router answer storage failures with their own code (e.g. storage-quota). */
export const storageErrorCode = (e: unknown): ErrorCode | undefined => (e instanceof StorageError ? e.code : undefined);
