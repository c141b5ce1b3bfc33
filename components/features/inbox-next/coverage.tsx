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
import { createStore, useStore, type Store } from '../inbox-shared/store';
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

function CoverageLine({ store, onRead }: { store: Store<CoverageState>; onRead: () => void }) {
  const { notRead, reading, failed } = useStore(store);
  if (reading) {
    return <div className="line" role="status" data-si-part="reading">{t('inboxReadingPage', 'Reading page $1 of $2…', [String(reading.page), String(reading.pages)])}</div>;
  }
  if (notRead <= 0 && !failed) return null;
  return (
    <div className="line" role="status" data-si-part="not-read" data-si-count={notRead}>
      {notRead > 0 && (
        <>
          <span>{t('inboxNotReadYet', '$1 cases on pages not read yet: Next, the order and the counts do not include them.', [String(notRead)])}</span>
          <button type="button" onClick={trusted(onRead)} data-si-part="read-now">{t('inboxReadThemNow', 'Read them now')}</button>
        </>
      )}
      {failed && <span className="failed" data-si-part="read-failed">{t('inboxReadFailed', 'Not every page could be read: $1', [t(...FAILED_TEXT[failed])])}</span>}
    </div>
  );
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
      void ctx.mountUi({ name: 'coverage', anchor: snap.mounts.list, append: 'before', css: CSS, render: () => <CoverageLine store={store} onRead={read} /> });
    },
  });
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
