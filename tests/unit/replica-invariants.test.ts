/**
 * The replica's data keeps every promise of tests/replica/data/invariants.ts on every day: 440 consecutive
 * days (two EU and two US daylight-saving changes, month and year ends, 29 February 2028), each at another
 * time of day, the exact instants of the clock changes, and today. Every day generates the configuration
 * most e2e tests use (seed 1, 120 threads) and one of the others in turn (the demo's 500, the hostile data,
 * the seeds and sizes of the other suites).
 */
import { generateReplicaData, type ReplicaData } from '../replica/data';
import { INVARIANTS, MIN_THREADS, pickCase, type InvariantName } from '../replica/data/invariants';

const DAY = 86_400_000;
const START = Date.UTC(2027, 8, 1); // 1 September 2027
const DAYS = 440; // to 14 November 2028
const MAIN = { seed: 1, threads: 120, hostile: false };
const OTHERS = [
  { seed: 1, threads: 60, hostile: false }, // campaigns
  { seed: 7, threads: 160, hostile: false }, // inbox, holiday, refresh
  { seed: 11, threads: MIN_THREADS, hostile: false }, // Next
  { seed: 5, threads: 120, hostile: false }, // Chinese UI
  { seed: 4, threads: 60, hostile: true }, // security
  { seed: 1, threads: 500, hostile: false }, // demo
] as const;
/** Clock changes (US: 2 AM local; EU: 01:00 UTC), a leap day, a year end, and this run's real clock. */
const INSTANTS = [
  '2027-03-14T10:00:00Z', '2027-03-28T01:00:00Z', '2027-10-31T01:00:00Z', '2027-11-07T09:00:00Z',
  '2028-02-29T00:00:00Z', '2028-02-29T23:30:00Z', '2027-12-31T23:59:59Z', '2028-03-12T10:00:00Z', '2028-03-26T01:00:00Z',
].map((iso) => new Date(iso));

const names = Object.keys(INVARIANTS) as InvariantName[];
const broken = (data: ReplicaData, hostile: boolean): string[] => names.filter((name) => {
  const inv = INVARIANTS[name];
  if ('hostileOnly' in inv && inv.hostileOnly && !hostile) return false;
  // promised for the demo's size (500 threads of the first account, a fifth more of the second) only
  if ('demoSizeOnly' in inv && inv.demoSizeOnly && data.threads.length < 500) return false;
  return inv.find(data) === undefined;
});

describe('replica data invariants', () => {
  it('hold on every day of 440, at a different time of day each day, for the main and a rotating configuration', () => {
    const failures: string[] = [];
    const seen = new Set<string>();
    for (let d = 0; d < DAYS; d++) {
      const now = new Date(START + d * DAY + ((d * 7) % 24) * 3_600_000 + ((d * 13) % 60) * 60_000 + (d % 60) * 1000);
      for (const opts of [MAIN, OTHERS[d % OTHERS.length]!]) {
        seen.add(`${opts.seed}/${opts.threads}/${opts.hostile}`);
        const data = generateReplicaData({ ...opts, now });
        for (const name of broken(data, opts.hostile)) failures.push(`${now.toISOString()} seed ${opts.seed} threads ${opts.threads}: ${name}`);
      }
    }
    expect(failures).toEqual([]);
    expect(seen.size).toBe(OTHERS.length + 1);
  }, 120_000);

  it('hold at the instants of the clock changes, on a leap day, at the year end and today', () => {
    const failures: string[] = [];
    for (const now of [...INSTANTS, new Date()]) {
      for (const opts of [MAIN, ...OTHERS]) {
        const data = generateReplicaData({ ...opts, now });
        for (const name of broken(data, opts.hostile)) failures.push(`${now.toISOString()} seed ${opts.seed} threads ${opts.threads}: ${name}`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('pickCase returns the case, and names the broken invariant, the seed and now when the data lacks it', () => {
    const data = generateReplicaData({ seed: 1, threads: 120, now: new Date('2026-12-06T15:00:00Z') });
    expect(pickCase(data, 'us-cancel-request').expectedCategory).toBe('cancel-order');
    const found = pickCase(data, 'us-negative-feedback-repeat-buyer');
    expect(found.feedback.rating).toBeLessThanOrEqual(2);
    expect(found.orders.length).toBeGreaterThanOrEqual(2);
    const stripped: ReplicaData = { ...data, feedback: data.feedback.filter((f) => f.rating > 2) };
    expect(() => pickCase(stripped, 'us-negative-feedback-repeat-buyer'))
      .toThrow(/seed 1, now 2026-12-06T15:00:00.000Z\) breaks its invariant "us-negative-feedback-repeat-buyer"/);
    const noThreads: ReplicaData = { ...data, threads: [] };
    for (const name of names.filter((n) => n !== 'threads-after-their-orders' && n !== 'review-request-orders')) {
      expect(INVARIANTS[name].find(noThreads), name).toBeUndefined();
    }
  });

  it('each guaranteed case is what it says: stages and dates on a fixed day', () => {
    const data = generateReplicaData({ seed: 2, threads: 120, now: new Date('2028-02-29T06:00:00Z') });
    const now = Date.parse(data.now);
    const order = (id: string | undefined) => data.orders.find((o) => o.orderId === id)!;
    const fba = pickCase(data, 'us-fba-shipped-thread');
    expect(order(fba.orderIds[0])).toMatchObject({ fulfillment: 'FBA', status: 'Shipped' });
    expect(Date.parse(order(fba.orderIds[0]).deliveredAt!)).toBeLessThan(now);
    expect(order(pickCase(data, 'us-fbm-shipped-thread').orderIds[0]).fulfillment).toBe('FBM');
    expect(order(pickCase(data, 'us-unshipped-thread').orderIds[0]).status).toBe('Unshipped');
    expect(pickCase(data, 'us-multi-order-thread').orderIds).toHaveLength(2);
    expect(pickCase(data, 'us-no-order-thread').orderIds).toEqual([]);
    const weekend = pickCase(data, 'us-weekend-overdue');
    expect(weekend.scenario).toBe('overdue');
    const { feedback } = pickCase(data, 'us-negative-feedback-repeat-buyer');
    expect(now - Date.parse(feedback.date)).toBeLessThanOrEqual(50 * DAY);
    expect(pickCase(data, 'us-open-threads-with-order').length).toBeGreaterThanOrEqual(10);
  });
});
