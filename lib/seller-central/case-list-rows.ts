/**
 * The v3 case list (inbox-v3-page.ts) in the shape the inbox features already work with (InboxRead, InboxMounts), so
 * badges, urgency order, chips and counts run on both layouts. What the list cannot tell is said here, once:
 * - a row's key is its case id when the row links to it, else its order id (when no other row of the list has the
 *   same); a row with neither is badged and ordered under a key of this read only (`transient`), never stored;
 * - the list shows the NEWEST message's time, the deadline runs from the OLDEST unanswered one: until the case is
 *   read (the case view stores the exact time), the newest time stands in, so a case with older unanswered messages
 *   shows as less urgent than it is; a bare date ("Dec 4, 2026") counts from the start of that day, which errs the
 *   other way (more urgent).
 * Pure.
 */
import type { ThreadStatus } from '../model';
import type { CaseListRead, CaseRow } from './inbox-v3-page';
import type { InboxMounts, InboxRead, InboxRow } from './inbox-page';

const DAY_SPAN = 24 * 3_600_000 - 60_000;

/**
 * `memo`: the rows made before from the same case rows (by identity); a row whose key and status come out the same
 * is the same object again, so the features' per-row memos (badges, classes, rows already stored) hold.
 */
export function caseListAsInbox(
  read: CaseListRead, statusWhenUnlabelled: ThreadStatus | undefined, memo?: WeakMap<CaseRow, InboxRow>,
): { read: InboxRead; mounts: InboxMounts | null } {
  const rows: InboxRow[] = [];
  // an order with two cases in the list (a buyer's question and Amazon's notice about the same order) names neither:
  // both are shown and ordered under keys of this read, never stored under the order's key
  const seen = new Map<string, number>();
  for (const r of read.rows) if (r.key) seen.set(r.key, (seen.get(r.key) ?? 0) + 1);
  read.rows.forEach((row, index) => {
    const r = row.key && (seen.get(row.key) ?? 0) > 1 ? { ...row, key: undefined } : row;
    const status = r.status ?? statusWhenUnlabelled ?? 'answered';
    const threadId = r.key ?? `row:${index}`;
    const before = memo?.get(row);
    if (before && before.threadId === threadId && before.status === status) {
      rows.push(before);
      return;
    }
    const last = r.lastMessage;
    const lastIso = last ? new Date(last.at).toISOString() : undefined;
    const earliest = last ? new Date(last.precision === 'day' ? last.at - DAY_SPAN : last.at).toISOString() : undefined;
    const made: InboxRow = {
      threadId, ...(r.key ? {} : { transient: true }), buyerName: r.buyerName, orderIds: r.orderIds, status, isSystem: r.isSystem, rowElement: r.rowElement,
      ...(lastIso ? { lastMessageAt: lastIso } : {}),
      ...(status === 'response-needed' && earliest && !r.isSystem ? { oldestUnansweredAt: earliest } : {}),
      ...(r.subject ? { subject: r.subject } : {}), ...(r.preview ? { preview: r.preview } : {}),
    };
    memo?.set(row, made);
    rows.push(made);
  });
  const list = read.list;
  // the list's place in the page: a list at the top of a shadow root sits where its host sits
  let item: Element | undefined = list;
  while (item && !item.parentElement && (item.getRootNode() as ShadowRoot).host) item = (item.getRootNode() as ShadowRoot).host;
  const toolbar = item?.parentElement ?? null;
  return {
    read: {
      recognised: read.recognised, missing: read.missing, loading: read.loading, rows,
      problems: { missingId: 0, missingTime: read.unreadable },
    },
    // our parts go just above the list, inside its pane: nothing of ours covers the list or the case
    mounts: list && item && toolbar ? { list, toolbar, pager: item, ownRow: true } : null,
  };
}

/** What the case open in the right pane says about its times (case-view.ts). */
export interface OpenCaseTimes { caseId: string; orderIds: readonly string[]; status?: ThreadStatus; oldestUnansweredAt?: string }

/**
 * The list's rows with the open case's exact oldest unanswered time in place of the list's stand-in (the newest
 * message's time), on its row whether keyed by case id or by order id. Pure.
 */
export function withOpenCase(rows: readonly InboxRow[], open: OpenCaseTimes | undefined): InboxRow[] {
  if (!open) return [...rows];
  const keys = new Set([open.caseId, ...open.orderIds.map((id) => `order:${id}`)]);
  return rows.map((r) => {
    if (!keys.has(r.threadId) || r.isSystem || r.status !== 'response-needed') return r;
    if (open.status && open.status !== 'response-needed') return r;
    if (!open.oldestUnansweredAt) return r;
    // the same row with the same exact time is the same object again (the features' per-row memos hold)
    const before = withExact.get(r);
    if (before?.oldestUnansweredAt === open.oldestUnansweredAt) return before;
    const made = { ...r, oldestUnansweredAt: open.oldestUnansweredAt };
    withExact.set(r, made);
    return made;
  });
}

const withExact = new WeakMap<InboxRow, InboxRow>();
