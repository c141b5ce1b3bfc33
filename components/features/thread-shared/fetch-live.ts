/**
 * Same-origin calls to Seller Central's own JSON endpoints, in the seller's session (cookies go
 * along: `credentials: 'include'`): the open thread's orders and their refund state (the buyer's feedback is read
 * from the Feedback Manager page the seller opens, never fetched). Never throws: failures come back as a `FetchFailure` the panels show quietly.
 */
import { ordersApiHeaders, orderApiUrl, parseOrderResponse, type OrderDetails } from '../../../lib/seller-central/orders-api';
import { parseRefundStatus, refundStatusUrl, type OrderRefunds } from '../../../lib/seller-central/refund-status';

export type FailureKind = 'signed-out' | 'http' | 'network' | 'shape' | 'not-found';
export interface FetchFailure { kind: FailureKind; status?: number; what: string }

export interface LiveOrders {
  details: OrderDetails[];
  refunds: OrderRefunds[];
  failures: FetchFailure[];
}

const TIMEOUT_MS = 15_000;

async function getJson(path: string, csrfToken: string | undefined, signal: AbortSignal): Promise<{ ok: true; json: unknown } | { ok: false; failure: Omit<FetchFailure, 'what'> }> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const combined = AbortSignal.any ? AbortSignal.any([signal, timeout]) : signal;
  let res: Response;
  try {
    res = await fetch(path, { credentials: 'include', headers: ordersApiHeaders(csrfToken), signal: combined });
  } catch {
    return { ok: false, failure: { kind: 'network' } };
  }
  const landed = (() => { try { return new URL(res.url).pathname; } catch { return ''; } })();
  if (res.status === 401 || /^\/ap\//.test(landed)) return { ok: false, failure: { kind: 'signed-out', status: res.status } };
  if (res.status === 404) return { ok: false, failure: { kind: 'not-found', status: 404 } };
  if (!res.ok) return { ok: false, failure: { kind: res.status === 403 ? 'signed-out' : 'http', status: res.status } };
  try {
    return { ok: true, json: await res.json() };
  } catch {
    return { ok: false, failure: { kind: 'shape', status: res.status } };
  }
}

/** The orders' JSON (one call each, in parallel) and their refund state (one call). */
export async function fetchLiveOrders(
  orderIds: readonly string[],
  opts: { csrfToken?: string; accountId?: string; marketplaceId?: string; signal: AbortSignal },
): Promise<LiveOrders> {
  const at = new Date().toISOString();
  const out: LiveOrders = { details: [], refunds: [], failures: [] };
  const ctx = { at, ...(opts.accountId ? { accountId: opts.accountId } : {}), ...(opts.marketplaceId ? { marketplaceId: opts.marketplaceId } : {}) };
  await Promise.all([
    ...orderIds.map(async (orderId) => {
      const r = await getJson(orderApiUrl(orderId), opts.csrfToken, opts.signal);
      if (!r.ok) { out.failures.push({ ...r.failure, what: orderId }); return; }
      const parsed = parseOrderResponse(r.json, ctx);
      if (!parsed.ok) { out.failures.push({ kind: 'shape', what: orderId }); return; }
      if (parsed.problems.length) console.info(`[seller-inbox:thread-order-panel] order ${orderId}:`, parsed.problems.join('; '));
      out.details.push(parsed.value);
    }),
    (async () => {
      if (orderIds.length === 0) return;
      const r = await getJson(refundStatusUrl(orderIds), opts.csrfToken, opts.signal);
      if (!r.ok) { out.failures.push({ ...r.failure, what: 'refund-status' }); return; }
      const parsed = parseRefundStatus(r.json, { at });
      if (!parsed.ok) { out.failures.push({ kind: 'shape', what: 'refund-status' }); return; }
      out.refunds.push(...parsed.value);
    })(),
  ]);
  out.details.sort((a, b) => orderIds.indexOf(a.order.orderId) - orderIds.indexOf(b.order.orderId));
  return out;
}
