/**
 * offsetMinutes (lib/deadlines/zone-time.ts) looks a zone's offset up once per UTC day where it does not change that
 * day, and per 15-minute slot on a day it changes: the same offsets as asking @date-fns/tz for every slot, around DST
 * changes too, with a few Intl lookups for a list's hundreds of due times.
 */
import { tzOffset as realTzOffset } from '@date-fns/tz/tzOffset';

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('@date-fns/tz/tzOffset', async (importOriginal) => {
  const real = await importOriginal<typeof import('@date-fns/tz/tzOffset')>();
  return { tzOffset: (zone: string, date: Date) => { calls.n++; return real.tzOffset(zone, date); } };
});
const { offsetMinutes } = await import('../../lib/deadlines/zone-time');

const SLOT = 15 * 60_000;
const ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Sao_Paulo', 'UTC'];

describe('zone offsets by day', () => {
  it.each(ZONES)('gives the offset of every slot of DST-change days and ordinary days in %s', (zone) => {
    // 2026: US changes on Mar 8 and Nov 1, Europe on Mar 29 and Oct 25, Lord Howe (30 minutes) on Apr 5 and Oct 4
    for (const day of [Date.UTC(2026, 2, 8), Date.UTC(2026, 2, 29), Date.UTC(2026, 3, 5), Date.UTC(2026, 9, 4), Date.UTC(2026, 9, 25), Date.UTC(2026, 10, 1), Date.UTC(2026, 6, 15)]) {
      for (let t = day - 86_400_000; t < day + 2 * 86_400_000; t += SLOT) {
        expect(offsetMinutes(zone, t + 7 * 60_000), `${zone} ${new Date(t).toISOString()}`).toBe(realTzOffset(zone, new Date(t)));
      }
    }
  });

  it('asks Intl twice per day for a list of due times over a few days, not once per slot', () => {
    calls.n = 0;
    const start = Date.UTC(2026, 5, 10);
    // 500 due times over 5 days, each in its own slot
    for (let i = 0; i < 500; i++) offsetMinutes('Asia/Tokyo', start + i * SLOT + 60_000);
    expect(calls.n).toBeLessThanOrEqual(12);
  });

  it('is NaN for a zone the runtime does not know', () => {
    expect(offsetMinutes('Not/AZone', Date.UTC(2026, 0, 1))).toBeNaN();
  });
});
