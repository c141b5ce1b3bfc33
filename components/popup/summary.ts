/** What the popup shows, computed from protocol answers (pure, unit-tested). */
import { marketplaceById } from '../../lib/marketplaces';
import type { Account, InboxCounts, Thread } from '../../lib/model';
import { caseIdOf } from '../../lib/case-id';
import { storeNameOf } from '../../lib/store-name';
import { notReadYet } from '../../lib/inbox-coverage';
import { pageUrls } from '../../lib/seller-central/pages';

export interface CountRow {
  key: string;
  marketplaceCode: string;
  accountName: string;
  overdue: number;
  dueSoon: number;
  updatedAt: string;
  /** when a Seller Central page last showed this marketplace's messages; undefined: never */
  readAt?: string;
  /** cases Amazon's own count says need a response that no page read holds */
  notRead: number;
}

export interface Summary { overdue: number; dueSoon: number; rows: CountRow[] }

/** Totals and one row per account + marketplace, most urgent first. */
export function summarize(counts: readonly InboxCounts[], accounts: readonly Account[]): Summary {
  const names = new Map(accounts.map((a) => [a.id, storeNameOf(a) ?? a.id]));
  const rows = counts.map((c) => ({
    key: c.key,
    marketplaceCode: marketplaceById(c.marketplaceId)?.code ?? c.marketplaceId,
    accountName: names.get(c.accountId) ?? c.accountId,
    overdue: c.overdue,
    dueSoon: c.dueSoon,
    updatedAt: c.updatedAt,
    ...(c.readAt ? { readAt: c.readAt } : {}),
    notRead: notReadYet(c),
  }));
  rows.sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || a.accountName.localeCompare(b.accountName)
    || a.marketplaceCode.localeCompare(b.marketplaceCode));
  return {
    overdue: rows.reduce((n, r) => n + r.overdue, 0),
    dueSoon: rows.reduce((n, r) => n + r.dueSoon, 0),
    rows,
  };
}

/** "read 3 h ago": how old the page read is that a row's counts come from, as an i18n key and its number. */
export function readAgo(readAt: string | undefined, now: number): { key: string; n: string } {
  const min = readAt ? Math.max(0, Math.floor((now - Date.parse(readAt)) / 60_000)) : NaN;
  if (Number.isNaN(min)) return { key: 'popReadNever', n: '' };
  if (min < 1) return { key: 'popReadJustNow', n: '' };
  if (min < 60) return { key: 'popReadMinutes', n: String(min) };
  if (min < 48 * 60) return { key: 'popReadHours', n: String(Math.floor(min / 60)) };
  return { key: 'popReadDays', n: String(Math.floor(min / 1440)) };
}

/**
 * The thread in Seller Central, on its marketplace's host and marketplace: the case in the v3 app by its id, or (a
 * thread without a case id) the app's search by its order, which opens the order's case (evidence M); else the inbox.
 */
export function threadUrl(thread: Pick<Thread, 'marketplaceId' | 'threadId' | 'orderIds'>): string {
  const { marketplaceId } = thread;
  const host = marketplaceById(marketplaceId)?.sellerCentralHost ?? 'sellercentral.amazon.com';
  const caseId = caseIdOf(thread.threadId);
  const orderId = thread.threadId.startsWith('order:') ? thread.threadId.slice('order:'.length) : thread.orderIds[0];
  const path = caseId ? pageUrls.popupCase(caseId, marketplaceId) : orderId ? pageUrls.popupSearch(orderId, marketplaceId) : pageUrls.inboxV3();
  return `https://${host}${path}`;
}
