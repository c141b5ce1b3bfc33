// A day without a time is a day in the marketplace's zone: stored as the instant it starts there, shown as
// that day in the import preview and in the thread panels (which show every date in the marketplace's zone).
import { day as previewDay } from '../../components/options/imports/format';
import { day as panelDay } from '../../components/features/thread-shared/format';
import { decodeReport, parseReport } from '../../lib/reports';
import { fixtureText, jpFeedbackBytes, NOW } from '../fixtures/reports/load';

describe('dates without a time, end to end', () => {
  it('a US seller-fulfilled return requested 14-Jul-2025 is Jul 14 in Los Angeles, not Jul 13', () => {
    const r = parseReport(fixtureText('returns-seller-fulfilled-short-rows.txt'), { fileName: 'r.txt', now: NOW, marketplace: 'US' });
    const stored = r.records.returns[0]!.requestDate;
    expect(previewDay(stored, 'US')).toBe('2025-07-14');
    expect(panelDay(stored, 'America/Los_Angeles')).toBe('Jul 14, 2025');
  });

  it('the preview shows DE and JP feedback on its own day, not the day before', () => {
    const de = parseReport('Date\tRating\tComments\tResponse\tOrder ID\tRater Email\n13.1.25\t1\tzu spät\t\t302-1234567-7654321\t\n',
      { fileName: 'de.txt', now: NOW, marketplace: 'DE' }).records.feedback[0]!;
    expect(de.date).toBe('2025-01-12T23:00:00.000Z');
    expect(previewDay(de.date, de.marketplaceId)).toBe('2025-01-13');
    expect(panelDay(de.date, 'Europe/Paris')).toBe('Jan 13, 2025');

    const jp = parseReport(decodeReport(jpFeedbackBytes()).text, { fileName: 'jp.txt', now: NOW, marketplace: 'JP' }).records.feedback;
    expect(jp.map((f) => [f.date, previewDay(f.date, f.marketplaceId)])).toEqual([
      ['2017-01-12T15:00:00.000Z', '2017-01-13'], ['2025-12-02T15:00:00.000Z', '2025-12-03'],
    ]);
  });

  it('an order\'s purchase time is shown on its day in the order\'s marketplace; without a marketplace, in UTC', () => {
    expect(previewDay('2025-06-17T23:30:00.000Z', 'ATVPDKIKX0DER')).toBe('2025-06-17');
    expect(previewDay('2025-06-17T23:30:00.000Z', 'JP')).toBe('2025-06-18');
    expect(previewDay('2025-06-17T23:30:00.000Z')).toBe('2025-06-17');
    expect(previewDay(undefined, 'DE')).toBe('');
  });
});
