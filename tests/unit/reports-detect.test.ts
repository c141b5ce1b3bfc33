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

  it('explains an unknown header, listing the expected ones', () => {
    const r = detectReportKind('foo\tbar\tbaz');
    expect(r.kind).toBe('unknown');
    if (r.kind !== 'unknown') return;
    expect(r.message).toMatch(/^Not a known Seller Central report \(columns found: foo, bar, baz\)\. Expected the tab-separated header of one of: All Orders: amazon-order-id, merchant-order-id, purchase-date/);
    expect(r.message).toContain('Seller feedback: date, rating, comments, response, order-id, rater-email');
    expect(r.message).toContain('FBA customer returns: return-date, order-id, sku, asin');
    const csv = detectReportKind('amazon-order-id,purchase-date,sku');
    expect(csv.kind === 'unknown' && csv.message).toContain('The file is not tab-separated.');
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
