import { readFileSync } from 'node:fs';
import { feedbackApiUrl, isNegativeFeedback, parseFeedbackList, readFeedbackManagerPage } from '../../lib/seller-central/feedback-manager';
import { loadFixture } from './seller-central-load-fixture';

const AT = '2026-11-23T18:00:00.000Z';
const api = JSON.parse(readFileSync(new URL('../fixtures/seller-central/feedback-api.json', import.meta.url), 'utf8')) as unknown;

describe('feedback-manager adapter', () => {
  it('builds the JSON URL with bounded paging', () => {
    expect(feedbackApiUrl()).toBe('/feedback-manager/api/feedback?pn=1&ps=100');
    expect(feedbackApiUrl({ pageNumber: 0, pageSize: 5000 })).toBe('/feedback-manager/api/feedback?pn=1&ps=200');
  });

  it('reads the JSON list', () => {
    const r = parseFeedbackList(api, { at: AT });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.total).toBe(7);
    expect(r.value.feedback).toHaveLength(6);
    expect(r.value.feedback[0]).toEqual({
      orderId: '111-9696139-3293364', marketplaceId: 'ATVPDKIKX0DER', rating: 1, comment: 'Poor quality, nothing like the photos.',
      date: '2026-11-14T05:15:19.411Z', raterEmail: 'ollau0f5e3y9u040@marketplace.amazon.com',
      provenance: { source: 'endpoint', detail: 'feedback-manager/api/feedback', at: AT },
    });
    expect(r.value.feedback.filter(isNegativeFeedback).map((f) => f.rating)).toEqual([1, 1, 2, 2]);
  });

  it('reads the rendered rows (kat-table-row, kat-star-rating[value], order id in a kat-link) like the JSON', () => {
    const doc = loadFixture('feedback-manager.html', 'https://sellercentral.amazon.com/feedback-manager/index.html?pn=1&ps=6');
    const page = readFeedbackManagerPage(doc, { at: AT });
    expect(page.problems).toEqual([]);
    const json = parseFeedbackList(api, { at: AT });
    const strip = (fs: { provenance: unknown }[]) => fs.map(({ provenance: _p, ...rest }) => rest);
    expect(json.ok && strip(page.feedback)).toEqual(json.ok && strip(json.value.feedback));
    expect(page.feedback[0]?.provenance).toEqual({ source: 'page', detail: 'feedback-manager', at: AT });
  });

  it('skips rows it cannot read and says why', () => {
    const r = parseFeedbackList({ feedback: [
      { orderId: '111-1111111-1111111', rating: '6', date: '2026-01-01T00:00:00Z' },
      { orderId: 'nope', rating: 2, date: '2026-01-01T00:00:00Z' },
      { orderId: '111-1111111-1111112', rating: '2', date: 'yesterday' },
      { orderId: '111-1111111-1111113', rating: '2', date: '2026-01-01T00:00:00Z' },
    ] }, { at: AT, marketplaceId: 'ATVPDKIKX0DER' });
    expect(r.ok && r.problems).toEqual(['row 1: no rating', 'row 2: no order id', 'row 3: no date']);
    expect(r.ok && r.value.feedback).toEqual([expect.objectContaining({ orderId: '111-1111111-1111113', rating: 2, comment: '', marketplaceId: 'ATVPDKIKX0DER' })]);
  });
});
