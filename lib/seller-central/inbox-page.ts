/**
 * Adapter for the Buyer-Seller Messages inbox in the legacy table layout (`/messaging/inbox`): finds the thread list (also inside
 * open shadow roots; custom elements may not be upgraded yet, so only attributes and text are read),
 * reads each row, and says where the extension may mount its own things. When the page's structure
 * is not found it says so (`recognised: false` + `missing`) instead of guessing.
 */
import type { ThreadStatus } from '../model';
import { isoFrom, queryAllDeep, queryDeep, textOf } from './deep-query';
import { isAmazonNotice } from '../notice';
import { caseIdOf, normalizeThreadId } from '../case-id';

export const SELECTORS = {
  threadList: 'kat-table#bsm-thread-list, kat-table.bsm-thread-list',
  toolbar: '.bsm-toolbar',
  pager: '.bsm-pager',
  row: 'kat-table-row',
  headRow: 'kat-table-head kat-table-row',
  /** the list's own row groups (containers, not content) */
  rowGroup: 'kat-table-head, kat-table-body, thead, tbody',
  buyerName: '.bsm-buyer-name',
  subject: '.bsm-subject-text',
  preview: '.bsm-preview',
  orderLink: '.bsm-order-id',
  awaitingSince: 'time.bsm-awaiting-since[datetime]',
  lastMessage: 'time.bsm-last-message[datetime]',
  statusBadge: '.bsm-status',
  systemBadge: 'kat-badge[data-kind="system"]',
  badgeCell: 'kat-table-cell.bsm-cell-status',
  /** the cell with the subject and preview: where a category chip can go */
  subjectCell: 'kat-table-cell.bsm-cell-subject',
  /** the link that opens the case (the older case link `/messaging/inbox?fi=caseId&ss=&cc=`; clicking it navigates in-app) */
  threadLink: 'kat-link[href*="fi=caseId"], a[href*="fi=caseId"], kat-link[href*="cc="], a[href*="cc="]',
  attr: {
    threadId: 'data-thread-id',
    marketplaceId: 'data-marketplace-id',
    status: 'data-status',
    system: 'data-system',
    orderId: 'data-order-id',
    datetime: 'datetime',
    busy: 'aria-busy',
    pageNumber: 'data-page-number',
    total: 'data-total',
    filter: 'data-filter',
  },
} as const;

export interface InboxRow {
  threadId: string;
  buyerName: string;
  orderIds: string[];
  oldestUnansweredAt?: string;
  lastMessageAt?: string;
  status: ThreadStatus;
  subject?: string;
  preview?: string;
  isSystem: boolean;
  marketplaceId?: string;
  rowElement: Element;
  /** shown and badged, never stored: the row tells no id of its own (a v3 case row with neither a case link nor an order) */
  transient?: boolean;
}

export interface InboxProblems {
  /** rows skipped: no thread id */
  missingId: number;
  /** rows skipped: no message time at all */
  missingTime: number;
}

export interface InboxRead {
  recognised: boolean;
  /** names of the SELECTORS (or row attributes) not found when not recognised */
  missing: string[];
  /** the list is still loading its rows */
  loading: boolean;
  rows: InboxRow[];
  problems: InboxProblems;
  pageNumber?: number;
  total?: number;
}

export interface InboxMounts {
  /** the thread list (a kat-table); rows are its kat-table-row descendants */
  list: Element;
  /** toolbar above the list: where a "Next" button can go */
  toolbar: Element;
  /** the paging controls inside the toolbar, when found */
  pager: Element | null;
  /**
   * our parts go in a row of our own just before `pager` (the v3 list pane has no toolbar: its flex column would
   * stack them one per line)
   */
  ownRow?: boolean;
}

const STATUS: Record<string, ThreadStatus> = {
  RESPONSE_NEEDED: 'response-needed', ANSWERED: 'answered', NO_RESPONSE_NEEDED: 'no-response-needed',
  'response needed': 'response-needed', answered: 'answered', 'no response needed': 'no-response-needed',
};

/** The list and toolbar, or null when the page is not (yet) the inbox we know. */
export function findInboxMounts(root: ParentNode): InboxMounts | null {
  const list = queryDeep(root, SELECTORS.threadList);
  const toolbar = queryDeep(root, SELECTORS.toolbar);
  if (!list || !toolbar) return null;
  return { list, toolbar, pager: toolbar.querySelector(SELECTORS.pager) };
}

/**
 * Thread rows of the list (not its header row), read or not: the list's light DOM first; when it has
 * none, the rows inside open shadow roots under the list (e.g. each row in its own micro-frontend host).
 */
export function threadRowElements(list: Element): Element[] {
  const light = list.querySelectorAll(SELECTORS.row);
  if (light.length > 0) {
    const head = new Set(list.querySelectorAll(SELECTORS.headRow));
    const rows = [...light].filter((r) => !head.has(r));
    if (rows.length > 0) return rows;
  }
  const head = new Set(queryAllDeep(list, SELECTORS.headRow));
  return queryAllDeep(list, SELECTORS.row).filter((r) => !head.has(r));
}

/**
 * True when the list shows something besides its header (elements of the page's own that are not
 * row groups), e.g. rows the adapter cannot read (closed shadow roots, another row element). With
 * layout (a real browser), the list must also be taller than its header.
 */
export function listShowsContent(list: Element): boolean {
  let content = false;
  for (const el of list.querySelectorAll('*')) {
    if (el.matches(SELECTORS.rowGroup) || el.closest('kat-table-head, thead') || el.closest('[data-si]')) continue;
    content = true;
    break;
  }
  if (!content) return false;
  const height = list.getBoundingClientRect().height;
  if (height === 0) return true; // no layout (or not rendered yet): the elements decide
  const head = list.querySelector('kat-table-head, thead')?.getBoundingClientRect().height ?? 0;
  return height - head > 8;
}

/** The cell of a row where a deadline badge can go (the status cell; the row itself as a last resort). */
export const badgeCellOf = (row: Element): Element => row.querySelector(SELECTORS.badgeCell) ?? row;

/** The cell of a row where a category chip can go (the subject cell; the row itself as a last resort). */
export const chipCellOf = (row: Element): Element => row.querySelector(SELECTORS.subjectCell) ?? row;

/** The row's own link to its thread, when there is one. */
export const threadLinkOf = (row: Element): HTMLElement | null => row.querySelector<HTMLElement>(SELECTORS.threadLink);

/** The case id an older case link names (`cc`, else `ss` of `fi=caseId`), when it names one. */
export function caseIdOfLink(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  let q: URLSearchParams;
  try {
    q = new URL(href, 'https://sellercentral.amazon.com').searchParams;
  } catch {
    return undefined;
  }
  return caseIdOf(q.get('cc')) ?? (q.get('fi')?.toLowerCase() === 'caseid' ? caseIdOf(q.get('ss')) : undefined);
}

/** The list's header row (its cells give the number of columns), when there is one. */
export const headRowOf = (list: Element): Element | null => list.querySelector(SELECTORS.headRow);

function readStatus(row: Element, awaiting: string | undefined): ThreadStatus {
  const attr = row.getAttribute(SELECTORS.attr.status);
  const fromAttr = attr ? STATUS[attr] : undefined;
  if (fromAttr) return fromAttr;
  const fromText = STATUS[textOf(row.querySelector(SELECTORS.statusBadge)).toLowerCase()];
  return fromText ?? (awaiting ? 'response-needed' : 'answered');
}

function readOrderIds(row: Element): string[] {
  const ids = [...row.querySelectorAll(SELECTORS.orderLink)]
    .map((a) => (a.getAttribute(SELECTORS.attr.orderId) ?? textOf(a)).trim())
    .filter(Boolean);
  return [...new Set(ids)];
}

export type RowResult = { row: InboxRow } | { skipped: keyof InboxProblems };

export function readInboxRow(row: Element): RowResult {
  // the row's id, else the case its link opens; a case id is stored lowercase (lib/case-id.ts)
  const raw = row.getAttribute(SELECTORS.attr.threadId)?.trim() || caseIdOfLink(threadLinkOf(row)?.getAttribute('href'));
  if (!raw) return { skipped: 'missingId' };
  const threadId = normalizeThreadId(raw);
  const awaiting = isoFrom(row.querySelector(SELECTORS.awaitingSince)?.getAttribute(SELECTORS.attr.datetime));
  const last = isoFrom(row.querySelector(SELECTORS.lastMessage)?.getAttribute(SELECTORS.attr.datetime));
  if (!awaiting && !last) return { skipped: 'missingTime' };
  const subject = textOf(row.querySelector(SELECTORS.subject));
  const preview = textOf(row.querySelector(SELECTORS.preview));
  const marketplaceId = row.getAttribute(SELECTORS.attr.marketplaceId)?.trim();
  const status = readStatus(row, awaiting);
  const buyerName = textOf(row.querySelector(SELECTORS.buyerName));
  return {
    row: {
      threadId,
      buyerName,
      orderIds: readOrderIds(row),
      ...(awaiting && status === 'response-needed' ? { oldestUnansweredAt: awaiting } : {}),
      ...(last ? { lastMessageAt: last } : {}),
      status,
      ...(subject ? { subject } : {}),
      ...(preview ? { preview } : {}),
      // Amazon's notice (lib/notice.ts): the row's marker, or "Amazon" as the sender (a notice Amazon lists as
      // "response needed" has no marker)
      isSystem: isAmazonNotice({ marked: row.getAttribute(SELECTORS.attr.system) === 'true' || row.querySelector(SELECTORS.systemBadge) !== null, sender: buyerName }),
      ...(marketplaceId ? { marketplaceId } : {}),
      rowElement: row,
    },
  };
}

const intAttr = (el: Element, name: string): number | undefined => {
  const n = Number(el.getAttribute(name));
  return el.hasAttribute(name) && Number.isInteger(n) ? n : undefined;
};

/** The thread row a node is in (for telling which rows a page change touched), or null. */
export const rowOf = (node: Node): Element | null =>
  (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(SELECTORS.row) ?? null;

/**
 * Per-row memo for readInboxPage: the result of each row element, reused while the row is not marked
 * dirty (a caller that watches the list marks the rows a change touched). Rows read once stay the
 * same objects, so callers can tell changed rows by identity.
 */
export interface InboxRowCache {
  results: WeakMap<Element, RowResult>;
  /** rows to read again; emptied by readInboxPage */
  dirty: Set<Element>;
}

export const createInboxRowCache = (): InboxRowCache => ({ results: new WeakMap(), dirty: new Set() });

export function readInboxPage(root: ParentNode, cache?: InboxRowCache): InboxRead {
  const list = queryDeep(root, SELECTORS.threadList);
  const toolbar = queryDeep(root, SELECTORS.toolbar);
  const missing: string[] = [];
  if (!list) missing.push('threadList');
  if (!toolbar) missing.push('toolbar');
  const problems: InboxProblems = { missingId: 0, missingTime: 0 };
  if (!list) return { recognised: false, missing, loading: false, rows: [], problems };

  const rows: InboxRow[] = [];
  const elements = threadRowElements(list);
  const loading = list.getAttribute(SELECTORS.attr.busy) === 'true';
  // the page shows rows, but none is a row we can find: the row markup changed (say so, do not idle)
  if (elements.length === 0 && !loading && listShowsContent(list)) missing.push('rows');
  for (const el of elements) {
    let result = cache && !cache.dirty.has(el) ? cache.results.get(el) : undefined;
    if (!result) {
      result = readInboxRow(el);
      cache?.results.set(el, result);
    }
    if ('row' in result) rows.push(result.row);
    else problems[result.skipped] += 1;
  }
  cache?.dirty.clear();
  // every row unreadable: the row markup changed, not a few odd rows; name the causes of most rows
  if (elements.length > 0 && rows.length === 0) {
    if (problems.missingId * 2 > elements.length) missing.push('threadId');
    if (problems.missingTime * 2 > elements.length) missing.push('time');
    if (missing.length === 0) missing.push('threadId', 'time');
  }
  const pageNumber = intAttr(list, SELECTORS.attr.pageNumber);
  const total = intAttr(list, SELECTORS.attr.total);
  return {
    recognised: missing.length === 0,
    missing,
    loading,
    rows,
    problems,
    ...(pageNumber !== undefined ? { pageNumber } : {}),
    ...(total !== undefined ? { total } : {}),
  };
}
