/**
 * "Read them now": the inbox v3 list's remaining pages, read through the page's own paging in the seller's tab (the
 * list's `kat-pagination`: the URL never changes), each page's rows stored as the inbox stores them
 * (`threads/upsert`), then back to the page the seller was on. Only on the seller's click; one pass at a time.
 */
import { sendRequest } from '../../messaging';
import { openAnyShadowRoot } from '../../page/shadow-opener';
import { readCaseList } from '../../../lib/seller-central/inbox-v3-page';
import { caseListAsInbox } from '../../../lib/seller-central/case-list-rows';
import { findCaseListPager, pagerButton, pagerState } from '../../../lib/seller-central/inbox-v3-paging';
import type { InboxRow } from '../../../lib/seller-central/inbox-page';
import { readSession } from '../../../lib/seller-central/session';
import { threadInputOf } from '../inbox-shared/row-model';

/** how long one page may take to show after a click */
const PAGE_WAIT_MS = 15_000;

export interface PassResult {
  /** pages of the list, and rows seen on all of them (the seller's page included) */
  pages: number;
  rows: number;
  /** why the pass stopped early */
  failed?: 'no-paging' | 'no-session' | 'page-timeout';
}

const zone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
const readRows = (doc: Document): { rows: InboxRow[]; loading: boolean } => {
  const { read } = caseListAsInbox(readCaseList(doc, Date.now(), zone(), openAnyShadowRoot), 'response-needed');
  return { rows: read.rows, loading: read.loading };
};
const signatureOf = (rows: readonly InboxRow[]): string => rows.map((r) => `${r.threadId}|${r.buyerName}|${r.lastMessageAt ?? ''}`).join('\n');

/** Resolves once `check` holds (checked on every change of the document, and every 200 ms), else false after `ms`. */
function until(doc: Document, check: () => boolean, ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (check()) { resolve(true); return; }
    const done = (ok: boolean) => { observer.disconnect(); clearInterval(poll); clearTimeout(timer); resolve(ok); };
    const test = () => { if (check()) done(true); else if (signal.aborted) done(false); };
    const observer = new MutationObserver(test);
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true });
    const poll = setInterval(test, 200);
    const timer = setTimeout(() => done(false), ms);
  });
}

/** One step of the page's own paging; resolves with the new page's rows once they show. */
async function step(doc: Document, which: 'next' | 'previous', signal: AbortSignal): Promise<InboxRow[] | undefined> {
  const pager = findCaseListPager(doc);
  const state = pager ? pagerState(pager) : undefined;
  const button = pager ? pagerButton(pager, which, openAnyShadowRoot) : undefined;
  if (!pager || !state || !button) return undefined;
  const before = signatureOf(readRows(doc).rows);
  const target = state.page + (which === 'next' ? 1 : -1);
  button.click();
  let rows: InboxRow[] = [];
  const shown = await until(doc, () => {
    const p = findCaseListPager(doc);
    const now = readRows(doc);
    rows = now.rows;
    return !now.loading && rows.length > 0 && signatureOf(rows) !== before && (!p || pagerState(p)?.page === target);
  }, PAGE_WAIT_MS, signal);
  return shown ? rows : undefined;
}

async function store(doc: Document, rows: readonly InboxRow[], page: number): Promise<void> {
  const session = readSession(doc);
  if (!session.merchantId || !session.marketplaceId) return;
  const threads = rows.filter((r) => !r.transient).map((r) => threadInputOf(r, undefined, page));
  if (!threads.length) return;
  await sendRequest({
    type: 'threads/upsert', accountId: session.merchantId, marketplaceId: session.marketplaceId,
    ...(session.accountName ? { accountName: session.accountName } : {}), threads,
  });
}

/**
 * Pages forward from the seller's page to the last, back to the first, then to the seller's page again, storing each
 * page's rows. `onPage(page, pages)` reports progress.
 */
export async function readRemainingPages(
  doc: Document, signal: AbortSignal, onPage: (page: number, pages: number) => void = () => undefined,
): Promise<PassResult> {
  const pager = findCaseListPager(doc);
  const first = pager ? pagerState(pager) : undefined;
  if (!first) return { pages: 0, rows: 0, failed: 'no-paging' };
  const session = readSession(doc);
  if (!session.merchantId || !session.marketplaceId) return { pages: first.pages, rows: 0, failed: 'no-session' };
  const start = first.page;
  let page = start;
  let rows = readRows(doc).rows.length;
  const move = async (which: 'next' | 'previous'): Promise<boolean> => {
    const shown = await step(doc, which, signal);
    if (!shown) return false;
    page += which === 'next' ? 1 : -1;
    return true;
  };
  const visit = async (which: 'next' | 'previous'): Promise<boolean> => {
    if (!(await move(which))) return false;
    const shown = readRows(doc).rows;
    onPage(page, first.pages);
    rows += shown.length;
    await store(doc, shown, page);
    return true;
  };
  for (let p = start + 1; p <= first.pages; p++) if (signal.aborted || !(await visit('next'))) return { pages: first.pages, rows, failed: 'page-timeout' };
  // back towards page 1: the pages before the seller's are read on the way, the ones after are passed
  while (page > 1) {
    const unread = page - 1 < start;
    if (signal.aborted || !(await (unread ? visit('previous') : move('previous')))) return { pages: first.pages, rows, failed: 'page-timeout' };
  }
  while (page < start) if (signal.aborted || !(await move('next'))) return { pages: first.pages, rows, failed: 'page-timeout' };
  return { pages: first.pages, rows };
}
