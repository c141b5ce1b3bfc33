import { parseDayMonthYear, parseFlag, parseIsoDateTime, parseMoney } from '../../lib/reports/values';

describe('report value parsers', () => {
  it('parseIsoDateTime -> UTC ISO', () => {
    expect(parseIsoDateTime('2017-06-17T08:04:21+00:00')).toBe('2017-06-17T08:04:21.000Z');
    expect(parseIsoDateTime('2017-06-17T08:04:21-07:00')).toBe('2017-06-17T15:04:21.000Z');
    expect(parseIsoDateTime('2017-06-17T08:04:21+0530')).toBe('2017-06-17T02:34:21.000Z');
    expect(parseIsoDateTime('2017-06-17T08:04:21.5Z')).toBe('2017-06-17T08:04:21.500Z');
    expect(parseIsoDateTime('2017-06-17')).toBe('2017-06-17T00:00:00.000Z');
    for (const bad of ['2025-13-45', '2025-02-30T00:00:00Z', '2025-01-01T24:00:00Z', '17/06/2017', 'soon', '']) {
      expect(parseIsoDateTime(bad)).toBeUndefined();
    }
  });

  it('parseDayMonthYear', () => {
    expect(parseDayMonthYear('10-Jul-2025')).toEqual({ y: 2025, m: 7, d: 10 });
    expect(parseDayMonthYear('1-sept-25')).toEqual({ y: 2025, m: 9, d: 1 });
    expect(parseDayMonthYear('31-Jun-2025')).toBeUndefined();
    expect(parseDayMonthYear('10-Foo-2025')).toBeUndefined();
  });

  it('parseMoney', () => {
    expect(parseMoney('12.99')).toBe(12.99);
    expect(parseMoney('-5.00')).toBe(-5);
    expect(parseMoney('1,234.56')).toBe(1234.56);
    expect(parseMoney('1.234,56')).toBe(1234.56);
    expect(parseMoney('12,99')).toBe(12.99);
    expect(parseMoney('1,980')).toBe(1980);
    expect(parseMoney('￥1,980')).toBe(1980);
    expect(parseMoney('$ 7')).toBe(7);
    expect(parseMoney('abc')).toBeUndefined();
    expect(parseMoney('1.2.3')).toBeUndefined();
  });

  it('parseFlag', () => {
    expect(['true', 'TRUE', 'Y', 'yes', '1'].map(parseFlag)).toEqual([true, true, true, true, true]);
    expect(['false', 'N', 'no', '0'].map(parseFlag)).toEqual([false, false, false, false]);
    expect(parseFlag('maybe')).toBeUndefined();
  });
});
