/**
 * Adapter for the inbox's own JSON (`GET /messaging/api/threads`), as the background calls it to refresh a
 * marketplace no open tab shows: the URL, the response shape (valibot), the mapping to the thread records
 * `threads/upsert` stores, and what an answer means (threads, stop, back off).
 *
 * Decided by the replica, not known publicly (shared/reference/seller-central-pages.md: the inbox's JSON
 * endpoints are unknown): the path, `fi`/`pn`/`ps`, the response shape, and the explicit `marketplaceId=`
 * parameter that reads another marketplace of the account WITHOUT switching the session's marketplace
 * (`mons_sel_mkid=` would switch it). Fixing this against the real site is a change to this file only.
 * An answer that carries threads of another marketplace than the one asked for means the parameter was
 * ignored: nothing of it is stored (`foreign`).
 */
import * as v from 'valibot';
import { classifyMessage } from '../classify';
import type { ThreadStatus } from '../model';
import type { ThreadInput } from '../protocol/messages';
import { classifySession, type HttpAnswer } from './solicitations';
import { REQUESTS, requestPath } from './requests';

export const INBOX_API_PATH = REQUESTS.inboxThreads.path;
export const INBOX_API_FILTERS = ['RESPONSE_NEEDED', 'ALL', 'NO_RESPONSE_NEEDED'] as const;
export type InboxApiFilter = (typeof INBOX_API_FILTERS)[number];
export const INBOX_API_MAX_PAGE_SIZE = 500;

export interface InboxApiQuery {
  marketplaceId: string;
  /** 1-based */
  page?: number;
  pageSize?: number;
  filter?: InboxApiFilter;
}

/** `https://<host>/messaging/api/threads?fi=&pn=&ps=&marketplaceId=` (no `mons_sel_mkid`: the session stays as it is). */
export function inboxApiUrl(host: string, q: InboxApiQuery): string {
  return `https://${host.toLowerCase()}${requestPath(REQUESTS.inboxThreads, {}, {
    fi: q.filter ?? 'RESPONSE_NEEDED',
    pn: Math.max(1, Math.floor(q.page ?? 1)),
    ps: Math.min(INBOX_API_MAX_PAGE_SIZE, Math.max(1, Math.floor(q.pageSize ?? 50))),
    marketplaceId: q.marketplaceId,
  })}`;
}

export const inboxApiHeaders = (): Record<string, string> => ({ accept: 'application/json' });

const WireStatus = v.picklist(['RESPONSE_NEEDED', 'ANSWERED', 'NO_RESPONSE_NEEDED']);
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** One thread of the list. Lenient where the page itself is (optional texts); the id and status are required. */
export const InboxApiThreadSchema = v.object({
  threadId: v.pipe(v.string(), v.minLength(1)),
  marketplaceId: v.pipe(v.string(), v.minLength(1)),
  buyerName: v.optional(v.nullable(v.string()), ''),
  buyerId: v.optional(v.nullable(v.string())),
  subject: v.optional(v.nullable(v.string()), ''),
  preview: v.optional(v.nullable(v.string()), ''),
  orderIds: v.optional(v.array(v.string()), () => []),
  status: WireStatus,
  lastMessageAt: v.optional(v.nullable(v.string())),
  lastSenderType: v.optional(v.nullable(v.picklist(['BUYER', 'SELLER', 'AMAZON']))),
  awaitingSince: v.optional(v.nullable(v.string())),
  messageCount: v.optional(Count),
  /** not sent by the replica; honoured when present */
  isSystem: v.optional(v.boolean()),
});
export type InboxApiThread = v.InferOutput<typeof InboxApiThreadSchema>;

/** The list envelope; threads are checked one by one (one odd thread does not lose the page). */
export const InboxApiResponseSchema = v.object({
  total: Count,
  pageNumber: v.pipe(v.number(), v.integer(), v.minValue(1)),
  pageSize: v.pipe(v.number(), v.integer(), v.minValue(1)),
  threads: v.array(v.unknown()),
});

export interface InboxApiPage {
  total: number;
  pageNumber: number;
  pageSize: number;
  threads: InboxApiThread[];
  /** threads that did not match the shape (left out) */
  invalid: number;
}

export function parseInboxApiPage(body: unknown): { ok: true; page: InboxApiPage } | { ok: false; detail: string } {
  const r = v.safeParse(InboxApiResponseSchema, body);
  if (!r.success) {
    const issue = r.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, detail: `unexpected inbox answer${path ? ` at ${path}` : ''}: ${issue.message}` };
  }
  const threads: InboxApiThread[] = [];
  let invalid = 0;
  for (const t of r.output.threads) {
    const one = v.safeParse(InboxApiThreadSchema, t);
    if (one.success) threads.push(one.output);
    else invalid++;
  }
  const { total, pageNumber, pageSize } = r.output;
  return { ok: true, page: { total, pageNumber, pageSize, threads, invalid } };
}

/** Whether another page exists after this one. */
export const hasMorePages = (p: Pick<InboxApiPage, 'total' | 'pageNumber' | 'pageSize' | 'threads'>): boolean =>
  p.threads.length > 0 && p.pageNumber * p.pageSize < p.total;

const STATUS: Record<v.InferOutput<typeof WireStatus>, ThreadStatus> = {
  RESPONSE_NEEDED: 'response-needed', ANSWERED: 'answered', NO_RESPONSE_NEEDED: 'no-response-needed',
};
const IsoTimestamp = v.pipe(v.string(), v.isoTimestamp());
const iso = (s: string | null | undefined): string | undefined => (s && v.is(IsoTimestamp, s) ? s : undefined);
/** an id that can be part of the `account|marketplace|thread` key */
const usableId = (id: string): boolean => id.length <= 200 && !id.includes('|');

/** Amazon's own notice: flagged by the answer, else Amazon wrote last and nothing awaits an answer (as the page shows it). */
export const isSystemThread = (t: InboxApiThread): boolean =>
  t.isSystem ?? (t.lastSenderType === 'AMAZON' && !t.awaitingSince);

/**
 * The record `threads/upsert` stores for a thread of the list: the same fields, limits and category as the
 * inbox page's rows give (components/features/inbox-shared/row-model.ts: category from subject + preview).
 */
export function threadInputOfApi(t: InboxApiThread, page?: number): ThreadInput {
  const isSystem = isSystemThread(t);
  const input: ThreadInput = {
    threadId: t.threadId,
    buyerName: (t.buyerName ?? '').slice(0, 200),
    orderIds: t.orderIds.slice(0, 50).map((id) => id.slice(0, 40)),
    status: STATUS[t.status],
    isSystem,
  };
  if (t.buyerId) input.buyerId = t.buyerId.slice(0, 200);
  if (t.subject) input.subject = t.subject.slice(0, 1000);
  if (t.preview) input.preview = t.preview.slice(0, 2000);
  const awaiting = iso(t.awaitingSince);
  if (awaiting && input.status === 'response-needed') input.oldestUnansweredAt = awaiting;
  const last = iso(t.lastMessageAt);
  if (last) input.lastMessageAt = last;
  const text = [t.subject, t.preview].filter(Boolean).join('\n');
  const c = classifyMessage(text, undefined, isSystem ? 'amazon' : undefined);
  input.category = c.category;
  input.categoryConfidence = Math.round(c.confidence * 100) / 100;
  if (page !== undefined && page >= 0) input.page = page;
  return input;
}

export interface PageThreads {
  /** records of the asked marketplace, ready for `threads/upsert` */
  threads: ThreadInput[];
  /** threads of another marketplace: the explicit marketplace parameter was not honoured */
  foreign: number;
  /** threads left out: odd shape, or an id that cannot be a key */
  skipped: number;
}

export function pageThreads(page: InboxApiPage, marketplaceId: string): PageThreads {
  const out: PageThreads = { threads: [], foreign: 0, skipped: page.invalid };
  for (const t of page.threads) {
    if (t.marketplaceId !== marketplaceId) out.foreign++;
    else if (!usableId(t.threadId)) out.skipped++;
    else out.threads.push(threadInputOfApi(t, page.pageNumber));
  }
  return out;
}

export type InboxApiOutcome =
  | { kind: 'ok'; page: InboxApiPage }
  /** the session needs the seller: signed out, captcha / verification, or refused (401/403): stop, never retry blindly */
  | { kind: 'stop'; reason: 'signed-out' | 'captcha' | 'forbidden'; detail: string }
  /** 429 / 5xx: try again later */
  | { kind: 'backoff'; retryAfterMs?: number; detail: string }
  /** an answer this adapter does not understand (shape drift, 404 ...) */
  | { kind: 'bad'; detail: string };

/** What an answer to the list call means. Fetch it with `redirect: 'manual'`: any redirect is the sign-in or verification page. */
export function classifyInboxAnswer(a: HttpAnswer, now: number = Date.now()): InboxApiOutcome {
  const s = classifySession(a, now);
  if (s) {
    if (s.kind === 'signed-out' || s.kind === 'captcha') return { kind: 'stop', reason: s.kind, detail: s.detail };
    if (s.kind === 'csrf-invalid') return { kind: 'stop', reason: 'forbidden', detail: s.detail };
    return { kind: 'backoff', ...(s.retryAfterMs !== undefined ? { retryAfterMs: s.retryAfterMs } : {}), detail: s.detail };
  }
  if (a.status === 403) return { kind: 'stop', reason: 'forbidden', detail: 'HTTP 403' };
  if (a.status >= 300 && a.status < 400) return { kind: 'stop', reason: 'signed-out', detail: `HTTP ${a.status} redirect` };
  if (a.status < 200 || a.status >= 300) return { kind: 'bad', detail: `HTTP ${a.status}` };
  const parsed = parseInboxApiPage(a.body);
  if (!parsed.ok) {
    // a sign-in page answered with 200 (followed redirect the final URL did not reveal)
    if (typeof a.body === 'string' && /<form[^>]+name=["']?signIn/i.test(a.body)) return { kind: 'stop', reason: 'signed-out', detail: 'sign-in page' };
    return { kind: 'bad', detail: parsed.detail };
  }
  return { kind: 'ok', page: parsed.page };
}
