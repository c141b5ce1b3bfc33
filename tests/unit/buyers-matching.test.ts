import type { Feedback, Order, OrderItem, ProductReview, Thread } from '../../lib/model';
import {
  buildBuyerProfile, buyerFlags, buyerKeyOf, matchIdentity, mergeIdentity, normaliseName, orderQuantity, removalWindow,
} from '../../lib/buyers';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const P = { source: 'endpoint' as const, at: '2026-11-20T00:00:00.000Z' };

const order = (orderId: string, extra: Partial<Order> = {}): Order => ({
  orderId, status: 'Shipped', fulfillment: 'FBA', purchaseDate: '2026-11-01T00:00:00.000Z', marketplaceId: US, provenance: P, ...extra,
});
const item = (orderId: string, quantity: number): OrderItem => ({ key: `${orderId}|A`, orderId, asin: 'B000000001', quantity, provenance: P });
const thread = (threadId: string, extra: Partial<Thread> = {}): Thread => ({
  key: `ACC|${US}|${threadId}`, accountId: 'ACC', marketplaceId: US, threadId, buyerName: 'Jane Doe', orderIds: [],
  status: 'answered', isSystem: false, seenAt: '2026-11-20T00:00:00.000Z', ...extra,
});

describe('buyer identity', () => {
  it('keys a buyer by id, else relay e-mail, else name + marketplace', () => {
    expect(buyerKeyOf({ buyerId: 'AB1', relayEmail: 'x@marketplace.amazon.com', name: 'Jane' })).toBe('AB1');
    expect(buyerKeyOf({ relayEmail: ' X@Marketplace.Amazon.com ', name: 'Jane' })).toBe('x@marketplace.amazon.com');
    expect(buyerKeyOf({ name: '  Jane   DOE ', marketplaceId: US })).toBe(`jane doe|${US}`);
    expect(buyerKeyOf({ name: 'Jane' })).toBeUndefined();
    expect(normaliseName('Ｊａｎｅ  Doe')).toBe('jane doe');
  });

  it('matches on the strongest identifier both sides have; a contradiction is another buyer', () => {
    expect(matchIdentity({ buyerId: 'AB1', name: 'Jane' }, { buyerId: 'AB1', name: 'Someone else' })).toBe('buyer-id');
    expect(matchIdentity({ buyerId: 'AB1', name: 'Jane', marketplaceId: US }, { buyerId: 'ZZ9', name: 'Jane', marketplaceId: US })).toBeNull();
    expect(matchIdentity({ relayEmail: 'a@m.com' }, { relayEmail: 'A@M.COM' })).toBe('relay-email');
    expect(matchIdentity({ relayEmail: 'a@m.com', name: 'Jane', marketplaceId: US }, { relayEmail: 'b@m.com', name: 'Jane', marketplaceId: US })).toBeNull();
    expect(matchIdentity({ buyerId: 'AB1', name: 'jane doe', marketplaceId: US }, { name: 'Jane  Doe', marketplaceId: US })).toBe('name-marketplace');
    expect(matchIdentity({ name: 'Jane Doe', marketplaceId: US }, { name: 'Jane Doe', marketplaceId: DE })).toBeNull();
    expect(matchIdentity({ name: 'Jane Doe' }, { name: 'Jane Doe' })).toBeNull();
    expect(mergeIdentity({ buyerId: 'AB1' }, { relayEmail: 'a@m.com', buyerId: 'XX' })).toEqual({ buyerId: 'AB1', relayEmail: 'a@m.com' });
  });
});

describe('feedback removal window (60 days)', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');
  it('counts the days left, rounded up, and closes after 60 days', () => {
    expect(removalWindow('2026-11-13T12:00:00.000Z', now)).toEqual({ deadline: '2027-01-12T12:00:00.000Z', daysLeft: 50, open: true });
    expect(removalWindow('2026-09-24T13:00:00.000Z', now)).toMatchObject({ daysLeft: 1, open: true });
    expect(removalWindow('2026-09-24T12:00:00.000Z', now)).toMatchObject({ daysLeft: 0, open: false });
    expect(removalWindow('2026-01-01T00:00:00.000Z', now)).toMatchObject({ daysLeft: 0, open: false });
    expect(removalWindow('garbage', now)).toBeUndefined();
  });
});

describe('buyer flags', () => {
  it('repeat buyer from 2 orders (canceled ones do not count), bulk from the threshold', () => {
    const o = (id: string, q: number, status: Order['status'] = 'Shipped') => ({ order: { orderId: id, status }, items: [{ quantity: q }] });
    expect(buyerFlags([o('1', 1)])).toMatchObject({ orderCount: 1, repeat: false, bulk: false, maxQuantity: 1 });
    expect(buyerFlags([o('1', 1), o('2', 2)])).toMatchObject({ orderCount: 2, repeat: true, bulk: false });
    expect(buyerFlags([o('1', 1), o('2', 9, 'Canceled')])).toMatchObject({ orderCount: 1, repeat: false, bulk: false });
    expect(buyerFlags([o('1', 5)])).toMatchObject({ bulk: true, bulkOrderIds: ['1'] });
    expect(buyerFlags([o('1', 5)], { bulkMinQuantity: 6 })).toMatchObject({ bulk: false });
    expect(orderQuantity([{ quantity: 2 }, { quantity: 3 }, { quantity: Number.NaN }])).toBe(5);
    expect(buyerFlags([])).toMatchObject({ orderCount: 0, maxQuantity: 0, repeat: false });
  });
});

describe('buildBuyerProfile', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');
  const current = order('111-0000000-0000001', { buyerEmail: 'jane@marketplace.amazon.com', buyerName: 'Jane Doe', purchaseDate: '2026-11-10T00:00:00.000Z' });
  const earlierByEmail = order('111-0000000-0000002', { buyerEmail: 'jane@marketplace.amazon.com', purchaseDate: '2026-10-01T00:00:00.000Z' });
  const earlierByName = order('111-0000000-0000003', { buyerName: 'jane doe', purchaseDate: '2026-09-01T00:00:00.000Z', provenance: { source: 'import', at: P.at } });
  const namesake = order('111-0000000-0000004', { buyerName: 'Jane Doe', buyerEmail: 'other@marketplace.amazon.com' });
  const otherMarket = order('111-0000000-0000005', { buyerName: 'Jane Doe', marketplaceId: DE });
  const negative: Feedback = { orderId: earlierByEmail.orderId, rating: 1, comment: 'Broken', date: '2026-11-13T12:00:00.000Z', provenance: P };
  const byRater: Feedback = { orderId: '111-0000000-0000009', rating: 5, comment: 'Great', date: '2026-11-01T00:00:00.000Z', raterEmail: 'jane@marketplace.amazon.com', provenance: P };
  const stranger: Feedback = { orderId: namesake.orderId, rating: 2, comment: 'x', date: '2026-11-01T00:00:00.000Z', provenance: P };
  const review: ProductReview = { key: 'R1', asin: 'B000000001', orderId: earlierByName.orderId, rating: 4, date: '2026-10-01T00:00:00.000Z', provenance: P };

  const profile = buildBuyerProfile({
    identity: { buyerId: 'AB1', name: 'Jane Doe', marketplaceId: US },
    currentThreadKey: `ACC|${US}|T1`,
    currentOrderIds: [current.orderId],
    orders: [current, earlierByEmail, earlierByName, namesake, otherMarket].map((o) => ({ order: o, items: [item(o.orderId, o === earlierByEmail ? 6 : 1)] })),
    threads: [
      thread('T1', { orderIds: [current.orderId] }),
      thread('T2', { buyerId: 'AB1', lastMessageAt: '2026-10-02T00:00:00.000Z' }),
      thread('T3', { buyerName: 'Someone', orderIds: [earlierByEmail.orderId], lastMessageAt: '2026-10-05T00:00:00.000Z' }),
      thread('T4', { buyerId: 'ZZ9' }),
    ],
    feedback: [negative, byRater, stranger],
    reviews: [review],
    now,
  });

  it('learns the relay e-mail from the open thread\'s order and says how each record was matched', () => {
    expect(profile.identity).toEqual({ buyerId: 'AB1', relayEmail: 'jane@marketplace.amazon.com', name: 'Jane Doe', marketplaceId: US });
    expect(profile.buyerKey).toBe('AB1');
    expect(profile.orders.map((o) => [o.order.orderId, o.matchedBy, o.current])).toEqual([
      [current.orderId, 'buyer-id', true],
      [earlierByEmail.orderId, 'relay-email', false],
      [earlierByName.orderId, 'name-marketplace', false],
    ]);
    expect(profile.threads.map((t) => [t.thread.threadId, t.matchedBy])).toEqual([['T3', 'relay-email'], ['T2', 'buyer-id']]);
  });

  it('ties feedback through the order or the rater address, with the removal window of a negative', () => {
    expect(profile.feedback.map((f) => [f.feedback.orderId, f.matchedBy, f.negative, f.removal?.daysLeft])).toEqual([
      [negative.orderId, 'relay-email', true, 50],
      [byRater.orderId, 'relay-email', false, undefined],
    ]);
    expect(profile.reviews.map((r) => [r.review.key, r.matchedBy])).toEqual([['R1', 'name-marketplace']]);
  });

  it('flags a repeat buyer and a bulk buyer', () => {
    expect(profile.flags).toMatchObject({ orderCount: 3, repeat: true, bulk: true, maxQuantity: 6, bulkOrderIds: [earlierByEmail.orderId] });
  });
});
