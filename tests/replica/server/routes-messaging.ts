/** Buyer-Seller Messages JSON: inbox list, thread, reply, no-response-needed, contact. */
import { createHash } from 'node:crypto';
import { PHRASES, fill } from '../data/phrases';
import type { ReplicaMessage, ReplicaThread } from '../data/types';
import type { Language } from '../../../lib/model';
import type { ThreadListResponse, WireInboxFilter } from './api-types';
import { intParam, json, readJson } from './http';
import { copiedThread, driftPageSize, driftRows } from './markup-variants';
import { csrfOk, nowIso, type RouteContext } from './route-context';
import { hostRegion } from './state';
import { marketplaceById } from '../../../lib/marketplaces';
import type { ReplicaResponse, SentRecord } from './types';
import { lastMessage, threadSummary, wireMessage } from './wire';

const FILTERS: WireInboxFilter[] = ['RESPONSE_NEEDED', 'ALL', 'NO_RESPONSE_NEEDED'];
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Contact reasons that reach buyers who opted out of unsolicited messages. */
const CRITICAL_REASONS = ['other', 'additional-information-required', 'additional information required'];

const matchesFilter = (thread: ReplicaThread, filter: WireInboxFilter): boolean =>
  filter === 'ALL' || (filter === 'RESPONSE_NEEDED' ? thread.status === 'response-needed' : thread.status === 'no-response-needed');

/**
 * `marketplaceId=` on the list (decided here: the real endpoint is unknown) reads another of the account's
 * marketplaces WITHOUT changing the session's current one (`mons_sel_mkid=` changes it). It must be one of the
 * account's (else 404) and served by this host's region (else 400).
 */
const explicitMarketplace = (ctx: RouteContext): { marketplaceId: string } | { error: ReplicaResponse } | undefined => {
  const id = ctx.url.searchParams.get('marketplaceId');
  if (id === null || id === '') return undefined;
  if (!ctx.account.marketplaceIds.includes(id)) return { error: json(404, { error: 'MARKETPLACE_NOT_FOUND' }) };
  if (marketplaceById(id)?.region !== hostRegion(ctx.host)) return { error: json(400, { error: 'MARKETPLACE_NOT_ON_HOST' }) };
  return { marketplaceId: id };
};

const listThreads = (ctx: RouteContext): ReplicaResponse => {
  const params = ctx.url.searchParams;
  const explicit = explicitMarketplace(ctx);
  if (explicit && 'error' in explicit) return explicit.error;
  const marketplaceId = explicit?.marketplaceId ?? ctx.marketplaceId;
  const fi = (params.get('fi') ?? 'RESPONSE_NEEDED').toUpperCase() as WireInboxFilter;
  const filter = FILTERS.includes(fi) ? fi : 'RESPONSE_NEEDED';
  const variant = ctx.state.faults.markup;
  const pageSize = driftPageSize(variant, intParam(params.get('ps'), ctx.state.pageSize, 1, 500));
  const pageNumber = intParam(params.get('pn'), 1, 1, 1_000_000);
  const q = (params.get('q') ?? '').trim();
  const sorted = ctx.state.threads
    .filter((t) => t.accountId === ctx.account.merchantId && t.marketplaceId === marketplaceId && matchesFilter(t, filter))
    .filter((t) => !q || t.orderIds.some((id) => id.includes(q)))
    .map((t) => ({ t, at: lastMessage(t)?.sentAt ?? '' }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.t.threadId.localeCompare(b.t.threadId)));
  const rows = driftRows(variant, sorted);
  const page = rows.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
  const body: ThreadListResponse = { total: rows.length, pageNumber, pageSize, threads: page.map((r) => threadSummary(r.t)) };
  return json(200, body);
};

const newMessageId = (ctx: RouteContext): string => `M${ctx.state.rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 14)}`;

const record = (ctx: RouteContext, entry: Omit<SentRecord, 'at'>): void => {
  ctx.state.sent.push({ ...entry, at: nowIso(ctx) });
};

const sellerMessage = (ctx: RouteContext, threadId: string, text: string, attachments: ReplicaMessage['attachments']): ReplicaMessage => ({
  messageId: newMessageId(ctx), threadId, from: 'seller', senderName: ctx.account.name, text, sentAt: nowIso(ctx), attachments,
});

type ReceivedAttachment = ReplicaMessage['attachments'][number] & { sha256?: string };

/** Files as a page's request carries them; with `base64` content (the Contact Buyer page) the size and digest are the bytes'. */
const attachmentsOf = (value: unknown): ReceivedAttachment[] | 'too-large' => {
  const list = Array.isArray(value) ? value : [];
  const out = list
    .filter((a): a is Record<string, unknown> => a !== null && typeof a === 'object')
    .map((a): ReceivedAttachment => {
      const base = { name: String(a.name ?? 'attachment'), type: String(a.type ?? 'application/octet-stream') };
      if (typeof a.base64 !== 'string') return { ...base, size: Number(a.size ?? 0) || 0 };
      const bytes = Buffer.from(a.base64, 'base64');
      return { ...base, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    });
  return out.reduce((sum, a) => sum + a.size, 0) > MAX_ATTACHMENT_BYTES ? 'too-large' : out;
};

/** GET a thread, or POST `reply` / `no-response-needed` to it (also used by the inbox v3 routes). */
export const threadAction = (ctx: RouteContext, threadId: string, action: string): ReplicaResponse => {
  const thread = ctx.state.threadsById.get(threadId)
    ?? (ctx.state.faults.markup === 'huge-inbox' ? copiedThread(threadId, (id) => ctx.state.threadsById.get(id)) : undefined);
  if (!thread || thread.accountId !== ctx.account.merchantId) return json(404, { ok: false, error: 'THREAD_NOT_FOUND' });
  if (ctx.method === 'GET' && action === '') {
    return json(200, { thread: threadSummary(thread), messages: thread.messages.map(wireMessage) });
  }
  if (ctx.method !== 'POST') return json(405, { ok: false, error: 'METHOD_NOT_ALLOWED' });
  if (!csrfOk(ctx)) return json(403, { ok: false, error: 'CSRF_TOKEN_INVALID' });
  if (action === 'no-response-needed') {
    thread.status = 'no-response-needed';
    ctx.state.resolvedAt.set(thread.threadId, nowIso(ctx));
    record(ctx, { kind: 'no-response-needed', threadId, marketplaceId: thread.marketplaceId, ...(thread.orderIds[0] ? { orderId: thread.orderIds[0] } : {}) });
    return json(200, { ok: true });
  }
  if (action !== 'reply') return json(404, { ok: false, error: 'NOT_FOUND' });
  const body = readJson(ctx.req.body);
  const text = typeof body?.text === 'string' ? body.text.trim() : '';
  if (!text) return json(400, { ok: false, error: 'TEXT_REQUIRED' });
  const attachments = attachmentsOf(body?.attachments);
  if (attachments === 'too-large') return json(400, { ok: false, error: 'ATTACHMENTS_TOO_LARGE' });
  const message = sellerMessage(ctx, threadId, text, attachments);
  thread.messages.push(message);
  thread.status = 'answered';
  record(ctx, { kind: 'reply', threadId, marketplaceId: thread.marketplaceId, text, ...(thread.orderIds[0] ? { orderId: thread.orderIds[0] } : {}), ...(attachments.length ? { attachments } : {}) });
  return json(200, { ok: true, messageId: message.messageId });
};

const newThreadId = (ctx: RouteContext): string => {
  const hex = (n: number): string => ctx.state.rng.chars('0123456789abcdef', n);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
};

const contact = (ctx: RouteContext): ReplicaResponse => {
  if (ctx.method !== 'POST') return json(405, { ok: false, error: 'METHOD_NOT_ALLOWED' });
  if (!csrfOk(ctx)) return json(403, { ok: false, error: 'CSRF_TOKEN_INVALID' });
  const body = readJson(ctx.req.body) ?? {};
  const orderId = String(body.orderId ?? '');
  const text = typeof body.text === 'string' ? body.text.trim() : '';
  const order = ctx.state.ordersById.get(orderId);
  if (!order || order.accountId !== ctx.account.merchantId) return json(404, { ok: false, error: 'ORDER_NOT_FOUND' });
  if (!text) return json(400, { ok: false, error: 'TEXT_REQUIRED' });
  const attachments = attachmentsOf(body.attachments);
  if (attachments === 'too-large') return json(400, { ok: false, error: 'ATTACHMENTS_TOO_LARGE' });
  const buyer = ctx.state.buyersById.get(order.buyerId);
  const language = (buyer?.language ?? 'en') as Language;
  let thread = ctx.state.threads.find((t) => t.accountId === ctx.account.merchantId && !t.isSystem && t.orderIds.includes(orderId));
  if (!thread) {
    thread = {
      threadId: newThreadId(ctx), accountId: ctx.account.merchantId, marketplaceId: order.marketplaceId, buyerId: order.buyerId,
      buyerName: buyer?.name ?? '', orderIds: [orderId], subject: String(body.subject ?? '') || `Order ${orderId}`,
      status: 'answered', isSystem: false, language, scenario: 'answered', weekend: false, expectedCategory: 'other', messages: [],
    };
    ctx.state.threads.push(thread);
    ctx.state.threadsById.set(thread.threadId, thread);
  }
  const reason = String(body.reason ?? '').toLowerCase();
  const message = sellerMessage(ctx, thread.threadId, text, attachments.map(({ name, type, size }) => ({ name, type, size })));
  thread.messages.push(message);
  if (thread.status === 'response-needed') thread.status = 'answered';
  record(ctx, {
    kind: 'contact', threadId: thread.threadId, orderId, marketplaceId: order.marketplaceId, text,
    ...(reason ? { reason } : {}), ...(attachments.length ? { attachments } : {}),
  });
  if (buyer?.optedOut && !CRITICAL_REASONS.includes(reason)) bounce(ctx, orderId, order.marketplaceId, language);
  return json(200, { ok: true, messageId: message.messageId, threadId: thread.threadId });
};

/** Amazon's "could not be delivered" notice for a buyer who opted out of unsolicited messages. */
const bounce = (ctx: RouteContext, orderId: string, marketplaceId: string, language: Language): void => {
  const entry = PHRASES[language].system.undeliverable[0];
  if (!entry) return;
  const threadId = newThreadId(ctx);
  const text = fill(entry.text, { order: orderId });
  ctx.state.threads.push({
    threadId, accountId: ctx.account.merchantId, marketplaceId, buyerName: 'Amazon', orderIds: [orderId],
    subject: fill(entry.subject, { order: orderId }), status: 'no-response-needed', isSystem: true, language,
    scenario: 'no-response-needed', weekend: false, expectedCategory: 'other',
    messages: [{ messageId: newMessageId(ctx), threadId, from: 'amazon', senderName: 'Amazon', text, sentAt: nowIso(ctx), attachments: [], expectedCategory: 'other', systemKind: 'undeliverable' }],
  });
  const added = ctx.state.threads[ctx.state.threads.length - 1];
  if (added) ctx.state.threadsById.set(threadId, added);
};

/** `/messaging/api/...`; undefined when the path is not a messaging JSON route. */
export const messagingRoute = (ctx: RouteContext): ReplicaResponse | undefined => {
  if (ctx.path === '/messaging/api/threads') return ctx.method === 'GET' ? listThreads(ctx) : json(405, { ok: false, error: 'METHOD_NOT_ALLOWED' });
  if (ctx.path === '/messaging/api/contact') return contact(ctx);
  const m = /^\/messaging\/api\/threads\/([^/]+)(?:\/([a-z-]+))?$/.exec(ctx.path);
  if (m) return threadAction(ctx, decodeURIComponent(m[1] ?? ''), m[2] ?? '');
  return undefined;
};
