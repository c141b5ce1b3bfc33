/** Orders JSON (search, order, refund status), review-request solicitations and the feedback list. */
import type { ReplicaOrder } from '../data/types';
import type { FeedbackListResponse, OrderSearchResponse, RefundStatusResponse, SolicitationResponse, SolicitationResponseChanged } from './api-types';
import { intParam, json } from './http';
import { csrfOk, nowIso, type RouteContext } from './route-context';
import type { ReplicaResponse } from './types';
import { imageUrl, reviewIneligibility, wireMoney, wireOrder } from './wire';

const ownOrder = (ctx: RouteContext, orderId: string): ReplicaOrder | undefined => {
  const order = ctx.state.ordersById.get(orderId);
  return order && order.accountId === ctx.account.merchantId ? order : undefined;
};

const searchText = (ctx: RouteContext, order: ReplicaOrder, qt: string): string => {
  const buyer = ctx.state.buyersById.get(order.buyerId);
  switch (qt.toLowerCase()) {
    case 'orderid': case 'order_id': return order.orderId;
    case 'asin': return order.items.map((i) => i.asin).join(' ');
    case 'sku': return order.items.map((i) => i.sku).join(' ');
    case 'buyername': case 'buyer_name': return buyer?.name ?? '';
    default: return [order.orderId, ...order.items.flatMap((i) => [i.asin, i.sku, i.title]), buyer?.name ?? ''].join(' ');
  }
};

const search = (ctx: RouteContext): ReplicaResponse => {
  const p = ctx.url.searchParams;
  const limit = intParam(p.get('limit'), 15, 1, 100);
  const offset = intParam(p.get('offset'), 0, 0, 1_000_000);
  const q = (p.get('q') ?? '').trim().toLowerCase();
  const qt = p.get('qt') ?? '';
  const statuses = (p.get('orderStatus') ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s && s !== 'all');
  const channel = (p.get('fulfillmentType') ?? '').toUpperCase();
  const rows = ctx.state.data.orders
    .filter((o) => o.accountId === ctx.account.merchantId && o.marketplaceId === ctx.marketplaceId)
    .filter((o) => !statuses.length || statuses.includes(o.status.toLowerCase()))
    .filter((o) => !['AFN', 'MFN'].includes(channel) || (channel === 'AFN') === (o.fulfillment === 'FBA'))
    .filter((o) => !q || searchText(ctx, o, qt).toLowerCase().includes(q))
    .sort((a, b) => (a.purchaseDate < b.purchaseDate ? 1 : a.purchaseDate > b.purchaseDate ? -1 : 0));
  const body: OrderSearchResponse = {
    total: rows.length,
    orders: rows.slice(offset, offset + limit).map((o) => ({
      amazonOrderId: o.orderId, homeMarketplaceId: o.marketplaceId, orderStatus: o.status,
      fulfillmentChannel: o.fulfillment === 'FBA' ? 'AFN' : 'MFN', purchaseDate: o.purchaseDate,
      buyerName: ctx.state.buyersById.get(o.buyerId)?.name ?? '', orderTotal: wireMoney(o.total),
      orderItems: o.items.map((i) => ({ asin: i.asin, sku: i.sku, title: i.title, quantityOrdered: i.quantityOrdered, image: imageUrl(ctx.host, i.asin) })),
    })),
  };
  return json(200, body);
};

const refundStatus = (ctx: RouteContext): ReplicaResponse => {
  const ids = (ctx.url.searchParams.get('orderId') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const body: RefundStatusResponse = { orders: [] };
  for (const id of ids) {
    const order = ownOrder(ctx, id);
    if (!order) continue;
    const refunds = ctx.state.data.refunds.filter((r) => r.orderId === id);
    const refunded = refunds.reduce((sum, r) => sum + r.amount.amount, 0);
    body.orders.push({
      orderId: id,
      refundStatus: refunds.length === 0 ? 'NONE' : refunded + 0.005 >= order.total.amount ? 'FULL' : 'PARTIAL',
      refunds: refunds.map((r) => ({ refundId: r.refundId, amount: wireMoney(r.amount), date: r.date, reason: r.reason })),
    });
  }
  return json(200, body);
};

/** The answer in the shape the switch asks for (`reviewJson: 'unrecognised'`: Amazon changed it). */
const solicitationJson = (ctx: RouteContext, status: number, r: SolicitationResponse): ReplicaResponse =>
  ctx.state.faults.reviewJson === 'unrecognised'
    ? json(status, { status: r.isSuccess ? 'SUCCESS' : 'FAILURE', reasonCode: r.ineligibleReason } satisfies SolicitationResponseChanged)
    : json(status, r);

const solicitation = (ctx: RouteContext, orderId: string): ReplicaResponse => {
  const order = ownOrder(ctx, orderId);
  if (ctx.method === 'POST' && !csrfOk(ctx)) return json(403, { isSuccess: false, ineligibleReason: null, error: 'CSRF_TOKEN_INVALID' });
  if (!order) return solicitationJson(ctx, 404, { isSuccess: false, ineligibleReason: 'ORDER_NOT_FOUND' });
  const reason = reviewIneligibility(ctx.state, order);
  if (ctx.method === 'GET') return solicitationJson(ctx, 200, { isSuccess: reason === null, ineligibleReason: reason });
  if (ctx.method !== 'POST') return json(405, { isSuccess: false, ineligibleReason: null });
  if (reason) return solicitationJson(ctx, 200, { isSuccess: false, ineligibleReason: reason });
  ctx.state.reviewRequested.add(orderId);
  ctx.state.sent.push({ kind: 'review-request', orderId, marketplaceId: order.marketplaceId, at: nowIso(ctx) });
  return solicitationJson(ctx, 200, { isSuccess: true, ineligibleReason: null });
};

const feedbackList = (ctx: RouteContext): ReplicaResponse => {
  const p = ctx.url.searchParams;
  const ps = intParam(p.get('ps'), 25, 1, 200);
  const pn = intParam(p.get('pn'), 1, 1, 1_000_000);
  const rows = ctx.state.data.feedback
    .filter((f) => f.accountId === ctx.account.merchantId && f.marketplaceId === ctx.marketplaceId)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const body: FeedbackListResponse = {
    total: rows.length,
    feedback: rows.slice((pn - 1) * ps, pn * ps).map((f) => ({
      orderId: f.orderId, rating: f.rating, comment: f.comment, date: f.date, raterEmail: f.raterEmail, marketplaceId: f.marketplaceId,
    })),
  };
  return json(200, body);
};

/** Orders, solicitation and feedback JSON; undefined when the path is none of them. */
export const ordersRoute = (ctx: RouteContext): ReplicaResponse | undefined => {
  if (ctx.path === '/orders-api/search') return search(ctx);
  if (ctx.path === '/orders-api/refund-status') return refundStatus(ctx);
  if (ctx.path === '/feedback-manager/api/feedback') return feedbackList(ctx);
  const order = /^\/orders-api\/order\/([^/]+)$/.exec(ctx.path);
  if (order) {
    const found = ownOrder(ctx, decodeURIComponent(order[1] ?? ''));
    return found ? json(200, { order: wireOrder(ctx.state, found, ctx.host) }) : json(404, { error: 'ORDER_NOT_FOUND' });
  }
  const sol = /^\/messaging\/api\/solicitations\/([^/]+)\/productReviewAndSellerFeedback$/.exec(ctx.path);
  if (sol) return solicitation(ctx, decodeURIComponent(sol[1] ?? ''));
  return undefined;
};
