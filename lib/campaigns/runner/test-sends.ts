/** Test mode: what a campaign would send is written to the send log as a `test` entry, and nothing is asked of Amazon. */
import type { Order } from '../../model';
import type { RunContext } from './context';
import { testKey } from './keys';
import { previewSend } from './preview';
import type { WorkItem } from './select';

/** One `test` entry per due order of a campaign in test mode (the preview's verdict, notes and text); how many. */
export async function runTests(ctx: Pick<RunContext, 'repos' | 'now'>, tests: readonly WorkItem[], ordersById: Map<string, Order>): Promise<number> {
  const { repos, now } = ctx;
  let n = 0;
  for (const item of tests) {
    const order = ordersById.get(item.entry.orderId);
    if (!order) continue;
    const stored = await repos.orders.get(order.orderId);
    const template = item.campaign.templateId ? await repos.templates.get(item.campaign.templateId) : undefined;
    const account = order.accountId ? await repos.db.accounts.get(order.accountId) : undefined;
    const p = previewSend(item.campaign, order, stored?.items ?? [], template, account);
    const at = now().toISOString();
    await repos.sendLog.put({
      key: testKey(item.campaign.id, order.orderId),
      kind: item.campaign.method === 'template-message' ? 'campaign-message' : 'review-request',
      orderId: order.orderId, marketplaceId: item.entry.marketplaceId, campaignId: item.campaign.id,
      ...(item.campaign.templateId ? { templateId: item.campaign.templateId } : {}),
      stage: 'test', reason: [p.verdict, ...p.notes].join(' '), ...(p.text ? { text: p.text } : {}),
      attempts: 0, createdAt: at, updatedAt: at,
    });
    n++;
  }
  return n;
}
