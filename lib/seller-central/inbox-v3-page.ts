/**
 * Adapter for the messaging inbox v3's case list (`/messaging/inbox-v3`, left pane). Evidence: the URL, the two
 * panes, what a row shows (buyer, subject or preview, order id, the newest message's date, a status label), the
 * metrics card's "Response needed N", paging: M (seller-central-pages.md). Every class name below: replica only
 * (tests/replica/INBOX-V3.md); Amazon's are unknown. So the adapter works in layers:
 *   1. the selectors of the layout we know (`layout: 'v3'`);
 *   2. the structural fallback (case-list-structure.ts: repeated rows carrying order ids or case links, and times)
 *      (`layout: 'fallback'`);
 *   3. neither: `recognised: false` with what is missing, for the quiet notice.
 * A row is read from what a seller sees only. Its key is the case id when the row links to one, else its order id.
 */
import type { ThreadStatus } from '../model';
import { caseIdIn, childrenOf, findCaseListByStructure, leafTexts, openShadowOnly, ORDER_ID, type ShadowOpener } from './case-list-structure';
import { parseListTime, type ListTime } from './list-time';
import { statusOf } from './case-status';

export { statusOf };

export const V3_SELECTORS = {
  app: '.inbox-v3-app',
  list: '.case-list',
  row: '.case-list-item',
  from: '.case-list-item-from',
  subject: '.case-list-item-subject',
  preview: '.case-list-item-preview',
  order: '.case-list-item-order',
  date: '.case-list-item-date',
  status: '.case-status-label',
  pagination: 'kat-pagination',
  metricsValue: '.metrics-card .metrics-value',
  selectedNav: '.nav-filter-selected',
  busy: '[aria-busy="true"]',
} as const;

export const AMAZON_SENDER = /^(?:amazon|amazon\.[a-z.]+|アマゾン|亚马逊)$/i;

export interface CaseRow {
  /** the case id when the row links to one, else `order:<first order id>`, else undefined (not storable) */
  key?: string;
  caseId?: string;
  buyerName: string;
  orderIds: string[];
  subject?: string;
  preview?: string;
  /** the newest message's time as the list shows it (its precision says how exact) */
  lastMessage?: ListTime;
  status?: ThreadStatus;
  /** From is Amazon: a notice, not a buyer */
  isSystem: boolean;
  rowElement: Element;
}

export interface CaseListRead {
  layout: 'v3' | 'fallback' | 'none';
  recognised: boolean;
  missing: string[];
  loading: boolean;
  rows: CaseRow[];
  /** rows found but not readable (no time) */
  unreadable: number;
  /** Amazon's own "Response needed N" (the metrics card), when shown */
  responseNeededCount?: number;
  list?: Element;
}


const orderIdsIn = (texts: readonly string[]): string[] => [...new Set(texts.flatMap((t) => t.match(ORDER_ID) ?? []))];

const textIn = (row: Element, selector: string, open: ShadowOpener): string | undefined => {
  const el = row.querySelector(selector);
  return el ? leafTexts(el, open).join(' ') || undefined : undefined;
};

function finish(row: Omit<CaseRow, 'key'>): CaseRow {
  const key = row.caseId ?? (row.orderIds[0] ? `order:${row.orderIds[0]}` : undefined);
  return { ...(key ? { key } : {}), ...row };
}

/** One row of the known layout. */
export function readKnownRow(row: Element, now: number, zone: string, open: ShadowOpener = openShadowOnly): CaseRow | undefined {
  const dateText = textIn(row, V3_SELECTORS.date, open);
  const lastMessage = dateText ? parseListTime(dateText, now, zone) : undefined;
  if (!lastMessage) return undefined;
  const buyerName = textIn(row, V3_SELECTORS.from, open) ?? '';
  const subject = textIn(row, V3_SELECTORS.subject, open);
  const preview = textIn(row, V3_SELECTORS.preview, open);
  const caseId = caseIdIn(row);
  const status = statusOf(textIn(row, V3_SELECTORS.status, open));
  return finish({
    ...(caseId ? { caseId } : {}), buyerName, orderIds: orderIdsIn([textIn(row, V3_SELECTORS.order, open) ?? '']),
    ...(subject ? { subject } : {}), ...(preview ? { preview } : {}), lastMessage,
    ...(status ? { status } : {}),
    isSystem: AMAZON_SENDER.test(buyerName.trim()), rowElement: row,
  });
}

/** One row found by structure: its leaf texts in order (From, Subject, preview ... as the list shows them). */
export function readStructuralRow(row: Element, now: number, zone: string, open: ShadowOpener = openShadowOnly): CaseRow | undefined {
  const texts = leafTexts(row, open);
  const timeIndex = texts.findIndex((t) => parseListTime(t, now, zone) !== undefined);
  if (timeIndex < 0) return undefined;
  const orderIds = orderIdsIn(texts);
  const status = texts.map(statusOf).find((s) => s !== undefined);
  const content = texts.filter((t, i) => i !== timeIndex && !statusOf(t) && !new RegExp(ORDER_ID.source).test(t));
  const caseId = caseIdIn(row);
  const buyerName = content[0] ?? '';
  return finish({
    ...(caseId ? { caseId } : {}), buyerName, orderIds,
    ...(content[1] ? { subject: content[1] } : {}), ...(content[2] ? { preview: content[2] } : {}),
    lastMessage: parseListTime(texts[timeIndex]!, now, zone)!, ...(status ? { status } : {}),
    isSystem: AMAZON_SENDER.test(buyerName.trim()), rowElement: row,
  });
}

/** Amazon's pending count from the metrics card ("Response needed 12" / "需要回复 12"), when shown. */
export function readResponseNeededCount(root: ParentNode): number | undefined {
  const text = root.querySelector(V3_SELECTORS.metricsValue)?.textContent?.replace(/[^\d]/g, '');
  return text ? Number(text) : undefined;
}

/**
 * Per-row memo for readCaseList: each row element's read, reused while the row is not marked dirty (a caller that
 * watches the list marks the rows a change touched; `rowOf` finds them). A row read once stays the same object, so
 * callers can tell changed rows by identity. The structural fallback remembers the list it found and reads that
 * list's rows again without searching the page, while the list is in the page.
 */
export interface CaseRowCache {
  results: WeakMap<Element, CaseRow | null>;
  /** rows to read again; emptied by readCaseList */
  dirty: Set<Element>;
  /** the list the structural fallback found, and its rows' tag */
  structural?: { container: Element; tag: string };
}

export const createCaseRowCache = (): CaseRowCache => ({ results: new WeakMap(), dirty: new Set() });

/** The row (read before) a changed node is in, up to the list: through shadow roots. */
export function cachedRowOf(cache: CaseRowCache, node: Node, list: Element): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && el !== list) {
    if (cache.results.has(el)) return el;
    el = el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return null;
}

/** Two reads of one row say the same (times compared as read: a relative time read later is the same text). */
function sameRow(a: CaseRow, b: CaseRow): boolean {
  return a.key === b.key && a.caseId === b.caseId && a.buyerName === b.buyerName && a.subject === b.subject && a.preview === b.preview
    && a.status === b.status && a.isSystem === b.isSystem && a.orderIds.join() === b.orderIds.join()
    && a.lastMessage?.precision === b.lastMessage?.precision && Math.abs((a.lastMessage?.at ?? 0) - (b.lastMessage?.at ?? 0)) < 60_000;
}

type RowReader = (row: Element, now: number, zone: string, open: ShadowOpener) => CaseRow | undefined;

/** One row read again; the page wrote it again with what it showed before (a re-render): the read stays the same object. */
function readAgain(el: Element, read: RowReader, now: number, zone: string, open: ShadowOpener, cache?: CaseRowCache): CaseRow | null {
  const before = cache?.results.get(el);
  let row = read(el, now, zone, open) ?? null;
  if (before && row && sameRow(before, row)) row = before;
  cache?.results.set(el, row);
  return row;
}

function readRows(elements: readonly Element[], read: RowReader, now: number, zone: string, open: ShadowOpener, cache?: CaseRowCache): CaseRow[] {
  const rows: CaseRow[] = [];
  for (const el of elements) {
    let row = cache && !cache.dirty.has(el) ? cache.results.get(el) : undefined;
    if (row === undefined) row = readAgain(el, read, now, zone, open, cache);
    if (row) rows.push(row);
  }
  cache?.dirty.clear();
  return rows;
}

/**
 * One row of a list read before (`layout`: that read's), read again (the page wrote to it): the same object when it
 * says the same; null when it no longer reads as a case row. Unmarks it in the cache.
 */
export function readCaseRowAgain(el: Element, layout: CaseListRead['layout'], now: number, zone: string, open: ShadowOpener, cache: CaseRowCache): CaseRow | null {
  cache.dirty.delete(el);
  return readAgain(el, layout === 'fallback' ? readStructuralRow : readKnownRow, now, zone, open, cache);
}

/** The rows of the list the structural fallback found before, while it is in the page and still reads as a case list. */
function structuralAgain(cache: CaseRowCache | undefined, open: ShadowOpener): { container: Element; rows: Element[] } | null {
  const known = cache?.structural;
  if (!known || !known.container.isConnected) return null;
  const rows = childrenOf(known.container, open).filter((el) => el.tagName === known.tag);
  return rows.length >= 2 ? { container: known.container, rows } : null;
}

/**
 * The case list of the v3 app in `root` (a document, a frame's document, or an opened shadow root). `zone`: the
 * time zone the page writes its times in (the browser's). `cache`: rows read before and not changed since are not
 * read again.
 */
export function readCaseList(root: ParentNode, now: number, zone: string, open: ShadowOpener = openShadowOnly, cache?: CaseRowCache): CaseListRead {
  const count = readResponseNeededCount(root);
  const withCount = count !== undefined ? { responseNeededCount: count } : {};
  const list = root.querySelector(V3_SELECTORS.list);
  if (list) {
    const elements = [...list.querySelectorAll(V3_SELECTORS.row)];
    const loading = list.matches(V3_SELECTORS.busy) || list.querySelector(V3_SELECTORS.busy) !== null;
    const rows = readRows(elements, readKnownRow, now, zone, open, cache);
    const missing = elements.length > 0 && rows.length === 0 && !loading ? ['time'] : [];
    return { layout: 'v3', recognised: missing.length === 0, missing, loading, rows, unreadable: elements.length - rows.length, list, ...withCount };
  }
  const again = structuralAgain(cache, open);
  if (again) {
    const rows = readRows(again.rows, readStructuralRow, now, zone, open, cache);
    // still a case list: most rows show a time (else the page changed it into something else: search anew)
    // (rows without a time are not rows of the list, as when it was found)
    if (rows.length >= 2 && rows.length * 2 >= again.rows.length) {
      return { layout: 'fallback', recognised: true, missing: [], loading: false, rows, unreadable: 0, list: again.container, ...withCount };
    }
  }
  const found = findCaseListByStructure(root, now, zone, open);
  if (found) {
    if (cache) cache.structural = { container: found.container, tag: found.rows[0]!.tagName };
    const rows = readRows(found.rows, readStructuralRow, now, zone, open, cache);
    return { layout: 'fallback', recognised: rows.length > 0, missing: rows.length > 0 ? [] : ['rows'], loading: false, rows,
      unreadable: found.rows.length - rows.length, list: found.container, ...withCount };
  }
  if (cache) delete cache.structural;
  return { layout: 'none', recognised: false, missing: ['caseList'], loading: false, rows: [], unreadable: 0, ...withCount };
}
