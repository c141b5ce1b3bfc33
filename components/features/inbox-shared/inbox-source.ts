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
import { classifyWithin } from './classes';
import {
  createInboxRowCache, findInboxMounts, readInboxPage, rowOf, SELECTORS, type InboxMounts, type InboxRead, type InboxRowCache,
} from '../../../lib/seller-central/inbox-page';
import { readCaseList, V3_SELECTORS } from '../../../lib/seller-central/inbox-v3-page';
import { caseListAsInbox } from '../../../lib/seller-central/case-list-rows';
import { openAnyShadowRoot } from '../../page/shadow-opener';
import { sendRequest } from '../../messaging';
import { problemText } from '../../page/problem-text';

/** how often the v3 app is searched for its case list by structure until it shows (no selector names it) */
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

/**
 * The first read with rows waits at most this long for the rows' categories (asked of the background),
 * so that every inbox feature writes in the same task: the page lays the list out once, not twice.
 */
export const FIRST_READ_WAIT_MS = 250;

export interface InboxSnapshot {
  read: InboxRead;
  mounts: InboxMounts;
}

interface RawSnapshot {
  read: InboxRead;
  mounts: InboxMounts | null;
}
type Listener = (snapshot: RawSnapshot) => void;
/** How a layout's list is read: the legacy table (with its per-row memo), or the v3 case list. */
type Reader = (root: ParentNode, cache: InboxRowCache) => RawSnapshot;

const readLegacy: Reader = (root, cache) => ({ read: readInboxPage(root, cache), mounts: findInboxMounts(root) });
const zone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The structural search for the v3 list, shared: every inbox feature searches on its own timer, but they start
 * together, so one scan of the page serves them all within half a search period.
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
/** The v3 list; a row without a status label is of the view's status (the Response needed view lists those only). */
const readV3 = (unlabelled: 'response-needed' | undefined): Reader => (root) =>
  caseListAsInbox(readCaseList(root, Date.now(), zone(), openAnyShadowRoot), unlabelled);

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
  private readonly rowCache = createInboxRowCache();
  private readonly rowRoots = new WeakSet<ShadowRoot>();
  private primed = false;
  private priming: Promise<void> | undefined;
  private emitQueued = false;

  constructor(readonly list: Element, private readonly root: ParentNode, private readonly reader: Reader = readLegacy) {
    this.observer = new MutationObserver((records) => {
      // the list left the page (in-app navigation, a re-render): not a change to read; a new list is found anew
      if (!list.isConnected) return;
      let changed = false;
      for (const r of records) {
        if (isOwnMutation(r)) continue;
        changed = true;
        // rows the change touched are read again; the others keep their read (and identity)
        const row = rowOf(r.target);
        if (row) this.rowCache.dirty.add(row);
      }
      if (!changed) return;
      this.cached = undefined;
      this.emit();
    });
    this.observer.observe(list, OBSERVE);
  }

  /** The current read (cached until the list changes). */
  snapshot(): RawSnapshot {
    if (!this.cached) {
      this.cached = this.reader(this.root, this.rowCache);
      this.watchRowRoots(this.cached.read);
    }
    return this.cached;
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

  /** Runs `fn` now, or (before the first read with rows) once that read's categories are known or FIRST_READ_WAIT_MS passed. */
  whenPrimed(fn: () => void): void {
    if (this.primed) {
      fn();
      return;
    }
    if (!this.priming) {
      const { read } = this.snapshot();
      if (read.loading || read.rows.length === 0) {
        fn();
        return;
      }
      this.priming = classifyWithin(read.rows, FIRST_READ_WAIT_MS).then(() => { this.primed = true; });
    }
    void this.priming.then(fn);
  }

  /** One list change: the read and every feature's pass, timed on the page's timeline (the bench reads it). */
  private emit(): void {
    if (!this.primed) {
      if (this.emitQueued) return;
      this.emitQueued = true;
      this.whenPrimed(() => {
        this.emitQueued = false;
        this.emitNow();
      });
      return;
    }
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
    this.rowCache.results = new WeakMap();
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
  const reader = v3 ? readV3(detected.view === 'responseNeeded' ? 'response-needed' : undefined) : readLegacy;

  const handle = ({ read, mounts }: RawSnapshot): void => {
    if (read.loading) return;
    reportPageCheck(INBOX_CHECK_ID, inboxPageCheck(read, mounts, v3 ? 'v3' : 'legacy'));
    if (!read.recognised || !mounts) {
      const missing = read.missing.length ? read.missing : ['toolbar'];
      ctx.reportProblem(problemText(v3 ? 'caseList' : 'inboxRows', missing));
      return;
    }
    options.onRead({ read, mounts });
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
    const first = source;
    first.whenPrimed(() => { if (current === first && !signal.aborted) guarded(first.snapshot()); });
  };

  let search: ReturnType<typeof setInterval> | undefined;
  let framed = false;
  let notFound = false;
  if (v3) {
    // the known layout's list as it appears; else the list found by its structure (renamed, wrapped, in shadow roots)
    ctx.observe(V3_SELECTORS.list, (list) => attach(list));
    const find = ctx.guard(async () => {
      if (current?.list.isConnected) return;
      const read = searchCaseList(root);
      if (read.list && read.rows.length > 0) {
        attach(read.list);
        return;
      }
      // the list is in a frame: the page UI goes there too (once per frame document) and handles it
      const frameDoc = caseListFrame(root);
      framed = frameDoc !== undefined;
      if (frameDoc) await requestFramePageUi(frameDoc);
    });
    find();
    search = setInterval(find, V3_SEARCH_MS);
    // after the first seconds, a slower search: the app may replace its list (another filter, a re-render)
    const slower = setTimeout(() => {
      clearInterval(search);
      search = setInterval(find, 6 * V3_SEARCH_MS);
    }, options.waitMs ?? INBOX_WAIT_MS);
    signal.addEventListener('abort', () => clearTimeout(slower), { once: true });
  } else {
    ctx.observe(SELECTORS.threadList, (list) => attach(list));
  }
  const timer = setTimeout(ctx.guard(() => {
    if (current || framed) return;
    const { read, mounts } = reader(root, createInboxRowCache());
    reportPageCheck(INBOX_CHECK_ID, inboxPageCheck(read, mounts, v3 ? 'v3' : 'legacy'));
    const missing = read.missing.length ? read.missing : [v3 ? 'caseList' : 'threadList'];
    // the v3 app may show its list later (a cold deep link, a narrow window, another filter): say so and keep looking
    if (v3) {
      notFound = true;
      ctx.notify(problemText('caseList', missing));
    } else ctx.reportProblem(problemText('inboxRows', missing));
  }), options.waitMs ?? INBOX_WAIT_MS);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearInterval(search);
  }, { once: true });

  return {
    refresh() {
      if (!current || signal.aborted) return;
      current.invalidate();
      guarded(current.snapshot());
    },
  };
}
