/**
 * Handlers of the thread panels: orders the page fetched (merged by provenance) and read back with
 * their items, returns, refunds and feedback; returns and feedback upserts; the buyer profile
 * (lib/buyers does the matching); the blacklist state of the open thread's buyer.
 */
import type { BlacklistEntry, Feedback, Order, OrderItem, Thread } from '../../model';
import { buildBuyerProfile, buyerKeyOf, normaliseName, orderIdentity, mergeIdentity } from '../../buyers';
import { guardStorage } from '../../db/errors';
import { threadKey } from '../../db/repositories/threads';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';
import type { OrderView } from './thread-panels-schemas';
import { reviewRequestStatus } from '../../campaigns/runner/order-status';

type ThreadPanelHandlers = Pick<Handlers,
  'orders/upsert' | 'orders/get' | 'returns/upsert' | 'feedback/upsert' | 'buyers/profile' | 'blacklist/status'>;

/** at most this many of a buyer's orders (newest first) go into a profile */
const MAX_PROFILE_ORDERS = 200;

const dropUndefined = <T extends object>(o: T): T => {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
};

export function threadPanelHandlers({ repos, now }: HandlerDeps): ThreadPanelHandlers {
  const { db } = repos;

  const ordersWithItems = async (orders: Order[]): Promise<{ order: Order; items: OrderItem[] }[]> => {
    const ids = orders.map((o) => o.orderId);
    const items = ids.length ? await db.orderItems.where('orderId').anyOf(ids).toArray() : [];
    const byOrder = new Map<string, OrderItem[]>();
    for (const it of items) byOrder.set(it.orderId, [...(byOrder.get(it.orderId) ?? []), it]);
    return orders.map((order) => ({ order, items: byOrder.get(order.orderId) ?? [] }));
  };

  return {
    'orders/upsert': async ({ orders, refunds }) => {
      const entries = orders.map(({ order, items }) => ({ order: dropUndefined(order as Order), items: items.map((i) => dropUndefined(i as OrderItem)) }));
      const written = await repos.orders.upsert(entries);
      const refundWrites = refunds.length ? await repos.refunds.put(refunds) : 0;
      return { ...written, refunds: refundWrites };
    },

    'orders/get': async ({ orderIds }) => {
      const ids = [...new Set(orderIds)];
      const got = await guardStorage(() =>
        db.transaction('r', [db.orders, db.orderItems, db.returns, db.feedback, db.meta], async () => {
          const [orders, returns, refunds, feedback] = await Promise.all([
            db.orders.bulkGet(ids),
            repos.returns.listByOrderIds(ids),
            repos.refunds.getMany(ids),
            repos.feedback.listByOrderIds(ids),
          ]);
          const found = orders.filter((o): o is Order => Boolean(o));
          const withItems = await ordersWithItems(found);
          const views: OrderView[] = withItems.map(({ order, items }) => {
            const f = feedback.find((x) => x.orderId === order.orderId);
            const r = refunds.find((x) => x.orderId === order.orderId);
            return {
              order, items, returns: returns.filter((x) => x.orderId === order.orderId).sort((a, b) => (a.requestDate < b.requestDate ? -1 : 1)),
              ...(r ? { refunds: r } : {}), ...(f ? { feedback: f } : {}),
            };
          });
          // in the order asked for
          views.sort((a, b) => ids.indexOf(a.order.orderId) - ids.indexOf(b.order.orderId));
          return { orders: views, missing: ids.filter((id) => !found.some((o) => o.orderId === id)) };
        }),
      );
      const status = await reviewRequestStatus(repos, got.orders.map((x) => x.order.orderId), now());
      for (const view of got.orders) {
        const s = status.get(view.order.orderId);
        if (s) view.reviewRequest = s;
      }
      return got;
    },

    'returns/upsert': async ({ returns }) => ({ stored: await repos.returns.upsert(returns.map((r) => dropUndefined({ ...r }))) }),

    'feedback/upsert': async ({ feedback }) => ({ stored: await repos.feedback.upsert(feedback.map((f) => dropUndefined({ ...f }) as Feedback)) }),

    'buyers/profile': async (req) => {
      const bulkMinQuantity = await repos.settings.get('bulkBuyerMinQuantity');
      const profile = await guardStorage(() =>
        db.transaction('r', [db.orders, db.orderItems, db.threads, db.feedback, db.reviews], async () => {
          const own = (await db.orders.bulkGet(req.orderIds)).filter((o): o is Order => Boolean(o));
          const identity = mergeIdentity(
            { buyerId: req.buyerId, relayEmail: req.relayEmail, name: req.buyerName, marketplaceId: req.marketplaceId },
            ...own.map(orderIdentity),
          );
          const sameAccount = (o: { accountId?: string }): boolean => !req.accountId || !o.accountId || o.accountId === req.accountId;

          const candidates = new Map<string, Order>(own.map((o) => [o.orderId, o]));
          const add = (list: Order[]): void => { for (const o of list) if (sameAccount(o)) candidates.set(o.orderId, o); };
          if (identity.buyerId) add(await db.orders.where('buyerId').equals(identity.buyerId).toArray());
          if (identity.relayEmail) add(await db.orders.where('buyerEmail').equals(identity.relayEmail).toArray());
          if (identity.name) add(await db.orders.where('buyerName').equalsIgnoreCase(identity.name).toArray());
          const orders = [...candidates.values()]
            .sort((a, b) => (a.purchaseDate < b.purchaseDate ? 1 : -1))
            .slice(0, MAX_PROFILE_ORDERS);
          const orderIds = orders.map((o) => o.orderId);

          const threads = new Map<string, Thread>();
          const addThreads = (list: Thread[]): void => { for (const t of list) if (sameAccount(t)) threads.set(t.key, t); };
          if (identity.buyerId) addThreads(await db.threads.where('buyerId').equals(identity.buyerId).toArray());
          if (identity.name) addThreads(await db.threads.where('buyerName').equalsIgnoreCase(identity.name).toArray());
          if (orderIds.length) addThreads(await db.threads.where('orderIds').anyOf(orderIds).distinct().toArray());

          const feedback = new Map<string, Feedback>();
          for (const f of await repos.feedback.listByOrderIds(orderIds)) feedback.set(f.orderId, f);
          if (identity.relayEmail) for (const f of await repos.feedback.listByRaterEmail(identity.relayEmail)) feedback.set(f.orderId, f);

          const reviews = await repos.reviews.listFor({ orderIds, buyerKey: buyerKeyOf(identity) });
          return buildBuyerProfile({
            identity,
            ...(req.accountId && req.marketplaceId && req.threadId ? { currentThreadKey: threadKey(req.accountId, req.marketplaceId, req.threadId) } : {}),
            currentOrderIds: req.orderIds,
            orders: await ordersWithItems(orders),
            threads: [...threads.values()],
            feedback: [...feedback.values()],
            reviews,
            now: now(),
            bulkMinQuantity,
          });
        }),
      );
      return { profile, bulkMinQuantity };
    },

    'blacklist/status': async ({ buyerKey, buyerName, marketplaceId, orderIds }) =>
      guardStorage(() =>
        db.transaction('r', db.blacklist, async () => {
          const hits = new Map<string, BlacklistEntry>();
          const add = (list: BlacklistEntry[]): void => { for (const e of list) hits.set(e.id, e); };
          if (buyerKey) add(await db.blacklist.where('buyerKey').equals(buyerKey).toArray());
          if (orderIds.length) add(await db.blacklist.where('orderId').anyOf(orderIds).toArray());
          const name = normaliseName(buyerName);
          if (name && buyerName) {
            add((await db.blacklist.where('buyerName').equalsIgnoreCase(buyerName.trim()).toArray())
              .filter((e) => normaliseName(e.buyerName) === name && (!e.marketplaceId || !marketplaceId || e.marketplaceId === marketplaceId)));
          }
          return { entries: [...hits.values()].sort((a, b) => (a.addedAt < b.addedAt ? 1 : -1)) };
        }),
      ),
  };
}
