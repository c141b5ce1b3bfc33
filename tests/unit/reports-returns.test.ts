import { parseReport } from '../../lib/reports';
import { fixtureText, NOW, prov } from '../fixtures/reports/load';

describe('seller-fulfilled returns report', () => {
  it('reads 10-Jul-2025 dates (midnight in the marketplace zone) and keys by RMA and calendar day', () => {
    const r = parseReport(fixtureText('returns-seller-fulfilled.txt'), { fileName: 'r.txt', now: NOW, marketplace: 'US' });
    const p = prov('returns-seller-fulfilled: r.txt');
    expect(r.kind).toBe('returns-seller-fulfilled');
    expect(r.errors).toEqual([]);
    expect(r.records.returns).toEqual([
      { key: 'seller-fulfilled|114-4000001-4000001|DAbcdEfgRMA|2025-07-10', kind: 'seller-fulfilled',
        orderId: '114-4000001-4000001', asin: 'B000RULER1', sku: 'RULER-12', quantity: 1, reason: 'AMZ-PG-WJ-TOO-SMALL',
        status: 'Approved', requestDate: '2025-07-10T07:00:00.000Z', rma: 'DAbcdEfgRMA',
        refundedAmount: { amount: 12.99, currency: 'USD' }, provenance: p },
      { key: 'seller-fulfilled|114-4000002-4000002|DXyzRMA2|2025-07-11', kind: 'seller-fulfilled',
        orderId: '114-4000002-4000002', asin: 'B000PENCIL', sku: 'PENCIL-24', quantity: 2, reason: 'CR-DEFECTIVE',
        status: 'Pending', requestDate: '2025-07-11T07:00:00.000Z', rma: 'DXyzRMA2', provenance: p },
    ]);
    // in Tokyo the same days start at other instants; the keys (calendar days) stay the same
    const jp = parseReport(fixtureText('returns-seller-fulfilled.txt'), { fileName: 'r.txt', now: NOW, marketplace: 'JP' });
    expect(jp.records.returns.map((x) => [x.key, x.requestDate])).toEqual([
      ['seller-fulfilled|114-4000001-4000001|DAbcdEfgRMA|2025-07-10', '2025-07-09T15:00:00.000Z'],
      ['seller-fulfilled|114-4000002-4000002|DXyzRMA2|2025-07-11', '2025-07-10T15:00:00.000Z'],
    ]);
  });

  it('needs the marketplace: a day without a time is a day in the marketplace\'s zone, not in UTC', () => {
    // before: stored as UTC midnight, shown as "Jul 13, 2025" in Los Angeles for a 14-Jul-2025 request
    const r = parseReport(fixtureText('returns-seller-fulfilled.txt'), { fileName: 'r.txt', now: NOW });
    expect(r.records.returns).toEqual([]);
    expect(r.errors).toEqual([{
      line: 0, field: 'marketplace',
      reason: "Choose the marketplace of this returns file: its dates (10-Jul-2025) are days in the marketplace's time zone.",
    }]);
  });

  it('rejects bad dates and quantities', () => {
    const text = 'Order ID\tReturn request date\tReturn quantity\n'
      + '114-4000001-4000001\t31-Jun-2025\t1\n114-4000002-4000002\t2025-07-01\tx\n';
    const r = parseReport(text, { kind: 'returns-seller-fulfilled', fileName: 'r.txt', now: NOW, marketplace: 'US' });
    expect(r.errors).toEqual([
      { line: 2, column: 'Return request date', field: 'requestDate', value: '31-Jun-2025', reason: "Return request date: '31-Jun-2025' is not a date like 10-Jul-2025" },
      { line: 3, column: 'Return quantity', field: 'quantity', value: 'x', reason: "Return quantity: 'x' is not a whole number" },
    ]);
  });
});

describe('seller-fulfilled returns: short rows', () => {
  it('reads a row that leaves out trailing optional fields, and names the required columns a shorter row lacks', () => {
    const r = parseReport(fixtureText('returns-seller-fulfilled-short-rows.txt'), { fileName: 'r.txt', now: NOW, marketplace: 'US' });
    expect(r.errors).toEqual([
      { line: 3, reason: 'The line has 17 fields, the header has 32: the required column Return quantity is missing.' },
    ]);
    expect(r.stats).toEqual({ rows: 2, accepted: 1, rejected: 1 });
    expect(r.records.returns).toEqual([{
      key: 'seller-fulfilled|112-7364419-5520231|DkQ7w2RrRMA|2025-07-14', kind: 'seller-fulfilled', orderId: '112-7364419-5520231',
      asin: 'B0C1SHEET1', sku: 'SHEET-Q-WHT', quantity: 1, reason: 'CR-UNWANTED_ITEM', status: 'Approved',
      requestDate: '2025-07-14T07:00:00.000Z', rma: 'DkQ7w2RrRMA', provenance: prov('returns-seller-fulfilled: r.txt'),
    }]);
  });
});

describe('FBA customer returns report', () => {
  it('reads ISO dates and keeps two units of one order apart', () => {
    const r = parseReport(fixtureText('returns-fba.txt'), { fileName: 'fba.txt', now: NOW });
    const p = prov('returns-fba: fba.txt');
    expect(r.kind).toBe('returns-fba');
    expect(r.errors).toEqual([]);
    expect(r.records.returns).toEqual([
      { key: 'fba|113-5000001-5000001|B000RULER1|2025-06-05T15:31:40.000Z', kind: 'fba', orderId: '113-5000001-5000001',
        asin: 'B000RULER1', sku: 'RULER-12', quantity: 1, reason: 'NOT_COMPATIBLE',
        status: 'Unit returned to inventory (CUSTOMER_DAMAGED)', requestDate: '2025-06-05T15:31:40.000Z',
        comments: 'Did not fit', provenance: p },
      { key: 'fba|113-5000001-5000001|B000RULER1|2025-06-05T15:31:40.000Z#2', kind: 'fba', orderId: '113-5000001-5000001',
        asin: 'B000RULER1', sku: 'RULER-12', quantity: 1, reason: 'NOT_COMPATIBLE',
        status: 'Unit returned to inventory (SELLABLE)', requestDate: '2025-06-05T15:31:40.000Z', provenance: p },
      { key: 'fba|113-5000002-5000002|B000PENCIL|2025-06-07T16:00:00.000Z', kind: 'fba', orderId: '113-5000002-5000002',
        asin: 'B000PENCIL', sku: 'PENCIL-24', quantity: 2, reason: 'DEFECTIVE', status: 'Reimbursed (DEFECTIVE)',
        requestDate: '2025-06-07T16:00:00.000Z', comments: 'broken tips', provenance: p },
    ]);
  });
});
