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
import type { ListChanges } from '../inbox-pass/list-changes';

const DAY_SPAN = 24 * 3_600_000 - 60_000;

/**
 * `memo`: the rows made before from the same case rows (by identity); a row whose key and status come out the same
 * is the same object again, so the features' per-row memos (badges, classes, rows already stored) hold.
 */
export function caseListAsInbox(
  read: CaseListRead, statusWhenUnlabelled: ThreadStatus | undefined, memo?: WeakMap<CaseRow, InboxRow>,
): { read: InboxRead; mounts: InboxMounts | null } {
  // an order with two cases in the list (a buyer's question and Amazon's notice about the same order) names neither:
  // both are shown and ordered under keys of this read, never stored under the order's key
  const seen = new Map<string, number>();
  for (const r of read.rows) if (r.key) seen.set(r.key, (seen.get(r.key) ?? 0) + 1);
  const rows = read.rows.map((row, index) => inboxRowOf(row, index, !!row.key && (seen.get(row.key) ?? 0) > 1, statusWhenUnlabelled, memo));
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

/** The inbox row of one case row at `index` (`duplicate`: another row of the list has its key). */
function inboxRowOf(
  row: CaseRow, index: number, duplicate: boolean, statusWhenUnlabelled: ThreadStatus | undefined, memo?: WeakMap<CaseRow, InboxRow>,
): InboxRow {
  const r = duplicate ? { ...row, key: undefined } : row;
  const status = r.status ?? statusWhenUnlabelled ?? 'answered';
  const threadId = r.key ?? `row:${index}`;
  const before = memo?.get(row);
  if (before && before.threadId === threadId && before.status === status) return before;
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
  return made;
}

/** at most this many rows are read again one by one; more, and the whole list is read */
export const MAX_ROWS_AGAIN = 64;

/**
 * The list after the page wrote to some of its rows only (`elements`; no row added, removed or moved): `before`'s
 * reads (the case list and its inbox rows, as caseListAsInbox made them) with those rows read again by `readAgain`.
 * A row that says the same keeps its read (its object). Undefined when the list must be read whole: a row not in
 * `before`, one that no longer reads, one whose key changed (the keys of the whole list decide which rows are keyed),
 * or too many rows. Pure but for `readAgain`.
 */
export function rowsReadAgain(
  before: { cases: CaseListRead; rows: readonly InboxRow[] }, elements: Iterable<Element>, readAgain: (el: Element) => CaseRow | null,
  statusWhenUnlabelled: ThreadStatus | undefined, memo?: WeakMap<CaseRow, InboxRow>,
): { cases: CaseListRead; rows: InboxRow[]; changes: ListChanges<InboxRow> } | undefined {
  const targets = [...elements];
  const added: InboxRow[] = [];
  const removed: InboxRow[] = [];
  const touched: InboxRow[] = [];
  if (targets.length > MAX_ROWS_AGAIN || before.cases.rows.length !== before.rows.length) return undefined;
  let cases: CaseRow[] | undefined;
  let rows: InboxRow[] | undefined;
  for (const el of targets) {
    const index = before.cases.rows.findIndex((r) => r.rowElement === el);
    if (index < 0) return undefined;
    const was = before.cases.rows[index]!;
    const now = readAgain(el);
    if (!now || now.key !== was.key) return undefined;
    const old = before.rows[index]!;
    // the row keeps its key: whether another row has it too is as before
    const made = now === was ? old : inboxRowOf(now, index, !!was.key && old.threadId !== was.key, statusWhenUnlabelled, memo);
    if (made === old) {
      if (!touched.includes(old)) touched.push(old);
      continue;
    }
    cases ??= [...before.cases.rows];
    rows ??= [...before.rows];
    cases[index] = now;
    rows[index] = made;
    removed.push(old);
    added.push(made);
  }
  return {
    cases: cases ? { ...before.cases, rows: cases } : before.cases, rows: rows ?? [...before.rows],
    changes: { added, removed, touched, moved: false },
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
  return rows.map((r) => withOpenCaseRow(r, open));
}

/**
 * Whether a list row is this case's: by case id, or by one of its order ids where the row names no case (a row is keyed
 * `order:<orderId>` until its case is read; the case's stored record has the case id from then on).
 */
export const isRowOfCase = (row: Pick<InboxRow, 'threadId'>, c: Pick<OpenCaseTimes, 'caseId' | 'orderIds'> | undefined): boolean =>
  !!c && (row.threadId === c.caseId || (row.threadId.startsWith('order:') && c.orderIds.includes(row.threadId.slice(6))));

/** withOpenCase for one row. */
export function withOpenCaseRow(r: InboxRow, open: OpenCaseTimes | undefined): InboxRow {
  if (!open || !isRowOfCase(r, open) || r.isSystem || r.status !== 'response-needed') return r;
  if (open.status && open.status !== 'response-needed') return r;
  if (!open.oldestUnansweredAt) return r;
  // the same row with the same exact time is the same object again (the features' per-row memos hold)
  const before = withExact.get(r);
  if (before?.oldestUnansweredAt === open.oldestUnansweredAt) return before;
  const made = { ...r, oldestUnansweredAt: open.oldestUnansweredAt };
  withExact.set(r, made);
  return made;
}

const withExact = new WeakMap<InboxRow, InboxRow>();
