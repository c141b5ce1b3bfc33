/**
 * The inbox v3's own pending count and its list paging (`/messaging/inbox-v3`). Evidence (seller-central-pages.md, M):
 * the metrics card states Amazon's pending count verbatim ("Response needed N" / "需要回复 N"), the left navigation
 * offers "Response needed" with a count, paging exists (`kat-pagination`, a Katal component: H for the name) and
 * "page 1 has nothing" proves nothing about page 2. Replica only: the metrics card's classes (inbox-v3-page.ts), the
 * pagination's attributes `page`, `total`, `items-per-page` and its buttons ("Previous page", "Next page",
 * "Page N" labels, or ‹ ›) inside its shadow root. Pure over the DOM given (the opener reaches closed shadow roots).
 */
import { openShadowOnly, type ShadowOpener } from './case-list-structure';
import { readResponseNeededCount, V3_SELECTORS } from './inbox-v3-page';

/** "Response needed 12", "Response needed (12)", "需要回复 12" … as a label followed by its number. */
const PENDING_LABEL = /^(?:response needed|needs response|antwort erforderlich|réponse requise|risposta necessaria|respuesta necesaria|返信が必要|要返信|需要回复)\s*[(:：]?\s*([\d][\d,. ]*)\)?$/i;
const NAV_CANDIDATES = 'nav a, nav kat-link, [role="navigation"] a, [role="navigation"] kat-link, kat-box, [role="tab"], li';

const digits = (s: string): number | undefined => {
  const n = Number(s.replace(/[^\d]/g, ''));
  return s.replace(/[^\d]/g, '') && Number.isSafeInteger(n) ? n : undefined;
};

/** Amazon's own count of cases needing a response: the metrics card, else the left navigation's "Response needed N". */
export function readPendingCount(root: ParentNode): number | undefined {
  const card = readResponseNeededCount(root);
  if (card !== undefined) return card;
  for (const el of root.querySelectorAll(NAV_CANDIDATES)) {
    const match = PENDING_LABEL.exec((el.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (match?.[1]) return digits(match[1]);
  }
  return undefined;
}

export interface PagerState { page: number; pages: number }

/** The list's paging control (the one after the case list, else the first on the page). */
export function findCaseListPager(root: ParentNode): Element | null {
  const list = root.querySelector(V3_SELECTORS.list);
  const pane = list?.parentElement;
  return pane?.querySelector(V3_SELECTORS.pagination) ?? root.querySelector(V3_SELECTORS.pagination);
}

/** Which page shows and how many there are, from the control's attributes; undefined when it does not say. */
export function pagerState(pager: Element): PagerState | undefined {
  const int = (name: string) => {
    const n = Number(pager.getAttribute(name));
    return pager.hasAttribute(name) && Number.isInteger(n) ? n : undefined;
  };
  const page = int('page');
  const total = int('total');
  const per = int('items-per-page');
  if (page === undefined || total === undefined || !per || per < 1) return undefined;
  return { page: Math.max(1, page), pages: Math.max(1, Math.ceil(total / per)) };
}

/** The control's own button to the next or previous page (inside its shadow root), when it is enabled. */
export function pagerButton(pager: Element, which: 'next' | 'previous', open: ShadowOpener = openShadowOnly): HTMLElement | undefined {
  const root = open(pager) ?? pager;
  const buttons = [...root.querySelectorAll<HTMLElement>('button, [role="button"]')];
  const label = which === 'next' ? /next|nächste|suivant|successiv|siguiente|次|下一/i : /prev|vorherige|précédent|precedent|anterior|前|上一/i;
  const arrow = which === 'next' ? /^[›»>→]$/ : /^[‹«<←]$/;
  const found = buttons.find((b) => label.test(b.getAttribute('aria-label') ?? '')) ?? buttons.find((b) => arrow.test((b.textContent ?? '').trim()));
  return found && !found.hasAttribute('disabled') && found.getAttribute('aria-disabled') !== 'true' ? found : undefined;
}
