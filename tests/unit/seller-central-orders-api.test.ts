import { readFileSync } from 'node:fs';
import {
  orderApiUrl, ordersApiHeaders, parseOrderResponse, readBool, readDate, readNumber, readOrderStatus,
} from '../../lib/seller-central/orders-api';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/seller-central/${name}`, import.meta.url), 'utf8'));
const AT = '2026-11-23T18:00:00.000Z';

describe('orders-api adapter', () => {
  it('builds the URL and headers the order page uses', () => {
    expect(orderApiUrl('113-9009872-9750627')).toBe('/orders-api/order/113-9009872-9750627');
    expect(ordersApiHeaders()).toEqual({ accept: 'application/json', 'anti-csrftoken-a2z-request': 'true' });
    expect(ordersApiHeaders('tok')).toMatchObject({ 'anti-csrftoken-a2z': 'tok' });
  });

  it('reads an FBA order with its items (provenance endpoint)', () => {
    const r = parseOrderResponse(fixture('orders-api-order-fba.json'), { at: AT, accountId: 'A1LUMENHOME7Q' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toEqual([]);
    const { order, items, reviewRequest } = r.value;
    expect(order).toMatchObject({
      orderId: '113-9009872-9750627', accountId: 'A1LUMENHOME7Q', marketplaceId: 'ATVPDKIKX0DER', status: 'Shipped',
      fulfillment: 'FBA', purchaseDate: '2026-10-24T15:42:02.190Z', earliestDeliveryDate: '2026-10-28T19:42:02.190Z',
      latestDeliveryDate: '2026-10-31T19:42:02.190Z', buyerName: 'Linda Smith', buyerEmail: 'tej6kss2mqpk7qt4@marketplace.amazon.com',
      total: { amount: 44.99, currency: 'USD' }, isPrime: true, isBusinessOrder: false, salesChannel: 'Amazon.com',
      provenance: { source: 'endpoint', detail: 'orders-api/order', at: AT },
    });
    expect(items).toEqual([{
      key: '113-9009872-9750627|LU-TWL-SAG-078', orderId: '113-9009872-9750627', asin: 'B0S2BSEYDH', sku: 'LU-TWL-SAG-078',
      title: 'Lumen Turkish Cotton Towel Set - Sage Green', quantity: 1, quantityShipped: 1, price: { amount: 44.99, currency: 'USD' },
      imageUrl: 'https://sellercentral.amazon.com/replica-assets/img/B0S2BSEYDH.svg', provenance: order.provenance,
    }]);
    expect(reviewRequest).toEqual({ available: true });
  });

  it('reads an FBM order with two items and a pending order without delivery dates', () => {
    const fbm = parseOrderResponse(fixture('orders-api-order-fbm.json'), { at: AT });
    expect(fbm.ok && fbm.value.order.fulfillment).toBe('FBM');
    expect(fbm.ok && fbm.value.items.map((i) => i.quantity)).toEqual([2, 1]);
    expect(fbm.ok && fbm.value.reviewRequest).toEqual({ available: false, reason: 'REVIEW_REQUEST_OUTSIDE_TIME_WINDOW' });
    const pending = parseOrderResponse(fixture('orders-api-order-pending.json'), { at: AT });
    expect(pending.ok).toBe(true);
    if (!pending.ok) return;
    expect(pending.value.order.status).toBe('Pending');
    expect('earliestDeliveryDate' in pending.value.order).toBe(false);
    expect('latestDeliveryDate' in pending.value.order).toBe(false);
  });

  it('parses defensively: "false" strings, string amounts and quantities, missing and bad dates, bad items', () => {
    const r = parseOrderResponse(fixture('orders-api-order-defensive.json'), { at: AT, marketplaceId: 'ATVPDKIKX0DER' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { order, items } = r.value;
    expect(order).toMatchObject({
      orderId: '114-0000001-0000002', status: 'Shipped', fulfillment: 'FBA', marketplaceId: 'A1PA6795UKMFR9',
      purchaseDate: '2026-11-01T09:00:00.000Z', isPrime: false, isBusinessOrder: true, total: { amount: 1234.5, currency: 'EUR' },
    });
    for (const k of ['lastUpdateDate', 'earliestShipDate', 'earliestDeliveryDate', 'buyerEmail', 'buyerName'] as const) {
      expect(order[k]).toBeUndefined();
      expect(k in order).toBe(false);
    }
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ asin: 'B0DEFENSIV', title: 'Lamp', quantity: 3, key: '114-0000001-0000002|B0DEFENSIV' });
    expect(items[0]?.quantityShipped).toBeUndefined();
    expect(items[0]?.imageUrl).toBeUndefined(); // javascript: URLs never reach an <img>
    expect(r.problems).toEqual(['item 2: no ASIN', 'item 3: not an object']);
  });

  it('refuses a response without an order id and never throws on junk', () => {
    for (const junk of [null, 'x', 42, {}, { order: {} }, { order: { amazonOrderId: '' } }, { error: 'ORDER_NOT_FOUND' }]) {
      expect(parseOrderResponse(junk, { at: AT }).ok).toBe(false);
    }
    const r = parseOrderResponse({ order: { amazonOrderId: '111-1111111-1111111', orderStatus: 'Lost', orderItems: 'x' } }, { at: AT });
    expect(r.ok && r.problems).toEqual(['unknown order status "Lost"', 'unknown fulfillment channel null', 'no purchase date', 'no items']);
  });

  it('reads flags, numbers, statuses and dates the way real responses write them', () => {
    expect([readBool('false'), readBool('TRUE'), readBool('Y'), readBool('maybe'), readBool(0)]).toEqual([false, true, true, undefined, false]);
    expect([readNumber('44.99'), readNumber('1,234.50'), readNumber('1.234,50'), readNumber('29,90'), readNumber('1,234'), readNumber('abc'), readNumber('1.2.3')])
      .toEqual([44.99, 1234.5, 1234.5, 29.9, 1234, undefined, undefined]);
    expect([readOrderStatus('Cancelled'), readOrderStatus('PARTIALLY_SHIPPED'), readOrderStatus('pendingavailability')])
      .toEqual(['Canceled', 'PartiallyShipped', 'PendingAvailability']);
    expect([readDate(''), readDate(null), readDate('1/13/17'), readDate('2017-06-17T08:04:21+00:00')])
      .toEqual([undefined, undefined, undefined, '2017-06-17T08:04:21.000Z']);
  });
});
