/** The badges' texts: one lookup (browser.i18n.getMessage behind t()) per distinct text, not one per row. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const lookups = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../components/page/i18n', () => ({
  t: (_key: string, fallback: string, subs: string[] = []) => {
    lookups.n++;
    return fallback.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
  },
}));

import { rowBadge } from '../../components/features/inbox-shared/row-model';
import type { InboxRow } from '../../lib/seller-central/inbox-page';

const NOW = new Date('2026-11-23T18:00:00Z');
const opts = { timeZone: 'Asia/Shanghai', dueSoonHours: 4 };
const row = (oldestUnansweredAt: string): InboxRow => ({
  threadId: 'T', buyerName: 'B', orderIds: [], status: 'response-needed', isSystem: false,
  rowElement: {} as Element, oldestUnansweredAt,
});

describe('badge texts on a long list', () => {
  it('500 rows with two distinct times left: the lookups of two badges, each row its right text', () => {
    // the first badge also looks up the marketplace's city once (kept for the page view); count a warm one
    rowBadge(row('2026-11-21T16:00:00Z'), 'ATVPDKIKX0DER', NOW, opts, 'en');
    lookups.n = 0;
    rowBadge(row('2026-11-23T10:00:00Z'), 'ATVPDKIKX0DER', NOW, opts, 'en');
    const perBadge = lookups.n;
    expect(perBadge).toBeGreaterThan(0);
    lookups.n = 0;
    const rows = Array.from({ length: 500 }, (_, i) => row(i % 2 ? '2026-11-22T16:00:00Z' : '2026-11-23T16:00:00Z'));
    const texts = rows.map((r) => rowBadge(r, 'ATVPDKIKX0DER', NOW, opts, 'en').text);
    expect(new Set(texts).size).toBe(2);
    expect(texts[0]).not.toBe(texts[1]);
    expect(texts.every((x, i) => x === texts[i % 2])).toBe(true);
    expect(lookups.n).toBe(2 * perBadge);
  });
});
