/**
 * Returns reports -> Return. Seller-fulfilled returns carry dates like `10-Jul-2025` (a calendar day:
 * midnight in the marketplace's zone when the import names one, else UTC); FBA customer returns carry
 * ISO times. Keys use the calendar day for seller-fulfilled returns so a re-import gives the same key
 * whatever marketplace was chosen.
 */
import type { Return } from '../model';
import type { Row } from './row';
import { compact, KeyCounter, type RowSink, type SinkContext } from './sink';
import { emptyRecords, type ReportRecords } from './types';
import { dayStartIso, ORDER_ID_RE, parseDayMonthYear, ymdString } from './values';

abstract class ReturnsSink implements RowSink {
  protected out: Return[] = [];
  protected readonly keys = new KeyCounter();
  constructor(protected readonly ctx: SinkContext) {}
  abstract add(row: Row): void;
  take(): ReportRecords {
    const out = emptyRecords();
    out.returns = this.out;
    this.out = [];
    return out;
  }
}

export class SellerFulfilledReturnsSink extends ReturnsSink {
  add(row: Row): void {
    const orderId = row.orderId('order-id', 'orderId', ORDER_ID_RE);
    const dateRaw = row.required('return-request-date', 'requestDate');
    const ymd = dateRaw === undefined ? undefined : parseDayMonthYear(dateRaw)
      ?? row.fail('return-request-date', 'requestDate', dateRaw, `'${dateRaw}' is not a date like 10-Jul-2025`);
    const quantity = row.count('return-quantity', 'quantity', true);
    const refunded = row.money('refunded-amount', 'refundedAmount');
    if (row.errors.length || !orderId || !ymd || quantity === undefined) return;
    const currency = row.get('currency-code') || this.ctx.marketplace?.currency;
    const rma = row.get('amazon-rma-id') || undefined;
    const asin = row.get('asin') || undefined;
    const sku = row.get('merchant-sku') || undefined;
    this.out.push(compact<Return>({
      key: this.keys.next(`seller-fulfilled|${orderId}|${rma ?? asin ?? sku ?? ''}|${ymdString(ymd)}`),
      kind: 'seller-fulfilled', orderId, asin, sku, quantity,
      reason: row.get('return-reason') || undefined, status: row.get('return-request-status') || undefined,
      requestDate: dayStartIso(ymd, this.ctx.marketplace?.timeZone), rma,
      refundedAmount: refunded !== undefined && currency ? { amount: refunded, currency } : undefined,
      provenance: this.ctx.provenance,
    }));
  }
}

export class FbaReturnsSink extends ReturnsSink {
  add(row: Row): void {
    const requestDate = row.dateTime('return-date', 'requestDate', true);
    const orderId = row.orderId('order-id', 'orderId', ORDER_ID_RE);
    const quantity = row.count('quantity', 'quantity', true);
    if (row.errors.length || !orderId || !requestDate || quantity === undefined) return;
    const asin = row.get('asin') || undefined;
    const sku = row.get('sku') || undefined;
    const status = row.get('status');
    const disposition = row.get('detailed-disposition');
    this.out.push(compact<Return>({
      key: this.keys.next(`fba|${orderId}|${asin ?? sku ?? ''}|${requestDate}`),
      kind: 'fba', orderId, asin, sku, quantity, reason: row.get('reason') || undefined,
      status: [status, disposition && `(${disposition})`].filter(Boolean).join(' ') || undefined,
      requestDate, comments: row.get('customer-comments') || undefined, provenance: this.ctx.provenance,
    }));
  }
}
