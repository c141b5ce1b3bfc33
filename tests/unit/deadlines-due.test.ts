import { RESPONSE_WINDOW_MS, awaitsResponse, dueAt, dueAtMs, parseUtcMs } from '../../lib/deadlines/due';
import { deadlineState, type DeadlineThread } from '../../lib/deadlines/state';
import { formatInZone } from '../../lib/deadlines/format-in-zone';

const H = 3_600_000;
const awaiting = (oldestUnansweredAt?: string): DeadlineThread =>
  ({ status: 'response-needed', isSystem: false, oldestUnansweredAt });

describe('dueAt', () => {
  it('is exactly 24 elapsed hours later, in UTC', () => {
    expect(dueAt('2026-11-23T14:05:00.000Z')).toBe('2026-11-24T14:05:00.000Z');
    expect(dueAtMs('2026-11-23T14:05:00Z') - Date.parse('2026-11-23T14:05:00Z')).toBe(RESPONSE_WINDOW_MS);
  });

  it('reads offsets and treats a zone-less date-time as UTC', () => {
    expect(dueAt('2026-11-23T06:05:00-08:00')).toBe('2026-11-24T14:05:00.000Z');
    expect(dueAt('2026-11-23T14:05:00')).toBe('2026-11-24T14:05:00.000Z');
    expect(parseUtcMs('2026-11-23T23:05:00+0900')).toBe(Date.parse('2026-11-23T14:05:00Z'));
  });

  it('ignores weekends: Friday evening is due Saturday evening', () => {
    expect(dueAt('2026-11-20T20:00:00.000Z')).toBe('2026-11-21T20:00:00.000Z');
  });

  it('ignores DST in America/Los_Angeles (24 h elapsed, the wall clock moves)', () => {
    // spring forward: Sat 10:00 PST -> Sun 11:00 PDT
    const spring = dueAt('2026-03-07T18:00:00.000Z');
    expect(spring).toBe('2026-03-08T18:00:00.000Z');
    expect(formatInZone('2026-03-07T18:00:00.000Z', 'America/Los_Angeles', 'en', 'full')).toBe('2026-03-07 10:00 (PST)');
    expect(formatInZone(spring, 'America/Los_Angeles', 'en', 'full')).toBe('2026-03-08 11:00 (PDT)');
    // fall back: Sat 10:00 PDT -> Sun 09:00 PST
    const fall = dueAt('2026-10-31T17:00:00.000Z');
    expect(fall).toBe('2026-11-01T17:00:00.000Z');
    expect(formatInZone(fall, 'America/Los_Angeles', 'en', 'full')).toBe('2026-11-01 09:00 (PST)');
  });

  it('ignores DST in Europe/Paris', () => {
    const spring = dueAt('2026-03-28T09:00:00.000Z'); // Sat 10:00 CET
    expect(spring).toBe('2026-03-29T09:00:00.000Z');
    expect(formatInZone(spring, 'Europe/Paris', 'en')).toBe('Sun 11:00');
    const fall = dueAt('2026-10-24T08:00:00.000Z'); // Sat 10:00 CEST
    expect(fall).toBe('2026-10-25T08:00:00.000Z');
    expect(formatInZone(fall, 'Europe/Paris', 'en')).toBe('Sun 09:00');
  });

  it('throws on an unparsable time, and dueAtMs gives NaN', () => {
    expect(() => dueAt('yesterday')).toThrow(RangeError);
    expect(dueAtMs(undefined)).toBeNaN();
    expect(dueAtMs('')).toBeNaN();
  });
});

describe('awaitsResponse', () => {
  it('is response-needed and not system', () => {
    expect(awaitsResponse({ status: 'response-needed', isSystem: false })).toBe(true);
    expect(awaitsResponse({ status: 'response-needed', isSystem: true })).toBe(false);
    expect(awaitsResponse({ status: 'answered', isSystem: false })).toBe(false);
    expect(awaitsResponse({ status: 'no-response-needed', isSystem: false })).toBe(false);
  });
});

describe('deadlineState', () => {
  const oldest = '2026-11-23T10:00:00.000Z';
  const due = Date.parse('2026-11-24T10:00:00.000Z');
  const at = (ms: number) => deadlineState(awaiting(oldest), new Date(ms));

  it('is on-time well before the due time', () => {
    expect(at(Date.parse(oldest))).toEqual({ state: 'on-time', dueAt: '2026-11-24T10:00:00.000Z', msLeft: 24 * H });
  });

  it('is due-soon from exactly 4 h left (default), on-time 1 ms before that', () => {
    expect(at(due - 4 * H).state).toBe('due-soon');
    expect(at(due - 4 * H - 1).state).toBe('on-time');
  });

  it('honours dueSoonHours', () => {
    const t = awaiting(oldest);
    expect(deadlineState(t, new Date(due - 6 * H), { dueSoonHours: 6 }).state).toBe('due-soon');
    expect(deadlineState(t, new Date(due - 6 * H - 1), { dueSoonHours: 6 }).state).toBe('on-time');
    expect(deadlineState(t, new Date(due - 1), { dueSoonHours: 0 }).state).toBe('on-time');
  });

  it('is still in time exactly at 24 h, overdue 1 ms after', () => {
    expect(at(due - 1)).toMatchObject({ state: 'due-soon', msLeft: 1 });
    expect(at(due)).toMatchObject({ state: 'due-soon', msLeft: 0 });
    expect(at(due + 1)).toMatchObject({ state: 'overdue', msLeft: -1 });
  });

  it('counts weekends: Friday evening message is overdue by Monday', () => {
    const s = deadlineState(awaiting('2026-11-20T20:00:00.000Z'), new Date('2026-11-23T12:00:00.000Z'));
    expect(s).toEqual({ state: 'overdue', dueAt: '2026-11-21T20:00:00.000Z', msLeft: -40 * H });
  });

  it('is on-time without a due time when the message time is missing or unparsable', () => {
    expect(deadlineState(awaiting(undefined), new Date(due))).toEqual({ state: 'on-time' });
    expect(deadlineState(awaiting('n/a'), new Date(due))).toEqual({ state: 'on-time' });
  });

  it('settled states carry no due time', () => {
    const now = new Date(due + 100 * H);
    expect(deadlineState({ status: 'answered', isSystem: false, oldestUnansweredAt: oldest }, now))
      .toEqual({ state: 'answered' });
    expect(deadlineState({ status: 'no-response-needed', isSystem: false }, now)).toEqual({ state: 'no-response-needed' });
    expect(deadlineState({ status: 'response-needed', isSystem: true, oldestUnansweredAt: oldest }, now))
      .toEqual({ state: 'no-reply-expected' });
    expect(deadlineState({ status: 'answered', isSystem: true }, now)).toEqual({ state: 'no-reply-expected' });
  });
});
