/**
 * Issue 16, item 8: what the Campaigns, Holiday and Templates pages say is in the seller's words, never an
 * internal identifier (ISO timestamps, `incomplete: store_name`, rule ids, `bodies.en`), and "window" once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator, type Catalog } from '../../components/i18n/catalog';
import { noteText, reasonText } from '../../components/options/campaigns/labels';
import { holidayReasonText, stageText } from '../../components/options/holiday/problems';
import { editorProblems } from '../../components/options/templates/problems';
import { planCampaigns, type PlanCampaign } from '../../lib/campaigns';

const read = (l: string) => JSON.parse(readFileSync(path.resolve(__dirname, '../../public/_locales', l, 'messages.json'), 'utf8')) as Catalog;
const t = createTranslator(read('en'));
const zh = createTranslator(read('zh_CN'), read('en'));
const INTERNAL = /\d{4}-\d{2}-\d{2}T|store_name|review-manipulation|bodies\.|[a-z]+-[a-z]+-[a-z]+|window window/i;

describe('plan reasons in the seller\'s words', () => {
  const campaign: PlanCampaign = {
    id: 'c', kind: 'bulk-buyer', method: 'amazon-review-request', trigger: 'delivered', delayDays: { FBA: 0, FBM: 0 }, sendHour: 9,
    marketplaceIds: [], asins: [], excludeAsins: [], excludeSkus: [], excludeFromRegular: false, minQuantity: 3, dailyCap: 1, enabled: true, paused: false,
  };
  const facts = {
    blacklistedBuyers: new Set<string>(), blacklistedOrders: new Set<string>(), optedOutBuyers: new Set<string>(), negativeFeedbackBuyers: new Set<string>(),
    negativeFeedbackOrders: new Set<string>(), returnedOrders: new Set<string>(), refundedOrders: new Set<string>(), claimOrders: new Set<string>(),
    optedOutOrders: new Set<string>(), alreadyAskedOrders: new Set<string>(), threadCategories: new Map(), ordersPerBuyer: new Map(),
  };
  const order = (id: string, qty: number, delivered: string) => ({
    orderId: id, marketplaceId: 'ATVPDKIKX0DER', status: 'Shipped' as const, fulfillment: 'FBA' as const, purchaseDate: '2026-09-01T00:00:00Z',
    earliestDeliveryDate: delivered, latestDeliveryDate: delivered, items: [{ asin: 'B000000001', quantity: qty }],
  });
  it('outside the window, below the quantity, over the daily cap', () => {
    const plan = planCampaigns([order('1', 5, '2026-09-05T00:00:00Z'), order('2', 1, '2026-11-01T00:00:00Z'), order('3', 5, '2026-10-30T00:00:00Z'), order('4', 5, '2026-10-30T00:00:00Z')],
      [campaign], facts, new Date('2026-11-28T12:00:00Z'));
    const text = Object.fromEntries(plan.map((e) => [e.orderId, e.skip ? reasonText(t, e.skip, e.detail, [], (iso) => iso.slice(0, 10)) : 'send']));
    expect(text).toEqual({
      1: 'Outside Amazon\'s 5–30 day window: open 2026-09-10 – 2026-10-05',
      2: 'Below the minimum quantity: 1 ordered, at least 3 needed',
      3: 'send',
      4: 'Daily limit reached: more than 1 a day until the window closed',
    });
    for (const s of Object.values(text)) expect(s).not.toMatch(INTERNAL);
    expect(reasonText(zh, 'below-quantity', '1/3', [])).toBe(`${zh('anSkip_below_quantity')}: 订购 1 件，至少需要 3 件`);
  });
  it('another campaign by its name, a thread by its category, an Amazon code left out', () => {
    expect(reasonText(t, 'claimed-by-other-campaign', 'id-1', [{ id: 'id-1', name: 'ASIN promo' }])).toBe('Taken by another campaign: ASIN promo');
    expect(reasonText(t, 'problem-thread', 'product-issue', [])).toBe('Open problem in messages: Product issue');
    expect(reasonText(t, 'ineligible: REVIEW_REQUEST_OUTSIDE_TIME_WINDOW', undefined, [])).toBe('Not eligible');
    expect(noteText(t, 'review-manipulation')).toBe('Review manipulation');
    expect(noteText(zh, 'review-manipulation')).toBe('操纵评价');
    expect(noteText(t, 'store_name')).toBe('store name');
  });
});

describe('holiday log', () => {
  it('stage and reason', () => {
    expect(stageText(t, 'skipped')).toBe('Skipped');
    expect(holidayReasonText(t, 'incomplete: store_name')).toBe('the template needs a value this message does not have: store name');
    expect(holidayReasonText(t, 'policy: marketing, external-link')).toBe("blocked by Amazon's rules: Marketing, Link");
    expect(holidayReasonText(t, 'no-template')).toBe('no template for this marketplace');
    expect(holidayReasonText(t, 'blacklisted')).toBe('buyer on your blacklist: no auto-reply');
    expect(holidayReasonText(zh, 'blacklisted')).toBe('买家在您的黑名单中：不自动回复');
  });
});

describe('template problems', () => {
  it('name the language, line and column, never bodies.en', () => {
    const p = editorProblems(t, (l) => ({ en: 'English', de: 'German' } as Record<string, string>)[l] ?? l, { name: '', bodies: { en: 'Hi\n{{#buyer_name}' } });
    expect(p.name).toBe(true);
    expect(p.list[0]).toBe('A name is required.');
    expect(p.list[1]).toMatch(/^English text, line 2, column \d+: /);
    for (const s of p.list) expect(s).not.toMatch(/bodies\./);
  });
});

describe('where a value came from', () => {
  it('names the report, not its kind id', async () => {
    const { provenanceText } = await import('../../components/features/thread-shared/format');
    const at = new Date().toISOString();
    expect(provenanceText({ source: 'import', detail: 'seller-feedback: feedback-2026-11.txt', at })).toMatch(/^from Seller feedback · imported /);
    expect(provenanceText({ source: 'import', detail: 'returns-fba: r.txt', at })).toMatch(/^from FBA customer returns · /);
    expect(provenanceText({ source: 'import', detail: 'Returns report: r.txt', at })).toMatch(/^from Returns report · /);
  });
});
