/**
 * One inbox list watched for the features (inbox-source.ts): one MutationObserver per list and one read per change,
 * shared by every feature of the page view. Changes the features make themselves (their nodes are marked `data-si`;
 * `style`, `data-si-*` attributes) are not changes of the list.
 */
import { SELECTORS, type InboxRead } from '../../../lib/seller-central/inbox-page';
import { diffList } from '../../../lib/inbox-pass/list-changes';
import type { RawSnapshot, Reader, ReaderFactory } from './list-readers';
import { NearView } from './near-view';

/** user-timing name of one list change handled (read + every inbox feature's batched pass) */
export const CHANGE_MEASURE = 'seller-inbox:inbox-change';

type Listener = (snapshot: RawSnapshot) => void;

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

const isOurNode = (node: Node): boolean => node.nodeType === 1 && (node as Element).hasAttribute('data-si');

/**
 * True when a mutation record is only about our own nodes: inside one of ours, or adding and removing ours only.
 * The nodes are looked at first: our badge or chip added to a page cell (500 of each on a first pass) needs no walk
 * up from the cell.
 */
export function isOwnMutation(record: Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>): boolean {
  if (record.type === 'childList' && onlyOurNodes(record)) return true;
  return isOurs(record.target);
}

function onlyOurNodes(record: Pick<MutationRecord, 'addedNodes' | 'removedNodes'>): boolean {
  for (const n of record.addedNodes) if (!isOurNode(n) && !isOurs(n)) return false;
  for (const n of record.removedNodes) if (!isOurNode(n)) return false;
  return true;
}

export class ListSource {
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
  /** which rows of a long list are near the view (near-view.ts), for every feature of the list */
  readonly near = new NearView();

  constructor(readonly list: Element, private readonly root: ParentNode, makeReader: ReaderFactory) {
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
    if (!last || snap.read.rows !== last.read.rows) this.near.setRows(snap.read.rows.map((r) => r.rowElement));
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
        this.near.disconnect();
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

export const sources = new Map<Element, ListSource>();
