/** What every route handler gets: the parsed request, the session's account and marketplace. */
import type { ReplicaAccount } from '../data/types';
import type { ServerState } from './state';
import type { ReplicaRequest } from './types';

export interface RouteContext {
  state: ServerState;
  req: ReplicaRequest;
  url: URL;
  method: string;
  host: string;
  path: string;
  headers: Record<string, string>;
  account: ReplicaAccount;
  marketplaceId: string;
}

export const csrfOk = (ctx: RouteContext): boolean =>
  Boolean(ctx.state.session.csrfToken) && ctx.headers['anti-csrftoken-a2z'] === ctx.state.session.csrfToken;

export const nowIso = (ctx: RouteContext): string => ctx.state.now().toISOString();
