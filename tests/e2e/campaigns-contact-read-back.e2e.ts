/**
 * Issue 15: the read-back of an interrupted campaign message finds it in the buyer's case even when the order's search
 * lists that case with ANOTHER order id. The shape of the kill test's "needs a look" (run 2): a buyer who opted out
 * (every contact also brings Amazon's bounce notice), an older Amazon notice about the order, and the buyer's
 * conversation about two orders, this one second: the Contact Buyer page writes into it, the list row and the case's
 * header show the other order. Deterministic: the data is edited so for any day (an order whose review window is open,
 * pickCase), and the worker is stopped in a long pause after the page's send, before its success alert is read.
 */
import type { ReplicaData } from '../replica/data';
import { pickCase } from '../replica/data/invariants';
import type { ReplicaThread } from '../replica/data/types';
import { readSendLog } from './helpers/campaign-fixtures';
import { contacts, duplicatesOf, enable, messageEntries, runNow, settled, setUp, start, US, type Session } from './helpers/contact-page';
import { until } from './helpers/until';

const DAY = 86_400_000;
const caseId = (n: number) => `5e1ec7ed-0000-4000-a000-${String(n).padStart(12, '0')}`;

/** The order's cases: an old Amazon notice, the opted-out buyer's conversation about another order and this one. */
function multiOrderBuyerCase(data: ReplicaData): string {
  const order = pickCase(data, 'review-request-orders')[0]!;
  const other = data.orders.find((o) => o.accountId === order.accountId && o.marketplaceId === US && o.orderId !== order.orderId
    && o.purchaseDate < order.purchaseDate);
  const buyer = data.buyers.find((b) => b.buyerId === order.buyerId);
  if (!other || !buyer) throw new Error(`no older order or no buyer for ${order.orderId}`);
  buyer.optedOut = true;
  const at = new Date(Date.parse(data.now) - 2 * DAY).toISOString();
  const base = { accountId: order.accountId, marketplaceId: US, language: 'en', weekend: false, expectedCategory: 'other' } as const;
  const notice: ReplicaThread = {
    ...base, threadId: caseId(1), buyerName: 'Amazon', orderIds: [order.orderId], subject: `Delivery update for order ${order.orderId}`,
    status: 'no-response-needed', isSystem: true, scenario: 'no-response-needed',
    messages: [{ messageId: 'm-notice-1', threadId: caseId(1), from: 'amazon', senderName: 'Amazon', text: `Your order ${order.orderId} was delivered.`, sentAt: at, attachments: [] }],
  };
  const conversation: ReplicaThread = {
    ...base, threadId: caseId(2), buyerId: buyer.buyerId, buyerName: buyer.name, orderIds: [other.orderId, order.orderId],
    subject: `Question about order ${other.orderId}`, status: 'answered', isSystem: false, scenario: 'answered',
    messages: [{ messageId: 'm-buyer-1', threadId: caseId(2), from: 'buyer', senderName: buyer.name, text: 'Do both parcels come together?', sentAt: at, attachments: [] }],
  };
  data.threads = [...data.threads.filter((t) => !t.orderIds.includes(order.orderId)), notice, conversation];
  return order.orderId;
}

describe('read-back of a campaign message: the order\'s cases as its search lists them', () => {
  let s: Session | undefined;
  afterEach(async () => { await s?.close(); s = undefined; });

  it('found in the buyer\'s case about two orders, listed after two Amazon notices: sent, once, not "needs a look"', async () => {
    let target = '';
    s = await start(80, 'contact-review-dialog', (data) => { target = multiOrderBuyerCase(data); });
    const sess = s;
    const asin = sess.data.orders.find((o) => o.orderId === target)?.items[0]?.asin ?? '';
    // a long pause after the page's Send: the worker is stopped in it, before the success alert is read
    const expected = await setUp(sess, { kind: 'asin-after-sales', asins: [asin], config: { stageDelayMs: 2_500, leaseMs: 2_000 } });
    expect(expected.has(target)).toBe(true);
    await enable(sess);
    await runNow(sess);
    await until(`the message for ${target} on the server`, () => contacts(sess).some((c) => c.orderId === target), 120_000, 2);
    await sess.cdp.send('ServiceWorker.stopAllWorkers');
    await sess.ask({ type: 'ping' });
    const log = await settled(sess, expected, 240_000);
    const entry = messageEntries(log).find((e) => e.orderId === target);
    const onServer = contacts(sess).map((c) => c.orderId ?? '');
    console.log(`[contact-read-back e2e] ${expected.size} orders, ${target}: ${entry?.stage} after ${entry?.readBacks ?? 0} read-backs (${entry?.reason ?? ''})`);
    // the kill landed before the runner saw the alert: it was read back, found in the buyer's case, not sent again
    expect(entry?.readBacks ?? 0).toBeGreaterThanOrEqual(1);
    expect({ stage: entry?.stage, reason: entry?.reason, resends: entry?.resends ?? 0 }).toMatchObject({ stage: 'sent', resends: 0 });
    expect(onServer.filter((id) => id === target)).toHaveLength(1);
    expect(duplicatesOf(onServer)).toEqual([]);
    expect(onServer.filter((id) => !expected.has(id))).toEqual([]);
    // the page wrote it into the conversation about both orders
    expect(contacts(sess).find((c) => c.orderId === target)?.threadId).toBe(caseId(2));
    expect(sess.blockedRequests).toEqual([]);
    expect((await readSendLog(sess.page)).filter((e) => e.stage === 'sending')).toEqual([]);
  }, 400_000);
});
