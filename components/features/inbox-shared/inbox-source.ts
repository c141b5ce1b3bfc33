/**
 * The inbox list as the features see it: found (also inside open shadow roots, also when it renders
 * late), read with the adapter each time the page changes the list (paging, filter, search and sort
 * re-render it), and reported when the page is not the inbox we know.
 *
 * The features of one page view share one MutationObserver per list and one read per change. Changes
 * the features make themselves (their nodes are marked `data-si`; `style`, `data-si-*` attributes)
 * are not changes of the list. Listeners run synchronously in the observer's callback: before the
 * next paint, so rows never show without their badges.
 */
import type { FeatureContext } from '../../page/feature';
import { LAYOUT_NONE, reportPageCheck, type PageCheck } from '../../page/page-check';
import {
  createInboxRowCache, findInboxMounts, readInboxPage, rowOf, SELECTORS, type InboxMounts, type InboxRead, type InboxRow,
} from '../../../lib/seller-central/inbox-page';
import { cachedRowOf, createCaseRowCache, readCaseList, V3_SELECTORS, type CaseRow } from '../../../lib/seller-central/inbox-v3-page';
import { caseListAsInbox, rowsReadAgain } from '../../../lib/seller-central/case-list-rows';
import { readCaseRowAgain, type CaseListRead } from '../../../lib/seller-central/inbox-v3-page';
import { allAdded, diffList, NO_CHANGES, type ListChanges } from '../../../lib/inbox-pass/list-changes';
import { openAnyShadowRoot } from '../../page/shadow-opener';
import { sendRequest } from '../../messaging';
import { problemText } from '../../page/problem-text';

/** the v3 app is searched for its case list by structure (no selector names it) at most this often, when the page changed */
const V3_SEARCH_MS = 500;

/**
 * One request per frame document for the page UI there, whichever inbox feature finds the framed list first; a frame
 * that loads a new document (the app re-renders it) is asked for again.
 */
const framesRequested = new WeakSet<Document>();
const requestFramePageUi = async (doc: Document): Promise<void> => {
  if (framesRequested.has(doc)) return;
  framesRequested.add(doc);
  await sendRequest({ type: 'page-ui/frames' });
};

/**
 * A same-origin frame of this document that shows the case list (seller-central-pages.md: the list may live in a
 * nested document, M-L). Its own copy of the page UI runs the list features there.
 */
function caseListFrame(root: ParentNode): Document | undefined {
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

/** user-timing name of one list change handled (read + every inbox feature's batched pass) */
export const CHANGE_MEASURE = 'seller-inbox:inbox-change';

/** how long the inbox may take to render its list before we call it "not found" */
export const INBOX_WAIT_MS = 8_000;

/** What changed since the read `since` (the source's read before this one), by row read identity (list-changes.ts). */
export interface SnapshotChanges extends ListChanges<InboxRow> {
  since: InboxRead;
}

export interface InboxSnapshot {
  read: InboxRead;
  mounts: InboxMounts;
  /** absent on a first read or one read anew (everything is new then) */
  changes?: SnapshotChanges;
}

interface RawSnapshot {
  read: InboxRead;
  mounts: InboxMounts | null;
  changes?: SnapshotChanges;
}

/**
 * What changed for a feature whose last pass showed `last`: the snapshot's own changes when they start there (every
 * feature sees every read of its list), else a diff of the two reads; a first pass: every row is new.
 */
export function changesSince(last: InboxRead | undefined, snap: Pick<InboxSnapshot, 'read' | 'changes'>): ListChanges<InboxRow> {
  if (!last) return allAdded(snap.read.rows);
  if (last === snap.read) return NO_CHANGES;
  if (snap.changes?.since === last) return snap.changes;
  return diffList(last.rows, snap.read.rows);
}
type Listener = (snapshot: RawSnapshot) => void;

/**
 * How a layout's list is read, with its per-row memo: the legacy table, or the v3 case list. `rowOf` names the row a
 * changed node is in (read again at the next read); `reset` forgets every row.
 */
interface Reader {
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
type ReaderFactory = () => Reader;

const legacyReader: ReaderFactory = () => {
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
function searchCaseList(root: ParentNode): ReturnType<typeof readCaseList> {
  const now = Date.now();
  const last = searches.get(root);
  if (last && now - last.at < V3_SEARCH_MS / 2 && (!last.read.list || last.read.list.isConnected)) return last.read;
  const read = readCaseList(root, now, zone(), openAnyShadowRoot);
  searches.set(root, { at: now, read });
  return read;
}

/**
 * Page changes, for the search: no timer runs while the page stands still (a page without a list costs nothing).
 * One MutationObserver per root, on the document, on the shadow roots of its custom elements (closed ones opened)
 * and on its same-origin frames' documents, as the search meets them; listeners run at most once per V3_SEARCH_MS.
 */
class PageChanges {
  private readonly listeners = new Set<() => void>();
  private readonly observer: MutationObserver;
  private readonly observed = new WeakSet<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = 0;
  private innerAt = -Infinity;

  constructor(private readonly root: ParentNode) {
    this.observer = new MutationObserver(() => this.schedule());
    this.watch(root as unknown as Node);
  }

  private watch(node: Node): void {
    if (this.observed.has(node)) return;
    this.observed.add(node);
    this.observer.observe(node, { childList: true, subtree: true, characterData: true });
  }

  /** Shadow roots and frame documents under the root (a search that found nothing looks there next time); shared. */
  watchInner(): void {
    const now = Date.now();
    if (now - this.innerAt < V3_SEARCH_MS / 2) return;
    this.innerAt = now;
    this.watchUnder(this.root);
  }

  private watchUnder(root: ParentNode): void {
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName === 'IFRAME') {
        try {
          const doc = (el as HTMLIFrameElement).contentDocument;
          if (doc && !this.observed.has(doc)) {
            this.watch(doc);
            el.addEventListener('load', () => this.schedule());
          }
        } catch {
          // another origin: not ours to read
        }
        continue;
      }
      if (!el.tagName.includes('-')) continue;
      const shadow = openAnyShadowRoot(el);
      if (shadow && !this.observed.has(shadow)) {
        this.watch(shadow);
        this.watchUnder(shadow);
      }
    }
  }

  private schedule(): void {
    if (this.timer !== undefined || this.listeners.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.last = Date.now();
      for (const l of [...this.listeners]) l();
    }, Math.max(0, this.last + V3_SEARCH_MS - Date.now()));
  }

  add(listener: () => void, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.observer.disconnect();
      clearTimeout(this.timer);
      pageChanges.delete(this.root);
    }, { once: true });
  }
}
const pageChanges = new Map<ParentNode, PageChanges>();
function onPageChange(root: ParentNode, listener: () => void, signal: AbortSignal): PageChanges {
  let changes = pageChanges.get(root);
  if (!changes) pageChanges.set(root, (changes = new PageChanges(root)));
  changes.add(listener, signal);
  return changes;
}
/**
 * The v3 list; a row without a status label is of the view's status (the Response needed view lists those only).
 * Rows not changed since the last read keep their read (and identity).
 */
const v3Reader = (unlabelled: 'response-needed' | undefined): ReaderFactory => () => {
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

/** the page's attributes that change what a row says (ours are never among them) */
const WATCHED_ATTRIBUTES = [
  SELECTORS.attr.threadId, SELECTORS.attr.status, SELECTORS.attr.busy, SELECTORS.attr.pageNumber,
  SELECTORS.attr.total, SELECTORS.attr.datetime, SELECTORS.attr.marketplaceId, SELECTORS.attr.system,
];

const OBSERVE: MutationObserverInit = {
  childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES,
};

const isOurs = (node: Node): boolean => {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest('[data-si]') != null;
};

/** True when a mutation record is only about our own nodes. */
export function isOwnMutation(record: Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>): boolean {
  if (isOurs(record.target)) return true;
  if (record.type !== 'childList') return false;
  for (const n of record.addedNodes) if (!isOurs(n)) return false;
  for (const n of record.removedNodes) if (!(n.nodeType === 1 && (n as Element).hasAttribute('data-si'))) return false;
  return true;
}

class ListSource {
  private readonly listeners = new Set<Listener>();
  private readonly observer: MutationObserver;
  private cached: RawSnapshot | undefined;
  /** the read before (what the next read's changes are counted from) */
  private last: RawSnapshot | undefined;
  /** rows the page wrote to since the last read */
  private touched = new Set<Element>();
  /** the page changed the list beyond the rows it had (rows added, removed, moved; loading): read it whole */
  private whole = true;
  private readonly reader: Reader;
  private readonly rowRoots = new WeakSet<ShadowRoot>();

  constructor(readonly list: Element, private readonly root: ParentNode, makeReader: ReaderFactory = legacyReader) {
    this.reader = makeReader();
    this.observer = new MutationObserver((records) => {
      // the list left the page (in-app navigation, a re-render): not a change to read; a new list is found anew
      if (!list.isConnected) return;
      let changed = false;
      for (const r of records) {
        if (isOwnMutation(r)) continue;
        changed = true;
        // rows the change touched are read again; the others keep their read (and identity)
        const row = this.reader.rowOf(r.target, list);
        if (row) {
          this.reader.markDirty(row);
          this.touched.add(row);
        }
        if (!row || (r.type === 'attributes' && r.attributeName === SELECTORS.attr.busy)) this.whole = true;
      }
      if (!changed) return;
      this.cached = undefined;
      this.emit();
    });
    this.observer.observe(list, OBSERVE);
  }

  /**
   * The current read (cached until the list changes), with what changed since the read before: when the page wrote
   * to known rows only, only those are read again (the rest of the list is not walked).
   */
  snapshot(): RawSnapshot {
    if (this.cached) return this.cached;
    const last = this.last;
    const touched = this.touched;
    const whole = this.whole;
    this.touched = new Set();
    this.whole = false;
    let snap = !whole && last && this.reader.again ? this.reader.again(last, touched) : undefined;
    if (!snap) {
      snap = this.reader.read(this.root);
      this.watchRowRoots(snap.read);
    }
    if (last && snap.changes?.since !== last.read) {
      snap.changes = { since: last.read, ...diffList(last.read.rows, snap.read.rows, (r) => touched.has(r.rowElement)) };
    }
    this.cached = this.last = snap;
    return snap;
  }

  /** Rows inside their own shadow roots: changes in there are changes of the list too. */
  private watchRowRoots(read: InboxRead): void {
    const home = this.list.getRootNode();
    if (read.rows.length === 0 || read.rows[0]?.rowElement.getRootNode() === home) return;
    for (const { rowElement } of read.rows) {
      const root = rowElement.getRootNode();
      if (root === home || !(root instanceof ShadowRoot) || this.rowRoots.has(root)) continue;
      this.rowRoots.add(root);
      this.observer.observe(root, OBSERVE);
    }
  }

  add(listener: Listener, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.observer.disconnect();
        sources.delete(this.list);
      }
    }, { once: true });
  }

  /**
   * One list change: the read and every feature's pass, timed on the page's timeline (the bench reads it). The first
   * read does not wait for the rows' categories (asked of the background): badges and order show with the rows,
   * chips follow one round trip later.
   */
  private emit(): void {
    this.emitNow();
  }

  private emitNow(): void {
    const start = performance.now();
    const snap = this.snapshot();
    for (const l of [...this.listeners]) l(snap);
    performance.clearMeasures(CHANGE_MEASURE);
    performance.measure(CHANGE_MEASURE, { start, end: performance.now(), detail: { rows: snap.read.rows.length } });
  }

  /** Forces a fresh read on the next snapshot. */
  invalidate(): void {
    this.cached = undefined;
    this.whole = true;
    this.reader.reset();
  }
}

const sources = new Map<Element, ListSource>();

/** the inbox reader's id in the page check */
export const INBOX_CHECK_ID = 'inbox';

/**
 * What the inbox adapter found, for the page check: the layout this adapter reads (the table inbox,
 * 'legacy' beside Amazon's two-pane inbox v3), the rows read, and which of its parts it found.
 */
export function inboxPageCheck(
  read: Pick<InboxRead, 'recognised' | 'missing' | 'rows'>, mounts: InboxMounts | null, layout: 'legacy' | 'v3' = 'legacy',
): PageCheck {
  const missing = new Set(read.missing);
  if (!mounts && missing.size === 0) missing.add('toolbar');
  return {
    layout: read.recognised && mounts ? layout : LAYOUT_NONE,
    items: read.rows.length,
    // the rows' parts are looked for only in a list that was found
    parts: missing.has('threadList')
      ? { list: false, toolbar: !missing.has('toolbar') }
      : { list: true, toolbar: !missing.has('toolbar'), rows: !missing.has('rows'), rowIds: !missing.has('threadId'), times: !missing.has('time') },
  };
}

export interface WatchOptions {
  /** Called for every new read of a recognised, loaded list. */
  onRead: (snapshot: InboxSnapshot) => void;
  root?: ParentNode;
  waitMs?: number;
}

/**
 * Watches the inbox list for this feature until `signal` aborts. A list that is missing after
 * `waitMs`, or whose rows cannot be read, is reported with what is missing (the feature pauses).
 * Returns `refresh()`: re-reads now and calls onRead (e.g. after a setting changed).
 */
export function watchInbox(ctx: FeatureContext, signal: AbortSignal, options: WatchOptions): { refresh(): void } {
  const root = options.root ?? document;
  let current: ListSource | undefined;

  const detected = ctx.page.detected;
  const v3 = detected.kind === 'inbox' && detected.layout === 'v3';
  const reader = v3 ? v3Reader(detected.view === 'responseNeeded' ? 'response-needed' : undefined) : legacyReader;

  const handle = ({ read, mounts, changes }: RawSnapshot): void => {
    if (read.loading) return;
    reportPageCheck(INBOX_CHECK_ID, inboxPageCheck(read, mounts, v3 ? 'v3' : 'legacy'));
    if (!read.recognised || !mounts) {
      const missing = read.missing.length ? read.missing : ['toolbar'];
      ctx.reportProblem(problemText(v3 ? 'caseList' : 'inboxRows', missing));
      return;
    }
    options.onRead({ read, mounts, ...(changes ? { changes } : {}) });
  };
  const guarded = ctx.guard(handle);

  const attach = (list: Element): void => {
    if (signal.aborted || current?.list === list) return;
    if (notFound) {
      notFound = false;
      ctx.notify(null);
    }
    let source = sources.get(list);
    if (!source) {
      source = new ListSource(list, root, reader);
      sources.set(list, source);
    }
    current = source;
    source.add((snap) => { if (current === source) guarded(snap); }, signal);
    guarded(source.snapshot());
  };

  let framed = false;
  let notFound = false;
  if (v3) {
    // the known layout's list as it appears; else the list found by its structure (renamed, wrapped, in shadow roots),
    // searched again when the page changes (the app may render its list late, replace it, or never show one)
    ctx.observe(V3_SELECTORS.list, (list) => attach(list));
    const changes: { current?: PageChanges } = {};
    const find = ctx.guard(async () => {
      if (current?.list.isConnected) return;
      const read = searchCaseList(root);
      if (read.list && read.rows.length > 0) {
        attach(read.list);
        return;
      }
      // not found: the next page change inside shadow roots and frames counts too
      changes.current?.watchInner();
      // the list is in a frame: the page UI goes there too (once per frame document) and handles it
      const frameDoc = caseListFrame(root);
      framed = frameDoc !== undefined;
      if (frameDoc) await requestFramePageUi(frameDoc);
    });
    changes.current = onPageChange(root, find, signal);
    find();
  } else {
    ctx.observe(SELECTORS.threadList, (list) => attach(list));
  }
  const timer = setTimeout(ctx.guard(() => {
    if (current || framed) return;
    const { read, mounts } = reader().read(root);
    reportPageCheck(INBOX_CHECK_ID, inboxPageCheck(read, mounts, v3 ? 'v3' : 'legacy'));
    const missing = read.missing.length ? read.missing : [v3 ? 'caseList' : 'threadList'];
    // the v3 app may show its list later (a cold deep link, a narrow window, another filter): say so and keep looking
    if (v3) {
      notFound = true;
      ctx.notify(problemText('caseList', missing));
    } else ctx.reportProblem(problemText('inboxRows', missing));
  }), options.waitMs ?? INBOX_WAIT_MS);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  return {
    refresh() {
      if (!current || signal.aborted) return;
      current.invalidate();
      guarded(current.snapshot());
    },
  };
}
