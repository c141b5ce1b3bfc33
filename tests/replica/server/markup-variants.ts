/**
 * The `markup` fault: named variants of the messaging pages, as if Seller Central had changed its DOM.
 * The server passes the name to the client in the bootstrap (`#sc-bootstrap` `markup`); the client renders
 * the variant (client/markup.ts, client/labels.ts). Two variants also change what the inbox JSON answers
 * (`empty-inbox`, `huge-inbox`, see `driftRows`). 'normal' and 'drifted' are the original two.
 */
import type { ReplicaThread } from '../data/types';

export const MARKUP_VARIANTS = [
  /** the markup the adapters were written against */
  'normal',
  /** a redesign: renamed classes and attributes, no <time> elements, another composer tag */
  'drifted',
  /** classes and ids renamed; attributes, tags and <time> elements kept */
  'renamed-classes',
  /** no <time datetime> anywhere (inbox rows and messages show plain text dates) */
  'missing-times',
  /** rows and the conversation carry no data-thread-id */
  'missing-thread-ids',
  /** inbox columns in another order (status, received, subject, order, buyer); the order panel moves to the left of the conversation */
  'reordered-columns',
  /** kat-* custom elements defined after LATE_UPGRADE_MS instead of 60-150 ms */
  'late-upgrade',
  /** kat-* elements (and the reply composer) render without shadow roots */
  'no-shadow-dom',
  /** the page's own labels, relative times and dates in German; markup unchanged */
  'german-ui',
  /** the inbox JSON answers no threads at all */
  'empty-inbox',
  /** HUGE_INBOX_THREADS threads on one inbox page (the marketplace's threads repeated with new ids) */
  'huge-inbox',
  /** the list (and the conversation) inside an extra open shadow root, every row inside an extra div */
  'extra-wrappers',
  /** every inbox row inside its own open shadow root (a host element per row) */
  'shadow-rows',
  /** inbox v3 (/messaging/inbox-v3, ../INBOX-V3.md): a direct load with fi=caseId shows only the navigation until a filter is clicked */
  'v3-cold-deep-link',
  /** inbox v3: the case list pane is not rendered while the window is narrower than 930 px */
  'v3-narrow',
  /** inbox v3: the case list pane lives in a same-origin iframe (/messaging/inbox-v3/list-frame) */
  'v3-iframe',
  /** inbox v3: the .case-list inside a CLOSED shadow root of <bsm-case-list> */
  'v3-closed-shadow',
  /** inbox v3: the rows render 3 s after their data arrived (text-less aria-busy skeleton rows meanwhile) */
  'v3-late-list',
  /** inbox v3: every case row is an <a href> to the case instead of a div */
  'v3-case-links',
  /** inbox v3: every class renamed (msg3-*), same structure and texts */
  'v3-renamed',
  /** inbox v3: German labels and times */
  'v3-german',
  /** inbox v3: the case list inside an extra wrapper, every row inside two extra divs */
  'v3-extra-wrappers',
  /** inbox v3: the rows show no time (no date element) */
  'v3-missing-times',
  /** inbox v3: markup nobody knows: classes renamed and rows with neither an order id nor a time */
  'v3-drifted',
  /** /messaging/inbox-v3 is not used: it redirects to the old table inbox (/messaging/inbox; a case to /messaging/inbox?fi=caseId&ss=&cc=) */
  'legacy',
  /** Contact buyer: Send first opens a "Review message" dialog whose own Send sends (Seller Central asks this sometimes) */
  'contact-review-dialog',
  /** Feedback Manager: the list's ratings drawn as text stars (no `kat-star-rating`): rows the extension cannot read */
  'feedback-drifted',
] as const;

export type MarkupVariant = (typeof MARKUP_VARIANTS)[number];

export const isMarkupVariant = (value: unknown): value is MarkupVariant =>
  typeof value === 'string' && (MARKUP_VARIANTS as readonly string[]).includes(value);

export const LATE_UPGRADE_MS = 3000;
/** 'v3-late-list': how long the v3 case list waits after its data arrived */
export const LATE_LIST_MS = 3000;
/** 'v3-narrow': the v3 case list pane is not rendered below this window width */
export const NARROW_LIST_MIN_WIDTH = 930;
export const HUGE_INBOX_THREADS = 5000;

/** Thread ids of the repeated threads in `huge-inbox`: `<original id>~<n>`. */
const COPY = /^(.+)~(\d+)$/;

/**
 * The inbox rows of one list request under a variant: none for `empty-inbox`, the rows repeated up
 * to HUGE_INBOX_THREADS (copies get ids `<id>~<n>`, same content and times) for `huge-inbox`.
 */
export function driftRows<R extends { t: ReplicaThread }>(variant: MarkupVariant | undefined, rows: R[]): R[] {
  if (variant === 'empty-inbox') return [];
  if (variant !== 'huge-inbox' || rows.length === 0) return rows;
  const out: R[] = [...rows];
  for (let n = 1; out.length < HUGE_INBOX_THREADS; n++) {
    for (const r of rows) {
      if (out.length >= HUGE_INBOX_THREADS) break;
      out.push({ ...r, t: { ...r.t, threadId: `${r.t.threadId}~${n}` } });
    }
  }
  return out;
}

/** Page size of the inbox list under a variant (`huge-inbox` puts every thread on one page). */
export const driftPageSize = (variant: MarkupVariant | undefined, pageSize: number): number =>
  variant === 'huge-inbox' ? HUGE_INBOX_THREADS : pageSize;

/** A `huge-inbox` copy's thread: the original under the copy's id; undefined for other ids. */
export function copiedThread(threadId: string, lookup: (id: string) => ReplicaThread | undefined): ReplicaThread | undefined {
  const m = COPY.exec(threadId);
  const original = m?.[1] ? lookup(m[1]) : undefined;
  return original ? { ...original, threadId } : undefined;
}
