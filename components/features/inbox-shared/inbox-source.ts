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
import { SELECTORS, type InboxMounts, type InboxRead, type InboxRow } from '../../../lib/seller-central/inbox-page';
import { V3_SELECTORS } from '../../../lib/seller-central/inbox-v3-page';
import { allAdded, diffList, NO_CHANGES, type ListChanges } from '../../../lib/inbox-pass/list-changes';
import { problemText } from '../../page/problem-text';
import { caseListFrame, legacyReader, requestFramePageUi, searchCaseList, v3Reader, type RawSnapshot, type SnapshotChanges } from './list-readers';
import { onPageChange, type PageChanges } from './page-changes';
import { ListSource, sources } from './list-source';
import { rowsOf, type NearView } from './near-view';

export { CHANGE_MEASURE, isOwnMutation } from './list-source';
export type { SnapshotChanges } from './list-readers';

/** how long the inbox may take to render its list before we call it "not found" */
export const INBOX_WAIT_MS = 8_000;

export interface InboxSnapshot {
  read: InboxRead;
  mounts: InboxMounts;
  /** which rows are near the seller's view (a long list's per-row UI is written for those only) */
  near: NearView;
  /** absent on a first read or one read anew (everything is new then) */
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
  /** Called with rows of a long list that came near the seller's view (near-view.ts), of the read last handed to onRead. */
  onNear?: (rows: InboxRow[], snapshot: InboxSnapshot) => void;
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
  /** the read last handed to onRead */
  let handed: InboxSnapshot | undefined;
  /** the lists this feature listens to (a list shown again is not listened to twice) */
  const joined = new WeakSet<ListSource>();

  const detected = ctx.page.detected;
  const v3 = detected.kind === 'inbox' && detected.layout === 'v3';
  const reader = v3 ? v3Reader(detected.view === 'responseNeeded' ? 'response-needed' : undefined) : legacyReader;

  const handle = ({ read, mounts, changes }: RawSnapshot, near: NearView): void => {
    if (read.loading) return;
    reportPageCheck(INBOX_CHECK_ID, inboxPageCheck(read, mounts, v3 ? 'v3' : 'legacy'));
    if (!read.recognised || !mounts) {
      const missing = read.missing.length ? read.missing : ['toolbar'];
      ctx.reportProblem(problemText(v3 ? 'caseList' : 'inboxRows', missing));
      return;
    }
    handed = { read, mounts, near, ...(changes ? { changes } : {}) };
    options.onRead(handed);
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
    if (!joined.has(source)) {
      joined.add(source);
      const mine = source;
      mine.add((snap) => { if (current === mine) guarded(snap, mine.near); }, signal);
      const onNear = options.onNear;
      if (onNear) {
        mine.near.onNear(ctx.guard((elements: Element[]) => {
          const snap = handed;
          if (current !== mine || snap?.near !== mine.near) return;
          const rows = rowsOf(snap.read, elements);
          if (rows.length) onNear(rows, snap);
        }), signal);
      }
    }
    guarded(source.snapshot(), source.near);
  };

  let framed = false;
  let notFound = false;
  if (v3) {
    // the known layout's list as it appears; else the list found by its structure (renamed, wrapped, in shadow roots),
    // searched again when the page changes (the app may render its list late, replace it, or never show one)
    // (the adapter reads the list from the document: a list inside a shadow root is found by the structural search)
    ctx.observe(V3_SELECTORS.list, (list) => attach(list), { lightDomOnly: true });
    const changes: { current?: PageChanges } = {};
    const find = ctx.guard(async () => {
      if (current?.list.isConnected) return;
      // the known layout's list: attached as it is (its source reads it; a structural search would read every row twice)
      const known = root.querySelector(V3_SELECTORS.list);
      if (known) {
        attach(known);
        return;
      }
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
    // (the table may sit inside shadow roots: the legacy reader looks through them, so does the watcher)
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
      guarded(current.snapshot(), current.near);
    },
  };
}
