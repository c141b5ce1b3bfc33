/** Seller feedback report (current 6-column and older 9-column layouts) -> Feedback. */
import type { Marketplace } from '../marketplaces';
import type { Feedback } from '../model';
import { feedbackDateFormat, parseFeedbackDate } from './feedback-dates';
import type { Row } from './row';
import { compact, type RowSink, type SinkContext } from './sink';
import { emptyRecords, type ReportRecords } from './types';
import { dayStartIso, ORDER_ID_RE } from './values';

export class FeedbackSink implements RowSink {
  private out: Feedback[] = [];
  private readonly format;

  constructor(
    private readonly ctx: SinkContext & { marketplace: Marketplace },
    private readonly legacy: boolean,
  ) {
    this.format = feedbackDateFormat(ctx.marketplace.code);
  }

  add(row: Row): void {
    const mp = this.ctx.marketplace;
    const dateRaw = row.required('date', 'date');
    const ymd = dateRaw === undefined ? undefined : parseFeedbackDate(dateRaw, this.format)
      ?? row.fail('date', 'date', dateRaw, `'${dateRaw}' is not a date in the ${mp.code} format ${this.format.label}`);
    const ratingRaw = row.required('rating', 'rating');
    const rating = ratingRaw === undefined ? undefined : /^[1-5](\.0+)?$/.test(ratingRaw)
      ? (Number(ratingRaw) as Feedback['rating'])
      : row.fail('rating', 'rating', ratingRaw, `'${ratingRaw}' is not a rating from 1 to 5`);
    const orderId = row.orderId('order-id', 'orderId', ORDER_ID_RE);
    if (row.errors.length || !ymd || !rating || !orderId) return;
    this.out.push(compact<Feedback>({
      orderId, marketplaceId: mp.id, rating, comment: row.get('comments'), date: dayStartIso(ymd, mp.timeZone),
      response: row.get(this.legacy ? 'your-response' : 'response') || undefined,
      raterEmail: row.get('rater-email') || undefined, provenance: this.ctx.provenance,
    }));
  }

  take(): ReportRecords {
    const out = emptyRecords();
    out.feedback = this.out;
    this.out = [];
    return out;
  }
}
