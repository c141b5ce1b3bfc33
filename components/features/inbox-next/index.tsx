/**
 * inbox-next: a Next button (our toolbar part on the inbox, next to paging; near the subject on a
 * conversation) and a keyboard shortcut (settings, default `n`; quiet while typing, shadow roots
 * included) that open the most urgent unanswered thread after the current one, across the pages and
 * marketplaces of the account, from what the background stored (`threads/next`). "All caught up"
 * when nothing awaits. On the inbox v3, what the pages read do not hold is said above the list, with "Read them
 * now" (coverage.ts).
 *
 * Plain DOM (components/page/dom.ts) in a .tsx file: lib/seller-central/request-notes.ts names this file.
 *
 * Navigation: clicking the row's own link when the thread is on this page (the page's router moves
 * in-app), else `location.assign` (also for another marketplace: `mons_sel_mkid` switches it).
 */
import { defineFeature, type FeatureContext } from '../../page/feature';
import { t } from '../../page/i18n';
import { matchesShortcut } from '../../ui/shortcut';
import { sendRequest } from '../../messaging';
import { formatTimeLeft, dueAtMs } from '../../../lib/deadlines';
import type { Thread } from '../../../lib/model';
import { pageSession } from '../inbox-shared/session';
import { caseIdOfLink, threadLinkOf, threadRowElements, findInboxMounts, SELECTORS as INBOX, type InboxRead, type InboxRow } from '../../../lib/seller-central/inbox-page';
import { openConversationId } from '../../../lib/seller-central/pages';
import { normalizeThreadId } from '../../../lib/case-id';
import { isRowOfCase } from '../../../lib/seller-central/case-list-rows';
import { readThreadPage, SELECTORS as THREAD } from '../../../lib/seller-central/thread-page';
import { loadInboxSettings, type InboxSettings } from '../inbox-shared/settings';
import { changesSince, watchInbox } from '../inbox-shared/inbox-source';
import { isTyping } from '../inbox-shared/keys';
import { bindStore, createStore, type Store } from '../inbox-shared/store';
import { arrangeToolbar, oursMark, TOOLBAR_CSS, toolbarSpot } from '../inbox-shared/toolbar';
import { h, setAttr, syncChildren } from '../../page/dom';
import { trusted } from '../../page/trusted';
import { watchCoverage } from './coverage';

interface NextState {
  /** undefined: not asked yet */
  next?: { thread?: Thread; url?: string; awaiting: number };
  busy: boolean;
}

export const threadKeyOf = (accountId: string, marketplaceId: string, threadId: string): string =>
  `${accountId}|${marketplaceId}|${normalizeThreadId(threadId)}`;

function describe(thread: Thread): string {
  const due = dueAtMs(thread.oldestUnansweredAt);
  const left = Number.isNaN(due) ? '' : ` · ${formatTimeLeft(due - Date.now(), t)}`;
  return `${thread.buyerName || thread.threadId}${thread.subject ? ` — ${thread.subject}` : ''}${left}`;
}

/** The Next part, built once; the store's changes set what differs (disabled, title, "All caught up"). */
function renderNextButton(container: HTMLElement, removed: AbortSignal, store: Store<NextState>, settings: InboxSettings, onNext: () => void): void {
  const button = h('button', { type: 'button', class: 'next', 'aria-keyshortcuts': settings.nextShortcut }, [
    t('inboxNext', 'Next'), ' ', h('span', { 'aria-hidden': 'true' }, ['›']), h('kbd', { 'aria-hidden': 'true' }, [settings.nextShortcut.toUpperCase()]),
  ], { click: trusted(onNext) });
  const caughtUp = h('span', { class: 'status', role: 'status', 'data-si-part': 'caught-up' }, [`✓ ${t('inboxAllCaughtUp', 'All caught up')}`]);
  const mark = oursMark();
  const part = h('div', { class: 'part ours', 'data-si-part': 'ours' }, [mark, button]);
  container.append(part);
  bindStore(store, removed, ({ next, busy }) => {
    const done = next !== undefined && !next.thread;
    const hint = next?.thread ? describe(next.thread) : '';
    syncChildren(part, [mark, done && caughtUp, button]);
    setAttr(button, 'disabled', done || busy);
    setAttr(button, 'title', done ? t('inboxAllCaughtUp', 'All caught up') : `${t('inboxNextTitle', 'Open the most urgent unanswered thread')}${hint ? `\n${hint}` : ''} (${settings.nextShortcut})`);
  });
}

const CSS = `${TOOLBAR_CSS}
:host([data-si-place="thread"]) { margin: 0 0 10px; }`;

/** Selects a case of the v3 list in-app: the row's own link when it has one, else the row (the app's click target). */
export function selectCaseRow(row: Element): void {
  const CASE_LINK = 'a[href*="cc="], kat-link[href*="cc="], a[href*="fi=caseId"], kat-link[href*="fi=caseId"]';
  const link = row.matches(CASE_LINK) ? row : row.querySelector<HTMLElement>(CASE_LINK);
  ((link ?? row) as HTMLElement).click();
}

/** Opens a thread: its row link when it is on this page (in-app), else a page load. */
export function openThread(target: { threadId: string; url: string }, doc: Document = document): 'link' | 'assign' {
  const sameMarketplace = !target.url.includes('mons_sel_mkid=');
  const mounts = sameMarketplace ? findInboxMounts(doc) : null;
  if (mounts) {
    const want = normalizeThreadId(target.threadId);
    const row = threadRowElements(mounts.list).find((r) => {
      const id = r.getAttribute(INBOX.attr.threadId) ?? caseIdOfLink(threadLinkOf(r)?.getAttribute('href'));
      return id !== null && id !== undefined && normalizeThreadId(id) === want;
    });
    const link = row ? threadLinkOf(row) : null;
    if (link) {
      link.click();
      return 'link';
    }
  }
  doc.defaultView?.location.assign(target.url);
  return 'assign';
}

async function init(ctx: FeatureContext, signal: AbortSignal): Promise<void> {
  const settings = await loadInboxSettings();
  if (signal.aborted) return;
  const store = createStore<NextState>({ busy: false });

  const detected = ctx.page.detected;
  const v3 = detected.kind === 'inbox' && detected.layout === 'v3';
  /** the v3 list's rows as last read (their keys and elements): Next selects a case on this page in-app */
  let rows: readonly InboxRow[] = [];
  const current = (): { accountId?: string; marketplaceId?: string; key?: string } => {
    const session = pageSession(document);
    if (!session.merchantId) return {};
    if (v3) {
      // the case open in the right pane (this feature restarts with each case: its view includes the case)
      const open = openConversationId(detected);
      const mp = session.marketplaceId;
      return { accountId: session.merchantId, ...(mp ? { marketplaceId: mp } : {}), ...(mp && open ? { key: threadKeyOf(session.merchantId, mp, open) } : {}) };
    }
    if (ctx.page.kind !== 'thread') return { accountId: session.merchantId, ...(session.marketplaceId ? { marketplaceId: session.marketplaceId } : {}) };
    const read = readThreadPage(document);
    const marketplaceId = read.marketplaceId ?? session.marketplaceId;
    const threadId = read.threadId ?? ctx.page.params.threadId;
    return {
      accountId: session.merchantId,
      ...(marketplaceId ? { marketplaceId } : {}),
      ...(marketplaceId && threadId ? { key: threadKeyOf(session.merchantId, marketplaceId, threadId) } : {}),
    };
  };

  const ask = async (): Promise<NextState['next']> => {
    const { accountId, marketplaceId, key } = current();
    if (!accountId) return { awaiting: 0 };
    return sendRequest({
      type: 'threads/next', accountId, ...(key ? { currentKey: key } : {}), ...(marketplaceId ? { currentMarketplaceId: marketplaceId } : {}),
      layout: v3 ? 'v3' : 'legacy',
    });
  };
  const refresh = ctx.guard(async () => {
    const next = await ask();
    if (!signal.aborted) store.set({ next });
  });

  const go = ctx.guard(async () => {
    if (store.get().busy) return;
    store.set({ busy: true });
    try {
      const next = await ask();
      if (signal.aborted) return;
      store.set({ next });
      if (next?.thread && next.url) {
        // the case's row on this page, whether the row names the case or only its order (in-app, no page load)
        const target = { caseId: next.thread.threadId, orderIds: next.thread.orderIds };
        const row = v3 && !next.url.includes('mons_sel_mkid=') ? rows.find((r) => isRowOfCase(r, target)) : undefined;
        if (row) selectCaseRow(row.rowElement);
        else openThread({ threadId: next.thread.threadId, url: next.url });
      }
    } finally {
      if (!signal.aborted) store.set({ busy: false });
    }
  });

  const onKey = (event: KeyboardEvent): void => {
    // a page script's dispatched keydown is not the seller pressing the key
    if (!event.isTrusted || event.repeat || event.defaultPrevented || !matchesShortcut(event, settings.nextShortcut)) return;
    if (isTyping(event.composedPath())) return;
    event.preventDefault();
    go();
  };
  ctx.wxt.addEventListener(window, 'keydown', ctx.guard(onKey), { capture: true, signal });

  const render = (container: HTMLElement, removed: AbortSignal): void => renderNextButton(container, removed, store, settings, go);
  if (ctx.page.kind === 'thread') {
    let mounted = false;
    ctx.observe(THREAD.subject, async (subject) => {
      if (mounted || !subject.closest(THREAD.thread)) return;
      mounted = true;
      const ui = await ctx.mountDom({ name: 'next', anchor: subject, append: 'after', css: CSS, render });
      ui.shadowHost.setAttribute('data-si-place', 'thread');
      // always after the category chip (which goes right after the subject, whenever it comes): the two never swap
      // places between threads
      const chip = ui.shadowHost.nextElementSibling;
      if (chip?.matches('[data-si="category"]')) chip.after(ui.shadowHost);
      refresh();
    });
    return;
  }
  // the v3 page states Amazon's own pending count: what the pages read do not hold is said, and can be read now
  if (v3) watchCoverage(ctx, signal);
  let mounted = false;
  let lastRead: InboxRead | undefined;
  let asking: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(asking), { once: true });
  watchInbox(ctx, signal, {
    onRead(snap) {
      rows = snap.read.rows;
      const changes = changesSince(lastRead, snap);
      const first = !lastRead;
      lastRead = snap.read;
      // the stored threads change with the rows read anew (inbox-deadlines stores them): ask again, a bit later, once
      if (first || changes.added.length || changes.removed.length) {
        clearTimeout(asking);
        asking = setTimeout(refresh, 600);
      }
      if (mounted) return;
      mounted = true;
      void ctx.mountDom({ name: 'next', ...toolbarSpot(snap.mounts, 'next', signal), css: CSS, render }).then(() => arrangeToolbar(snap.mounts), () => undefined);
    },
  });
}

export default defineFeature({ id: 'inbox-next', pages: ['inbox', 'thread'], init });
