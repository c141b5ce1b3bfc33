/**
 * The one blacklist matching (lib/buyers/blacklist-match.ts) that campaigns and the holiday auto-reply use.
 */
import { blacklistMatcher } from '../../lib/buyers/blacklist-match';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const entry = (over: object) => ({ id: 'x', addedAt: '2026-01-01T00:00:00Z', ...over });

describe('blacklist matching', () => {
  const m = blacklistMatcher([
    entry({ buyerKey: 'AMZN-BUYER-1' }), entry({ buyerKey: 'Relay@Marketplace.Amazon.com' }), entry({ orderId: '111-1111111-1111111' }),
    entry({ buyerName: 'Jane  DOE', marketplaceId: US }), entry({ buyerName: 'Max Muster' }), entry({ buyerKey: 'bob stone|' + DE }),
  ]);
  it('by buyer id, relay e-mail (any case, as an id or an e-mail), name + marketplace, name anywhere, name key', () => {
    expect(m.buyer({ buyerId: 'AMZN-BUYER-1' })).toBe(true);
    expect(m.buyer({ buyerEmail: 'relay@marketplace.amazon.com' })).toBe(true);
    expect(m.buyer({ buyerId: 'RELAY@marketplace.amazon.com' })).toBe(true);
    expect(m.buyer({ buyerName: ' jane doe ', marketplaceId: US })).toBe(true);
    expect(m.buyer({ buyerName: 'Jane Doe', marketplaceId: DE })).toBe(false);
    expect(m.buyer({ buyerName: 'MAX MUSTER', marketplaceId: DE })).toBe(true);
    expect(m.buyer({ buyerName: 'Bob Stone', marketplaceId: DE })).toBe(true);
    expect(m.buyer({ buyerName: 'Bob Stone', marketplaceId: US })).toBe(false);
    expect(m.buyer({ buyerId: 'AMZN-BUYER-2', buyerName: 'Ann' })).toBe(false);
  });
  it('any record: an order id (its own or among a thread\'s), or its buyer', () => {
    expect(m.any([{ orderId: '111-1111111-1111111' }])).toBe(true);
    expect(m.any([{ orderIds: ['222-2222222-2222222', '111-1111111-1111111'] }])).toBe(true);
    expect(m.any([{ orderIds: ['222-2222222-2222222'], buyerName: 'Ann', marketplaceId: US }, { orderId: '333-3333333-3333333', buyerId: 'AMZN-BUYER-1' }])).toBe(true);
    expect(m.any([{ orderIds: ['222-2222222-2222222'], buyerName: 'Ann', marketplaceId: US }])).toBe(false);
    expect(blacklistMatcher([]).any([{ orderId: '111-1111111-1111111', buyerName: 'Jane Doe' }])).toBe(false);
  });
});
