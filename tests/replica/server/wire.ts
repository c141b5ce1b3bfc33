/** Converts the replica's data into the JSON shapes on the wire (api-types.ts). */
import type { ReplicaMessage, ReplicaMoney, ReplicaOrder, ReplicaThread } from '../data/types';
import type {
  SolicitationIneligibleReason, ThreadSummary, WireMessage, WireMoney, WireOrder, WireSenderType, WireThreadStatus,
} from './api-types';
import type { ServerState } from './state';

const DAY = 86_400_000;

export const wireMoney = (m: ReplicaMoney): WireMoney => ({
  CurrencyCode: m.currency, Amount: m.currency === 'JPY' ? String(Math.round(m.amount)) : m.amount.toFixed(2),
});

const STATUS: Record<ReplicaThread['status'], WireThreadStatus> = {
  'response-needed': 'RESPONSE_NEEDED', answered: 'ANSWERED', 'no-response-needed': 'NO_RESPONSE_NEEDED',
};
const SENDER: Record<ReplicaMessage['from'], WireSenderType> = { buyer: 'BUYER', seller: 'SELLER', amazon: 'AMAZON' };

/** Oldest buyer (or Amazon) message after the seller's last message, when the thread awaits an answer. */
export const awaitingSince = (thread: ReplicaThread): string | null => {
  if (thread.status !== 'response-needed') return null;
  let since: string | null = null;
  for (const m of thread.messages) {
    if (m.from === 'seller') since = null;
    else if (since === null) since = m.sentAt;
  }
  return since;
};

export const lastMessage = (thread: ReplicaThread): ReplicaMessage | undefined => thread.messages[thread.messages.length - 1];

export const threadSummary = (thread: ReplicaThread): ThreadSummary => {
  const last = lastMessage(thread);
  return {
    threadId: thread.threadId,
    marketplaceId: thread.marketplaceId,
    buyerName: thread.buyerName,
    buyerId: thread.buyerId ?? null,
    subject: thread.subject,
    preview: (last?.text ?? '').replace(/\s+/g, ' ').trim().slice(0, 140),
    orderIds: [...thread.orderIds],
    status: STATUS[thread.status],
    lastMessageAt: last?.sentAt ?? '',
    lastSenderType: SENDER[last?.from ?? 'buyer'],
    awaitingSince: awaitingSince(thread),
    messageCount: thread.messages.length,
  };
};

export const wireMessage = (m: ReplicaMessage): WireMessage => ({
  messageId: m.messageId, threadId: m.threadId, senderType: SENDER[m.from], senderName: m.senderName,
  text: m.text, sentAt: m.sentAt, attachments: m.attachments.map((a) => ({ ...a })),
});

/** Why a review request cannot go out now, or null when it can (5-30 days after delivery, once). */
export const reviewIneligibility = (state: ServerState, order: ReplicaOrder): SolicitationIneligibleReason | null => {
  if (order.reviewRequestedAt || state.reviewRequested.has(order.orderId)) return 'REVIEW_REQUEST_ALREADY_SENT';
  if (order.status !== 'Shipped' || !order.earliestDeliveryDate || !order.latestDeliveryDate) return 'REVIEW_REQUEST_OUTSIDE_TIME_WINDOW';
  const now = state.now().getTime();
  const opens = Date.parse(order.earliestDeliveryDate) + 5 * DAY;
  const closes = Date.parse(order.latestDeliveryDate) + 30 * DAY;
  return now < opens || now > closes ? 'REVIEW_REQUEST_OUTSIDE_TIME_WINDOW' : null;
};

export const imageUrl = (host: string, asin: string): string => `https://${host}/replica-assets/img/${asin}.svg`;

export const wireOrder = (state: ServerState, order: ReplicaOrder, host: string): WireOrder => {
  const buyer = state.buyersById.get(order.buyerId);
  const reason = reviewIneligibility(state, order);
  return {
    amazonOrderId: order.orderId,
    orderStatus: order.status,
    fulfillmentChannel: order.fulfillment === 'FBA' ? 'AFN' : 'MFN',
    purchaseDate: order.purchaseDate,
    lastUpdateDate: order.lastUpdateDate,
    earliestShipDate: order.earliestShipDate,
    latestShipDate: order.latestShipDate,
    earliestDeliveryDate: order.earliestDeliveryDate ?? null,
    latestDeliveryDate: order.latestDeliveryDate ?? null,
    buyerProxyEmail: buyer?.relayEmail ?? '',
    buyerName: buyer?.name ?? '',
    orderTotal: wireMoney(order.total),
    orderItems: order.items.map((item) => ({
      asin: item.asin, sku: item.sku, title: item.title, quantityOrdered: item.quantityOrdered,
      quantityShipped: item.quantityShipped, itemPrice: wireMoney(item.itemPrice), imageUrl: imageUrl(host, item.asin),
    })),
    salesChannel: order.salesChannel,
    marketplaceId: order.marketplaceId,
    isPrime: order.isPrime,
    isBusinessOrder: order.isBusinessOrder,
    pluginActions: {
      requestAReview: {
        isAvailable: reason === null,
        reason,
        url: `/messaging/reviews?orderId=${order.orderId}&marketplaceId=${order.marketplaceId}`,
      },
    },
  };
};
