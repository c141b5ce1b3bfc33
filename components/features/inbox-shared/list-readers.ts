/**
 * How the inbox features read their list (inbox-source.ts): a reader per layout (the legacy table, the v3 case list)
 * with its per-row memo, the shared structural search for the v3 list, and the frame that may hold that list.
 */
import {
  createInboxRowCache, findInboxMounts, readInboxPage, rowOf, type InboxMounts, type InboxRead, type InboxRow,
} from '../../../lib/seller-central/inbox-page';
import { cachedRowOf, createCaseRowCache, readCaseList, readCaseRowAgain, type CaseListRead, type CaseRow } from '../../../lib/seller-central/inbox-v3-page';
import { caseListAsInbox, rowsReadAgain } from '../../../lib/seller-central/case-list-rows';
import type { ListChanges } from '../../../lib/inbox-pass/list-changes';
import { openAnyShadowRoot } from '../../page/shadow-opener';
import { sendRequest } from '../../messaging';

/** the v3 app is searched for its case list by structure (no selector names it) at most this often, when the page changed */
export const V3_SEARCH_MS = 500;

/**
 * One request per frame document for the page UI there, whichever inbox feature finds the framed list first; a frame
 * that loads a new document (the app re-renders it) is asked for again.
 */
const framesRequested = new WeakSet<Document>();
export const requestFramePageUi = async (doc: Document): Promise<void> => {
  if (framesRequested.has(doc)) return;
  framesRequested.add(doc);
  await sendRequest({ type: 'page-ui/frames' });
};

/**
 * A same-origin frame of this document that shows the case list (seller-central-pages.md: the list may live in a
 * nested document, M-L). Its own copy of the page UI runs the list features there.
 */
export function caseListFrame(root: ParentNode): Document | undefined {
  for (const frame of root.querySelectorAll('iframe')) {
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      continue;
    }
    if (doc && readCaseList(doc, Date.now(), zone(), openAnyShadowRoot).rows.length > 0) return doc;
  }
  return undefined;
}

/** What changed since the read `since` (the source's read before this one), by row read identity (list-changes.ts). */
export interface SnapshotChanges extends ListChanges<InboxRow> {
  since: InboxRead;
}

export interface RawSnapshot {
  read: InboxRead;
  mounts: InboxMounts | null;
  changes?: SnapshotChanges;
}


/**
 * How a layout's list is read, with its per-row memo: the legacy table, or the v3 case list. `rowOf` names the row a
 * changed node is in (read again at the next read); `reset` forgets every row.
 */
export interface Reader {
  read(root: ParentNode): RawSnapshot;
  /**
   * The last read with only these rows read again (the page wrote to them, nothing else of the list changed), or
   * undefined: read the whole list.
   */
  again?(last: RawSnapshot, rows: ReadonlySet<Element>): RawSnapshot | undefined;
  rowOf(node: Node, list: Element): Element | null;
  markDirty(row: Element): void;
  reset(): void;
}
export type ReaderFactory = () => Reader;

export const legacyReader: ReaderFactory = () => {
  const cache = createInboxRowCache();
  return {
    read: (root) => ({ read: readInboxPage(root, cache), mounts: findInboxMounts(root) }),
    rowOf: (node) => rowOf(node),
    markDirty: (row) => cache.dirty.add(row),
    reset: () => { cache.results = new WeakMap(); },
  };
};
/** the browser's time zone, asked at most once a minute (making a DateTimeFormat costs more than a list change's pass) */
let zoneAt = { at: -Infinity, zone: '' };
const zone = (): string => {
  const now = Date.now();
  if (now - zoneAt.at > 60_000) zoneAt = { at: now, zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  return zoneAt.zone;
};

/**
 * The structural search for the v3 list, shared: the inbox features search together (on the same page changes),
 * so one scan of the page serves them all.
 */
const searches = new WeakMap<ParentNode, { at: number; read: ReturnType<typeof readCaseList> }>();
export function searchCaseList(root: ParentNode): ReturnType<typeof readCaseList> {
  const now = Date.now();
  const last = searches.get(root);
  if (last && now - last.at < V3_SEARCH_MS / 2 && (!last.read.list || last.read.list.isConnected)) return last.read;
  const read = readCaseList(root, now, zone(), openAnyShadowRoot);
  searches.set(root, { at: now, read });
  return read;
}

/**
 * The v3 list; a row without a status label is of the view's status (the Response needed view lists those only).
 * Rows not changed since the last read keep their read (and identity).
 */
export const v3Reader = (unlabelled: 'response-needed' | undefined): ReaderFactory => () => {
  let cache = createCaseRowCache();
  let memo = new WeakMap<CaseRow, InboxRow>();
  /** the case list behind each read (a read again starts from it) */
  let cases = new WeakMap<InboxRead, CaseListRead>();
  return {
    read: (root) => {
      const list = readCaseList(root, Date.now(), zone(), openAnyShadowRoot, cache);
      const snap = caseListAsInbox(list, unlabelled, memo);
      cases.set(snap.read, list);
      return snap;
    },
    again: (last, rows) => {
      const before = cases.get(last.read);
      if (!before || !last.mounts || last.read.loading || !last.read.recognised) return undefined;
      const now = Date.now();
      const tz = zone();
      const read = rowsReadAgain({ cases: before, rows: last.read.rows }, rows,
        (el) => readCaseRowAgain(el, before.layout, now, tz, openAnyShadowRoot, cache), unlabelled, memo);
      if (!read) return undefined;
      const inbox: InboxRead = { ...last.read, rows: read.rows };
      cases.set(inbox, read.cases);
      return { read: inbox, mounts: last.mounts, changes: { since: last.read, ...read.changes } };
    },
    rowOf: (node, list) => cachedRowOf(cache, node, list),
    markDirty: (row) => cache.dirty.add(row),
    reset: () => {
      cache = createCaseRowCache();
      memo = new WeakMap();
      cases = new WeakMap();
    },
  };
};

