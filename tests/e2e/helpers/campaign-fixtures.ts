/**
 * Campaign set-up for e2e tests that are not about the runner itself: the replica's orders written into the
 * extension's database (as an import would), the review-request campaign that makes every delivered order
 * due, the orders the plan makes due now, and the extension's send log. All IndexedDB access runs in an
 * extension page (same origin as the background's database).
 */
import type { Page } from 'playwright-core';
import { joinPlanInputs } from '../../../lib/campaigns/facts';
import { planCampaigns } from '../../../lib/campaigns';
import type { Campaign, Order, OrderItem, SendLogEntry, Thread } from '../../../lib/model';
import type { ReplicaData } from '../../replica/data';

export function orderRecords(data: ReplicaData): { orders: Order[]; items: OrderItem[] } {
  const at = new Date().toISOString();
  const provenance = { source: 'import' as const, at };
  const buyers = new Map(data.buyers.map((b) => [b.buyerId, b]));
  const orders = data.orders.map((o) => JSON.parse(JSON.stringify({
    orderId: o.orderId, accountId: o.accountId, marketplaceId: o.marketplaceId, salesChannel: o.salesChannel, status: o.status,
    fulfillment: o.fulfillment, purchaseDate: o.purchaseDate, lastUpdateDate: o.lastUpdateDate, shipDate: o.shipDate,
    earliestShipDate: o.earliestShipDate, latestShipDate: o.latestShipDate, earliestDeliveryDate: o.earliestDeliveryDate,
    latestDeliveryDate: o.latestDeliveryDate, buyerId: o.buyerId, buyerName: buyers.get(o.buyerId)?.name, provenance,
  })) as Order);
  const items = data.orders.flatMap((o) => o.items.map((i): OrderItem => ({
    key: `${o.orderId}|${i.orderItemId}`, orderId: o.orderId, orderItemId: i.orderItemId, asin: i.asin, sku: i.sku, title: i.title,
    quantity: i.quantityOrdered, quantityShipped: i.quantityShipped, provenance,
  })));
  return { orders, items };
}

export async function seedOrders(extPage: Page, records: { orders: Order[]; items: OrderItem[] }): Promise<void> {
  await extPage.evaluate(async (r) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => { const q = indexedDB.open('seller-inbox'); q.onsuccess = () => ok(q.result); q.onerror = () => fail(q.error); });
    const tx = db.transaction(['orders', 'orderItems'], 'readwrite');
    for (const o of r.orders) tx.objectStore('orders').put(o);
    for (const i of r.items) tx.objectStore('orderItems').put(i);
    await new Promise((ok, fail) => { tx.oncomplete = ok; tx.onerror = () => fail(tx.error); });
    db.close();
  }, records);
}

export async function readSendLog(extPage: Page): Promise<SendLogEntry[]> {
  return extPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => { const q = indexedDB.open('seller-inbox'); q.onsuccess = () => ok(q.result); q.onerror = () => fail(q.error); });
    const rows = await new Promise<SendLogEntry[]>((ok, fail) => { const q = db.transaction('sendLog').objectStore('sendLog').getAll(); q.onsuccess = () => ok(q.result as SendLogEntry[]); q.onerror = () => fail(q.error); });
    db.close();
    return rows;
  });
}

export const everyDeliveredOrder = {
  name: 'Every order', kind: 'follow-up', method: 'amazon-review-request', enabled: true, paused: false, testMode: false,
  trigger: 'delivered', delayDays: { FBA: 0, FBM: 0 }, sendHour: 0, marketplaceIds: [], asins: [], excludeAsins: [], excludeSkus: [],
  excludeFromRegular: false, minQuantity: 0, dailyCap: 0,
} as const;

const DAY = 86_400_000;

/** Order ids the plan makes due now for `campaign` that Amazon (the replica) accepts a request for: shipped,
 * 5 to 30 days after delivery, none asked for yet; `threads`: the stored ones (a problem thread holds its order back). */
export function dueNow(
  data: ReplicaData, records: { orders: Order[]; items: OrderItem[] }, campaign: Campaign, accountId: string, threads: readonly Thread[] = [],
): Set<string> {
  const inputs = joinPlanInputs({ orders: records.orders, items: records.items, threads });
  const due = new Set(planCampaigns(inputs.orders, [campaign], inputs.facts, new Date())
    .filter((e) => !e.skip && e.sendAt && Date.parse(e.sendAt) <= Date.now()).map((e) => e.orderId));
  const now = Date.now();
  const acceptable = (o: ReplicaData['orders'][number]): boolean => o.accountId === accountId && o.status === 'Shipped' && !o.reviewRequestedAt
    && !!o.earliestDeliveryDate && !!o.latestDeliveryDate
    && now >= Date.parse(o.earliestDeliveryDate) + 5 * DAY && now <= Date.parse(o.latestDeliveryDate) + 30 * DAY;
  return new Set(data.orders.filter((o) => acceptable(o) && due.has(o.orderId)).map((o) => o.orderId));
}
