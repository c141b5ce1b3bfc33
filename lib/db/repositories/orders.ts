/**
 * Orders and their items. Every record is merged by provenance (lib/db/merge.ts): live page/endpoint
 * data beats imported data, newer beats older, per record; the losing record only fills gaps.
 */
import type { Order, OrderItem } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';
import { mergeByProvenance } from '../merge';

export interface OrderWithItems { order: Order; items: OrderItem[] }
export interface OrderUpsertResult { orders: number; items: number }

export class OrdersRepository {
  constructor(private readonly db: SellerInboxDB) {}

  /** Upserts orders with their items in ONE transaction: all or nothing. Returns records written. */
  upsert(entries: readonly OrderWithItems[]): Promise<OrderUpsertResult> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.orders, this.db.orderItems, async () => {
        const orders = collapse(entries.map((e) => e.order), (o) => o.orderId);
        const items = collapse(entries.flatMap((e) => e.items), (i) => i.key);
        const [storedOrders, storedItems] = await Promise.all([
          this.db.orders.bulkGet([...orders.keys()]),
          this.db.orderItems.bulkGet([...items.keys()]),
        ]);
        const orderWrites = mergeAll([...orders.values()], storedOrders);
        const itemWrites = mergeAll([...items.values()], storedItems);
        if (orderWrites.length) await this.db.orders.bulkPut(orderWrites);
        if (itemWrites.length) await this.db.orderItems.bulkPut(itemWrites);
        return { orders: orderWrites.length, items: itemWrites.length };
      }),
    );
  }

  get(orderId: string): Promise<OrderWithItems | undefined> {
    return guardStorage(() =>
      this.db.transaction('r', this.db.orders, this.db.orderItems, async () => {
        const order = await this.db.orders.get(orderId);
        if (!order) return undefined;
        const items = await this.db.orderItems.where('orderId').equals(orderId).toArray();
        return { order, items };
      }),
    );
  }

  listByBuyer(buyer: { buyerId?: string; buyerEmail?: string }): Promise<Order[]> {
    return guardStorage(async () => {
      if (buyer.buyerId) return this.db.orders.where('buyerId').equals(buyer.buyerId).toArray();
      if (buyer.buyerEmail) return this.db.orders.where('buyerEmail').equals(buyer.buyerEmail).toArray();
      return [];
    });
  }
}

/** Merges records that share a key within one batch, by the same precedence. */
function collapse<T extends { provenance: Order['provenance'] }>(records: T[], keyOf: (r: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of records) out.set(keyOf(r), mergeByProvenance(out.get(keyOf(r)), r));
  return out;
}

function mergeAll<T extends { provenance: Order['provenance'] }>(incoming: T[], stored: (T | undefined)[]): T[] {
  const writes: T[] = [];
  incoming.forEach((rec, i) => {
    const existing = stored[i];
    const merged = mergeByProvenance(existing, rec);
    if (!existing || JSON.stringify(existing) !== JSON.stringify(merged)) writes.push(merged);
  });
  return writes;
}
