/** Month names in list dates: every marketplace language's (from Intl), made only as far as a date needs. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { monthNamesByLocale, parseListTime } from '../../lib/seller-central/list-time';

const NOW = Date.UTC(2027, 0, 1);

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('month names of list dates', () => {
  it('no name stands for two months in two languages (so the order they are made in changes no answer)', () => {
    const seen = new Map<string, number>();
    for (const names of monthNamesByLocale().values()) {
      for (const [name, month] of names) {
        expect(seen.get(name) ?? month, name).toBe(month);
        seen.set(name, month);
      }
    }
    expect(seen.size).toBeGreaterThan(100);
  });

  it('reads every language\'s long and short names, whichever language comes first', async () => {
    const { parseListTime: fresh } = await import('../../lib/seller-central/list-time');
    // a late language first: the languages before it are made on the way
    expect(fresh('4 Eyl 2026', NOW, 'UTC')?.at).toBe(Date.UTC(2026, 8, 4, 23, 59));
    for (const locale of ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'sv', 'tr', 'pt']) {
      for (const style of ['long', 'short'] as const) {
        const fmt = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) {
          const name = fmt.format(Date.UTC(2026, m, 15));
          if (name.replace(/\./g, '').length < 3) continue;
          expect(parseListTime(`4 ${name} 2026`, NOW, 'UTC')?.at, `${locale} ${name}`).toBe(Date.UTC(2026, m, 4, 23, 59));
        }
      }
    }
  });

  it('an English date makes the English names only (not all ten languages\' formatters)', async () => {
    vi.resetModules();
    const made: string[] = [];
    const Real = Intl.DateTimeFormat;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function counted(locale?: string, options?: Intl.DateTimeFormatOptions) {
      if (options?.month) made.push(String(locale));
      return new Real(locale, options);
    } as unknown as typeof Intl.DateTimeFormat);
    const { parseListTime: fresh } = await import('../../lib/seller-central/list-time');
    expect(fresh('Sep 4, 2026 10:32 AM', NOW, 'UTC')?.at).toBe(Date.UTC(2026, 8, 4, 10, 32));
    expect(fresh('September 5, 2026', NOW, 'UTC')?.at).toBe(Date.UTC(2026, 8, 5, 23, 59));
    expect(new Set(made)).toEqual(new Set(['en']));
  });
});
