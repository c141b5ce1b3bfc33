/**
 * wallTimeInZone / wallDateInZone (lib/deadlines/zone-time.ts) stand in for @date-fns/tz's TZDate in the list-time
 * reader (the page UI's start part): they must give TZDate's instants and dates, around DST changes too.
 */
import { TZDate } from '@date-fns/tz';
import { wallDateInZone, wallTimeInZone } from '../../lib/deadlines/zone-time';

const ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'UTC'];
// days around the 2026 DST changes in the US, Europe, Australia (and ordinary days), with month and day roll-overs
const DAYS: [number, number, number][] = [[2026, 2, 8], [2026, 2, 29], [2026, 9, 25], [2026, 10, 1], [2026, 3, 5], [2026, 6, 15], [2026, 0, 0], [2026, 11, 32]];

describe('wall time in a zone', () => {
  it.each(ZONES)('gives the instants and dates TZDate gives in %s, every half hour of DST-change days (a skipped hour too)', (zone) => {
    let repeated = 0;
    for (const [y, mo, d] of DAYS) {
      for (let half = 0; half < 48; half++) {
        const h = Math.floor(half / 2);
        const m = (half % 2) * 30 + 1;
        const expected = new TZDate(y, mo, d, h, m, zone).getTime();
        const at = wallTimeInZone(zone, y, mo, d, h, m);
        const label = `${zone} ${y}-${mo + 1}-${d} ${h}:${m}`;
        if (at !== expected) {
          // a repeated hour (clocks set back): both are that wall time; ours is its first instant
          const wall = (ms: number) => { const z = new TZDate(ms, zone); return [z.getDate(), z.getHours(), z.getMinutes()]; };
          expect(wall(at), label).toEqual(wall(expected));
          expect(at, label).toBeLessThan(expected);
          repeated++;
        }
        const t = new TZDate(expected, zone);
        expect(wallDateInZone(zone, expected)).toEqual({ y: t.getFullYear(), mo: t.getMonth(), d: t.getDate() });
      }
    }
    expect(repeated, 'differences only in a repeated hour').toBeLessThanOrEqual(2);
  });

  it('is NaN for a zone the runtime does not know', () => {
    expect(wallTimeInZone('Nowhere/Atlantis', 2026, 0, 1, 0, 0)).toBeNaN();
  });
});

describe('wall times remembered per zone', () => {
  it('the same wall time asked again, in another zone, or after the offsets were asked across a DST change gives the same instant', () => {
    const first = new Map(ZONES.flatMap((zone) => DAYS.map(([y, mo, d]) => [`${zone} ${y}-${mo}-${d}`, wallTimeInZone(zone, y, mo, d, 2, 30)] as const)));
    // the other order: every zone for a day, later days first
    for (const [y, mo, d] of [...DAYS].reverse()) {
      for (const zone of ZONES) {
        const again = wallTimeInZone(zone, y, mo, d, 2, 30);
        expect(again, `${zone} ${y}-${mo + 1}-${d}`).toBe(first.get(`${zone} ${y}-${mo}-${d}`));
        expect(Math.abs(again - new TZDate(y, mo, d, 2, 30, zone).getTime())).toBeLessThanOrEqual(3_600_000);
      }
    }
    // Berlin: 2:30 on 29 March 2026 does not exist (moved on to 3:30 CEST); on 25 October it is the first (CEST) 2:30
    expect(wallTimeInZone('Europe/Berlin', 2026, 2, 29, 2, 30)).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(wallTimeInZone('Europe/Berlin', 2026, 9, 25, 2, 30)).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(wallTimeInZone('Europe/Berlin', 2026, 9, 26, 2, 30)).toBe(Date.UTC(2026, 9, 26, 1, 30));
    expect(wallTimeInZone('Nowhere/Unknown', 2026, 9, 26, 2, 30)).toBeNaN();
    expect(wallTimeInZone('Nowhere/Unknown', 2026, 9, 26, 2, 30)).toBeNaN();
  });
});
