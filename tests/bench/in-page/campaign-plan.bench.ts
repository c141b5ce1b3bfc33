/** Planning 100,000 orders, in Chromium: median of 7 runs after one warm-up. */
import { planCampaigns, type PlanCampaign, type PlanFacts, type PlanOrder } from '../../../lib/campaigns';
import { median } from '../stats';

const MPS = ['ATVPDKIKX0DER', 'A1PA6795UKMFR9', 'A1VC38T7YXB528', 'A1F83G8C2ARO7P', 'A13V1IB3VIYZZH'];
const DAY = 86_400_000;

function orders(n: number): PlanOrder[] {
  const start = Date.parse('2026-10-01T00:00:00Z');
  return Array.from({ length: n }, (_, i) => {
    const d = start + (i % 50) * DAY + (i % 24) * 3_600_000;
    return {
      orderId: `111-${String(i).padStart(7, '0')}-${String(i * 7 % 9_999_999).padStart(7, '0')}`,
      marketplaceId: MPS[i % MPS.length]!, status: i % 17 === 0 ? 'Unshipped' : 'Shipped', fulfillment: i % 3 ? 'FBA' : 'FBM',
      purchaseDate: new Date(d).toISOString(), shipDate: new Date(d + DAY).toISOString(),
      earliestDeliveryDate: new Date(d + 3 * DAY).toISOString(), latestDeliveryDate: new Date(d + 5 * DAY).toISOString(),
      buyerKey: `buyer-${i % 70_000}`, items: [{ asin: `B0${String(i % 900).padStart(8, '0')}`, sku: `SKU-${i % 400}`, quantity: 1 + (i % 3) }],
    };
  });
}

const base: Omit<PlanCampaign, 'id' | 'kind'> = { method: 'amazon-review-request', trigger: 'delivered', delayDays: { FBA: 5, FBM: 10 }, sendHour: 9, marketplaceIds: [],
  asins: [], excludeAsins: ['B000000001'], excludeSkus: ['SKU-7'], excludeFromRegular: false, minQuantity: 3, dailyCap: 2_000,
  enabled: true, paused: false };
const campaigns: PlanCampaign[] = [
  { ...base, id: 'follow', kind: 'follow-up', asins: [] },
  { ...base, id: 'asin', kind: 'asin-after-sales', asins: ['B000000010', 'B000000011'], excludeFromRegular: true },
  { ...base, id: 'bulk', kind: 'bulk-buyer' },
];

(globalThis as Record<string, unknown>).__bench = () => {
  const os = orders(100_000);
  const facts: PlanFacts = {
    blacklistedBuyers: new Set(['buyer-1', 'buyer-2']), blacklistedOrders: new Set(), optedOutBuyers: new Set(['buyer-3']),
    negativeFeedbackBuyers: new Set(['buyer-4']), negativeFeedbackOrders: new Set(), returnedOrders: new Set(os.slice(0, 500).map((o) => o.orderId)),
    refundedOrders: new Set(), claimOrders: new Set(), optedOutOrders: new Set(), alreadyAskedOrders: new Set(os.slice(500, 5_000).map((o) => o.orderId)),
    threadCategories: new Map(), ordersPerBuyer: new Map(),
  };
  const now = new Date('2026-11-01T00:00:00Z');
  planCampaigns(os, campaigns, facts, now);
  const times: number[] = [];
  let planned = 0;
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    planned = planCampaigns(os, campaigns, facts, now).length;
    times.push(performance.now() - t);
  }
  return { median: median(times), planned };
};
