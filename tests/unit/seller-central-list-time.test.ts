import { parseListTime } from '../../lib/seller-central/list-time';

const NOW = Date.parse('2026-12-06T15:30:00Z');
const LA = 'America/Los_Angeles';
const BERLIN = 'Europe/Berlin';
const TOKYO = 'Asia/Tokyo';
const at = (text: string, zone = LA, bound?: 'earliest' | 'latest') => parseListTime(text, NOW, zone, bound);
const HOUR = 3_600_000;

describe('parseListTime', () => {
  it('reads relative times in the marketplaces’ languages, with their precision', () => {
    expect(at('3 hours ago')).toEqual({ at: NOW - 3 * HOUR, precision: 'hour' });
    expect(at('an hour ago')).toEqual({ at: NOW - HOUR, precision: 'hour' });
    expect(at('12 minutes ago')).toEqual({ at: NOW - 12 * 60_000, precision: 'minute' });
    expect(at('Just now')).toEqual({ at: NOW, precision: 'minute' });
    expect(at('vor 2 Stunden', BERLIN)?.at).toBe(NOW - 2 * HOUR);
    expect(at('vor 5 Minuten', BERLIN)?.at).toBe(NOW - 5 * 60_000);
    expect(at('il y a 4 heures')?.at).toBe(NOW - 4 * HOUR);
    expect(at('2 ore fa')?.at).toBe(NOW - 2 * HOUR);
    expect(at('hace 6 horas')?.at).toBe(NOW - 6 * HOUR);
    expect(at('2時間前', TOKYO)?.at).toBe(NOW - 2 * HOUR);
    expect(at('15分前', TOKYO)?.at).toBe(NOW - 15 * 60_000);
    expect(at('3小时前')?.at).toBe(NOW - 3 * HOUR);
    expect(at('2 days ago')).toEqual({ at: NOW - 48 * HOUR, precision: 'day' });
  });
  it('reads written dates in the page’s time zone; a bare date is the end of that day (or its start)', () => {
    expect(at('Sep 4, 2026')).toEqual({ at: Date.parse('2026-09-05T06:59:00Z'), precision: 'day' });
    expect(at('Sep 4, 2026', LA, 'earliest')?.at).toBe(Date.parse('2026-09-04T07:00:00Z'));
    expect(at('September 4, 2026')?.precision).toBe('day');
    expect(at('2026年9月4日', TOKYO, 'earliest')?.at).toBe(Date.parse('2026-09-03T15:00:00Z'));
    expect(at('4. Sept. 2026', BERLIN, 'earliest')?.at).toBe(Date.parse('2026-09-03T22:00:00Z'));
    expect(at('4 sept. 2026', BERLIN, 'earliest')?.at).toBe(Date.parse('2026-09-03T22:00:00Z'));
    expect(at('4 de septiembre de 2026', BERLIN, 'earliest')?.at).toBe(Date.parse('2026-09-03T22:00:00Z'));
    expect(at('4. März 2026', BERLIN, 'earliest')?.at).toBe(Date.parse('2026-03-03T23:00:00Z'));
    expect(at('2026/09/04', TOKYO, 'earliest')?.at).toBe(Date.parse('2026-09-03T15:00:00Z'));
  });
  it('reads dates with a clock time (case view), 12- and 24-hour, across a DST change', () => {
    expect(at('Sep 4, 2026, 10:32 AM')).toEqual({ at: Date.parse('2026-09-04T17:32:00Z'), precision: 'minute' });
    expect(at('Nov 1, 2026, 1:30 PM')?.at).toBe(Date.parse('2026-11-01T21:30:00Z')); // PST from that morning
    expect(at('4. Sept. 2026, 22:05', BERLIN)?.at).toBe(Date.parse('2026-09-04T20:05:00Z'));
    expect(at('2026年9月4日 午後3:04', TOKYO)?.at).toBe(Date.parse('2026-09-04T06:04:00Z'));
    expect(at('Sep 4, 2026, 12:10 AM')?.at).toBe(Date.parse('2026-09-04T07:10:00Z'));
  });
  it('reads a bare clock time as today, or yesterday when it is still ahead; and "yesterday"', () => {
    // 15:30 UTC is 07:30 in Los Angeles
    expect(at('6:15 AM')).toEqual({ at: Date.parse('2026-12-06T14:15:00Z'), precision: 'minute' });
    expect(at('11:00 PM')?.at).toBe(Date.parse('2026-12-06T07:00:00Z'));
    expect(at('Yesterday')).toEqual({ at: Date.parse('2026-12-06T07:59:00Z'), precision: 'day' });
  });
  it('refuses what is no time: labels, order ids, ambiguous numeric dates, far future', () => {
    for (const text of ['Response needed', '112-1234567-1234567', 'From', '03/04/2026', 'Sep 4, 2099', '', 'Global communication metrics 8月5日 - 2026年9月4日'.repeat(3)]) {
      expect(at(text), text).toBeUndefined();
    }
    expect(at('13/04/2026', BERLIN, 'earliest')?.at).toBe(Date.parse('2026-04-12T22:00:00Z'));
  });

  it('reads a text once per read: the rows that show it share the answer; another now, zone or bound is read anew', () => {
    const first = parseListTime('3 hours ago', NOW, LA);
    expect(parseListTime('3 hours ago', NOW, LA)).toBe(first);
    expect(parseListTime('3 hours ago', NOW + 60_000, LA)).toEqual({ at: NOW + 60_000 - 3 * HOUR, precision: 'hour' });
    expect(parseListTime('Sep 4, 2026', NOW, TOKYO)).not.toEqual(parseListTime('Sep 4, 2026', NOW, LA));
    expect(parseListTime('Sep 4, 2026', NOW, LA, 'earliest')!.at).toBeLessThan(parseListTime('Sep 4, 2026', NOW, LA, 'latest')!.at);
    expect(parseListTime('not a time', NOW, LA)).toBeUndefined();
    expect(parseListTime('not a time', NOW, LA)).toBeUndefined();
  });
});
