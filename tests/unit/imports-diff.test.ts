import { classify, errorsFileName, errorsToCsv, sameData, TABLES_OF_KIND, batchOfRecords, batchSize, keyOf } from '../../lib/imports';
import type { Order } from '../../lib/model';

const imported = (at: string) => ({ source: 'import' as const, detail: 'all-orders: a.txt', at });
const order: Order = {
  orderId: '111-1111111-1111111', status: 'Unshipped', fulfillment: 'FBM', purchaseDate: '2026-10-30T10:00:00.000Z',
  total: { amount: 12.5, currency: 'USD' }, provenance: imported('2026-11-01T00:00:00.000Z'),
};

describe('imports: what a record does to the store', () => {
  it('a new key is new and written as is', () => {
    expect(classify(undefined, order)).toEqual({ change: 'new', write: order });
  });

  it('the same content imported again (a later import time) is unchanged and not written', () => {
    const again = { ...order, provenance: imported('2026-12-01T00:00:00.000Z') };
    expect(classify(order, again)).toEqual({ change: 'unchanged' });
  });

  it('ignores key order and absent fields when comparing', () => {
    const reordered = { provenance: order.provenance, total: { currency: 'USD', amount: 12.5 }, purchaseDate: order.purchaseDate,
      fulfillment: 'FBM', status: 'Unshipped', orderId: order.orderId, buyerName: undefined } as Order;
    expect(classify(order, reordered).change).toBe('unchanged');
    expect(sameData({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });

  it('a newer import that changes a field updates the record (merged: known fields kept)', () => {
    const stored: Order = { ...order, buyerName: 'Jane' };
    const newer: Order = { ...order, status: 'Shipped', provenance: imported('2026-12-01T00:00:00.000Z') };
    const r = classify(stored, newer);
    expect(r.change).toBe('updated');
    expect(r.write).toMatchObject({ status: 'Shipped', buyerName: 'Jane', provenance: newer.provenance });
  });

  it('live page data beats an import: the import only fills gaps', () => {
    const live: Order = { ...order, status: 'Shipped', provenance: { source: 'page', at: '2026-10-31T00:00:00.000Z' } };
    const older: Order = { ...order, status: 'Unshipped', shipCountry: 'US', provenance: imported('2026-12-01T00:00:00.000Z') };
    const r = classify(live, older);
    expect(r.change).toBe('updated');
    expect(r.write).toMatchObject({ status: 'Shipped', shipCountry: 'US', provenance: live.provenance });
    expect(classify(live, { ...older, shipCountry: undefined }).change).toBe('unchanged');
  });
});

describe('imports: batches and keys', () => {
  it('maps report records to stores and keys', () => {
    const b = batchOfRecords({ orders: [order], items: [], feedback: [], returns: [] });
    expect(b).toEqual({ orders: [order] });
    expect(batchSize(b)).toBe(1);
    expect(keyOf('orders', order)).toBe(order.orderId);
    expect(TABLES_OF_KIND['all-orders']).toEqual(['orders', 'orderItems']);
  });
});

describe('imports: rejected rows as CSV', () => {
  it('has a header, one line per error, quotes where needed, and guards formulas', () => {
    const csv = errorsToCsv([
      { line: 3, column: 'quantity', field: 'quantity', value: 'two', reason: "quantity: 'two' is not a count" },
      { line: 5, column: 'product-name', value: '=HYPERLINK("x")', reason: 'a, b' },
      { line: 0, reason: 'The file is empty.' },
    ]);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('line,column,field,value,reason');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe("3,quantity,quantity,two,quantity: 'two' is not a count");
    expect(lines[2]).toBe('5,product-name,,"\'=HYPERLINK(""x"")","a, b"');
    expect(errorsFileName('orders-2026-01.txt')).toBe('orders-2026-01.errors.csv');
  });
});

describe('imports: a seller-fulfilled return stored at UTC midnight before the marketplace was asked for', () => {
  it('is corrected by importing the file again: same key (the calendar day), the newer import\'s start of day wins', () => {
    const ret = (requestDate: string, at: string) => ({
      key: 'seller-fulfilled|112-7364419-5520231|DkQ7w2RrRMA|2025-07-14', kind: 'seller-fulfilled' as const,
      orderId: '112-7364419-5520231', quantity: 1, requestDate, provenance: { source: 'import' as const, detail: 'returns-seller-fulfilled: r.txt', at },
    });
    const stored = ret('2025-07-14T00:00:00.000Z', '2026-11-01T00:00:00.000Z');
    const again = ret('2025-07-14T07:00:00.000Z', '2026-12-01T00:00:00.000Z');
    expect(classify(stored, again)).toEqual({ change: 'updated', write: again });
  });
});

