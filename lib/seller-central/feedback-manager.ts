/**
 * Adapter for the Feedback Manager (`/feedback-manager/index.html`; shared/reference/
 * seller-central-pages.md "Feedback Manager"): the rendered rows (`kat-table-row` with a
 * `kat-star-rating[value]`, the order id in a `kat-link`) and the JSON list the page loads
 * (`GET /feedback-manager/api/feedback?pn=&ps=`, decided by the replica). Both give Feedback records.
 * Pure over the DOM / JSON given.
 */
import * as v from 'valibot';
import type { Feedback, Provenance } from '../model';
import { queryAllDeep, textOf } from './deep-query';
import { compact, readDate, readInt, readString, type ParseResult } from './orders-api';
import { REQUESTS, requestPath } from './requests';

export const FEEDBACK_PAGE_DETAIL = 'feedback-manager';
export const FEEDBACK_API_DETAIL = 'feedback-manager/api/feedback';
export const FEEDBACK_API_MAX_PAGE_SIZE = 200;

export const SELECTORS = {
  row: 'kat-table-row',
  rating: 'kat-star-rating[value]',
  orderLink: 'kat-link',
  orderCell: '.feedback-order-id',
  date: 'time[datetime]',
  comment: '.feedback-comment',
  rater: '.feedback-rater',
  attr: { rating: 'value', marketplaceId: 'data-marketplace-id', datetime: 'datetime' },
} as const;

export const feedbackApiUrl = ({ pageNumber = 1, pageSize = 100 }: { pageNumber?: number; pageSize?: number } = {}): string =>
  requestPath(REQUESTS.feedbackList, {}, { pn: Math.max(1, Math.floor(pageNumber)), ps: Math.min(FEEDBACK_API_MAX_PAGE_SIZE, Math.max(1, Math.floor(pageSize))) });

const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;
const Loose = v.unknown();
export const FeedbackRowShape = v.looseObject({
  orderId: v.optional(Loose), rating: v.optional(Loose), comment: v.optional(Loose), date: v.optional(Loose),
  raterEmail: v.optional(Loose), marketplaceId: v.optional(Loose), response: v.optional(Loose),
});
export const FeedbackListShape = v.looseObject({ total: v.optional(Loose), feedback: v.array(Loose) });

const rating = (x: unknown): Feedback['rating'] | undefined => {
  const n = readInt(x);
  return n !== undefined && n >= 1 && n <= 5 ? (n as Feedback['rating']) : undefined;
};

function toFeedback(
  fields: { orderId?: string; rating?: Feedback['rating']; comment?: string; date?: string; raterEmail?: string; marketplaceId?: string; response?: string },
  provenance: Provenance,
): Feedback | string {
  if (!fields.orderId || !ORDER_ID.test(fields.orderId)) return 'no order id';
  if (!fields.rating) return 'no rating';
  if (!fields.date) return 'no date';
  return compact<Feedback>({
    orderId: fields.orderId, marketplaceId: fields.marketplaceId, rating: fields.rating, comment: fields.comment ?? '',
    date: fields.date, response: fields.response, raterEmail: fields.raterEmail?.toLowerCase(), provenance,
  });
}

/** The feedback list JSON -> Feedback records (provenance 'endpoint'); rows that cannot be read are counted in problems. */
export function parseFeedbackList(json: unknown, ctx: { at: string; marketplaceId?: string }): ParseResult<{ total?: number; feedback: Feedback[] }> {
  const r = v.safeParse(FeedbackListShape, json);
  if (!r.success) return { ok: false, error: 'unexpected feedback response' };
  const provenance: Provenance = { source: 'endpoint', detail: FEEDBACK_API_DETAIL, at: ctx.at };
  const problems: string[] = [];
  const feedback: Feedback[] = [];
  r.output.feedback.forEach((raw, i) => {
    const row = v.safeParse(FeedbackRowShape, raw);
    const f = row.success
      ? toFeedback({
        orderId: readString(row.output.orderId), rating: rating(row.output.rating), comment: readString(row.output.comment),
        date: readDate(row.output.date), raterEmail: readString(row.output.raterEmail),
        marketplaceId: readString(row.output.marketplaceId) ?? ctx.marketplaceId, response: readString(row.output.response),
      }, provenance)
      : 'not an object';
    if (typeof f === 'string') problems.push(`row ${i + 1}: ${f}`);
    else feedback.push(f);
  });
  const total = readInt(r.output.total);
  return { ok: true, value: { ...(total !== undefined ? { total } : {}), feedback }, problems };
}

/** The rows of a rendered Feedback Manager page (open shadow roots included); header rows are skipped. */
export function readFeedbackManagerPage(root: ParentNode, ctx: { at: string; marketplaceId?: string }): { feedback: Feedback[]; problems: string[] } {
  const provenance: Provenance = { source: 'page', detail: FEEDBACK_PAGE_DETAIL, at: ctx.at };
  const feedback: Feedback[] = [];
  const problems: string[] = [];
  queryAllDeep(root, SELECTORS.row).forEach((row, i) => {
    const star = row.querySelector(SELECTORS.rating);
    if (!star) return; // header row
    const link = row.querySelector(`${SELECTORS.orderCell} ${SELECTORS.orderLink}`) ?? [...row.querySelectorAll(SELECTORS.orderLink)].find((a) => ORDER_ID.test(textOf(a)));
    const orderId = ORDER_ID.exec(textOf(link))?.[0];
    const f = toFeedback({
      orderId,
      rating: rating(star.getAttribute(SELECTORS.attr.rating)),
      comment: textOf(row.querySelector(SELECTORS.comment)) || undefined,
      date: readDate(row.querySelector(SELECTORS.date)?.getAttribute(SELECTORS.attr.datetime)),
      raterEmail: textOf(row.querySelector(SELECTORS.rater)) || undefined,
      marketplaceId: row.getAttribute(SELECTORS.attr.marketplaceId)?.trim() || ctx.marketplaceId,
    }, provenance);
    if (typeof f === 'string') problems.push(`row ${i + 1}: ${f}`);
    else feedback.push(f);
  });
  return { feedback, problems };
}

/** Negative seller feedback: 1 or 2 stars. */
export const isNegativeFeedback = (f: Pick<Feedback, 'rating'>): boolean => f.rating <= 2;
