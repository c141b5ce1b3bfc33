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
import { createStore, useStore, type Store } from '../inbox-shared/store';
import { arrangeToolbar, TOOLBAR_CSS, toolbarSpot } from '../inbox-shared/toolbar';
import { ChipLayer, categoryLabel, type ChipWrite, type Shown } from './chips';

type Filter = CategoryFilter;

/** `notices`: how many rows are Amazon's notices (counted apart from the categories) */
interface FilterState { filter: Filter; counts: CategoryCounts; notices: number; total: number }

function CategoryFilter({ store, onChange }: { store: Store<FilterState>; onChange: (f: Filter) => void }) {
  const { filter, counts, notices, total } = useStore(store);
  return (
    <label className="part ours" data-si-part="ours">
      <span className="mark" aria-hidden="true" title={t('inboxOursTitle', 'Added by Seller Inbox')}>SI</span>
      <span className="label">{t('inboxCategoryLabel', 'Category')}:</span>
      <select value={filter} onChange={(e) => onChange(e.currentTarget.value as Filter)} data-si-part="category-filter">
        <option value="all">{t('inboxCategoryAll', 'All')} ({total})</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c} disabled={counts[c] === 0 && filter !== c}>{categoryLabel(c)} ({counts[c]})</option>
        ))}
        <option value="notice" disabled={notices === 0 && filter !== 'notice'}>{t('inboxCategoryNotices', 'Amazon notices')} ({notices})</option>
      </select>
    </label>
  );
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
  /** these rows' chips, counts and filter from their classes (rows not classified yet: none) */
  const paint = (rows: readonly InboxRow[]): void => {
    // read phase
    const items: ChipWrite[] = [];
    const unknown: Element[] = [];
    for (const r of rows) {
      const cls = knownClass(r);
      if (!cls) {
        unknown.push(r.rowElement);
        continue;
      }
      items.push({ row: r.rowElement, cell: chips.cellOf(r.rowElement) ?? chipCellOf(r.rowElement), category: cls.category, system: rowIsNotice(r, cls) });
    }
    // write phase
    forget(unknown);
    chips.update(items);
    const { filter } = store.get();
    for (const item of items) {
      const before = shown.get(item.row);
      if (before) count(before, -1);
      const s = { category: item.category, system: item.system };
      shown.set(item.row, s);
      count(s, 1);
      filterRow(item.row, s, filter);
    }
  };
  const publish = (total: number): void => store.set({ counts: { ...counts }, notices, total });

  let latest: InboxSnapshot | undefined;
  const classesCame = ctx.guard(() => {
    if (!latest) return;
    const known = [...unclassified].filter((r) => knownClass(r));
    for (const r of known) unclassified.delete(r);
    if (!known.length) return;
    paint(known);
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
      paint([...changes.added, ...changes.touched]);
      publish(snap.read.rows.length);
      if (unclassified.size) classify([...unclassified]).then(classesCame, ctx.guard((error: unknown) => { throw error; }));
      if (mounted) return;
      mounted = true;
      void ctx.mountUi({
        name: 'inbox-filter', ...toolbarSpot(snap.mounts, 'inbox-filter', signal), css: TOOLBAR_CSS,
        render: () => <CategoryFilter store={store} onChange={ctx.guard((filter: Filter) => {
          store.set({ filter });
          applyFilter();
        })} />,
      }).then(() => arrangeToolbar(snap.mounts), () => undefined);
    },
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
        // next to the subject, not inside it (the subject's text stays the page's own)
        chips.write([{ row: subject, cell: subject, category: cls.category, system: cls.system || read.isSystem }], true);
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
