import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator, type Catalog } from '../../components/i18n/catalog';
import { englishText, formatTimeLeft, TIME_LEFT_TEXT, type TextLookup } from '../../lib/deadlines/format-time-left';
import { CITY_ZONES, cityKey, DUE_TEXT, dueHoverText, marketplaceLocalTime, zoneCity } from '../../lib/deadlines/marketplace-time';
import { MARKETPLACES } from '../../lib/marketplaces';
import { formatInZone } from '../../lib/deadlines/format-in-zone';
import { offsetMinutes, shortAtOffset, shortInZone, warmZones } from '../../lib/deadlines/zone-time';

const M = 60_000;
const H = 60 * M;
const US = 'ATVPDKIKX0DER';
const FR = 'A13V1IB3VIYZZH';
const JP = 'A1VC38T7YXB528';

const catalog = (l: string) => JSON.parse(readFileSync(path.resolve(__dirname, '../../public/_locales', l, 'messages.json'), 'utf8')) as Catalog;
/** the catalog's lookup, as the page UI and the popup pass it */
const lookup = (l: string): TextLookup => {
  const tr = createTranslator(catalog(l));
  return (key, _english, subs) => tr(key, ...subs);
};
const EN = lookup('en');
const ZH = lookup('zh_CN');

describe('formatTimeLeft', () => {
  it('its words are in the catalog, in English and Chinese; the English fallbacks are the en catalog\'s', () => {
    for (const [key, english] of Object.values(TIME_LEFT_TEXT)) {
      expect(catalog('en')[key]?.message, key).toBe(english);
      expect(catalog('zh_CN')[key]?.message, key).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(formatTimeLeft(-(27 * H), englishText)).toBe('overdue by 1 d 3 h');
  });

  it('English', () => {
    expect(formatTimeLeft(3 * H + 12 * M, EN)).toBe('3 h 12 m left');
    expect(formatTimeLeft(45 * M, EN)).toBe('45 m left');
    expect(formatTimeLeft(-(2 * H + 5 * M), EN)).toBe('overdue by 2 h 5 m');
    expect(formatTimeLeft(-(27 * H), EN)).toBe('overdue by 1 d 3 h');
    expect(formatTimeLeft(24 * H, EN)).toBe('1 d 0 h left');
    expect(formatTimeLeft(H, EN)).toBe('1 h 0 m left');
    expect(formatTimeLeft(0, EN)).toBe('0 m left');
  });

  it('rounds up to whole minutes, so a non-zero amount never reads 0 m', () => {
    expect(formatTimeLeft(1, EN)).toBe('1 m left');
    expect(formatTimeLeft(-1, EN)).toBe('overdue by 1 m');
    expect(formatTimeLeft(3 * H + 11 * M + 1, EN)).toBe('3 h 12 m left');
    expect(formatTimeLeft(59 * M + 30_000, EN)).toBe('1 h 0 m left');
  });

  it('Simplified Chinese', () => {
    expect(formatTimeLeft(3 * H + 12 * M, ZH)).toBe('剩余 3 小时 12 分');
    expect(formatTimeLeft(-(2 * H + 5 * M), ZH)).toBe('已逾期 2 小时 5 分');
    expect(formatTimeLeft(45 * M, ZH)).toBe('剩余 45 分');
    expect(formatTimeLeft(-(27 * H), ZH)).toBe('已逾期 1 天 3 小时');
  });
});

describe('formatInZone', () => {
  const iso = '2026-11-23T22:05:00.000Z';

  it('short and full in the seller zone', () => {
    expect(formatInZone(iso, 'America/Los_Angeles', 'en')).toBe('Mon 14:05');
    expect(formatInZone(iso, 'America/Los_Angeles', 'en', 'full')).toBe('2026-11-23 14:05 (PST)');
    expect(formatInZone(iso, 'America/Los_Angeles', 'zh_CN')).toBe('周一 14:05');
  });

  it('Asia/Tokyo crosses midnight into the next day', () => {
    expect(formatInZone(iso, 'Asia/Tokyo', 'en')).toBe('Tue 07:05');
    expect(formatInZone(iso, 'Asia/Tokyo', 'zh_CN')).toBe('周二 07:05');
    expect(formatInZone(iso, 'Asia/Tokyo', 'en', 'full')).toBe('2026-11-24 07:05 (GMT+9)');
  });

  it('Europe/Paris and half-hour zones', () => {
    expect(formatInZone(iso, 'Europe/Paris', 'en', 'full')).toBe('2026-11-23 23:05 (GMT+1)');
    expect(formatInZone(iso, 'Asia/Kolkata', 'en')).toBe('Tue 03:35');
  });

  it('falls back to UTC for an unknown zone and gives empty text for a bad instant', () => {
    expect(formatInZone(iso, 'Mars/Olympus', 'en', 'full')).toBe('2026-11-23 22:05 (UTC)');
    expect(formatInZone('soon', 'Asia/Tokyo', 'en')).toBe('');
  });
});

describe('shortInZone (fast path) matches formatInZone', () => {
  const zones = ['America/Los_Angeles', 'Europe/Paris', 'Asia/Tokyo', 'Asia/Kolkata', 'Asia/Shanghai',
    'Australia/Sydney', 'America/Sao_Paulo', 'America/St_Johns', 'Asia/Kathmandu', 'UTC'];
  // every 7 minutes across both 2026 DST changes of the US and the EU, plus a random-ish spread
  const instants: number[] = [];
  for (const start of ['2026-03-07T00:00:00Z', '2026-03-28T00:00:00Z', '2026-10-24T00:00:00Z', '2026-10-31T00:00:00Z']) {
    for (let ms = Date.parse(start); ms < Date.parse(start) + 48 * H; ms += 7 * M) instants.push(ms);
  }
  for (let i = 0; i < 200; i++) instants.push(Date.parse('2026-01-01T00:00:00Z') + ((i * 7_919_993_017) % (365 * 24 * H)));

  it.each(zones)('%s', (zone) => {
    for (const ms of instants) {
      const iso = new Date(ms).toISOString();
      expect(shortInZone(ms, zone, 'en'), iso).toBe(formatInZone(iso, zone, 'en'));
    }
    const ms = instants[0] as number;
    expect(shortInZone(ms, zone, 'zh_CN')).toBe(formatInZone(new Date(ms).toISOString(), zone, 'zh_CN'));
  });

  it('offsetMinutes', () => {
    expect(offsetMinutes('Asia/Tokyo', Date.parse('2026-11-23T00:00:00Z'))).toBe(540);
    expect(offsetMinutes('America/Los_Angeles', Date.parse('2026-03-08T09:59:59Z'))).toBe(-480);
    expect(offsetMinutes('America/Los_Angeles', Date.parse('2026-03-08T10:00:00Z'))).toBe(-420);
    expect(offsetMinutes('Nowhere/Zone', 0)).toBeNaN();
  });

  it('shortAtOffset reads NaN as UTC, and warmZones fills the cache without changing results', () => {
    expect(shortAtOffset(Date.parse('2026-11-23T22:05:00Z'), NaN, 'en')).toBe('Mon 22:05');
    expect(shortAtOffset(Date.parse('1969-12-31T23:59:00Z'), 0, 'en')).toBe('Wed 23:59');
    const from = Date.parse('2026-03-07T00:00:00Z');
    warmZones(['America/Los_Angeles', 'Bogus/Zone'], from, from + 48 * H);
    expect(shortInZone(Date.parse('2026-03-08T18:00:00Z'), 'America/Los_Angeles', 'en')).toBe('Sun 11:00');
    expect(shortInZone(Date.parse('2026-03-08T18:00:00Z'), 'Bogus/Zone', 'en')).toBe('Sun 18:00');
  });
});

describe('marketplace time', () => {
  it('names the city', () => {
    expect(zoneCity('America/Los_Angeles', 'en')).toBe('Los Angeles');
    expect(zoneCity('America/Los_Angeles', 'zh_CN', ZH)).toBe('洛杉矶');
    expect(zoneCity('America/New_York', 'zh_CN', ZH)).toBe('New York');
  });

  it('the hover text\'s words and every marketplace city are in the catalog, in English and Chinese', () => {
    for (const [key, english] of Object.values(DUE_TEXT)) {
      expect(catalog('en')[key]?.message, key).toBe(english);
      expect(catalog('zh_CN')[key]?.message, key).toMatch(/[\u4e00-\u9fff]/);
    }
    const zones = new Set(MARKETPLACES.map((m) => m.timeZone));
    for (const zone of zones) {
      expect(CITY_ZONES, zone).toContain(zone);
      expect(catalog('en')[cityKey(zone)]?.message, zone).toBe(zoneCity(zone, 'en'));
      expect(catalog('zh_CN')[cityKey(zone)]?.message, zone).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });

  it('marketplaceLocalTime', () => {
    expect(marketplaceLocalTime('2026-11-23T22:05:00Z', US)).toBe('Mon 14:05 Los Angeles time');
    expect(marketplaceLocalTime('2026-11-23T22:05:00Z', JP, 'zh_CN', ZH)).toBe('东京时间 周二 07:05');
    expect(marketplaceLocalTime('2026-11-23T22:05:00Z', 'UNKNOWN')).toBeUndefined();
    expect(marketplaceLocalTime('later', US)).toBeUndefined();
  });

  it('dueHoverText shows your time and the marketplace time', () => {
    const due = Date.parse('2026-11-23T22:05:00Z');
    expect(dueHoverText(due, 'Asia/Shanghai', US, 'en', false)).toBe('Due Tue 06:05 your time · Mon 14:05 Los Angeles time');
    expect(dueHoverText(due, 'Asia/Shanghai', US, 'en', true)).toBe('Was due Tue 06:05 your time · Mon 14:05 Los Angeles time');
    expect(dueHoverText(due, 'Asia/Shanghai', US, 'zh_CN', false, ZH)).toBe('截止：您的时间 周二 06:05 · 洛杉矶时间 周一 14:05');
    expect(dueHoverText(due, 'Asia/Shanghai', US, 'zh_CN', true, ZH)).toBe('已过截止：您的时间 周二 06:05 · 洛杉矶时间 周一 14:05');
    expect(dueHoverText(due, 'Asia/Shanghai', US, 'en', true, EN)).toBe('Was due Tue 06:05 your time · Mon 14:05 Los Angeles time');
  });

  it('leaves out the marketplace time when the clocks agree', () => {
    const due = Date.parse('2026-11-23T22:05:00Z');
    expect(dueHoverText(due, 'Europe/Berlin', FR, 'en', false)).toBe('Due Mon 23:05 your time');
    expect(dueHoverText(due, 'Europe/Berlin', 'UNKNOWN', 'en', false)).toBe('Due Mon 23:05 your time');
  });
});
