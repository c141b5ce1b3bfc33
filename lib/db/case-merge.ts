/**
 * One stored record per case (schema version 4): which stored threads are the same case, and the one record they
 * become. Pure; the migration (schema-versions.ts) writes the result and re-points what refers to the old keys.
 *
 * The same case:
 * - thread ids that are the same UUID in another case or format (`ABC…`, `{abc…}`): the lowercase hyphenated case id
 *   (lib/case-id.ts);
 * - a record with an id of another shape (an older page's own id; not `order:<orderId>`, which thread-refine.ts keeps
 *   apart on purpose) that shares the account, the marketplace, an order id and the buyer with exactly one case-id
 *   record. Two or more such candidates: nothing is merged (no guess).
 */
import { caseIdOf, normalizeThreadId } from '../case-id';
import type { SendLogEntry, Thread } from '../model';

const ms = (iso: string | undefined): number => (iso ? Date.parse(iso) : Number.NaN);
const later = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : ms(b) > ms(a) ? b : a;
const keyOf = (t: Pick<Thread, 'accountId' | 'marketplaceId'>, threadId: string): string => `${t.accountId}|${t.marketplaceId}|${threadId}`;

/** The schema version that made one stored record per case (the migration that merged them). */
export const ONE_RECORD_PER_CASE_VERSION = 4;

/** A thread key (`account|marketplace|threadId`) with its thread id as stored (lib/case-id.ts); another text as it is. */
export function normalizeThreadKey(key: string): string {
  const m = /^([^|]*)\|([^|]*)\|(.*)$/s.exec(key);
  return m ? keyOf({ accountId: m[1]!, marketplaceId: m[2]! }, normalizeThreadId(m[3]!)) : key;
}

const sameBuyer = (a: Thread, b: Thread): boolean => {
  if (a.buyerId && b.buyerId) return a.buyerId.trim().toLowerCase() === b.buyerId.trim().toLowerCase();
  const name = (t: Thread): string => t.buyerName.trim().toLowerCase();
  return name(a) !== '' && name(a) === name(b);
};

/**
 * The one record of several records of one case. The newest observation (latest `seenAt`) says the status and what
 * the page shows; order ids accumulate; `lastMessageAt` and `seenAt` are the newest; a category (and the request it was
 * read from) is kept when any record has one. While the case awaits an answer, its oldest unanswered time is the
 * earliest one still unanswered: not before a record saw the case answered.
 */
export function mergeCaseRecords(records: readonly Thread[], threadId: string): Thread {
  const byNewest = [...records].sort((a, b) => ms(b.seenAt) - ms(a.seenAt) || a.key.localeCompare(b.key));
  const newest = byNewest[0];
  if (!newest) throw new Error('case-merge.ts: mergeCaseRecords needs at least one record');
  // the newest record's fields, those it lacks from the next newest
  const merged: Thread = { ...newest };
  for (const r of byNewest.slice(1)) {
    for (const [k, v] of Object.entries(r)) if (v !== undefined && (merged as unknown as Record<string, unknown>)[k] === undefined) (merged as unknown as Record<string, unknown>)[k] = v;
  }
  const categorised = byNewest.find((r) => r.category !== undefined);
  if (categorised) {
    merged.category = categorised.category!;
    if (categorised.categoryConfidence !== undefined) merged.categoryConfidence = categorised.categoryConfidence;
    else delete merged.categoryConfidence;
  }
  merged.threadId = threadId;
  merged.key = keyOf(newest, threadId);
  merged.orderIds = [...new Set(byNewest.flatMap((r) => r.orderIds))];
  const lastMessageAt = byNewest.reduce<string | undefined>((acc, r) => later(acc, r.lastMessageAt), undefined);
  if (lastMessageAt) merged.lastMessageAt = lastMessageAt;
  merged.seenAt = byNewest.reduce<string | undefined>((acc, r) => later(acc, r.seenAt), undefined) ?? newest.seenAt;
  merged.status = newest.status;
  if (newest.status !== 'response-needed') delete merged.oldestUnansweredAt;
  else {
    const answeredBy = Math.max(...byNewest.filter((r) => r.status !== 'response-needed').map((r) => ms(r.seenAt)).filter((t) => !Number.isNaN(t)), -Infinity);
    const open = byNewest
      .filter((r) => r.status === 'response-needed' && r.oldestUnansweredAt && ms(r.oldestUnansweredAt) >= answeredBy)
      .map((r) => r.oldestUnansweredAt!)
      .sort((a, b) => ms(a) - ms(b));
    const oldest = open[0] ?? newest.oldestUnansweredAt;
    if (oldest) merged.oldestUnansweredAt = oldest;
    else delete merged.oldestUnansweredAt;
  }
  return merged;
}

export interface CaseMergePlan {
  /** the records to write (each case's one record) */
  put: Thread[];
  /** old key -> the key of the record it became (only keys that change) */
  moved: Map<string, string>;
}

/** Which stored threads become which one record. Records already alone under their case key are left out. */
export function planCaseMerge(threads: readonly Thread[]): CaseMergePlan {
  const groups = new Map<string, Thread[]>();
  const ids = new Map<string, string>();
  const add = (t: Thread, threadId: string): void => {
    const key = keyOf(t, threadId);
    ids.set(key, threadId);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  };
  const others: Thread[] = [];
  for (const t of threads) {
    const caseId = caseIdOf(t.threadId);
    if (caseId) add(t, caseId);
    else others.push(t);
  }
  for (const t of others) {
    const candidates = t.threadId.startsWith('order:') ? [] : [...groups.entries()].filter(([, list]) => list.some((c) =>
      caseIdOf(c.threadId) && c.accountId === t.accountId && c.marketplaceId === t.marketplaceId
      && c.orderIds.some((id) => t.orderIds.includes(id)) && sameBuyer(c, t)));
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only) only[1].push(t);
    else add(t, normalizeThreadId(t.threadId));
  }
  const put: Thread[] = [];
  const moved = new Map<string, string>();
  for (const [key, list] of groups) {
    const alone = list.length === 1 && list[0]?.key === key;
    if (alone) continue;
    put.push(mergeCaseRecords(list, ids.get(key) ?? key));
    for (const r of list) if (r.key !== key) moved.set(r.key, key);
  }
  return { put, moved };
}

/** Which of two send-log entries for one case's holiday reply stays: the one that says most about a send. */
const STAGE_RANK: Record<SendLogEntry['stage'], number> = { sent: 6, unknown: 5, sending: 4, test: 3, failed: 2, skipped: 1, pending: 0 };
export const strongerSendEntry = (a: SendLogEntry, b: SendLogEntry): SendLogEntry =>
  STAGE_RANK[b.stage] > STAGE_RANK[a.stage] ? b : a;
