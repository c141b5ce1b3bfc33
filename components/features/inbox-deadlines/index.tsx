/**
 * inbox-deadlines: on the inbox, a deadline badge on every row (Amazon's 24-hour rule), the rows in
 * urgency order (switchable in our toolbar part, remembered in the settings), and the rows stored in
 * the background (counts, Next). On a conversation page, the thread's status is stored. The inbox v3 shows both on
 * one page: the open case's row counts from the case's exact oldest unanswered message (read from the right pane).
 *
 * Every list change is ONE batched pass over what changed (inbox-source.ts hands it the rows added, removed and
 * touched): compute those rows' badges, sort again only when rows came, went or moved, then write (only the badges
 * of those rows, only the `order` of rows whose place changed); the minute tick rewrites every badge in one pass. The
 * pass is timed with `performance.measure('seller-inbox:inbox-update')` (the page's timeline; the bench reads it).
 */
import { defineFeature, type FeatureContext } from '../../page/feature';
import { t } from '../../page/i18n';
import { pageSession } from '../inbox-shared/session';
import type { InboxRow } from '../../../lib/seller-central/inbox-page';
import { loadInboxSettings, saveSortUrgency, type InboxSettings } from '../inbox-shared/settings';
import { addPageStyle, styleRowRoots } from '../inbox-shared/page-style';
import { changesSince, watchInbox, type InboxSnapshot } from '../inbox-shared/inbox-source';
import { compareUrgency, groupByMarketplace, rowBadge, rowIsNotice, rowUrgency, threadInputOf, type RowUrgency } from '../inbox-shared/row-model';
import { Ranking } from '../../../lib/ordering/ranking';
import { changesRows } from '../../../lib/inbox-pass/list-changes';
import { classify, knownClass } from '../inbox-shared/classes';
import { createStore } from '../inbox-shared/store';
import { renderSortToggle } from '../inbox-shared/sort-toggle';
import { arrangeToolbar, TOOLBAR_CSS, toolbarSpot } from '../inbox-shared/toolbar';
import { BadgeLayer, type BadgeWrite } from './badges';
import { UrgencyOrder } from './urgency-order';
import { sendWhenLeft, ThreadSync, type ThreadBatch } from './store-threads';
import { syncThreadPage } from './thread-page';
import { isRowOfCase, withOpenCaseRow, type OpenCaseTimes } from '../../../lib/seller-central/case-list-rows';
import { showsConversation } from '../thread-shared/open-case';

/** The case open next to the list (v3), as its read says; `changed` redraws the badges. */
interface OpenCase { get(): OpenCaseTimes | undefined; onChange(fn: () => void): void }

export const UPDATE_MEASURE = 'seller-inbox:inbox-update';
const MINUTE = 60_000;

/** Amazon's notice: the adapter's read, or the classifier's once known (no deadline, last in the urgency order). */
const isNotice = (r: InboxRow): boolean => rowIsNotice(r, knownClass(r));

interface SortState { urgency: boolean }

function batchesOf(rows: readonly InboxRow[], accountId: string, marketplaceId: string, page: number | undefined, accountName?: string): ThreadBatch[] {
  return [...groupByMarketplace(rows, marketplaceId)].map(([mp, list]) => ({
    accountId, marketplaceId: mp, ...(accountName ? { accountName } : {}), threads: list.map((r) => threadInputOf(r, knownClass(r), page)),
  }));
}

function initInbox(ctx: FeatureContext, signal: AbortSignal, settings: InboxSettings, openCase?: OpenCase): void {
  addPageStyle(document, signal);
  const badges = new BadgeLayer(document);
  const order = new UrgencyOrder();
  const sync = new ThreadSync((error) => {
    console.warn('[seller-inbox:inbox-deadlines] could not store the threads:', error);
    ctx.notify(t('inboxStoreFailed', 'threads could not be saved; deadlines still show'));
  });
  const sort = createStore<SortState>({ urgency: settings.sortUrgency });
  const opts = { timeZone: settings.timeZone, dueSoonHours: settings.dueSoonHours };
  let last: InboxSnapshot | undefined;
  let toolbarMounted = false;
  let marketplaceId: string | undefined;
  /** rows of the list not stored yet (stored once the page names the account) */
  const unsent = new Set<InboxRow>();
  /** each row's notice as its badge shows it (a class that comes later may change it) */
  const noticeShown = new WeakMap<InboxRow, boolean>();
  /** rows of the list whose class is not known yet: looked at again once it is */
  const unclassified = new Set<InboxRow>();
  /** the open case the badges show */
  let openShown: OpenCaseTimes | undefined;
  /** the rows most urgent first, kept from pass to pass (rows that came or changed are put in their place) */
  const ranking = new Ranking<InboxRow, RowUrgency>(compareUrgency);
  const urgencyOfRow = (r: InboxRow): RowUrgency => {
    const row = withOpenCaseRow(r, openCase?.get());
    return rowUrgency(row, isNotice(row));
  };

  signal.addEventListener('abort', () => {
    badges.clear();
    order.restore();
    sync.stop();
  }, { once: true });
  sendWhenLeft(sync, signal);

  /**
   * The batched pass, timed: the badges of `rows` (every row: 'all'; `gone`: rows no longer in the list) and, when
   * `reorder`, the urgency order: the rows that went and came (or whose place may have changed: in both) taken out
   * and put in their place ('all': sorted anew), written only where a row's place changed. A list change passes the
   * rows it changed only.
   */
  const update = (
    snap: InboxSnapshot, reason: string, rows: readonly InboxRow[] | 'all', gone: readonly Element[],
    reorder?: { went: readonly InboxRow[]; came: readonly InboxRow[] } | 'all',
  ): void => {
    const start = performance.now();
    const now = new Date();
    const open = openCase?.get();
    openShown = open;
    // the order first: the rows shown first are the rows of a long list that get their badge now (near-view.ts)
    if (reorder === 'all') ranking.reset(snap.read.rows, urgencyOfRow);
    else if (reorder) ranking.update(reorder.went, reorder.came, urgencyOfRow, () => snap.read.rows);
    const sorted = reorder && sort.get().urgency ? ranking.items.map((r) => r.rowElement) : undefined;
    if (reorder) snap.near.setShownOrder(sorted);
    // compute phase: every view model first (a long list: the rows near the view)
    const items: BadgeWrite[] = [];
    for (const r of rows === 'all' ? snap.read.rows : rows) {
      const row = withOpenCaseRow(r, open);
      const notice = isNotice(row);
      noticeShown.set(r, notice);
      if (snap.near.shows(r.rowElement)) items.push({ row: r.rowElement, badge: rowBadge(row, marketplaceId, now, opts, settings.locale, notice) });
    }
    // write phase
    if (rows === 'all') badges.write(items);
    else {
      badges.drop(gone);
      badges.update(items);
    }
    if (reorder) {
      if (sorted) order.show(snap.mounts.list, sorted);
      else order.restore();
    }
    performance.clearMeasures(UPDATE_MEASURE);
    performance.measure(UPDATE_MEASURE, { start, end: performance.now(), detail: { rows: items.length, reason } });
  };

  /** the rows whose class came in since they were badged: badged (and ordered) again when that makes them notices */
  const classesCame = ctx.guard(() => {
    const snap = last;
    if (!snap) return;
    const known = [...unclassified].filter((r) => knownClass(r));
    for (const r of known) unclassified.delete(r);
    const open = openCase?.get();
    const changed = known.filter((r) => isNotice(withOpenCaseRow(r, open)) !== noticeShown.get(r));
    if (changed.length) update(snap, 'classes', changed, [], { went: changed, came: changed });
  });

  const mountToolbar = (snap: InboxSnapshot): void => {
    if (toolbarMounted) return;
    toolbarMounted = true;
    const onChange = (urgency: boolean): void => {
      if (sort.get().urgency === urgency) return;
      sort.set({ urgency });
      if (last) update(last, 'sort', [], [], { went: [], came: [] });
      saveSortUrgency(urgency).catch((error: unknown) => console.warn('[seller-inbox:inbox-deadlines] sort not saved:', error));
    };
    void ctx.mountDom({
      name: 'inbox-sort', ...toolbarSpot(snap.mounts, 'inbox-sort', signal), css: TOOLBAR_CSS,
      render: (container, removed) => renderSortToggle(container, removed, sort, ctx.guard(onChange)),
    }).then(() => arrangeToolbar(snap.mounts), () => undefined);
  };

  watchInbox(ctx, signal, {
    onRead(snap) {
      const changes = changesSince(last?.read, snap);
      last = snap;
      styleRowRoots(changes.added);
      const session = pageSession(document);
      const everyRow = marketplaceId !== session.marketplaceId;
      marketplaceId = session.marketplaceId;
      for (const r of changes.removed) {
        unclassified.delete(r);
        unsent.delete(r);
      }
      for (const r of changes.added) {
        if (!knownClass(r)) unclassified.add(r);
        if (!r.transient) unsent.add(r);
      }
      // only the rows the change added or touched (a row the page wrote again may have lost its badge)
      const added = new Set(changes.added.map((r) => r.rowElement));
      const gone = changes.removed.map((r) => r.rowElement).filter((el) => !added.has(el));
      const reorder = everyRow || changes.moved ? 'all' : changesRows(changes) ? { went: changes.removed, came: changes.added } : undefined;
      update(snap, 'list', everyRow ? 'all' : [...changes.added, ...changes.touched], gone, reorder);
      // the classifier may know a row is Amazon's notice the adapter could not tell: once its answer is in, again
      if (unclassified.size) classify([...unclassified]).then(classesCame, () => undefined);
      mountToolbar(snap);
      const skipped = snap.read.problems.missingId + snap.read.problems.missingTime;
      ctx.notify(skipped > 0 ? t('inboxRowsSkipped', '$1 inbox rows could not be read (no thread id or time)', [String(skipped)]) : null);
      // store the rows read anew (unchanged rows keep their read object: already sent)
      if (unsent.size && session.merchantId && session.marketplaceId) {
        const fresh = [...unsent];
        unsent.clear();
        const { merchantId, marketplaceId: mp, accountName } = session;
        const page = snap.read.pageNumber;
        sync.schedule(() => batchesOf(fresh, merchantId, mp, page, accountName));
      }
    },
    // rows of a long list that came near the view: badged now (with the time as it is now)
    onNear: (rows, snap) => update(snap, 'near', rows, []),
  });

  // the open case changed: its row (and the one open before) badged and ordered again
  openCase?.onChange(ctx.guard(() => {
    if (!last) return;
    const before = openShown;
    const open = openCase.get();
    const rows = last.read.rows.filter((r) => isRowOfCase(r, before) || isRowOfCase(r, open));
    update(last, 'case', rows, [], { went: rows, came: rows });
  }));

  // the minute tick, on the minute: badge texts and states move with time (the order does not)
  const tick = ctx.guard(() => { if (last) update(last, 'tick', 'all', []); });
  let interval: ReturnType<typeof setInterval> | undefined;
  const first = setTimeout(() => {
    tick();
    interval = setInterval(tick, MINUTE);
  }, MINUTE - (Date.now() % MINUTE) + 50);
  signal.addEventListener('abort', () => {
    clearTimeout(first);
    clearInterval(interval);
  }, { once: true });
}

export default defineFeature({
  id: 'inbox-deadlines',
  pages: ['inbox', 'thread'],
  async init(ctx, signal) {
    let open: OpenCaseTimes | undefined;
    let changed: (() => void) | undefined;
    if (showsConversation(ctx.page)) {
      syncThreadPage(ctx, signal, (c) => {
        if (JSON.stringify(c) === JSON.stringify(open)) return;
        open = c;
        changed?.();
      });
    }
    if (ctx.page.kind !== 'inbox') return;
    const settings = await loadInboxSettings();
    if (signal.aborted) return;
    initInbox(ctx, signal, settings, { get: () => open, onChange: (fn) => { changed = fn; } });
  },
});
