/**
 * Next and the urgency order know only the cases of the pages read. On the inbox v3 the page states Amazon's own
 * "Response needed N" (lib/seller-central/inbox-v3-paging.ts); set against the response-needed cases held
 * (`inbox/pending`, which also stores it for the popup), the difference is said above the list: "15 cases on pages
 * not read yet — Read them now". The button reads the remaining pages through the page's own paging (read-pages.ts).
 */
import type { FeatureContext } from '../../page/feature';
import { t } from '../../page/i18n';
import { trusted } from '../../page/trusted';
import { sendRequest } from '../../messaging';
import { notReadYet } from '../../../lib/inbox-coverage';
import { readPendingCount } from '../../../lib/seller-central/inbox-v3-paging';
import { readSession } from '../../../lib/seller-central/session';
import { changesSince, watchInbox } from '../inbox-shared/inbox-source';
import type { InboxRead } from '../../../lib/seller-central/inbox-page';
import { bindStore, createStore, type Store } from '../inbox-shared/store';
import { h, setAttr, setText, syncChildren } from '../../page/dom';
import { readRemainingPages, type PassResult } from './read-pages';

interface CoverageState {
  /** cases Amazon counts that the pages read do not hold */
  notRead: number;
  reading?: { page: number; pages: number };
  failed?: NonNullable<PassResult['failed']>;
}

/** after a list change, the inbox stores its rows first: the count is asked this much later */
const ASK_DELAY_MS = 700;

const FAILED_TEXT: Record<NonNullable<PassResult['failed']>, [string, string]> = {
  'no-paging': ['inboxReadFailedNoPaging', 'the list\'s paging was not found'],
  'no-session': ['inboxReadFailedNoSession', 'the account or marketplace was not found on the page'],
  'page-timeout': ['inboxReadFailedTimeout', 'a page did not show in time'],
};

/**
 * The line above the list: "Reading page 2 of 5…" while reading, else what is not read yet and "Read them now", and
 * why a pass failed; nothing when all is read. Its parts are built once; the store's changes show, hide and set them.
 */
function renderCoverageLine(container: HTMLElement, removed: AbortSignal, store: Store<CoverageState>, onRead: () => void): void {
  const reading = h('div', { class: 'line', role: 'status', 'data-si-part': 'reading' });
  const notReadText = h('span');
  const readNow = h('button', { type: 'button', 'data-si-part': 'read-now' }, [t('inboxReadThemNow', 'Read them now')], { click: trusted(onRead) });
  const failedText = h('span', { class: 'failed', 'data-si-part': 'read-failed' });
  const notRead = h('div', { class: 'line', role: 'status', 'data-si-part': 'not-read' });
  bindStore(store, removed, (state) => {
    if (state.reading) {
      setText(reading, t('inboxReadingPage', 'Reading page $1 of $2…', [String(state.reading.page), String(state.reading.pages)]));
      syncChildren(container, [reading]);
      return;
    }
    if (state.notRead <= 0 && !state.failed) {
      syncChildren(container, []);
      return;
    }
    setAttr(notRead, 'data-si-count', state.notRead);
    if (state.notRead > 0) setText(notReadText, t('inboxNotReadYet', '$1 cases on pages not read yet: Next, the order and the counts do not include them.', [String(state.notRead)]));
    if (state.failed) setText(failedText, t('inboxReadFailed', 'Not every page could be read: $1', [t(...FAILED_TEXT[state.failed])]));
    syncChildren(notRead, [state.notRead > 0 && notReadText, state.notRead > 0 && readNow, state.failed && failedText]);
    syncChildren(container, [notRead]);
  });
}

const CSS = `
:host { all: initial; display: block; }
.line { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 4px 0 6px; padding: 6px 10px; border-radius: 4px;
  background: #fcf0cf; color: #4d3800; font: 12.5px/1.35 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif; }
button { font: inherit; font-weight: 600; padding: 4px 10px; border: 1px solid #007185; border-radius: 4px; background: #fff; color: #007185; cursor: pointer; }
button:focus-visible { outline: 2px solid #008296; outline-offset: 1px; }
.failed { color: #b12704; }
`;

export function watchCoverage(ctx: FeatureContext, signal: AbortSignal): void {
  const store = createStore<CoverageState>({ notRead: 0 });
  let pass: PassResult | undefined;
  let passPending: number | undefined;
  let keyless = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let mounted = false;

  const ask = ctx.guard(async () => {
    const pending = readPendingCount(document);
    const session = readSession(document);
    if (pending === undefined || !session.merchantId || !session.marketplaceId || store.get().reading) return;
    const where = { type: 'inbox/pending' as const, accountId: session.merchantId, marketplaceId: session.marketplaceId, pending };
    // rows that name no case (no order id, no case link) are read but cannot be kept: on this page, or (after every
    // page was read) whatever Amazon counts that the pages read did not leave
    let { counts } = await sendRequest({ ...where, ...(keyless ? { unkept: keyless } : {}) });
    // a full pass tells about the list as it was: a new count (a new case came in) starts over
    if (passPending !== undefined && passPending !== pending) pass = undefined;
    passPending = pass ? pending : undefined;
    if (pass && !pass.failed && !signal.aborted) {
      const unkept = Math.max(0, pending - (counts.responseNeeded ?? 0));
      if (unkept !== (counts.unkept ?? 0)) ({ counts } = await sendRequest({ ...where, ...(unkept ? { unkept } : {}) }));
    }
    if (!signal.aborted) store.set({ notRead: notReadYet(counts) });
  });

  const read = ctx.guard(async () => {
    if (store.get().reading) return;
    store.set({ reading: { page: 1, pages: 1 }, failed: undefined });
    try {
      pass = await readRemainingPages(document, signal, (page, pages) => store.set({ reading: { page, pages } }));
      if (!signal.aborted) store.set({ reading: undefined, ...(pass.failed ? { failed: pass.failed } : {}) });
    } finally {
      if (!signal.aborted && store.get().reading) store.set({ reading: undefined });
    }
    ask();
  });

  let lastRead: InboxRead | undefined;
  watchInbox(ctx, signal, {
    onRead(snap) {
      const changes = changesSince(lastRead, snap);
      const first = !lastRead;
      lastRead = snap.read;
      // what is held changes with the rows read anew only
      if (first || changes.added.length || changes.removed.length) {
        keyless = snap.read.rows.filter((r) => r.transient).length;
        clearTimeout(timer);
        timer = setTimeout(ask, ASK_DELAY_MS);
      }
      if (mounted) return;
      mounted = true;
      void ctx.mountDom({ name: 'coverage', anchor: snap.mounts.list, append: 'before', css: CSS, render: (container, removed) => renderCoverageLine(container, removed, store, read) });
    },
  });
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
