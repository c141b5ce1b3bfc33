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
