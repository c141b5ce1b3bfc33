/**
 * Adapter for Seller Central's refund state JSON (`GET /orders-api/refund-status?orderId=A,B`;
 * shared/reference/seller-central-pages.md "Orders"): URL builder, response shape (valibot) and the
 * mapping to OrderRefunds with provenance 'endpoint'. Pure; parsed defensively (amounts as strings,
 * statuses in any case, refunds without a date or an amount kept with what they have).
 */
import * as v from 'valibot';
import type { Money, Provenance } from '../model';
import { compact, readDate, readMoney, readString, type ParseResult } from './orders-api';
import { REQUESTS, requestPath } from './requests';

export const REFUND_PROVENANCE_DETAIL = 'orders-api/refund-status';
/** order ids per call (the page itself asks for a screenful of orders at a time) */
export const REFUND_STATUS_MAX_IDS = 50;

export type RefundState = 'none' | 'partial' | 'full' | 'unknown';

export interface Refund {
  refundId?: string;
  amount?: Money;
  date?: string;
  reason?: string;
}

/** What Seller Central says about an order's refunds. */
export interface OrderRefunds {
  orderId: string;
  state: RefundState;
  refunds: Refund[];
  provenance: Provenance;
}

/** Path of the refund-status call for up to REFUND_STATUS_MAX_IDS order ids (first ones kept). */
export const refundStatusUrl = (orderIds: readonly string[]): string =>
  requestPath(REQUESTS.refundStatus, {}, { orderId: [...new Set(orderIds)].slice(0, REFUND_STATUS_MAX_IDS).join(',') });

const Loose = v.unknown();
export const RefundShape = v.looseObject({ refundId: v.optional(Loose), amount: v.optional(Loose), date: v.optional(Loose), reason: v.optional(Loose) });
export const RefundStatusRowShape = v.looseObject({
  orderId: v.pipe(v.string(), v.trim(), v.minLength(5), v.maxLength(40)),
  refundStatus: v.optional(Loose),
  refunds: v.optional(Loose),
});
export const RefundStatusResponseShape = v.looseObject({ orders: v.array(Loose) });

const STATES: Record<string, RefundState> = {
  NONE: 'none', NOT_REFUNDED: 'none', PARTIAL: 'partial', PARTIALLY_REFUNDED: 'partial', FULL: 'full', REFUNDED: 'full', FULLY_REFUNDED: 'full',
};

export function parseRefundStatus(json: unknown, ctx: { at: string }): ParseResult<OrderRefunds[]> {
  const r = v.safeParse(RefundStatusResponseShape, json);
  if (!r.success) return { ok: false, error: 'unexpected refund-status response' };
  const provenance: Provenance = { source: 'endpoint', detail: REFUND_PROVENANCE_DETAIL, at: ctx.at };
  const problems: string[] = [];
  const out: OrderRefunds[] = [];
  r.output.orders.forEach((raw, i) => {
    const row = v.safeParse(RefundStatusRowShape, raw);
    if (!row.success) {
      problems.push(`row ${i + 1}: no order id`);
      return;
    }
    const refunds: Refund[] = (Array.isArray(row.output.refunds) ? row.output.refunds : [])
      .map((x) => v.safeParse(RefundShape, x))
      .filter((x) => x.success)
      .map(({ output: f }) => compact<Refund>({
        refundId: readString(f.refundId), amount: readMoney(f.amount), date: readDate(f.date), reason: readString(f.reason),
      }))
      .filter((f) => Object.keys(f).length > 0);
    const said = readString(row.output.refundStatus)?.toUpperCase().replace(/[\s-]/g, '_');
    let state: RefundState = said ? (STATES[said] ?? 'unknown') : 'unknown';
    if (state === 'unknown') {
      if (said) problems.push(`row ${i + 1}: unknown refund status ${said}`);
      else if (refunds.length === 0) state = 'none';
    }
    out.push({ orderId: row.output.orderId, state, refunds, provenance });
  });
  return { ok: true, value: out, problems };
}
