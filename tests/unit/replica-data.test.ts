import { MARKETPLACES, marketplaceById } from '../../lib/marketplaces';
import { CATEGORIES, LANGUAGES } from '../../lib/model';
import { generateReplicaData, productSvg, type ReplicaData } from '../replica/data';
import { isWeekendIn } from '../replica/data/time';

const NOW = new Date('2026-03-04T15:00:00Z');
const HOUR = 3_600_000;
let data: ReplicaData;
beforeAll(() => { data = generateReplicaData({ seed: 1, now: NOW }); });

const oldestUnanswered = (t: ReplicaData['threads'][number]): number => {
  let since: number | undefined;
  for (const m of t.messages) {
    if (m.from === 'seller') since = undefined;
    else since ??= Date.parse(m.sentAt);
  }
  return since ?? NaN;
};

describe('replica data generator', () => {
  it('is deterministic for a seed and now', () => {
    const again = generateReplicaData({ seed: 1, now: NOW });
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
    const other = generateReplicaData({ seed: 2, now: NOW });
    expect(other.threads[0]?.threadId).not.toBe(data.threads[0]?.threadId);
  });

  it('has the two accounts with real marketplace ids and 500 threads for the default account', () => {
    const [lumen, kirin] = data.accounts;
    expect(lumen?.merchantId).toBe('A1LUMENHOME7Q');
    expect(kirin?.merchantId).toBe('A3KIRINOUTD2X');
    expect(lumen?.marketplaceIds.map((id) => marketplaceById(id)?.code)).toEqual(['US', 'CA', 'UK', 'DE', 'FR', 'IT', 'ES', 'JP']);
    expect(kirin?.marketplaceIds.map((id) => marketplaceById(id)?.code)).toEqual(['US', 'DE', 'JP']);
    expect(data.threads.filter((t) => t.accountId === 'A1LUMENHOME7Q')).toHaveLength(500);
    expect(data.threads.filter((t) => t.accountId === 'A3KIRINOUTD2X')).toHaveLength(100);
    for (const t of data.threads) expect(lumen?.marketplaceIds.concat(kirin?.marketplaceIds ?? [])).toContain(t.marketplaceId);
  });

  it('scales to 5,000 threads', () => {
    const big = generateReplicaData({ seed: 3, threads: 5000, now: NOW });
    expect(big.threads.filter((t) => t.accountId === 'A1LUMENHOME7Q')).toHaveLength(5000);
  });

  it('writes buyer messages of every category in every language, with expectedCategory', () => {
    const seen = new Set<string>();
    for (const t of data.threads) {
      for (const m of t.messages) if (m.from === 'buyer' && !m.isFollowUp && m.expectedCategory) seen.add(`${t.language}:${m.expectedCategory}`);
    }
    for (const lang of LANGUAGES) for (const c of CATEGORIES) expect(seen, `${lang}:${c}`).toContain(`${lang}:${c}`);
    for (const t of data.threads) for (const m of t.messages) if (m.from !== 'seller') expect(m.expectedCategory).toBeDefined();
  });

  it('writes in the marketplace language', () => {
    for (const t of data.threads) expect(t.language).toBe(marketplaceById(t.marketplaceId)?.language);
    const ja = data.threads.filter((t) => t.language === 'ja' && !t.isSystem);
    expect(ja.every((t) => t.messages.some((m) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(m.text)))).toBe(true);
    const varied = new Set(data.threads.filter((t) => t.language === 'de').flatMap((t) => t.messages.filter((m) => m.from === 'buyer').map((m) => m.text)));
    expect(varied.size).toBeGreaterThan(50);
  });

  it('has Amazon system notifications in every language', () => {
    const system = data.threads.filter((t) => t.isSystem);
    for (const lang of LANGUAGES) expect(system.some((t) => t.language === lang)).toBe(true);
    for (const t of system) expect(t.messages.every((m) => m.from === 'amazon' && m.senderName === 'Amazon' && m.systemKind)).toBe(true);
    expect(system.some((t) => t.status === 'response-needed')).toBe(true);
  });

  it('has overdue, due-soon and on-time threads that match their timestamps, and a weekend case', () => {
    const open = data.threads.filter((t) => t.status === 'response-needed');
    for (const scenario of ['overdue', 'due-soon', 'on-time'] as const) expect(open.some((t) => t.scenario === scenario)).toBe(true);
    for (const t of open) {
      const age = NOW.getTime() - oldestUnanswered(t);
      if (t.scenario === 'overdue') expect(age).toBeGreaterThan(24 * HOUR);
      else if (t.scenario === 'due-soon') expect(age > 20 * HOUR && age <= 24 * HOUR).toBe(true);
      else expect(age).toBeLessThanOrEqual(20 * HOUR);
      expect(t.messages.at(-1)?.from).not.toBe('seller');
    }
    const weekend = open.filter((t) => t.weekend);
    expect(weekend.length).toBeGreaterThan(0);
    for (const t of weekend) expect(isWeekendIn(oldestUnanswered(t), marketplaceById(t.marketplaceId)?.timeZone ?? 'UTC')).toBe(true);
    const zones = new Set(open.map((t) => marketplaceById(t.marketplaceId)?.timeZone));
    expect(zones).toEqual(new Set(['America/Los_Angeles', 'Europe/London', 'Europe/Paris', 'Asia/Tokyo']));
    for (const t of data.threads.filter((x) => x.status === 'answered')) expect(t.messages.at(-1)?.from).toBe('seller');
    for (const t of data.threads) for (const m of t.messages) expect(Date.parse(m.sentAt)).toBeLessThanOrEqual(NOW.getTime());
  });

  it('links threads to 0, 1 or 2 orders of the same account', () => {
    const orders = new Map(data.orders.map((o) => [o.orderId, o]));
    expect(data.threads.some((t) => t.orderIds.length === 0)).toBe(true);
    expect(data.threads.some((t) => t.orderIds.length === 2)).toBe(true);
    for (const t of data.threads) for (const id of t.orderIds) expect(orders.get(id)?.accountId).toBe(t.accountId);
  });

  it('has every order status, FBA and FBM, 1-3 items, repeat and bulk buyers', () => {
    const statuses = new Set(data.orders.map((o) => o.status));
    for (const s of ['Pending', 'Unshipped', 'PartiallyShipped', 'Shipped', 'Canceled', 'Unfulfillable', 'InvoiceUnconfirmed', 'PendingAvailability']) expect(statuses).toContain(s);
    expect(new Set(data.orders.map((o) => o.fulfillment))).toEqual(new Set(['FBA', 'FBM']));
    for (const o of data.orders) {
      expect(o.orderId).toMatch(/^\d{3}-\d{7}-\d{7}$/);
      expect(o.items.length).toBeGreaterThanOrEqual(1);
      expect(o.items.length).toBeLessThanOrEqual(3);
      expect(o.total.currency).toBe(marketplaceById(o.marketplaceId)?.currency);
      expect(Date.parse(o.purchaseDate)).toBeLessThan(NOW.getTime());
      if (['Pending', 'Canceled', 'PendingAvailability'].includes(o.status)) expect(o.latestDeliveryDate).toBeUndefined();
    }
    const perBuyer = new Map<string, number>();
    for (const o of data.orders) perBuyer.set(o.buyerId, (perBuyer.get(o.buyerId) ?? 0) + 1);
    expect([...perBuyer.values()].some((n) => n >= 3)).toBe(true);
    expect(data.orders.some((o) => o.items.some((i) => i.quantityOrdered >= 5))).toBe(true);
    expect(data.buyers.some((b) => b.kind === 'repeat') && data.buyers.some((b) => b.kind === 'bulk')).toBe(true);
  });

  it('gives buyers relay addresses and products valid ASINs and images', () => {
    for (const b of data.buyers) {
      const mp = MARKETPLACES.find((m) => m.id === b.marketplaceId);
      expect(b.relayEmail).toMatch(new RegExp(`^[a-z0-9]{16}@marketplace\\.${(mp?.retailDomain ?? '').replace(/\./g, '\\.')}$`));
    }
    for (const p of data.products) {
      expect(p.asin).toMatch(/^[A-Z0-9]{10}$/);
      for (const lang of LANGUAGES) expect(p.titles[lang].length).toBeGreaterThan(5);
      const svg = productSvg(p);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain(p.initials);
    }
  });

  it('has returns of both kinds, refunds, feedback with negatives and reviews', () => {
    expect(new Set(data.returns.map((r) => r.kind))).toEqual(new Set(['fba', 'seller-fulfilled']));
    expect(data.refunds.length).toBeGreaterThan(0);
    expect(data.feedback.some((f) => f.rating <= 2 && f.comment.length > 0)).toBe(true);
    expect(data.feedback.some((f) => f.rating === 5)).toBe(true);
    expect(data.reviews.length).toBeGreaterThan(0);
    expect(data.orders.some((o) => o.reviewRequestedAt)).toBe(true);
  });
});
