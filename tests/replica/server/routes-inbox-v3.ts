/**
 * Inbox v3 JSON (replica only: the page's own data calls; the extension must never call them):
 * `GET /messaging/api/inbox-v3/cases?fi=&ss=&pn=&ps=`, `GET /messaging/api/inbox-v3/counts`,
 * `GET /messaging/api/inbox-v3/cases/<caseId>`, `POST .../cases/<caseId>/reply` and `.../no-response-needed`
 * (the same handler as the legacy thread routes: same checks, same `server.sent` records).
 */
import type { ReplicaThread } from '../data/types';
import type { V3CaseListResponse, V3CaseResponse, V3CaseSummary, V3Counts, V3Filter } from './api-types';
import { intParam, json } from './http';
import type { RouteContext } from './route-context';
import { threadAction } from './routes-messaging';
import type { ReplicaResponse } from './types';
import { lastMessage, threadSummary, wireMessage } from './wire';

export const V3_FILTERS: readonly V3Filter[] = ['responseNeeded', 'all', 'sent', 'resolved', 'search', 'caseId'];
export const V3_PAGE_SIZE = 25;

const matches = (t: ReplicaThread, filter: V3Filter, ss: string): boolean => {
  switch (filter) {
    case 'all': return true;
    case 'sent': return t.status === 'answered';
    case 'resolved': return t.status === 'no-response-needed';
    case 'search': return ss !== '' && t.orderIds.some((id) => id.includes(ss));
    case 'caseId': return t.threadId === ss;
    default: return t.status === 'response-needed';
  }
};

export const caseSummary = (ctx: RouteContext, t: ReplicaThread): V3CaseSummary => {
  const s = threadSummary(t);
  const last = lastMessage(t);
  return {
    caseId: t.threadId, marketplaceId: t.marketplaceId, buyerName: t.isSystem ? 'Amazon' : t.buyerName, subject: t.subject,
    preview: (last?.text ?? '').replace(/\s+/g, ' ').trim().slice(0, 100), orderId: t.orderIds[0] ?? null,
    status: s.status, lastMessageAt: s.lastMessageAt, lastSenderType: s.lastSenderType, isSystem: t.isSystem,
    resolvedAt: t.status === 'no-response-needed' ? (ctx.state.resolvedAt.get(t.threadId) ?? s.lastMessageAt) : null,
  };
};

/** `<alias>+<caseId>@marketplace.<domain>` from the buyer's relay address. */
const caseEmail = (ctx: RouteContext, t: ReplicaThread): string | null => {
  const relay = t.buyerId ? ctx.state.buyersById.get(t.buyerId)?.relayEmail : undefined;
  const at = relay?.indexOf('@') ?? -1;
  return relay && at > 0 ? `${relay.slice(0, at)}+${t.threadId}${relay.slice(at)}` : null;
};

const accountThreads = (ctx: RouteContext): ReplicaThread[] =>
  ctx.state.threads.filter((t) => t.accountId === ctx.account.merchantId);

/** Response-needed and all cases of the session's current marketplace (the left nav and the metrics card). */
export const v3Counts = (ctx: RouteContext): V3Counts => {
  const here = accountThreads(ctx).filter((t) => t.marketplaceId === ctx.marketplaceId);
  return { responseNeeded: here.filter((t) => t.status === 'response-needed').length, all: here.length };
};

const listCases = (ctx: RouteContext): ReplicaResponse => {
  const params = ctx.url.searchParams;
  const fi = params.get('fi') as V3Filter | null;
  const filter: V3Filter = fi && V3_FILTERS.includes(fi) ? fi : 'responseNeeded';
  const ss = (params.get('ss') ?? '').trim();
  const pageSize = intParam(params.get('ps'), V3_PAGE_SIZE, 1, 100);
  const pageNumber = intParam(params.get('pn'), 1, 1, 1_000_000);
  // a case id opens from any of the account's marketplaces; the lists are the current marketplace's
  const rows = accountThreads(ctx)
    .filter((t) => (filter === 'caseId' || t.marketplaceId === ctx.marketplaceId) && matches(t, filter, ss))
    .map((t) => ({ t, at: lastMessage(t)?.sentAt ?? '' }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.t.threadId.localeCompare(b.t.threadId)));
  const page = rows.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  const body: V3CaseListResponse = {
    filter, total: rows.length, pageNumber, pageSize, cases: page.map((r) => caseSummary(ctx, r.t)), counts: v3Counts(ctx),
  };
  return json(200, body);
};

const oneCase = (ctx: RouteContext, caseId: string): ReplicaResponse => {
  const t = ctx.state.threadsById.get(caseId);
  if (!t || t.accountId !== ctx.account.merchantId) return json(404, { error: 'CASE_NOT_FOUND' });
  const body: V3CaseResponse = { case: { ...caseSummary(ctx, t), buyerEmail: caseEmail(ctx, t) }, messages: t.messages.map(wireMessage) };
  return json(200, body);
};

/** `/messaging/api/inbox-v3/...`; undefined when the path is not one of them. */
export const inboxV3Route = (ctx: RouteContext): ReplicaResponse | undefined => {
  if (!ctx.path.startsWith('/messaging/api/inbox-v3/')) return undefined;
  const notAllowed = (): ReplicaResponse => json(405, { ok: false, error: 'METHOD_NOT_ALLOWED' });
  if (ctx.path === '/messaging/api/inbox-v3/cases') return ctx.method === 'GET' ? listCases(ctx) : notAllowed();
  if (ctx.path === '/messaging/api/inbox-v3/counts') return ctx.method === 'GET' ? json(200, v3Counts(ctx)) : notAllowed();
  const m = /^\/messaging\/api\/inbox-v3\/cases\/([^/]+)(?:\/(reply|no-response-needed))?$/.exec(ctx.path);
  if (!m) return json(404, { error: 'NOT_FOUND' });
  const caseId = decodeURIComponent(m[1] ?? '');
  if (!m[2]) return ctx.method === 'GET' ? oneCase(ctx, caseId) : notAllowed();
  if (ctx.method !== 'POST') return notAllowed();
  const t = ctx.state.threadsById.get(caseId);
  if (!t || t.accountId !== ctx.account.merchantId) return json(404, { ok: false, error: 'CASE_NOT_FOUND' });
  return threadAction(ctx, caseId, m[2]);
};
