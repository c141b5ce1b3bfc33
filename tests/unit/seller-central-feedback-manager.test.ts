import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { isNegativeFeedback, readFeedbackManagerPage } from '../../lib/seller-central/feedback-manager';
import { loadFixture } from './seller-central-load-fixture';

const AT = '2026-11-23T18:00:00.000Z';
const US = 'ATVPDKIKX0DER';
/** the rows the fixture page shows, as data (the answer key) */
const expected = (JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/seller-central/feedback-api.json'), 'utf8')) as {
  feedback: { orderId: string; rating: number; comment: string; date: string; raterEmail: string }[];
}).feedback;
const startOfDayUtc = (iso: string) => `${iso.slice(0, 10)}T00:00:00.000Z`;
const page = (html: string) => {
  const doc = new Window({ url: 'https://sellercentral.amazon.com/feedback-manager/index.html' }).document;
  doc.write(`<!doctype html><html><body>${html}</body></html>`);
  return doc as unknown as Document;
};

describe('feedback-manager adapter (the page the seller opens; no request of its own)', () => {
  it('reads the selected tab\'s kat-table rows: kat-star-rating[value], the order id in a kat-link, columns by header', () => {
    const doc = loadFixture('feedback-manager.html', 'https://sellercentral.amazon.com/feedback-manager/index.html#/');
    const r = readFeedbackManagerPage(doc, { at: AT, marketplaceId: US, zone: 'UTC' });
    expect(r.problems).toEqual([]);
    expect(r.paged).toBe(true);
    // the summary table's rows carry no rating: not feedback
    expect(r.rows).toBe(expected.length);
    expect(r.feedback).toEqual(expected.map((f) => ({
      orderId: f.orderId, marketplaceId: US, rating: f.rating, comment: f.comment, date: startOfDayUtc(f.date),
      raterEmail: f.raterEmail, provenance: { source: 'page', detail: 'feedback-manager', at: AT },
    })));
    expect(r.feedback.filter(isNegativeFeedback).map((f) => f.rating)).toEqual([1, 1, 2, 2]);
  });

  it('reads rows outside the known path by what they show, and says which rows it could not read', () => {
    const doc = page(`<kat-table><kat-table-body>
      <kat-table-row><kat-table-cell>2026年11月3日</kat-table-cell><kat-table-cell><kat-star-rating value="2"></kat-star-rating></kat-table-cell>
        <kat-table-cell><kat-link>111-1111111-1111111</kat-link></kat-table-cell><kat-table-cell>A@Marketplace.Amazon.com</kat-table-cell></kat-table-row>
      <kat-table-row><kat-table-cell>Nov 3, 2026</kat-table-cell><kat-table-cell><kat-star-rating value="6"></kat-star-rating></kat-table-cell>
        <kat-table-cell><kat-link>111-1111111-1111112</kat-link></kat-table-cell></kat-table-row>
      <kat-table-row><kat-table-cell>Nov 3, 2026</kat-table-cell><kat-table-cell><kat-star-rating value="2"></kat-star-rating></kat-table-cell>
        <kat-table-cell><kat-link>nope</kat-link></kat-table-cell></kat-table-row>
      <kat-table-row><kat-table-cell>someday</kat-table-cell><kat-table-cell><kat-star-rating value="2"></kat-star-rating></kat-table-cell>
        <kat-table-cell><kat-link>111-1111111-1111113</kat-link></kat-table-cell></kat-table-row>
    </kat-table-body></kat-table>`);
    const r = readFeedbackManagerPage(doc, { at: AT, marketplaceId: US, zone: 'Asia/Shanghai' });
    expect(r.problems).toEqual(['row 2: no rating', 'row 3: no order id', 'row 4: no date']);
    expect(r.feedback).toEqual([expect.objectContaining({
      orderId: '111-1111111-1111111', rating: 2, comment: '', date: '2026-11-02T16:00:00.000Z', raterEmail: 'a@marketplace.amazon.com',
    })]);
  });

  it('reads nothing from a page without rating rows', () => {
    expect(readFeedbackManagerPage(page('<kat-table><kat-table-row><kat-table-cell>Date</kat-table-cell></kat-table-row></kat-table>'), { at: AT }))
      .toEqual({ feedback: [], problems: [], rows: 0, paged: false, recognised: false, missing: ['feedbackList'], loading: false });
  });

  const HEAD = '<kat-table-head><kat-table-row><kat-table-cell>Date</kat-table-cell><kat-table-cell>Rating</kat-table-cell><kat-table-cell>Comments</kat-table-cell></kat-table-row></kat-table-head>';
  it('an empty list is recognised (no error); rows without ratings, or no list at all, are not, and say what is missing', () => {
    const read = (html: string) => {
      const r = readFeedbackManagerPage(page(html), { at: AT });
      return { recognised: r.recognised, missing: r.missing, loading: r.loading };
    };
    // the list's own table, empty; a table by its headers, empty
    expect(read(`<kat-tab class="tab-selected"><feedback-list><kat-table>${HEAD}<kat-table-body></kat-table-body></kat-table></feedback-list></kat-tab>`))
      .toEqual({ recognised: true, missing: [], loading: false });
    expect(read(`<kat-table>${HEAD}<kat-table-body></kat-table-body></kat-table>`)).toEqual({ recognised: true, missing: [], loading: false });
    // rows whose ratings are drawn otherwise (no kat-star-rating)
    expect(read(`<feedback-list><kat-table>${HEAD}<kat-table-body><kat-table-row><kat-table-cell>Nov 3, 2026</kat-table-cell>
      <kat-table-cell><span class="stars">★★</span></kat-table-cell><kat-table-cell>late</kat-table-cell></kat-table-row></kat-table-body></kat-table></feedback-list>`))
      .toEqual({ recognised: false, missing: ['ratings'], loading: false });
    // unrecognised markup: a plain table, or only the summary table
    expect(read('<table><tr><th>Date</th><th>Comments</th></tr><tr><td>Nov 3</td><td>late</td></tr></table>'))
      .toEqual({ recognised: false, missing: ['feedbackList'], loading: false });
    expect(read('<feedback-summary><kat-table><kat-table-head><kat-table-row><kat-table-cell>Feedback</kat-table-cell><kat-table-cell>365 days</kat-table-cell></kat-table-row></kat-table-head></kat-table></feedback-summary>'))
      .toEqual({ recognised: false, missing: ['feedbackList'], loading: false });
    // still loading
    expect(read('<feedback-list><kat-spinner></kat-spinner></feedback-list>')).toEqual({ recognised: false, missing: ['feedbackList'], loading: true });
  });

  it('the fixture page is recognised', () => {
    const doc = loadFixture('feedback-manager.html', 'https://sellercentral.amazon.com/feedback-manager/index.html#/');
    const r = readFeedbackManagerPage(doc, { at: AT, zone: 'UTC' });
    expect([r.recognised, r.missing, r.loading]).toEqual([true, [], false]);
  });
});
