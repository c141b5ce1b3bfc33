/** Repeat-buyer and bulk-buyer flags from a buyer's orders. Pure. */
import type { Order, OrderItem } from '../model';

export const DEFAULT_BULK_MIN_QUANTITY = 5;
export const REPEAT_MIN_ORDERS = 2;

export interface BuyerFlags {
  /** distinct orders that were not canceled */
  orderCount: number;
  repeat: boolean;
  bulk: boolean;
  /** the largest quantity in one order (all its items together) */
  maxQuantity: number;
  /** orders with quantity >= the bulk threshold */
  bulkOrderIds: string[];
}

/** Units in one order: its items' quantities added up. */
export function orderQuantity(items: readonly Pick<OrderItem, 'quantity'>[]): number {
  return items.reduce((sum, it) => sum + (Number.isFinite(it.quantity) && it.quantity > 0 ? it.quantity : 0), 0);
}

export function buyerFlags(
  orders: readonly { order: Pick<Order, 'orderId' | 'status'>; items: readonly Pick<OrderItem, 'quantity'>[] }[],
  opts: { bulkMinQuantity?: number } = {},
): BuyerFlags {
  const min = Math.max(1, opts.bulkMinQuantity ?? DEFAULT_BULK_MIN_QUANTITY);
  const counted = new Map<string, number>();
  for (const { order, items } of orders) {
    if (order.status === 'Canceled') continue;
    counted.set(order.orderId, Math.max(counted.get(order.orderId) ?? 0, orderQuantity(items)));
  }
  const quantities = [...counted.values()];
  const bulkOrderIds = [...counted].filter(([, q]) => q >= min).map(([id]) => id);
  return {
    orderCount: counted.size,
    repeat: counted.size >= REPEAT_MIN_ORDERS,
    bulk: bulkOrderIds.length > 0,
    maxQuantity: quantities.length ? Math.max(...quantities) : 0,
    bulkOrderIds,
  };
}
