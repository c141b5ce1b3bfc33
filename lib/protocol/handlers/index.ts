/** All handlers, one per message type (lib/protocol/messages.ts). Add a feature's handlers here. */
import { StorageError } from '../../db/errors';
import type { ErrorCode } from '../define';
import type { Handlers } from '../router';
import { coreHandlers } from './core';
import type { HandlerDeps } from './deps';
import { threadHandlers } from './threads';

export type { HandlerDeps } from './deps';
export { recountAll } from './threads';

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...coreHandlers(deps),
    ...threadHandlers(deps),
  };
}

/** Lets the router answer storage failures with their own code (e.g. storage-quota). */
export const storageErrorCode = (e: unknown): ErrorCode | undefined => (e instanceof StorageError ? e.code : undefined);
