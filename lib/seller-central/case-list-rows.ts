/**
 * The v3 case list (inbox-v3-page.ts) in the shape the inbox features already work with (InboxRead, InboxMounts), so
 * badges, urgency order, chips and counts run on both layouts. What the list cannot tell is said here, once:
 * - a row's key is its case id when the row links to it, else its order id; a row with neither cannot be stored;
 * - the list shows the NEWEST message's time, the deadline runs from the OLDEST unanswered one: until the case is
 *   read, the newest time stands in (so the list can only show a case as less urgent than it is, never more), and a
 *   bare date counts from the start of that day.
 * Pure.
 */
import type { ThreadStatus } from '../model';
import type { CaseListRead } from './inbox-v3-page';
import type { InboxMounts, InboxRead, InboxRow } from './inbox-page';

const DAY_SPAN = 24 * 3_600_000 - 60_000;

export function caseListAsInbox(read: CaseListRead, statusWhenUnlabelled: ThreadStatus | undefined): { read: InboxRead; mounts: InboxMounts | null } {
  const rows: InboxRow[] = [];
  let missingId = 0;
  for (const r of read.rows) {
    if (!r.key) {
      missingId++;
      continue;
    }
    const status = r.status ?? statusWhenUnlabelled ?? 'answered';
    const last = r.lastMessage;
    const lastIso = last ? new Date(last.at).toISOString() : undefined;
    const earliest = last ? new Date(last.precision === 'day' ? last.at - DAY_SPAN : last.at).toISOString() : undefined;
    rows.push({
      threadId: r.key, buyerName: r.buyerName, orderIds: r.orderIds, status, isSystem: r.isSystem, rowElement: r.rowElement,
      ...(lastIso ? { lastMessageAt: lastIso } : {}),
      ...(status === 'response-needed' && earliest && !r.isSystem ? { oldestUnansweredAt: earliest } : {}),
      ...(r.subject ? { subject: r.subject } : {}), ...(r.preview ? { preview: r.preview } : {}),
    });
  }
  const list = read.list;
  const toolbar = list?.parentElement ?? null;
  return {
    read: {
      recognised: read.recognised, missing: read.missing, loading: read.loading, rows,
      problems: { missingId, missingTime: read.unreadable },
    },
    // our parts go just above the list, inside its pane: nothing of ours covers the list or the case
    mounts: list && toolbar ? { list, toolbar, pager: list } : null,
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
    return open.oldestUnansweredAt ? { ...r, oldestUnansweredAt: open.oldestUnansweredAt } : r;
  });
}
