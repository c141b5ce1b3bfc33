import { readFileSync } from 'node:fs';
import { parseRefundStatus, refundStatusUrl } from '../../lib/seller-central/refund-status';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/seller-central/${name}`, import.meta.url), 'utf8'));
const AT = '2026-11-23T18:00:00.000Z';

describe('refund-status adapter', () => {
  it('builds the URL for several orders (deduplicated)', () => {
    expect(refundStatusUrl(['701-4639486-4159959', '113-5943755-1169136', '701-4639486-4159959']))
      .toBe('/orders-api/refund-status?orderId=701-4639486-4159959,113-5943755-1169136');
  });

  it('reads full refunds and orders without refunds', () => {
    const r = parseRefundStatus(fixture('refund-status.json'), { at: AT });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.problems).toEqual([]);
    expect(r.value.map((o) => [o.orderId, o.state, o.refunds.length])).toEqual([
      ['701-4639486-4159959', 'full', 1], ['113-5943755-1169136', 'full', 1], ['111-3768055-0655205', 'none', 0],
    ]);
    expect(r.value[0]).toEqual({
      orderId: '701-4639486-4159959', state: 'full',
      refunds: [{ refundId: 'R1-279496', amount: { amount: 115.47, currency: 'CAD' }, date: '2026-11-23T17:00:00.000Z', reason: 'Return' }],
      provenance: { source: 'endpoint', detail: 'orders-api/refund-status', at: AT },
    });
  });

  it('is defensive about statuses, amounts and rows', () => {
    const r = parseRefundStatus({ orders: [
      { orderId: '111-1111111-1111111', refundStatus: 'partial', refunds: [{ amount: { CurrencyCode: 'usd', Amount: '5' } }, 'x', {}] },
      { orderId: '111-1111111-1111112', refundStatus: 'WEIRD' },
      { orderId: '111-1111111-1111113' },
      { nope: true },
    ] }, { at: AT });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((o) => [o.state, o.refunds])).toEqual([
      ['partial', [{ amount: { amount: 5, currency: 'USD' } }]], ['unknown', []], ['none', []],
    ]);
    expect(r.problems).toEqual(['row 2: unknown refund status WEIRD', 'row 4: no order id']);
    expect(parseRefundStatus({ error: 'x' }, { at: AT }).ok).toBe(false);
  });
});
