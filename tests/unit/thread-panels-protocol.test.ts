/** The thread panels' messages through the real router and database (fake-indexeddb). */
import { readFileSync } from 'node:fs';
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { createHandlers, storageErrorCode } from '../../lib/protocol/handlers';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';
import type { ResponseOf } from '../../lib/protocol/messages';
import { parseOrderResponse } from '../../lib/seller-central/orders-api';
import { parseRefundStatus } from '../../lib/seller-central/refund-status';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const own = { id: EXT, url: 'https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=T1&cc=T1', tab: { id: 3 } };
const NOW = new Date('2026-11-23T18:00:00.000Z');
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/seller-central/${name}`, import.meta.url), 'utf8'));
const US = 'ATVPDKIKX0DER';

let repos: Repositories;
let router: Router;
beforeEach(async () => {
  repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW);
  router = createRouter(createRegistry(createHandlers({ repos, now: () => NOW, version: '1' })), { extensionId: () => EXT, warn: () => undefined, errorCodeOf: storageErrorCode });
});
afterEach(() => repos.db.close());

const ask = async <T extends Parameters<Router>[0] & { type: string }>(m: T) => router(m, own) as Promise<unknown>;
const fba = () => {
  const r = parseOrderResponse(fixture('orders-api-order-fba.json'), { at: NOW.toISOString(), accountId: 'A1LUMENHOME7Q' });
  if (!r.ok) throw new Error('fixture');
  return r.value;
};

describe('orders/upsert + orders/get', () => {
  it('stores what the page fetched and reads it back with refunds, returns and feedback', async () => {
    const d = fba();
    const refunds = parseRefundStatus({ orders: [{ orderId: d.order.orderId, refundStatus: 'PARTIAL', refunds: [{ refundId: 'R1', amount: { CurrencyCode: 'USD', Amount: '5.00' }, date: '2026-11-20T00:00:00Z', reason: 'Goodwill' }] }] }, { at: NOW.toISOString() });
    if (!refunds.ok) throw new Error('refunds');
    expect(await ask({ type: 'orders/upsert', orders: [{ order: d.order, items: d.items }], refunds: refunds.value })).toEqual({ orders: 1, items: 1, refunds: 1 });
    await ask({ type: 'returns/upsert', returns: [{ key: `fba|${d.order.orderId}|B0S2BSEYDH|2026-11-01T00:00:00.000Z`, kind: 'fba', orderId: d.order.orderId, asin: 'B0S2BSEYDH', quantity: 1, reason: 'DEFECTIVE', status: 'Reimbursed', requestDate: '2026-11-01T00:00:00.000Z', provenance: { source: 'import', detail: 'FBA returns report: r.txt', at: '2026-11-20T00:00:00.000Z' } }] });
    await ask({ type: 'feedback/upsert', feedback: [{ orderId: d.order.orderId, rating: 2, comment: 'meh', date: '2026-11-10T00:00:00.000Z', provenance: { source: 'endpoint', at: NOW.toISOString() } }] });
    const got = await ask({ type: 'orders/get', orderIds: [d.order.orderId, '111-0000000-0000000'] }) as ResponseOf<'orders/get'>;
    expect(got.missing).toEqual(['111-0000000-0000000']);
    expect(got.orders).toHaveLength(1);
    const view = got.orders[0]!;
    expect(view.order).toEqual(d.order);
    expect(view.items).toEqual(d.items);
    expect(view.refunds).toMatchObject({ state: 'partial', refunds: [{ refundId: 'R1', reason: 'Goodwill' }] });
    expect(view.returns.map((r) => r.reason)).toEqual(['DEFECTIVE']);
    expect(view.feedback?.rating).toBe(2);
  });

  it('live data beats an imported record; an older live answer does not override a newer one', async () => {
    const d = fba();
    const imported = { ...d.order, status: 'Unshipped' as const, buyerName: 'From Report', provenance: { source: 'import' as const, at: '2026-11-23T19:00:00.000Z' } };
    await ask({ type: 'orders/upsert', orders: [{ order: imported, items: [] }] });
    await ask({ type: 'orders/upsert', orders: [{ order: d.order, items: d.items }] });
    let got = await ask({ type: 'orders/get', orderIds: [d.order.orderId] }) as ResponseOf<'orders/get'>;
    expect(got.orders[0]?.order).toMatchObject({ status: 'Shipped', buyerName: 'Linda Smith', provenance: { source: 'endpoint' } });
    const older = { ...d.order, status: 'Pending' as const, provenance: { ...d.order.provenance, at: '2026-11-01T00:00:00.000Z' } };
    await ask({ type: 'orders/upsert', orders: [{ order: older, items: [] }] });
    got = await ask({ type: 'orders/get', orderIds: [d.order.orderId] }) as ResponseOf<'orders/get'>;
    expect(got.orders[0]?.order.status).toBe('Shipped');
  });

  it('rejects malformed payloads', async () => {
    expect(await ask({ type: 'orders/upsert', orders: [{ order: { orderId: 'x' }, items: [] }] })).toMatchObject({ error: { code: 'invalid-request' } });
    expect(await ask({ type: 'orders/get', orderIds: 'x' })).toMatchObject({ error: { code: 'invalid-request' } });
  });
});

describe('buyers/profile', () => {
  it('assembles the buyer history from orders, threads and the Feedback Manager page rows', async () => {
    const d = fba();
    await ask({ type: 'orders/upsert', orders: [{ order: d.order, items: d.items }] });
    // the same relay e-mail on an earlier (pending) order of the buyer
    const pending = parseOrderResponse(fixture('orders-api-order-pending.json'), { at: NOW.toISOString(), accountId: 'A1LUMENHOME7Q' });
    if (!pending.ok) throw new Error('fixture');
    await ask({ type: 'orders/upsert', orders: [{ order: pending.value.order, items: pending.value.items }] });
    await ask({ type: 'threads/upsert', accountId: 'A1LUMENHOME7Q', marketplaceId: US, threads: [
      { threadId: 'T1', buyerName: 'Linda Smith', buyerId: 'AB1', orderIds: [d.order.orderId], status: 'response-needed', oldestUnansweredAt: '2026-11-23T10:00:00.000Z' },
      { threadId: 'T0', buyerName: 'Linda Smith', buyerId: 'AB1', orderIds: [], status: 'answered', subject: 'Earlier' },
      { threadId: 'T9', buyerName: 'Linda Smith', buyerId: 'ZZ9', orderIds: [], status: 'answered' },
    ] });
    // as the Feedback Manager page's rows give it (lib/seller-central/feedback-manager.ts)
    await ask({ type: 'feedback/upsert', feedback: [{
      orderId: pending.value.order.orderId, marketplaceId: US, rating: 1, comment: 'Bad', date: '2026-11-13T18:00:00.000Z',
      raterEmail: 'tej6kss2mqpk7qt4@marketplace.amazon.com', provenance: { source: 'page', detail: 'feedback-manager', at: NOW.toISOString() },
    }] });
    await ask({ type: 'settings/set', values: { bulkBuyerMinQuantity: 2 } });

    const r = await ask({ type: 'buyers/profile', accountId: 'A1LUMENHOME7Q', marketplaceId: US, threadId: 'T1', buyerId: 'AB1', buyerName: 'Linda Smith', orderIds: [d.order.orderId] }) as ResponseOf<'buyers/profile'>;
    const p = r.profile;
    expect(r.bulkMinQuantity).toBe(2);
    expect(p.identity.relayEmail).toBe('tej6kss2mqpk7qt4@marketplace.amazon.com');
    expect(p.orders.map((o) => [o.order.orderId, o.matchedBy, o.current])).toEqual([
      [pending.value.order.orderId, 'relay-email', false], [d.order.orderId, 'buyer-id', true],
    ]);
    expect(p.threads.map((t) => [t.thread.threadId, t.matchedBy])).toEqual([['T0', 'buyer-id']]);
    expect(p.feedback).toHaveLength(1);
    expect(p.feedback[0]).toMatchObject({ negative: true, matchedBy: 'relay-email', removal: { daysLeft: 50, open: true } });
    expect(p.flags).toMatchObject({ repeat: true, orderCount: 2, bulk: true, maxQuantity: 2 });
  });
});

describe('blacklist/status', () => {
  it('finds entries by buyer key, order id, or name on the same marketplace', async () => {
    await ask({ type: 'blacklist/add', buyerKey: 'AB1', buyerName: 'Linda Smith', marketplaceId: US });
    await ask({ type: 'blacklist/add', orderId: '111-2222222-3333333' });
    await ask({ type: 'blacklist/add', buyerName: 'linda  smith', marketplaceId: 'A1PA6795UKMFR9' });
    const byKey = await ask({ type: 'blacklist/status', buyerKey: 'AB1' }) as ResponseOf<'blacklist/status'>;
    expect(byKey.entries).toHaveLength(1);
    const byOrder = await ask({ type: 'blacklist/status', orderIds: ['111-2222222-3333333'] }) as ResponseOf<'blacklist/status'>;
    expect(byOrder.entries.map((e) => e.orderId)).toEqual(['111-2222222-3333333']);
    const byName = await ask({ type: 'blacklist/status', buyerName: 'Linda Smith', marketplaceId: US }) as ResponseOf<'blacklist/status'>;
    expect(byName.entries.map((e) => e.marketplaceId)).toEqual([US]);
    const nobody = await ask({ type: 'blacklist/status', buyerKey: 'ZZ9', buyerName: 'Someone Else', orderIds: [] }) as ResponseOf<'blacklist/status'>;
    expect(nobody.entries).toEqual([]);
  });
});
