import { describe, expect, it } from 'vitest';
import { holidayKey, holidayVerdict, inHoliday, selectHolidayThreads, templateIdFor, type HolidayConfig } from '../../lib/holiday/select';
import { holidayText } from '../../lib/holiday/reply-text';
import type { SendLogEntry, Thread } from '../../lib/model';

const SH = 'Asia/Shanghai';
const cfg = (over: Partial<HolidayConfig> = {}): HolidayConfig => ({ enabled: true, start: '', end: '', offHoursStart: '', offHoursEnd: '', ...over });
const thread = (over: Partial<Thread> = {}): Thread => ({
  key: 'A1|ATVPDKIKX0DER|t1', accountId: 'A1', marketplaceId: 'ATVPDKIKX0DER', threadId: 't1', buyerName: 'Ann', orderIds: ['111-1111111-1111111'],
  status: 'response-needed', isSystem: false, seenAt: '2026-02-10T00:00:00Z', lastMessageAt: '2026-02-10T03:00:00Z', ...over,
});
const entry = (key: string, over: Partial<SendLogEntry> = {}): SendLogEntry => ({
  key, kind: 'holiday-reply', stage: 'sent', attempts: 1, createdAt: '2026-02-10T03:00:00Z', updatedAt: '2026-02-10T03:00:00Z', ...over,
});
const NOW = new Date('2026-02-10T04:00:00Z');

describe('inHoliday: date range in the seller zone', () => {
  const c = cfg({ start: '2026-02-10', end: '2026-02-12' });
  it('whole local days, start and end inclusive', () => {
    // 2026-02-09T16:00Z is 2026-02-10 00:00 in Shanghai
    expect(inHoliday(Date.parse('2026-02-09T16:00:00Z'), c, SH)).toBe(true);
    expect(inHoliday(Date.parse('2026-02-09T15:59:00Z'), c, SH)).toBe(false);
    expect(inHoliday(Date.parse('2026-02-12T15:59:00Z'), c, SH)).toBe(true);
    expect(inHoliday(Date.parse('2026-02-12T16:00:00Z'), c, SH)).toBe(false);
  });
  it('the same instant differs by zone', () => {
    const t = Date.parse('2026-02-09T20:00:00Z'); // Feb 10 04:00 Shanghai, Feb 9 12:00 Los Angeles
    expect(inHoliday(t, c, SH)).toBe(true);
    expect(inHoliday(t, c, 'America/Los_Angeles')).toBe(false);
  });
  it('off when disabled or with no period', () => {
    expect(inHoliday(Date.parse('2026-02-10T05:00:00Z'), { ...c, enabled: false }, SH)).toBe(false);
    expect(inHoliday(Date.parse('2026-02-10T05:00:00Z'), cfg(), SH)).toBe(false);
  });
});

describe('inHoliday: daily off-hours', () => {
  const c = cfg({ offHoursStart: '22:00', offHoursEnd: '08:00' });
  it('across midnight, seller time', () => {
    expect(inHoliday(Date.parse('2026-02-10T14:00:00Z'), c, SH)).toBe(true); // 22:00 local
    expect(inHoliday(Date.parse('2026-02-10T23:59:00Z'), c, SH)).toBe(true); // 07:59 local
    expect(inHoliday(Date.parse('2026-02-11T00:00:00Z'), c, SH)).toBe(false); // 08:00 local
    expect(inHoliday(Date.parse('2026-02-10T13:59:00Z'), c, SH)).toBe(false); // 21:59 local
  });
  it('a daytime window', () => {
    const d = cfg({ offHoursStart: '12:00', offHoursEnd: '13:30' });
    expect(inHoliday(Date.parse('2026-02-10T04:30:00Z'), d, SH)).toBe(true);
    expect(inHoliday(Date.parse('2026-02-10T05:30:00Z'), d, SH)).toBe(false);
  });
});

describe('selection', () => {
  const c = cfg({ start: '2026-02-10', end: '2026-02-12' });
  it('a new buyer thread in the period qualifies', () => {
    expect(selectHolidayThreads([thread()], new Map(), c, SH, NOW).map((t) => t.key)).toEqual(['A1|ATVPDKIKX0DER|t1']);
  });
  it('notifications, answered and no-response-needed threads are excluded', () => {
    expect(holidayVerdict(thread({ isSystem: true }), new Map(), c, SH, NOW)).toBe('system');
    // not flagged by the list, but from Amazon / in Amazon's wording
    expect(holidayVerdict(thread({ buyerName: 'Amazon', subject: 'Delivery Failure' }), new Map(), c, SH, NOW)).toBe('system');
    expect(holidayVerdict(thread({ buyerName: 'Amazon', subject: 'Refund initiated for order 701-8349081-6805558',
      preview: 'Amazon has issued a refund for order 701-8349081-6805558 on your behalf because the buyer reported the item as not received.' }), new Map(), c, SH, NOW)).toBe('system');
    expect(holidayVerdict(thread({ subject: 'Where is my parcel?', preview: 'Hi, my order has not arrived yet, can you check?' }), new Map(), c, SH, NOW)).toBe('reply');
    expect(holidayVerdict(thread({ status: 'no-response-needed' }), new Map(), c, SH, NOW)).toBe('not-awaiting');
    expect(holidayVerdict(thread({ status: 'answered' }), new Map(), c, SH, NOW)).toBe('not-awaiting');
  });
  it('the message must have arrived in the period, and recently', () => {
    expect(holidayVerdict(thread({ lastMessageAt: '2026-02-09T10:00:00Z' }), new Map(), c, SH, NOW)).toBe('outside-period');
    expect(holidayVerdict(thread({ lastMessageAt: '2026-02-10T03:00:00Z' }), new Map(), c, SH, new Date('2026-02-12T04:00:00Z'))).toBe('too-old');
    expect(holidayVerdict(thread({ lastMessageAt: undefined, oldestUnansweredAt: undefined }), new Map(), c, SH, NOW)).toBe('no-time');
  });
  it('once per thread: any entry but a retryable refusal blocks', () => {
    const k = holidayKey('A1|ATVPDKIKX0DER|t1');
    for (const stage of ['sent', 'sending', 'unknown', 'skipped'] as const) {
      expect(holidayVerdict(thread(), new Map([[k, entry(k, { stage })]]), c, SH, NOW)).toBe('already-replied');
    }
    expect(holidayVerdict(thread(), new Map([[k, entry(k, { stage: 'failed', reason: 'rejected: HTTP 400' })]]), c, SH, NOW)).toBe('already-replied');
    expect(holidayVerdict(thread(), new Map([[k, entry(k, { stage: 'failed', reason: 'rate-limited' })]]), c, SH, NOW)).toBe('reply');
    expect(holidayVerdict(thread(), new Map([[k, entry(k, { stage: 'failed', reason: 'rate-limited', attempts: 3 })]]), c, SH, NOW)).toBe('already-replied');
  });
  it('nothing when disabled', () => {
    expect(selectHolidayThreads([thread()], new Map(), { ...c, enabled: false }, SH, NOW)).toEqual([]);
  });
});

describe('template and text', () => {
  it('per-marketplace template, else the one for all', () => {
    expect(templateIdFor('A1PA6795UKMFR9', { A1PA6795UKMFR9: 'de' }, 'all')).toBe('de');
    expect(templateIdFor('ATVPDKIKX0DER', { A1PA6795UKMFR9: 'de' }, 'all')).toBe('all');
    expect(templateIdFor('ATVPDKIKX0DER', {}, '')).toBeUndefined();
  });
  it("renders in the marketplace's language, policy-checked as a reply", () => {
    const tpl = { bodies: { en: 'Hi {{buyer_name}}, we are away until Monday and will answer then.', de: 'Hallo {{buyer_name}}, wir sind bis Montag nicht da und antworten dann.' } };
    const de = holidayText(thread({ marketplaceId: 'A1PA6795UKMFR9' }), tpl);
    expect(de).toMatchObject({ language: 'de' });
    expect('text' in de && de.text).toContain('Hallo Ann');
    expect(holidayText(thread(), tpl)).toMatchObject({ language: 'en' });
    expect(holidayText(thread(), { bodies: { en: 'Away. Write to me at seller@example.com instead.' } })).toMatchObject({ skip: expect.stringMatching(/^policy:/) });
    expect(holidayText(thread(), undefined)).toEqual({ skip: 'no-template' });
  });
});
