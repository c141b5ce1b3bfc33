import { decodeReport, feedbackDateFormat, parseFeedbackDate, parseReport } from '../../lib/reports';
import { fixtureBytes, fixtureText, jpFeedbackBytes, NOW, prov } from '../fixtures/reports/load';

const HEAD = 'Date\tRating\tComments\tResponse\tOrder ID\tRater Email\n';
const one = (date: string, marketplace?: string) =>
  parseReport(`${HEAD}${date}\t2\tok\t\t111-0000001-0000001\t\n`, { fileName: 'f.txt', now: NOW, marketplace });

describe('seller feedback report', () => {
  it('reads the US layout (M/D/YY, midnight Los Angeles time)', () => {
    const r = parseReport(fixtureText('feedback-us.txt'), { fileName: 'fb.txt', now: NOW, marketplace: 'US' });
    const p = prov('seller-feedback: fb.txt');
    expect(r.kind).toBe('seller-feedback');
    expect(r.errors).toEqual([]);
    expect(r.records.feedback).toEqual([
      { orderId: '112-1000001-1000001', marketplaceId: 'ATVPDKIKX0DER', rating: 1, comment: 'Never arrived',
        date: '2017-01-13T08:00:00.000Z', response: 'We refunded you.', raterEmail: 'abc@marketplace.amazon.com', provenance: p },
      { orderId: '112-1000002-1000002', marketplaceId: 'ATVPDKIKX0DER', rating: 2, comment: 'Late',
        date: '2017-12-02T08:00:00.000Z', provenance: p },
      { orderId: '112-1000003-1000003', marketplaceId: 'ATVPDKIKX0DER', rating: 3, comment: 'OK, "fine"',
        date: '2025-03-04T08:00:00.000Z', raterEmail: 'xyz@marketplace.amazon.com', provenance: p },
    ]);
  });

  it('reads the older 9-column layout (Your Response, Rater Role) with UK D/M/YY dates', () => {
    const r = parseReport(fixtureText('feedback-legacy-uk.txt'), { fileName: 'old.txt', now: NOW, marketplace: 'UK' });
    const p = prov('seller-feedback-legacy: old.txt');
    expect(r.kind).toBe('seller-feedback-legacy');
    expect(r.errors).toEqual([]);
    expect(r.records.feedback).toEqual([
      { orderId: '202-2000001-2000001', marketplaceId: 'A1F83G8C2ARO7P', rating: 2, comment: 'Box was damaged',
        date: '2017-01-13T00:00:00.000Z', response: 'Sorry!', raterEmail: 'r1@marketplace.amazon.co.uk', provenance: p },
      { orderId: '202-2000002-2000002', marketplaceId: 'A1F83G8C2ARO7P', rating: 1, comment: 'Wrong colour',
        date: '2017-03-02T00:00:00.000Z', provenance: p },
    ]);
  });

  it('reads German ISO-8859-1 bytes with D.M.YY dates and umlauts', () => {
    const { text } = decodeReport(fixtureBytes('feedback-de-latin1.txt'), { marketplace: 'DE' });
    const r = parseReport(text, { fileName: 'de.txt', now: NOW, marketplace: 'A1PA6795UKMFR9' });
    expect(r.errors).toEqual([]);
    expect(r.records.feedback.map((f) => [f.date, f.rating, f.comment, f.marketplaceId])).toEqual([
      ['2017-01-12T23:00:00.000Z', 1, 'Artikel kam beschädigt an. Größe stimmt nicht, Qualität schlecht.', 'A1PA6795UKMFR9'],
      ['2017-03-01T23:00:00.000Z', 3, 'Lieferung verspätet, sonst gut (Übergröße).', 'A1PA6795UKMFR9'],
    ]);
  });

  it('reads Japanese Shift_JIS bytes with YY/M/D dates', () => {
    const { text, encoding } = decodeReport(jpFeedbackBytes(), { marketplace: 'JP' });
    expect(encoding).toBe('shift_jis');
    const r = parseReport(text, { fileName: 'jp.txt', now: NOW, marketplace: 'JP' });
    expect(r.errors).toEqual([]);
    expect(r.records.feedback).toEqual([
      { orderId: '503-1234567-1234567', marketplaceId: 'A1VC38T7YXB528', rating: 2, comment: 'ありがとう おそい',
        date: '2017-01-12T15:00:00.000Z', provenance: prov('seller-feedback: jp.txt') },
      { orderId: '503-7654321-7654321', marketplaceId: 'A1VC38T7YXB528', rating: 1, comment: 'ア',
        date: '2025-12-02T15:00:00.000Z', raterEmail: 'jp@marketplace.amazon.co.jp', provenance: prov('seller-feedback: jp.txt') },
    ]);
  });

  it('resolves an ambiguous date by the marketplace format', () => {
    expect(one('1/2/17', 'US').records.feedback[0]?.date).toBe('2017-01-02T08:00:00.000Z');
    expect(one('1/2/17', 'UK').records.feedback[0]?.date).toBe('2017-02-01T00:00:00.000Z');
    expect(one('1/2/17', 'FR').records.feedback[0]?.date).toBe('2017-01-31T23:00:00.000Z');
    expect(one('17/2/1', 'JP').records.feedback[0]?.date).toBe('2017-01-31T15:00:00.000Z');
    expect(one('2017-02-01', 'SE').records.feedback[0]?.date).toBe('2017-01-31T23:00:00.000Z');
    expect(one('1.2.17', 'DE').records.feedback[0]?.date).toBe('2017-01-31T23:00:00.000Z');
    expect(one('1/2/17', 'DE').errors.map((e) => e.reason)).toEqual(["Date: '1/2/17' is not a date in the DE format D.M.YY"]);
  });

  it('reports bad ratings, dates and order ids per line', () => {
    const r = parseReport(fixtureText('feedback-us-malformed.txt'), { fileName: 'bad.txt', now: NOW, marketplace: 'US' });
    expect(r.errors).toEqual([
      { line: 2, column: 'Rating', field: 'rating', value: '7', reason: "Rating: '7' is not a rating from 1 to 5" },
      { line: 3, column: 'Date', field: 'date', value: '13/1/17', reason: "Date: '13/1/17' is not a date in the US format M/D/YY" },
      { line: 4, column: 'Rating', field: 'rating', value: '', reason: 'Rating: no value' },
      { line: 5, column: 'Order ID', field: 'orderId', value: '12-345', reason: "Order ID: '12-345' is not an order id (123-1234567-1234567)" },
    ]);
    expect(r.stats).toEqual({ rows: 4, accepted: 0, rejected: 4 });
  });

  it('needs a known marketplace to read dates', () => {
    expect(one('1/2/17').errors).toEqual([{
      line: 0, field: 'marketplace',
      reason: "Choose the marketplace of this feedback file: its dates are written in the marketplace's format "
        + '(US M/D/YY, DE D.M.YY, JP YY/M/D, SE YYYY-MM-DD, most others D/M/YY).',
    }]);
    expect(one('1/2/17', 'XX').errors).toEqual([
      { line: 0, field: 'marketplace', value: 'XX', reason: "'XX' is not a known marketplace." },
    ]);
  });

  it('parseFeedbackDate accepts 4-digit years and rejects impossible dates', () => {
    expect(parseFeedbackDate('1/13/2017', feedbackDateFormat('US'))).toEqual({ y: 2017, m: 1, d: 13 });
    expect(parseFeedbackDate('29.02.2024', feedbackDateFormat('DE'))).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseFeedbackDate('29.02.23', feedbackDateFormat('DE'))).toBeUndefined();
    expect(parseFeedbackDate('2017/1/13', feedbackDateFormat('JP'))).toEqual({ y: 2017, m: 1, d: 13 });
    expect(parseFeedbackDate('1/13/17', feedbackDateFormat('IN'))).toBeUndefined();
    expect(feedbackDateFormat('ZA').label).toBe('D/M/YY');
  });

  it('stores the response when the 6-column header names it `Your Response`', () => {
    const r = parseReport(fixtureText('feedback-us-your-response.txt'), { fileName: 'fb.txt', now: NOW, marketplace: 'US' });
    expect(r.kind).toBe('seller-feedback');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toBeUndefined();
    expect(r.records.feedback.map((f) => [f.orderId, f.date, f.response])).toEqual([
      ['112-3456789-0123456', '2023-10-20T07:00:00.000Z', 'We are sorry: a full refund was issued on 10/21.'],
      ['113-9876543-2109876', '2024-03-04T08:00:00.000Z', undefined],
    ]);
  });

  it('never drops a column silently: a column it does not read, or reads once of two, is a warning on the header line', () => {
    const text = 'Date\tRating\tComments\tSeller Reply\tOrder ID\tRater Email\tRating\n'
      + '1/13/17\t1\tLate\tSorry\t112-1000001-1000001\t\t1\n';
    const r = parseReport(text, { fileName: 'fb.txt', now: NOW, marketplace: 'US' });
    expect(r.errors).toEqual([]);
    expect(r.records.feedback).toHaveLength(1);
    expect(r.warnings).toEqual([
      { line: 1, column: 'Seller Reply', reason: "Column 'Seller Reply' is not part of the Seller feedback report: its values are not imported." },
      { line: 1, column: 'Rating', reason: "Column 'Rating' appears twice: only the first one is read." },
    ]);
    // the documented variants of a report are not warned about
    expect(parseReport(fixtureText('all-orders-extra-columns.txt'), { fileName: 'o.txt', now: NOW }).warnings).toBeUndefined();
    expect(parseReport(fixtureText('feedback-legacy-uk.txt'), { fileName: 'o.txt', now: NOW, marketplace: 'UK' }).warnings).toBeUndefined();
  });
});
