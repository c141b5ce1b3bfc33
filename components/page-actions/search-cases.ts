/**
 * The cases a search by order id lists (`?fi=search&ss=<orderId>`): the app opens one of them (seller-central-pages.md,
 * evidence M), the newest; for a buyer who opted out that is Amazon's bounce notice, and the conversation with the
 * seller's message is another row of the same list. A row that links to its case names it; a row that does not is
 * clicked (as a person would) and names its case by the URL the app rewrites to carry `cc=<caseId>`.
 * Which rows are the order's: the search covers the order id only (evidence M), so while the page is that search every
 * row is a case about the order, also one that shows another order id (a case about several orders shows one of them:
 * the buyer's conversation the Contact Buyer page wrote into, issue 15). A list that is not this search (the app
 * moved on to a case view) counts only the rows that show the order id or none.
 * The list may live in the document or a same-origin frame; a list that never shows answers undefined (the caller
 * then knows only the opened case).
 */
import { detectPage } from '../../lib/seller-central/pages';
import { readCaseList, type CaseListRead } from '../../lib/seller-central/inbox-v3-page';
import { openAnyShadowRoot } from '../page/shadow-opener';
import { browserZone } from './open-case';
import { waitFor } from './wait';

/** how long the list may take to show its rows once the opened case is read */
const LIST_WAIT_MS = 5_000;
/** how long a clicked row may take to open its case */
const ROW_OPEN_MS = 10_000;
/** at most this many rows are looked at (a search by order id lists a handful) */
const MAX_ROWS = 10;

function readList(doc: Document): CaseListRead | undefined {
  const roots: Document[] = [doc];
  for (const frame of doc.querySelectorAll('iframe')) {
    try {
      if (frame.contentDocument) roots.push(frame.contentDocument);
    } catch { /* another origin */ }
  }
  for (const root of roots) {
    const read = readCaseList(root, Date.now(), browserZone(), openAnyShadowRoot);
    if (read.rows.length > 0 && !read.loading) return read;
  }
  return undefined;
}

const openCaseId = (doc: Document): string | undefined => {
  const page = detectPage(doc.URL);
  return page.kind === 'inbox' && page.layout === 'v3' ? page.caseId?.toLowerCase() : undefined;
};

/** The page is the search by `orderId` (the app may have added `cc=` of the case it opened). */
const searchFor = (doc: Document, orderId: string): boolean => {
  const page = detectPage(doc.URL);
  return page.kind === 'inbox' && page.layout === 'v3' && page.view === 'search' && page.query?.trim() === orderId;
};

/** The case ids the list shows for `orderId`, the opened `caseId` first. */
export async function listedCases(doc: Document, orderId: string, caseId: string, signal: AbortSignal): Promise<string[] | undefined> {
  const list = await waitFor(doc, () => readList(doc), LIST_WAIT_MS, signal);
  if (!list) return undefined;
  const seen = [caseId.toLowerCase()];
  const wholeList = searchFor(doc, orderId);
  const rows = list.rows.filter((r) => wholeList || r.orderIds.length === 0 || r.orderIds.includes(orderId)).slice(0, MAX_ROWS);
  for (const row of rows) {
    const linked = row.caseId?.toLowerCase();
    if (linked) {
      if (!seen.includes(linked)) seen.push(linked);
      continue;
    }
    if (row.rowElement.getAttribute('aria-selected') === 'true') continue;
    (row.rowElement as HTMLElement).click();
    const opened = await waitFor(doc, () => {
      const id = openCaseId(doc);
      return id && !seen.includes(id) ? id : undefined;
    }, ROW_OPEN_MS, signal);
    if (opened) seen.push(opened);
  }
  return seen;
}
