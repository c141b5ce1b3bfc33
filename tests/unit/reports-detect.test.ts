import { detectReportKind, normaliseHeader, parseReport } from '../../lib/reports';
import { fixtureText, NOW } from '../fixtures/reports/load';

const header = (name: string) => fixtureText(name).split(/\r?\n/)[0]!;

describe('detectReportKind', () => {
  it.each([
    ['all-orders-official.txt', 'all-orders'],
    ['all-orders-legacy-url.txt', 'all-orders'],
    ['all-orders-order-item-id.txt', 'all-orders'],
    ['all-orders-extra-columns.txt', 'all-orders'],
    ['all-orders-missing-column.txt', 'all-orders'],
    ['feedback-us.txt', 'seller-feedback'],
    ['feedback-legacy-uk.txt', 'seller-feedback-legacy'],
    ['returns-seller-fulfilled.txt', 'returns-seller-fulfilled'],
    ['returns-fba.txt', 'returns-fba'],
  ])('%s -> %s', (file, kind) => {
    expect(detectReportKind(header(file)).kind).toBe(kind);
  });

  it('explains an unknown header: the closest report kind and its missing columns, not every column of every kind', () => {
    const r = detectReportKind('foo\tbar\tbaz');
    expect(r.kind === 'unknown' && r.message).toBe('Not a known Seller Central report (columns found: foo, bar, baz). '
      + 'Expected the tab-separated header of one of: All Orders, Seller feedback, Seller feedback (older 9-column layout), '
      + 'Seller-fulfilled returns, FBA customer returns.');
    const near = detectReportKind('Order Number\tTitle\tASIN');
    expect(near.kind === 'unknown' && near.message).toBe('Not a known Seller Central report (columns found: Order Number, '
      + 'Title, ASIN). Closest: All Orders, which also needs the columns amazon-order-id, purchase-date, order-status, '
      + 'fulfillment-channel, quantity.');
    const csv = detectReportKind('amazon-order-id,purchase-date,sku');
    expect(csv.kind === 'unknown' && csv.message).toContain('The file is not tab-separated.');
    // before: about 1,800 characters listing every column of every kind
    expect(r.kind === 'unknown' && r.message.length).toBeLessThan(300);
  });

  it('says that the header row is missing when the first line holds data', () => {
    const r = parseReport(fixtureText('all-orders-no-header.txt'), { fileName: 'x.txt', now: NOW });
    expect(r.kind).toBe('unknown');
    expect(r.errors).toEqual([{
      line: 1,
      reason: 'The header row is missing: the first line holds values (114-4892924-7263427, 2025-06-17T08:04:21+00:00, '
        + '2025-06-19T10:00:00+00:00, …), not column names. Download the report again from Seller Central, or add its header row.',
    }]);
  });

  it('parseReport reports an unknown header on its line', () => {
    const r = parseReport('\n\nfoo\tbar\n1\t2\n', { fileName: 'x.txt', now: NOW });
    expect(r.kind).toBe('unknown');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.line).toBe(3);
  });

  it('normalises header names', () => {
    expect(normaliseHeader('\uFEFF Order ID ')).toBe('order-id');
    expect(normaliseHeader('AMAZON_ORDER_ID')).toBe('amazon-order-id');
    expect(normaliseHeader('"Return request date"')).toBe('return-request-date');
  });
});
