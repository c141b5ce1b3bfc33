/**
 * Adapter for the Feedback Manager page (`/feedback-manager/index.html#/`; shared/reference/seller-central-pages.md
 * "Feedback Manager"): the feedback the page SHOWS, read from its `kat-table` rows. The extension makes no request
 * of its own for feedback: what this page shows while the seller is on it, and imported reports, are all it knows.
 *
 * Evidence per part:
 * - the list rows: `kat-tab.tab-selected > feedback-list > kat-table > kat-table-body > kat-table-row` (M);
 *   when that path is not there, any `kat-table-row` carrying a star rating (open shadow roots included);
 * - the rating in `kat-star-rating[value]`, the order id in a `kat-link` (M);
 * - the columns by their header labels, as in the report file (Date, Comments, Rater email; M for the report's
 *   columns, replica only for the page's header texts), else by what a cell shows (an e-mail address, a date);
 * - a written date ("Nov 14, 2026", "2026年11月14日", "14.11.2026"): replica only; read as the start of that day
 *   in the browser's time zone (the 60-day removal window is counted in days).
 * The page shows the seller's current marketplace (the session's), passed in `ctx.marketplaceId`. Pure over the DOM.
 */
import type { Feedback, Provenance } from '../model';
import { queryAllDeep, textOf } from './deep-query';
import { compact } from './orders-api';
import { parseListTime } from './list-time';

export const FEEDBACK_PAGE_DETAIL = 'feedback-manager';

export const SELECTORS = {
  /** the selected tab's list (M) */
  listRow: 'kat-tab.tab-selected feedback-list kat-table-body kat-table-row',
  anyRow: 'kat-table-row',
  table: 'kat-table',
  /** the list's own table (M), its body rows, its loading spinner (replica only) */
  listTable: 'feedback-list kat-table',
  bodyRow: 'kat-table-body kat-table-row',
  listLoading: 'feedback-list kat-spinner',
  headRow: 'kat-table-head kat-table-row',
  cell: 'kat-table-cell',
  rating: 'kat-star-rating[value]',
  orderLink: 'kat-link',
  pagination: 'kat-pagination',
  attr: { rating: 'value' },
} as const;

/** Header labels of the columns read (en, zh; the report's names first). Replica only beyond the report's names. */
const HEADERS = {
  date: /^(?:date|datum|日付|日期|fecha|data)\b/i,
  comment: /^(?:comments?|kommentare?|commentaires?|commenti|comentarios|コメント|评论|评语)/i,
  response: /^(?:(?:your )?response|antwort|réponse|risposta|respuesta|返信|回复)/i,
  rater: /(?:rater|e-?mail|邮箱|评价人)/i,
} as const;

const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const rating = (x: string | null | undefined): Feedback['rating'] | undefined => {
  const n = Number((x ?? '').trim());
  return Number.isInteger(n) && n >= 1 && n <= 5 ? (n as Feedback['rating']) : undefined;
};

function toFeedback(
  fields: { orderId?: string; rating?: Feedback['rating']; comment?: string; date?: string; raterEmail?: string; marketplaceId?: string; response?: string },
  provenance: Provenance,
): Feedback | string {
  if (!fields.orderId) return 'no order id';
  if (!fields.rating) return 'no rating';
  if (!fields.date) return 'no date';
  return compact<Feedback>({
    orderId: fields.orderId, marketplaceId: fields.marketplaceId, rating: fields.rating, comment: fields.comment ?? '',
    date: fields.date, response: fields.response, raterEmail: fields.raterEmail?.toLowerCase(), provenance,
  });
}

const cellsOf = (row: Element): Element[] => [...row.children].filter((c) => c.matches(SELECTORS.cell));

/** Which column index holds what, from the labels of the header row of the rows' own table. */
function columnsOf(row: Element | undefined): Partial<Record<keyof typeof HEADERS, number>> {
  const head = row?.closest(SELECTORS.table)?.querySelector(SELECTORS.headRow);
  const out: Partial<Record<keyof typeof HEADERS, number>> = {};
  if (!head) return out;
  cellsOf(head).forEach((cell, i) => {
    const label = textOf(cell);
    for (const key of Object.keys(HEADERS) as (keyof typeof HEADERS)[]) {
      if (out[key] === undefined && HEADERS[key].test(label)) out[key] = i;
    }
  });
  return out;
}

/** A part of the page the reader needs: the feedback list's table, the star ratings of its rows. */
export type FeedbackPagePart = 'feedbackList' | 'ratings';

export interface FeedbackPageRead {
  /**
   * The page shows a feedback list the reader knows: rating rows, or the list's table with no rows at all (an empty
   * list is no error). False: no such table (`missing: ['feedbackList']`), or its rows carry no rating (`['ratings']`).
   */
  recognised: boolean;
  missing: FeedbackPagePart[];
  /** the page is still loading its list (a spinner in it): not judged yet */
  loading: boolean;
  feedback: Feedback[];
  /** rows that could not be read, with why ("row 3: no date") */
  problems: string[];
  /** rating rows found (read or not) */
  rows: number;
  /** the list's paging control is on the page */
  paged: boolean;
}

/**
 * The feedback rows the Feedback Manager page shows (the selected tab's list; open shadow roots included).
 * `now` and `zone`: to read the written dates (the browser's clock and time zone).
 */
export function readFeedbackManagerPage(
  root: ParentNode, ctx: { at: string; marketplaceId?: string; now?: number; zone?: string },
): FeedbackPageRead {
  const provenance: Provenance = { source: 'page', detail: FEEDBACK_PAGE_DETAIL, at: ctx.at };
  const now = ctx.now ?? Date.parse(ctx.at);
  const zone = ctx.zone ?? 'UTC';
  const listed = queryAllDeep(root, SELECTORS.listRow);
  const rows = (listed.length ? listed : queryAllDeep(root, SELECTORS.anyRow)).filter((r) => r.querySelector(SELECTORS.rating));
  const columns = columnsOf(rows[0]);
  const feedback: Feedback[] = [];
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const cells = cellsOf(row);
    const at = (key: keyof typeof HEADERS): string | undefined => {
      const index = columns[key];
      const text = index !== undefined ? textOf(cells[index]) : '';
      return text || undefined;
    };
    const link = [...row.querySelectorAll(SELECTORS.orderLink)].find((a) => ORDER_ID.test(textOf(a)));
    const texts = cells.map((c) => textOf(c));
    const dateText = at('date') ?? texts.find((t) => parseListTime(t, now, zone) !== undefined);
    const time = dateText ? parseListTime(dateText, now, zone, 'earliest') : undefined;
    const f = toFeedback({
      orderId: ORDER_ID.exec(textOf(link))?.[0],
      rating: rating(row.querySelector(SELECTORS.rating)?.getAttribute(SELECTORS.attr.rating)),
      comment: at('comment'),
      response: at('response'),
      date: time ? new Date(time.at).toISOString() : undefined,
      raterEmail: [at('rater'), ...texts].find((t) => t !== undefined && EMAIL.test(t)),
      marketplaceId: ctx.marketplaceId,
    }, provenance);
    if (typeof f === 'string') problems.push(`row ${i + 1}: ${f}`);
    else feedback.push(f);
  });
  return {
    feedback, problems, rows: rows.length, paged: queryAllDeep(root, SELECTORS.pagination).length > 0,
    ...(rows.length > 0 ? { recognised: true, missing: [] } : emptyListRead(root)),
    loading: queryAllDeep(root, SELECTORS.listLoading).length > 0,
  };
}

/** A feedback table by its header labels (a comment column and a date or rater column), else the list's own table. */
const isFeedbackTable = (table: Element): boolean => {
  const labels = cellsOf(table.querySelector(SELECTORS.headRow) ?? table).map((c) => textOf(c));
  return labels.some((l) => HEADERS.comment.test(l)) && labels.some((l) => HEADERS.date.test(l) || HEADERS.rater.test(l));
};

/** No rating row: an empty list (recognised), a list whose rows carry no rating, or no list at all. */
function emptyListRead(root: ParentNode): Pick<FeedbackPageRead, 'recognised' | 'missing'> {
  const listed = queryAllDeep(root, SELECTORS.listTable);
  const table = listed[0] ?? queryAllDeep(root, SELECTORS.table).find(isFeedbackTable);
  if (!table) return { recognised: false, missing: ['feedbackList'] };
  return table.querySelector(SELECTORS.bodyRow) ? { recognised: false, missing: ['ratings'] } : { recognised: true, missing: [] };
}

/** Negative seller feedback: 1 or 2 stars. */
export const isNegativeFeedback = (f: Pick<Feedback, 'rating'>): boolean => f.rating <= 2;
