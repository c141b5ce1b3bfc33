/**
 * Issue 16, items 1 and 10: what going live would do (pure summary), the store-name repository, and the
 * import history kept after leaving the Imports page.
 */
import { goLiveSummary } from '../../lib/campaigns/go-live';
import type { PlanEntry, PlanOrder } from '../../lib/campaigns';
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const order = (id: string, delivered: string, buyerName = `Buyer ${id}`): PlanOrder => ({
  orderId: id, marketplaceId: 'ATVPDKIKX0DER', status: 'Shipped', fulfillment: 'FBA', purchaseDate: '2026-10-01T00:00:00.000Z',
  earliestDeliveryDate: delivered, latestDeliveryDate: delivered, buyerName, items: [],
});
const entry = (orderId: string, over: Partial<PlanEntry> = {}): PlanEntry => ({ orderId, campaignId: 'c', marketplaceId: 'ATVPDKIKX0DER', ...over });

describe('go-live summary', () => {
  it('due now, later, and the left-out orders still in their window with the reason', () => {
    const orders = [order('1', '2026-11-10T00:00:00Z'), order('2', '2026-11-10T00:00:00Z'), order('3', '2026-11-10T00:00:00Z'),
      order('4', '2026-08-01T00:00:00Z'), order('5', '2026-11-10T00:00:00Z'), order('6', '2026-11-10T00:00:00Z')];
    const plan = [
      entry('1', { sendAt: '2026-11-20T10:00:00.000Z' }),
      entry('2', { sendAt: '2026-11-21T10:00:00.000Z' }),
      entry('3', { skip: 'opted-out' }),
      entry('4', { skip: 'negative-feedback' }), // window closed long ago: not a "left out now"
      entry('5', { skip: 'marketplace-not-in-campaign' }), // targeting, not a rule
      entry('6', { sendAt: '2026-11-20T09:00:00.000Z' }), // already asked
      entry('1', { campaignId: 'other', skip: 'claimed-by-other-campaign', detail: 'c' }),
    ];
    const s = goLiveSummary(plan, orders, 'c', (id) => id === '6', NOW);
    expect(s).toEqual({
      due: [{ orderId: '1', marketplaceId: 'ATVPDKIKX0DER', buyerName: 'Buyer 1', sendAt: '2026-11-20T10:00:00.000Z' }], dueTotal: 1, later: 1,
      leftOut: [{ orderId: '3', marketplaceId: 'ATVPDKIKX0DER', buyerName: 'Buyer 3', reason: 'opted-out' }], leftOutTotal: 1,
    });
  });
});

describe('repositories', () => {
  let repos: Repositories;
  beforeEach(async () => { repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`), () => NOW); });
  afterEach(() => repos.db.close());

  it('a typed store name wins; empty removes it; the name read from the page stays', async () => {
    await repos.accounts.touch('A1', 'ATVPDKIKX0DER', NOW.toISOString(), 'Lumen Home Goods');
    expect((await repos.accounts.setStoreName('A1', ' Lumen ', NOW.toISOString())).storeName).toBe('Lumen');
    const cleared = await repos.accounts.setStoreName('A1', '', NOW.toISOString());
    expect(cleared.storeName).toBeUndefined();
    expect(cleared.name).toBe('Lumen Home Goods');
  });

  it('import history: newest first, kept', async () => {
    await repos.importHistory.add({ at: '2026-11-01T00:00:00Z', fileName: 'a.txt', kind: 'all-orders', rows: 2, accepted: 1, rejected: 1, result: { orders: { new: 1, updated: 0, unchanged: 0 } } });
    await repos.importHistory.add({ at: '2026-11-02T00:00:00Z', fileName: 'b.txt', kind: 'returns-fba', result: {} });
    expect((await repos.importHistory.list()).map((e) => e.fileName)).toEqual(['b.txt', 'a.txt']);
  });
});
