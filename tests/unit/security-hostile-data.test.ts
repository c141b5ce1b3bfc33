/**
 * The replica's hostile data (`generateReplicaData({ hostile: true })`): without the option the output is
 * unchanged; with it every buyer name, subject, buyer message, product title and SKU carries a payload while
 * ids stay valid; and the replica's own server keeps the payloads out of its HTML (JSON in the bootstrap is
 * `<`-escaped, the API answers are JSON).
 */
import { generateReplicaData } from '../replica/data';
import { HOSTILE_LONG, HOSTILE_PAYLOADS, XSS_FLAG } from '../replica/data/hostile';
import { createReplicaServer } from '../replica/server';

const now = new Date('2026-03-04T10:00:00.000Z');
const ORDER_ID = /^\d{3}-\d{7}-\d{7}$/;

describe('hostile replica data', () => {
  const plain = generateReplicaData({ seed: 5, threads: 60, now });
  const hostile = generateReplicaData({ seed: 5, threads: 60, now, hostile: true });

  it('changes nothing when hostile is false or absent', () => {
    expect(generateReplicaData({ seed: 5, threads: 60, now, hostile: false })).toEqual(plain);
  });

  it('keeps every id, status, time and the structure', () => {
    const ids = (d: typeof plain) => ({
      threads: d.threads.map((t) => [t.threadId, t.buyerId, t.orderIds, t.status, t.marketplaceId, t.messages.map((m) => [m.messageId, m.sentAt, m.from])]),
      orders: d.orders.map((o) => [o.orderId, o.buyerId, o.status, o.items.map((i) => [i.asin, i.orderItemId, i.quantityOrdered])]),
      buyers: d.buyers.map((b) => [b.buyerId, b.relayEmail]),
      products: d.products.map((p) => p.asin),
    });
    expect(ids(hostile)).toEqual(ids(plain));
    for (const o of hostile.orders) expect(o.orderId).toMatch(ORDER_ID);
  });

  it('puts payloads into names, subjects, messages, titles and SKUs (and keeps them consistent)', () => {
    const has = (s: string) => HOSTILE_PAYLOADS.some((p) => s.includes(p));
    expect(hostile.buyers.every((b) => has(b.name))).toBe(true);
    expect(hostile.threads.every((t) => has(t.subject))).toBe(true);
    expect(hostile.threads.filter((t) => !t.isSystem).every((t) => t.messages.filter((m) => m.from === 'buyer').every((m) => has(m.text)))).toBe(true);
    expect(hostile.products.every((p) => has(p.sku) && Object.values(p.titles).every(has))).toBe(true);
    expect(hostile.orders.every((o) => o.items.every((i) => has(i.sku) && has(i.title)))).toBe(true);
    const buyers = new Map(hostile.buyers.map((b) => [b.buyerId, b.name]));
    for (const t of hostile.threads) if (t.buyerId && !t.isSystem) expect(t.buyerName).toBe(buyers.get(t.buyerId));
    // every payload is used, and the script ones all set the same flag
    for (const p of HOSTILE_PAYLOADS) expect(hostile.buyers.some((b) => b.name.includes(p)), p).toBe(true);
    expect(HOSTILE_PAYLOADS.filter((p) => p.includes(XSS_FLAG)).length).toBeGreaterThan(6);
    // very long strings too
    expect(Math.max(...hostile.buyers.map((b) => b.name.length))).toBe(HOSTILE_LONG.buyerName);
    expect(Math.max(...hostile.threads.flatMap((t) => t.messages.map((m) => m.text.length)))).toBeGreaterThanOrEqual(HOSTILE_LONG.message);
    expect(Math.max(...hostile.products.map((p) => p.sku.length))).toBe(HOSTILE_LONG.sku);
  });

  it('the replica server never puts them into its HTML as markup', async () => {
    const server = createReplicaServer(hostile);
    const t = hostile.threads.find((x) => x.accountId === hostile.accounts[0]?.merchantId && x.marketplaceId === 'ATVPDKIKX0DER' && !x.isSystem)!;
    const page = await server.handle({ method: 'GET', url: `https://sellercentral.amazon.com/messaging/inbox?fi=caseId&ss=${t.threadId}&cc=${t.threadId}`, headers: {} });
    const htmlText = String(page.body);
    expect(htmlText).not.toContain(XSS_FLAG);
    const api = await server.handle({ method: 'GET', url: `https://sellercentral.amazon.com/messaging/api/threads/${t.threadId}`, headers: {} });
    expect(api.headers['content-type']).toMatch(/application\/json/);
    const body = JSON.parse(String(api.body)) as { thread: { buyerName: string; subject: string } };
    expect(body.thread.buyerName).toBe(t.buyerName);
    expect(body.thread.subject).toBe(t.subject);
  });
});
