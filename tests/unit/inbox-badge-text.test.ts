/**
 * The badges' texts: one lookup per text key (t()'s per-key message, components/page/i18n.ts), not one per row: a
 * list's badges ask the same few keys with many amounts.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const lookups = vi.hoisted(() => ({ n: 0 }));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { id: 'ext' },
    i18n: {
      getUILanguage: () => 'en-US',
      // the message with its substitutions, as Chrome answers (the badge keys' English words do not matter here)
      getMessage: (key: string, subs: string[] = []) => {
        lookups.n++;
        return `${key}(${subs.join(',')})`;
      },
    },
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
  it('500 rows with two distinct times left: no more lookups than one badge had, each row its right text', () => {
    // the first badge looks its keys up (and the marketplace's city, kept for the page view)
    rowBadge(row('2026-11-21T16:00:00Z'), 'ATVPDKIKX0DER', NOW, opts, 'en');
    const firstBadge = lookups.n;
    expect(firstBadge).toBeGreaterThan(0);
    lookups.n = 0;
    const rows = Array.from({ length: 500 }, (_, i) => row(i % 2 ? '2026-11-22T16:00:00Z' : '2026-11-23T16:00:00Z'));
    const texts = rows.map((r) => rowBadge(r, 'ATVPDKIKX0DER', NOW, opts, 'en').text);
    expect(new Set(texts).size).toBe(2);
    expect(texts[0]).not.toBe(texts[1]);
    expect(texts.every((x, i) => x === texts[i % 2])).toBe(true);
    expect(lookups.n).toBeLessThanOrEqual(firstBadge);
  });
});
