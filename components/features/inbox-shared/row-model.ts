/**
 * Pure helpers from the adapter's rows to what the features need: the thread records to store, the
 * urgency order, the badge view models, category counts. No DOM writes here.
 */
import type { Category } from '../../../lib/model';
import { CATEGORIES } from '../../../lib/model';
import { badgeFor, type Badge, type BadgeOptions, type UiLocale } from '../../../lib/deadlines';
import { compareKeys, sortByUrgency, orderPlan, urgencyKey, type UrgencyThread } from '../../../lib/ordering';
import type { InboxRow } from '../../../lib/seller-central/inbox-page';
import type { ThreadPageRead } from '../../../lib/seller-central/thread-page';
import type { ClassSource, RowClass } from './classes';
import type { ThreadInput } from '../../../lib/protocol/messages';
import { t } from '../../page/i18n';
import { isAmazonNotice } from '../../../lib/notice';

export type { RowClass } from './classes';

/**
 * Whether a row is Amazon's notice (lib/notice.ts): the adapter's read (marker, sender "Amazon") or the
 * classifier's, once known. A notice has no deadline, is no Next stop and does not count as awaiting.
 */
export const rowIsNotice = (row: Pick<InboxRow, 'isSystem' | 'buyerName'>, cls: Pick<RowClass, 'system'> | undefined): boolean =>
  row.isSystem || cls?.system === true || senderIsAmazon(row.buyerName);

/** whether a sender name is Amazon's, by name (buyers' names repeat across rows and passes: asked once each) */
const amazonSenders = new Map<string, boolean>();
function senderIsAmazon(name: string): boolean {
  let hit = amazonSenders.get(name);
  if (hit === undefined) {
    if (amazonSenders.size > 5000) amazonSenders.clear();
    hit = isAmazonNotice({ sender: name });
    amazonSenders.set(name, hit);
  }
  return hit;
}

/** The record `threads/upsert` stores for a row. */
export function threadInputOf(row: InboxRow, cls: RowClass | undefined, page: number | undefined): ThreadInput {
  const input: ThreadInput = {
    threadId: row.threadId.slice(0, 200),
    buyerName: row.buyerName.slice(0, 200),
    orderIds: row.orderIds.slice(0, 50).map((id) => id.slice(0, 40)),
    status: row.status,
    isSystem: rowIsNotice(row, cls),
  };
  if (row.subject) input.subject = row.subject.slice(0, 1000);
  if (row.preview) input.preview = row.preview.slice(0, 2000);
  if (row.oldestUnansweredAt) input.oldestUnansweredAt = row.oldestUnansweredAt;
  if (row.lastMessageAt) input.lastMessageAt = row.lastMessageAt;
  if (cls) {
    input.category = cls.category;
    input.categoryConfidence = cls.confidence;
  }
  if (page !== undefined && page >= 0) input.page = page;
  return input;
}

/** Rows grouped by marketplace (a row's own marketplace, else the page's), for one upsert each. */
export function groupByMarketplace<T extends Pick<InboxRow, 'marketplaceId'>>(rows: readonly T[], fallback: string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const m = r.marketplaceId ?? fallback;
    let list = out.get(m);
    if (!list) out.set(m, (list = []));
    list.push(r);
  }
  return out;
}

const urgencyOf = (row: InboxRow, notice: boolean): UrgencyThread & { row: InboxRow } => ({
  key: row.threadId,
  status: row.status,
  isSystem: notice,
  seenAt: '',
  row,
  ...(row.oldestUnansweredAt ? { oldestUnansweredAt: row.oldestUnansweredAt } : {}),
  ...(row.lastMessageAt ? { lastMessageAt: row.lastMessageAt } : {}),
});

/** CSS `order` for each row (in page order) that shows them most urgent first (`isNotice`: Amazon's notices, last). */
export function urgencyPlan(rows: readonly InboxRow[], isNotice: (row: InboxRow) => boolean = (r) => r.isSystem): number[] {
  const ids = rows.map((r) => r.threadId);
  const urgent = sortByUrgency(rows.map((r) => urgencyOf(r, isNotice(r)))).map((t) => t.key);
  return orderPlan(ids, urgent);
}

/** A row's place in the urgency order: its sort key (urgencyKey) and its key. */
export interface RowUrgency { group: number; rank: number; id: string }

/** each row read's urgency, as a notice and not (a read never changes: its dates are parsed once) */
const urgencyMemo = new WeakMap<InboxRow, RowUrgency & { notice: boolean }>();

/** The row's urgency (`notice`: Amazon's notice, rowIsNotice), kept per row read. */
export function rowUrgency(row: InboxRow, notice: boolean): RowUrgency {
  const hit = urgencyMemo.get(row);
  if (hit?.notice === notice) return hit;
  const made = { notice, id: row.threadId, ...urgencyKey(urgencyOf(row, notice)) };
  urgencyMemo.set(row, made);
  return made;
}

/** urgencyPlan's order: most urgent first, then by key. */
export const compareUrgency = (a: RowUrgency, b: RowUrgency): number => compareKeys(a.group, a.rank, a.id, b.group, b.rank, b.id);

const badgeMemo = { minute: NaN, zone: '', soon: NaN, locale: '', byRow: new WeakMap<InboxRow, { notice: boolean; badge: Badge }>() };

/**
 * Badge view model of a row at `now` (`notice`: Amazon's notice, rowIsNotice). Within one minute (the badges'
 * resolution: the tick runs on the minute) the same row read gives the same badge, so list changes reuse the
 * badges of unchanged rows.
 */
export function rowBadge(row: InboxRow, marketplaceId: string | undefined, now: Date, opts: BadgeOptions, locale: UiLocale, notice = row.isSystem): Badge {
  const minute = Math.floor(now.getTime() / 60_000);
  const m = badgeMemo;
  if (m.minute !== minute || m.zone !== opts.timeZone || m.soon !== (opts.dueSoonHours ?? NaN) || m.locale !== locale) {
    Object.assign(m, { minute, zone: opts.timeZone, soon: opts.dueSoonHours ?? NaN, locale, byRow: new WeakMap() });
  }
  const hit = m.byRow.get(row);
  if (hit?.notice === notice) return hit.badge;
  const badge = computeBadge(row, marketplaceId, now, opts, locale, notice);
  m.byRow.set(row, { notice, badge });
  return badge;
}

function computeBadge(row: InboxRow, marketplaceId: string | undefined, now: Date, opts: BadgeOptions, locale: UiLocale, notice: boolean): Badge {
  return badgeFor({
    status: row.status,
    isSystem: notice,
    marketplaceId: row.marketplaceId ?? marketplaceId ?? '',
    ...(row.oldestUnansweredAt ? { oldestUnansweredAt: row.oldestUnansweredAt } : {}),
  }, now, opts, locale, t);
}

export type CategoryCounts = Record<Category, number>;

/** How many rows of each category (every category present, zero when none). */
export function categoryCounts(categories: readonly Category[]): CategoryCounts {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as CategoryCounts;
  for (const c of categories) counts[c]++;
  return counts;
}

/** The category filter: all rows, Amazon's notices, or one category of buyer messages. */
export type CategoryFilter = Category | 'all' | 'notice';

/**
 * Whether a row stays visible under the category filter ('all' shows every row, 'notice' only Amazon's
 * notices; a category shows the buyer threads of that category, never a notice).
 */
export const passesFilter = (category: Category | undefined, filter: CategoryFilter, notice = false): boolean =>
  filter === 'all' || (filter === 'notice' ? notice : !notice && category === filter);


/**
 * What a conversation's category is read from: the subject and every message (the background decides from
 * the buyer's main request, lib/classify/thread.ts, as for the inbox row).
 */
export function threadClassSource(read: Pick<ThreadPageRead, 'subject' | 'messages' | 'isSystem' | 'threadId'>): ClassSource {
  return {
    subject: read.subject,
    isSystem: read.isSystem,
    threadId: read.threadId,
    messages: read.messages.map((m) => ({ text: m.text, sender: m.sender })),
  };
}

/** The text of the message a conversation's category was read from (stored as the thread's main request). */
export function requestOf(read: Pick<ThreadPageRead, 'messages'>, cls: RowClass | undefined): string | undefined {
  const from = cls?.from;
  const text = from === undefined ? undefined : read.messages[from]?.text;
  return text?.trim() ? text.slice(0, 2000) : undefined;
}
