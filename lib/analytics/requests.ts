/**
 * Review requests and campaign messages from the send log: how many went out, how many were skipped and
 * why, and per template how many of the asked orders got seller feedback or a product review afterwards
 * (an A/B comparison between two templates with a two-proportion z-test). Pure.
 */
import type { Feedback, ProductReview, SendLogEntry } from '../model';
import { twoProportionTest, type ProportionTest } from './stats';

/** A send-log entry without its message text (all analytics needs). */
export type RequestLogEntry = Omit<SendLogEntry, 'text'>;

/** The send kinds that ask for feedback or a review (replies and holiday replies are not requests). */
export const REQUEST_KINDS: readonly SendLogEntry['kind'][] = ['review-request', 'campaign-message'];

/** The pseudo template of Amazon's own "Request a Review" button (no text of ours). */
export const AMAZON_REQUEST = 'amazon-review-request';

export interface RequestFilter { from?: string; to?: string; marketplaceId?: string }

const inFilter = (e: RequestLogEntry, f: RequestFilter): boolean => {
  const t = Date.parse(e.createdAt);
  return (!f.from || t >= Date.parse(f.from)) && (!f.to || t < Date.parse(f.to)) && (!f.marketplaceId || e.marketplaceId === f.marketplaceId);
};

export function requestEntries<T extends RequestLogEntry>(log: readonly T[], f: RequestFilter = {}): T[] {
  return log.filter((e) => REQUEST_KINDS.includes(e.kind) && inFilter(e, f));
}

export interface RequestSummary {
  sent: number;
  skipped: number;
  failed: number;
  /** pending, sending or unknown */
  open: number;
  /** test mode: written but never sent */
  test: number;
  /** most frequent first */
  skippedByReason: { reason: string; count: number }[];
}

/**
 * The reason id of a skip: the log's reason up to the first ":" or space (`outside-window: closed 2026-10-02`
 * -> `outside-window`), `unknown` when none was written.
 */
export const reasonId = (reason: string | undefined): string => reason?.trim().split(/[:\s]/)[0] || 'unknown';

export function summarizeRequests(log: readonly RequestLogEntry[], f: RequestFilter = {}): RequestSummary {
  const s: RequestSummary = { sent: 0, skipped: 0, failed: 0, open: 0, test: 0, skippedByReason: [] };
  const reasons = new Map<string, number>();
  for (const e of requestEntries(log, f)) {
    if (e.stage === 'sent') s.sent++;
    else if (e.stage === 'failed') s.failed++;
    else if (e.stage === 'test') s.test++;
    else if (e.stage === 'skipped') {
      s.skipped++;
      const r = reasonId(e.reason);
      reasons.set(r, (reasons.get(r) ?? 0) + 1);
    } else s.open++;
  }
  s.skippedByReason = [...reasons].map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
  return s;
}

export interface TemplateOutcome {
  /** the template id, or AMAZON_REQUEST */
  templateId: string;
  /** distinct orders a request with this template was sent for */
  asked: number;
  /** of those, orders with seller feedback dated on or after the request's day */
  feedback: number;
  /** of those, orders with a product review dated on or after the request's day */
  reviews: number;
  feedbackRate: number;
  reviewRate: number;
}

/** What an order got after a request: seller feedback and product reviews (by order id). */
export interface Responses {
  feedback: readonly Pick<Feedback, 'orderId' | 'date'>[];
  reviews: readonly Pick<ProductReview, 'orderId' | 'date'>[];
}

const day = (iso: string) => iso.slice(0, 10);

/** Per template, most asked first. Only sent requests with an order id count; an order counts once per template. */
export function templateOutcomes(log: readonly RequestLogEntry[], responses: Responses, f: RequestFilter = {}): TemplateOutcome[] {
  const feedbackDay = new Map<string, string>();
  for (const fb of responses.feedback) feedbackDay.set(fb.orderId, day(fb.date));
  const reviewDays = new Map<string, string[]>();
  for (const r of responses.reviews) if (r.orderId) reviewDays.set(r.orderId, [...(reviewDays.get(r.orderId) ?? []), day(r.date)]);

  const groups = new Map<string, Map<string, string>>();
  for (const e of requestEntries(log, f)) {
    if (e.stage !== 'sent' || !e.orderId) continue;
    const id = e.templateId ?? (e.kind === 'review-request' ? AMAZON_REQUEST : 'unknown');
    const orders = groups.get(id) ?? new Map<string, string>();
    const sentDay = day(e.updatedAt);
    const known = orders.get(e.orderId);
    if (known === undefined || sentDay < known) orders.set(e.orderId, sentDay);
    groups.set(id, orders);
  }
  return [...groups].map(([templateId, orders]) => {
    let feedback = 0;
    let reviews = 0;
    for (const [orderId, sent] of orders) {
      const fb = feedbackDay.get(orderId);
      if (fb !== undefined && fb >= sent) feedback++;
      if ((reviewDays.get(orderId) ?? []).some((d) => d >= sent)) reviews++;
    }
    const asked = orders.size;
    return { templateId, asked, feedback, reviews, feedbackRate: asked ? feedback / asked : 0, reviewRate: asked ? reviews / asked : 0 };
  }).sort((a, b) => b.asked - a.asked || (a.templateId < b.templateId ? -1 : 1));
}

export interface TemplateComparison { a: TemplateOutcome; b: TemplateOutcome; feedback: ProportionTest; review: ProportionTest }

/** Template A against template B: a z-test for the feedback rate and one for the review rate. */
export function compareTemplates(a: TemplateOutcome, b: TemplateOutcome, minSample?: number): TemplateComparison {
  return {
    a, b,
    feedback: twoProportionTest(a.feedback, a.asked, b.feedback, b.asked, minSample),
    review: twoProportionTest(a.reviews, a.asked, b.reviews, b.asked, minSample),
  };
}
