/**
 * inbox-categories: a category chip on every inbox row (plain DOM, like the badges) and a category
 * filter in our toolbar part (All / each category with its count on this page) that hides the other
 * rows (`data-si-hidden`, undone when the feature stops). On a conversation page, a chip next to the
 * subject, from the buyer's first message. The classes come from the background (inbox-shared/classes.ts):
 * rows already classified get their chip in the list's pass, the others one round trip later.
 */
import { CATEGORIES } from '../../../lib/model';
import { chipCellOf } from '../../../lib/seller-central/inbox-page';
import { showsConversation } from '../thread-shared/open-case';
import { defineFeature, type FeatureContext } from '../../page/feature';
import { t } from '../../page/i18n';
import { changesSince, watchInbox } from '../inbox-shared/inbox-source';
import type { InboxRow } from '../../../lib/seller-central/inbox-page';
import { watchThreadOnDemand as watchThread } from '../../page/on-demand/load';
import { addPageStyle, styleRowRoots } from '../inbox-shared/page-style';
import { categoryCounts, passesFilter, rowIsNotice, threadClassSource, type CategoryCounts, type CategoryFilter } from '../inbox-shared/row-model';
import { classify, knownClass } from '../inbox-shared/classes';
import type { InboxSnapshot } from '../inbox-shared/inbox-source';
import { bindStore, createStore, type Store } from '../inbox-shared/store';
import { arrangeToolbar, oursMark, TOOLBAR_CSS, toolbarSpot } from '../inbox-shared/toolbar';
import { h, setAttr, setText } from '../../page/dom';
import { ChipLayer, categoryLabel, type ChipWrite, type Shown } from './chips';
import type { NearView } from '../inbox-shared/near-view';

type Filter = CategoryFilter;

/** `notices`: how many rows are Amazon's notices (counted apart from the categories) */
interface FilterState { filter: Filter; counts: CategoryCounts; notices: number; total: number }

/** The filter part: built once (one option per category); the store's changes set the counts, `disabled` and the value. */
function renderCategoryFilter(container: HTMLElement, removed: AbortSignal, store: Store<FilterState>, onChange: (f: Filter) => void): void {
  const all = h('option', { value: 'all' });
  const byCategory = CATEGORIES.map((c) => h('option', { value: c }));
  const notice = h('option', { value: 'notice' });
  const select = h('select', { 'data-si-part': 'category-filter' }, [all, ...byCategory, notice], {
    change: (e) => onChange((e.currentTarget as HTMLSelectElement).value as Filter),
  });
  container.append(h('label', { class: 'part ours', 'data-si-part': 'ours' }, [
    oursMark(), h('span', { class: 'label' }, [`${t('inboxCategoryLabel', 'Category')}:`]), select,
  ]));
  bindStore(store, removed, ({ filter, counts, notices, total }) => {
    setText(all, `${t('inboxCategoryAll', 'All')} (${total})`);
    CATEGORIES.forEach((c, i) => {
      const option = byCategory[i]!;
      setText(option, `${categoryLabel(c)} (${counts[c]})`);
      setAttr(option, 'disabled', counts[c] === 0 && filter !== c);
    });
    setText(notice, `${t('inboxCategoryNotices', 'Amazon notices')} (${notices})`);
    setAttr(notice, 'disabled', notices === 0 && filter !== 'notice');
    if (select.value !== filter) select.value = filter;
  });
}

function initInbox(ctx: FeatureContext, signal: AbortSignal): void {
  addPageStyle(document, signal);
  const chips = new ChipLayer(document);
  const hidden = new Set<Element>();
  const store = createStore<FilterState>({ filter: 'all', counts: categoryCounts([]), notices: 0, total: 0 });
  /** the rows with a chip (their class known), by row element; the counts are theirs */
  const shown = new Map<Element, Shown>();
  const counts = categoryCounts([]);
  let notices = 0;
  /** rows of the list whose class is not known yet (no chip; every filter shows them) */
  const unclassified = new Set<InboxRow>();
  let mounted = false;

  const filterRow = (row: Element, s: Shown | undefined, filter: Filter): void => {
    const show = !s || passesFilter(s.category, filter, s.system);
    if (show && hidden.has(row)) {
      row.removeAttribute('data-si-hidden');
      hidden.delete(row);
    } else if (!show && !hidden.has(row)) {
      row.setAttribute('data-si-hidden', '');
      hidden.add(row);
    }
  };
  const applyFilter = (): void => {
    const { filter } = store.get();
    for (const [row, s] of shown) filterRow(row, s, filter);
  };
  signal.addEventListener('abort', () => {
    chips.clear();
    for (const row of hidden) row.removeAttribute('data-si-hidden');
    hidden.clear();
  }, { once: true });

  const count = (s: Shown, by: 1 | -1): void => {
    // a notice counts under "Amazon notices", not under its category
    if (s.system) notices += by;
    else counts[s.category] += by;
  };
  /** rows gone from the list: their chips, counts and filter go */
  const forget = (rows: readonly Element[]): void => {
    for (const row of rows) {
      const s = shown.get(row);
      if (s) count(s, -1);
      shown.delete(row);
      filterRow(row, undefined, 'all');
    }
    chips.remove(rows);
  };
  /**
   * These rows' chips, counts and filter from their classes (rows not classified yet: none). A long list's rows away
   * from the view count and filter now, and get their chip when they come near (near-view.ts).
   */
  const paint = (rows: readonly InboxRow[], near: NearView): void => {
    // read phase
    const classes: { row: Element; s: Shown }[] = [];
    const items: ChipWrite[] = [];
    const unknown: Element[] = [];
    for (const r of rows) {
      const cls = knownClass(r);
      if (!cls) {
        unknown.push(r.rowElement);
        continue;
      }
      const s = { category: cls.category, system: rowIsNotice(r, cls) };
      classes.push({ row: r.rowElement, s });
      // (a chip already written is kept right, near or not)
      const cell = chips.cellOf(r.rowElement);
      if (cell || near.shows(r.rowElement)) items.push({ row: r.rowElement, cell: cell ?? chipCellOf(r.rowElement), ...s });
    }
    // write phase
    forget(unknown);
    chips.update(items);
    const { filter } = store.get();
    for (const { row, s } of classes) {
      const before = shown.get(row);
      if (before) count(before, -1);
      shown.set(row, s);
      count(s, 1);
      filterRow(row, s, filter);
    }
  };
  const publish = (total: number): void => store.set({ counts: { ...counts }, notices, total });

  let latest: InboxSnapshot | undefined;
  const classesCame = ctx.guard(() => {
    if (!latest) return;
    const known = [...unclassified].filter((r) => knownClass(r));
    for (const r of known) unclassified.delete(r);
    if (!known.length) return;
    paint(known, latest.near);
    publish(latest.read.rows.length);
  });

  watchInbox(ctx, signal, {
    onRead(snap) {
      const changes = changesSince(latest?.read, snap);
      latest = snap;
      styleRowRoots(changes.added);
      // only the rows the change added or touched (a row the page wrote again may have lost its chip)
      const added = new Set(changes.added.map((r) => r.rowElement));
      forget(changes.removed.map((r) => r.rowElement).filter((el) => !added.has(el)));
      for (const r of changes.removed) unclassified.delete(r);
      for (const r of changes.added) if (!knownClass(r)) unclassified.add(r);
      paint([...changes.added, ...changes.touched], snap.near);
      publish(snap.read.rows.length);
      if (unclassified.size) classify([...unclassified]).then(classesCame, ctx.guard((error: unknown) => { throw error; }));
      if (mounted) return;
      mounted = true;
      void ctx.mountDom({
        name: 'inbox-filter', ...toolbarSpot(snap.mounts, 'inbox-filter', signal), css: TOOLBAR_CSS,
        render: (container, removed) => renderCategoryFilter(container, removed, store, ctx.guard((filter: Filter) => {
          store.set({ filter });
          applyFilter();
        })),
      }).then(() => arrangeToolbar(snap.mounts), () => undefined);
    },
    // rows of a long list that came near the view: their chips now
    onNear: (rows, snap) => paint(rows, snap.near),
  });
}

function initThread(ctx: FeatureContext, signal: AbortSignal): void {
  addPageStyle(document, signal);
  const chips = new ChipLayer(document);
  signal.addEventListener('abort', () => chips.clear(), { once: true });
  // the messages are all it needs (no thread id or times: the chip still shows)
  watchThread(ctx, signal, {
    needs: ['conversation'],
    onRead(read) {
      const subject = read.anchors.subject;
      if (!subject) return;
      const source = threadClassSource(read);
      const write = (): void => {
        const cls = knownClass(source);
        if (!cls || !subject.isConnected) return;
        // next to the subject, not inside it (the subject's text stays the page's own). Where the subject is the buyer's
        // name (a case page read by its structure), the blacklist toggle goes right after the name, whenever it comes
        // (it is on demand): the chip goes after the toggle, so the two never swap places
        const next = subject.nextElementSibling;
        const cell = next?.matches('[data-si="blacklist-toggle"]') ? next : subject;
        chips.write([{ row: subject, cell, category: cls.category, system: cls.system || read.isSystem }], true);
      };
      classify([source]).then(ctx.guard(write), ctx.guard((error: unknown) => { throw error; }));
    },
  });
}

export default defineFeature({
  id: 'inbox-categories',
  pages: ['inbox', 'thread'],
  init(ctx, signal) {
    // a v3 page shows the list and the open case together: both parts run
    if (showsConversation(ctx.page)) initThread(ctx, signal);
    if (ctx.page.kind === 'inbox') initInbox(ctx, signal);
  },
});
