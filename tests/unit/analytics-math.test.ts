import {
  AMAZON_REQUEST, compareTemplates, filterEvents, hourOf, isoWeekOf, median, normalCdf, quantile, reasonId,
  responseStats, responseStatsByMarketplace, responseStatsByWeek, startOfDayIn, summarizeRequests, tableToCsv,
  templateOutcomes, twoProportionTest, volumeByCategory, volumeByHour, type RequestLogEntry, type ResponseEvent,
} from '../../lib/analytics';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const JP = 'A1VC38T7YXB528';
const NOW = new Date('2027-01-10T00:00:00.000Z');
const H = 3_600_000;

let n = 0;
/** an event received at `at`, answered `hours` later (undefined: not answered) */
const ev = (at: string, hours?: number, over: Partial<ResponseEvent> = {}): ResponseEvent => {
  const receivedAt = new Date(at).toISOString();
  const e: ResponseEvent = {
    key: `k${n++}`, threadKey: `A|${US}|t${n}`, accountId: 'A', marketplaceId: US, receivedAt, noResponseNeeded: false,
    updatedAt: receivedAt, ...over,
  };
  if (hours !== undefined) e.answeredAt = new Date(Date.parse(receivedAt) + hours * H).toISOString();
  return e;
};

describe('quantiles', () => {
  it('median and p90 by linear interpolation, exact on small sets', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(median([5])).toBe(5);
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBeCloseTo(91, 12);
    expect(median([])).toBeUndefined();
  });
});

describe('response stats', () => {
  it('median, p90, share within 24 h and late rate; pending and "no response needed" left out', () => {
    const events = [
      ev('2027-01-04T10:00:00Z', 1), ev('2027-01-04T10:00:00Z', 2), ev('2027-01-04T10:00:00Z', 3),
      ev('2027-01-04T10:00:00Z', 30), // answered late
      ev('2027-01-05T10:00:00Z'), // overdue at NOW
      ev('2027-01-09T20:00:00Z'), // pending (4 h old)
      ev('2027-01-05T10:00:00Z', undefined, { noResponseNeeded: true }),
    ];
    const s = responseStats(events, NOW);
    expect(s).toMatchObject({ received: 7, answered: 4, answeredLate: 1, overdue: 1, pending: 1, noResponseNeeded: 1, late: 2, counted: 5 });
    expect(s.medianHours).toBe(2.5);
    expect(s.p90Hours).toBeCloseTo(3 + 0.7 * 27, 12);
    expect(s.withinShare).toBeCloseTo(3 / 5, 12);
    expect(s.lateRate).toBeCloseTo(2 / 5, 12);
    expect(responseStats([], NOW)).toMatchObject({ received: 0, counted: 0 });
    expect(responseStats([], NOW).lateRate).toBeUndefined();
  });

  it('by marketplace, most messages first', () => {
    const rows = responseStatsByMarketplace([ev('2027-01-04T10:00:00Z', 1, { marketplaceId: DE }), ev('2027-01-04T10:00:00Z', 5), ev('2027-01-04T11:00:00Z', 7)], NOW);
    expect(rows.map((r) => [r.marketplaceId, r.stats.received, r.stats.medianHours])).toEqual([[US, 2, 6], [DE, 1, 1]]);
  });

  it('by ISO week across the year end, with empty weeks filled in', () => {
    const events = [
      ev('2026-12-28T09:00:00Z', 2), // Monday, 2026-W53
      ev('2027-01-03T23:30:00Z', 4), // Sunday 23:30 UTC: still 2026-W53 in UTC, already 2027-W01 in Berlin
      ev('2027-01-20T09:00:00Z', 1), // 2027-W03
    ];
    const utc = responseStatsByWeek(events, NOW, 'UTC');
    expect(utc.map((w) => [w.week, w.start, w.stats.received])).toEqual([
      ['2026-W53', '2026-12-28', 2], ['2027-W01', '2027-01-04', 0], ['2027-W02', '2027-01-11', 0], ['2027-W03', '2027-01-18', 1],
    ]);
    expect(utc[0]!.stats.medianHours).toBe(3);
    const berlin = responseStatsByWeek(events, NOW, 'Europe/Berlin');
    expect(berlin.map((w) => [w.week, w.stats.received])).toEqual([['2026-W53', 1], ['2027-W01', 1], ['2027-W02', 0], ['2027-W03', 1]]);
    expect(isoWeekOf('2024-12-30T12:00:00Z', 'UTC')).toEqual({ key: '2025-W01', start: '2024-12-30' });
    expect(isoWeekOf('2021-01-03T12:00:00Z', 'UTC')).toEqual({ key: '2020-W53', start: '2020-12-28' });
    expect(responseStatsByWeek([], NOW, 'UTC')).toEqual([]);
  });

  it('filters by received time (from inclusive, to exclusive) and marketplace', () => {
    const a = ev('2027-01-04T00:00:00Z', 1);
    const b = ev('2027-01-05T00:00:00Z', 1, { marketplaceId: DE });
    expect(filterEvents([a, b], { from: '2027-01-04T00:00:00.000Z', to: '2027-01-05T00:00:00.000Z' })).toEqual([a]);
    expect(filterEvents([a, b], { marketplaceId: DE })).toEqual([b]);
    expect(startOfDayIn('2027-01-04', 'Asia/Tokyo')).toBe('2027-01-03T15:00:00.000Z');
  });
});

describe('volume', () => {
  it('by category, every category listed, unclassified as other', () => {
    const v = volumeByCategory([{ category: 'invoice' }, { category: 'invoice' }, {}]);
    expect(v.find((c) => c.category === 'invoice')?.count).toBe(2);
    expect(v.find((c) => c.category === 'other')?.count).toBe(1);
    expect(v).toHaveLength(9);
  });

  it('by hour in the seller\'s zone or in each marketplace\'s zone', () => {
    const events = [
      ev('2027-01-04T08:30:00Z', 1, { marketplaceId: DE }), // 09:30 Paris (DE uses Europe/Paris), 16:30 Shanghai
      ev('2027-01-04T01:10:00Z', 1, { marketplaceId: JP }), // 10:10 Tokyo, 09:10 Shanghai
      ev('2027-01-04T17:00:00Z', 1, { marketplaceId: US }), // 09:00 Los Angeles, 01:00 Shanghai
    ];
    const seller = volumeByHour(events, { kind: 'seller', zone: 'Asia/Shanghai' });
    expect(seller.filter((h) => h.count).map((h) => h.hour)).toEqual([1, 9, 16]);
    const local = volumeByHour(events, { kind: 'marketplace' });
    expect(local.filter((h) => h.count).map((h) => [h.hour, h.count])).toEqual([[9, 2], [10, 1]]);
    expect(hourOf('2026-07-01T12:00:00Z', 'America/Los_Angeles')).toBe(5); // daylight saving
    expect(local).toHaveLength(24);
  });
});

const log = (over: Partial<RequestLogEntry>): RequestLogEntry => ({
  key: `review-request|${n++}`, kind: 'review-request', stage: 'sent', attempts: 1, marketplaceId: US,
  createdAt: '2027-01-02T10:00:00.000Z', updatedAt: '2027-01-02T10:00:00.000Z', ...over,
});

describe('requests and template A/B', () => {
  it('sent and skipped by reason; replies do not count', () => {
    const s = summarizeRequests([
      log({}), log({ stage: 'skipped', reason: 'outside-window: closed 2026-12-01' }), log({ stage: 'skipped', reason: 'outside-window' }),
      log({ stage: 'skipped', reason: 'blacklisted' }), log({ stage: 'skipped' }), log({ stage: 'failed' }), log({ stage: 'pending' }),
      log({ stage: 'test', kind: 'campaign-message' }), log({ kind: 'reply' }),
    ]);
    expect(s).toMatchObject({ sent: 1, skipped: 4, failed: 1, open: 1, test: 1 });
    expect(s.skippedByReason).toEqual([{ reason: 'outside-window', count: 2 }, { reason: 'blacklisted', count: 1 }, { reason: 'unknown', count: 1 }]);
    expect(reasonId('  daily-cap ')).toBe('daily-cap');
  });

  it('outcomes per template count feedback and reviews on or after the request, one per order', () => {
    const entries = [
      log({ orderId: 'o1', templateId: 'A', kind: 'campaign-message' }),
      log({ orderId: 'o1', templateId: 'A', kind: 'campaign-message', key: 'again' }),
      log({ orderId: 'o2', templateId: 'A', kind: 'campaign-message' }),
      log({ orderId: 'o3', templateId: 'B', kind: 'campaign-message' }),
      log({ orderId: 'o4' }), // Amazon's own request
      log({ orderId: 'o5', templateId: 'B', kind: 'campaign-message', stage: 'skipped' }),
    ];
    const out = templateOutcomes(entries, {
      feedback: [{ orderId: 'o1', date: '2027-01-05' }, { orderId: 'o3', date: '2026-12-30' } /* before the request */],
      reviews: [{ orderId: 'o2', date: '2027-01-02T18:00:00Z' }, { orderId: 'o4', date: '2027-01-09' }],
    });
    expect(out).toEqual([
      { templateId: 'A', asked: 2, feedback: 1, reviews: 1, feedbackRate: 0.5, reviewRate: 0.5 },
      { templateId: 'B', asked: 1, feedback: 0, reviews: 0, feedbackRate: 0, reviewRate: 0 },
      { templateId: AMAZON_REQUEST, asked: 1, feedback: 0, reviews: 1, feedbackRate: 0, reviewRate: 1 },
    ]);
  });

  it('two-proportion z-test: a textbook value, and "not enough data" below 30 orders', () => {
    // 60/200 vs 40/200: pooled 0.25, se = sqrt(.25*.75*(2/200)) = 0.0433, z = 0.1/0.0433 = 2.3094
    const t = twoProportionTest(60, 200, 40, 200);
    if (!t.enough) throw new Error('expected a test');
    expect(t.z).toBeCloseTo(2.3094, 4);
    expect(t.pValue).toBeCloseTo(0.0209, 4);
    expect(t.significant).toBe(true);
    expect(twoProportionTest(12, 29, 5, 40)).toEqual({ enough: false, minSample: 30, pA: 12 / 29, pB: 5 / 40 });
    const same = twoProportionTest(0, 50, 0, 50);
    expect(same).toMatchObject({ enough: true, z: 0, pValue: 1, significant: false });
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 4);
    const a = { templateId: 'A', asked: 100, feedback: 30, reviews: 10, feedbackRate: 0.3, reviewRate: 0.1 };
    const b = { templateId: 'B', asked: 100, feedback: 15, reviews: 9, feedbackRate: 0.15, reviewRate: 0.09 };
    const c = compareTemplates(a, b);
    expect(c.feedback).toMatchObject({ enough: true, significant: true });
    expect(c.review).toMatchObject({ enough: true, significant: false });
  });
});

describe('CSV export', () => {
  it('guards formula cells, keeps numbers, quotes as RFC 4180', () => {
    const csv = tableToCsv(['week', 'note', 'hours'], [['2027-W01', '=HYPERLINK("x")', -1.5], ['2027-W02', 'a,b', undefined], ['+1', '@x', 3]]);
    expect(csv).toBe('week,note,hours\r\n2027-W01,"\'=HYPERLINK(""x"")",-1.5\r\n2027-W02,"a,b",\r\n\'+1,\'@x,3\r\n');
  });
});
