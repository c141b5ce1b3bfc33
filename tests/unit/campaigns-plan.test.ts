import { planCampaigns, type PlanCampaign, type PlanFacts, type PlanOrder } from '../../lib/campaigns';

const US = 'ATVPDKIKX0DER';
const JP = 'A1VC38T7YXB528';
const DE = 'A1PA6795UKMFR9';
const DAY = 86_400_000;

const campaign = (over: Partial<PlanCampaign> = {}): PlanCampaign => ({
  id: 'c-follow', kind: 'follow-up', method: 'amazon-review-request', trigger: 'delivered',
  delayDays: { FBA: 5, FBM: 10 }, sendHour: 9, marketplaceIds: [], asins: [], excludeAsins: [], excludeSkus: [],
  excludeFromRegular: false, minQuantity: 5, dailyCap: 0, enabled: true, paused: false, ...over,
});
const facts = (over: Partial<PlanFacts> = {}): PlanFacts => ({
  blacklistedBuyers: new Set(), blacklistedOrders: new Set(), optedOutBuyers: new Set(), negativeFeedbackBuyers: new Set(),
  negativeFeedbackOrders: new Set(), returnedOrders: new Set(), refundedOrders: new Set(), claimOrders: new Set(), optedOutOrders: new Set(), alreadyAskedOrders: new Set(),
  threadCategories: new Map(), ordersPerBuyer: new Map(), ...over,
});
const order = (over: Partial<PlanOrder> = {}): PlanOrder => ({
  orderId: '111-0000000-0000001', marketplaceId: US, status: 'Shipped', fulfillment: 'FBA',
  purchaseDate: '2026-11-01T10:00:00Z', shipDate: '2026-11-02T10:00:00Z',
  earliestDeliveryDate: '2026-11-04T07:00:00Z', latestDeliveryDate: '2026-11-05T07:00:00Z',
  buyerKey: 'buyer-1', items: [{ asin: 'B000000001', sku: 'SKU-1', quantity: 1 }], ...over,
});
const NOW = new Date('2026-11-03T00:00:00Z');
const one = (o: PlanOrder, c = campaign(), f = facts(), now = NOW) => {
  const plan = planCampaigns([o], [c], f, now);
  expect(plan).toHaveLength(1);
  return plan[0]!;
};

describe('timing', () => {
  it('sends delayDays after delivery at the hour in the marketplace local time (US: Los Angeles)', () => {
    // delivered Nov 5 07:00Z = Nov 4 23:00 PST -> local day Nov 4 + 5 = Nov 9, 09:00 PST = 17:00Z
    expect(one(order()).sendAt).toBe('2026-11-09T17:00:00.000Z');
  });
  it('uses Tokyo time for JP', () => {
    // Nov 5 07:00Z = Nov 5 16:00 JST -> Nov 10 09:00 JST = Nov 10 00:00Z
    expect(one(order({ marketplaceId: JP })).sendAt).toBe('2026-11-10T00:00:00.000Z');
  });
  it('FBM waits longer, after shipment when triggered by shipment', () => {
    const c = campaign({ trigger: 'shipped' });
    // shipped Nov 2 10:00Z = Nov 2 02:00 PST; FBM +10 -> Nov 12 09:00 PST; window starts Nov 4 07:00Z + 5 d: fine
    expect(one(order({ fulfillment: 'FBM' }), c).sendAt).toBe('2026-11-12T17:00:00.000Z');
  });
  it('moves a send before the window start to the first allowed hour (5 days after earliest delivery)', () => {
    const c = campaign({ trigger: 'shipped', delayDays: { FBA: 0, FBM: 0 } });
    // window start Nov 9 07:00Z = Nov 8 23:00 PST -> next 09:00 PST is Nov 9 17:00Z
    expect(one(order(), c).sendAt).toBe('2026-11-09T17:00:00.000Z');
  });
  it('crosses the DST change in Europe (Paris) correctly', () => {
    // delivered Oct 20 06:00Z -> +5 = Oct 25, after DST ended at 01:00Z that day: 09:00 CET = 08:00Z (not 07:00Z)
    const o = order({ marketplaceId: DE, earliestDeliveryDate: '2026-10-20T06:00:00Z', latestDeliveryDate: '2026-10-20T06:00:00Z' });
    expect(one(o, campaign(), facts(), new Date('2026-10-01T00:00:00Z')).sendAt).toBe('2026-10-25T08:00:00.000Z');
  });
  it('sends now when the planned time passed but the window is open', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(one(order(), campaign(), facts(), now).sendAt).toBe(now.toISOString());
  });
  it('skips after the window closed (30 days after latest delivery), and keeps the last moment', () => {
    const end = Date.parse('2026-11-05T07:00:00Z') + 30 * DAY;
    expect(one(order(), campaign(), facts(), new Date(end + 1)).skip).toBe('outside-window');
    expect(one(order(), campaign(), facts(), new Date(end)).sendAt).toBe(new Date(end).toISOString());
  });
  it('estimates delivery from shipment when Amazon gives no delivery date', () => {
    const e = one(order({ earliestDeliveryDate: undefined, latestDeliveryDate: undefined }));
    expect(e.estimatedDelivery).toBe(true);
    expect(e.sendAt).toBeDefined();
    expect(one(order({ earliestDeliveryDate: undefined, latestDeliveryDate: undefined, shipDate: undefined })).skip).toBe('no-delivery-date');
  });
});

describe('exclusions', () => {
  const cases: Array<[string, Partial<PlanOrder>, Partial<PlanFacts>, Partial<PlanCampaign>, string]> = [
    ['cancelled', { status: 'Canceled' }, {}, {}, 'cancelled'],
    ['all items cancelled', { items: [{ asin: 'B000000001', quantity: 1, itemStatus: 'Cancelled' }] }, {}, {}, 'cancelled'],
    ['unshipped', { status: 'Unshipped' }, {}, {}, 'not-shipped'],
    ['returned', {}, { returnedOrders: new Set(['111-0000000-0000001']) }, {}, 'returned'],
    ['refunded', {}, { refundedOrders: new Set(['111-0000000-0000001']) }, {}, 'refunded'],
    ['blacklisted buyer', {}, { blacklistedBuyers: new Set(['buyer-1']) }, {}, 'blacklisted'],
    ['blacklisted order', {}, { blacklistedOrders: new Set(['111-0000000-0000001']) }, {}, 'blacklisted'],
    ['opted out', {}, { optedOutBuyers: new Set(['buyer-1']) }, {}, 'opted-out'],
    ['negative feedback buyer', {}, { negativeFeedbackBuyers: new Set(['buyer-1']) }, {}, 'negative-feedback'],
    ['negative feedback order', {}, { negativeFeedbackOrders: new Set(['111-0000000-0000001']) }, {}, 'negative-feedback'],
    ['already asked', {}, { alreadyAskedOrders: new Set(['111-0000000-0000001']) }, {}, 'already-requested'],
    ['problem thread', {}, { threadCategories: new Map([['111-0000000-0000001', 'product-issue']]) }, {}, 'problem-thread'],
    ['return thread', {}, { threadCategories: new Map([['111-0000000-0000001', 'return-refund']]) }, {}, 'problem-thread'],
    ['excluded asin', {}, {}, { excludeAsins: ['B000000001'] }, 'excluded-asin'],
    ['excluded sku', {}, {}, { excludeSkus: ['SKU-1'] }, 'excluded-sku'],
    ['other marketplace', {}, {}, { marketplaceIds: [JP] }, 'marketplace-not-in-campaign'],
  ];
  it.each(cases)('%s', (_name, o, f, c, reason) => {
    const e = one(order(o), campaign(c), facts(f));
    expect(e.skip).toBe(reason);
    expect(e.sendAt).toBeUndefined();
  });
  it('a question thread does not exclude', () => {
    expect(one(order(), campaign(), facts({ threadCategories: new Map([['111-0000000-0000001', 'product-question']]) })).sendAt).toBeDefined();
  });
});

describe('campaign kinds and one request per order', () => {
  const o1 = order();
  const o2 = order({ orderId: '111-0000000-0000002', buyerKey: 'buyer-2', items: [{ asin: 'B0TARGET01', quantity: 6 }] });
  it('an ASIN after-sales campaign with excludeFromRegular keeps its orders out of the follow-up', () => {
    const plan = planCampaigns([o1, o2], [campaign(), campaign({ id: 'c-asin', kind: 'asin-after-sales', asins: ['B0TARGET01'], excludeFromRegular: true })], facts(), NOW);
    const forO2 = plan.filter((e) => e.orderId === o2.orderId);
    expect(forO2.find((e) => e.campaignId === 'c-asin')?.sendAt).toBeDefined();
    expect(forO2.find((e) => e.campaignId === 'c-follow')?.skip).toBe('covered-by-asin-campaign');
    expect(plan.filter((e) => e.sendAt)).toHaveLength(2);
  });
  it('never plans two sends for one order', () => {
    const plan = planCampaigns([o1, o2], [campaign(), campaign({ id: 'c-bulk', kind: 'bulk-buyer' }), campaign({ id: 'c-asin', kind: 'asin-after-sales', asins: ['B0TARGET01'] })], facts(), NOW);
    const sends = plan.filter((e) => e.sendAt).map((e) => e.orderId);
    expect(new Set(sends).size).toBe(sends.length);
    expect(plan.find((e) => e.orderId === o2.orderId && e.campaignId === 'c-follow')?.skip).toBe('claimed-by-other-campaign');
  });
  it('bulk and repeat buyers', () => {
    const f = facts({ ordersPerBuyer: new Map([['buyer-1', 3]]) });
    expect(one(o1, campaign({ kind: 'repeat-buyer' }), f).sendAt).toBeDefined();
    expect(one(o2, campaign({ kind: 'repeat-buyer' }), f).skip).toBe('not-repeat-buyer');
    expect(one(o2, campaign({ kind: 'bulk-buyer' })).sendAt).toBeDefined();
    expect(one(o1, campaign({ kind: 'bulk-buyer' })).skip).toBe('below-quantity');
  });
  it('disabled campaigns plan nothing', () => {
    expect(planCampaigns([o1], [campaign({ enabled: false })], facts(), NOW)).toEqual([]);
  });
  it('the daily cap moves the overflow to the next local day', () => {
    const orders = [1, 2, 3].map((i) => order({ orderId: `111-0000000-000000${i}`, buyerKey: `b${i}` }));
    const plan = planCampaigns(orders, [campaign({ dailyCap: 2 })], facts(), NOW);
    expect(plan.map((e) => e.sendAt)).toEqual(['2026-11-09T17:00:00.000Z', '2026-11-09T17:00:00.000Z', '2026-11-10T17:00:00.000Z']);
  });
  it('the daily cap skips what cannot fit before the window closes', () => {
    const now = new Date(Date.parse('2026-11-05T07:00:00Z') + 30 * DAY - 3_600_000);
    const orders = [1, 2].map((i) => order({ orderId: `111-0000000-000000${i}`, buyerKey: `b${i}` }));
    const plan = planCampaigns(orders, [campaign({ dailyCap: 1 })], facts(), now);
    expect(plan.map((e) => e.skip ?? 'send')).toEqual(['send', 'daily-cap']);
  });
});
