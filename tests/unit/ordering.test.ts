import type { Thread } from '../../lib/model';
import { badgeFor } from '../../lib/deadlines/badge';
import { nextThread } from '../../lib/ordering/next-thread';
import { orderPlan } from '../../lib/ordering/order-plan';
import { sortByUrgency, urgencyCompare, type UrgencyThread } from '../../lib/ordering/urgency';

const H = 3_600_000;
const now = new Date('2026-11-23T12:00:00.000Z');
const ago = (h: number) => new Date(now.getTime() - h * H).toISOString();
const th = (key: string, over: Partial<Thread> = {}): Thread => ({
  key, accountId: 'A', marketplaceId: 'ATVPDKIKX0DER', threadId: key, buyerName: key, orderIds: [],
  status: 'response-needed', isSystem: false, seenAt: ago(0), ...over,
});
const keys = (ts: readonly UrgencyThread[]) => ts.map((t) => t.key);

const mixed = [
  th('answered-old', { status: 'answered', lastMessageAt: ago(50) }),
  th('soon', { oldestUnansweredAt: ago(22) }),
  th('system', { isSystem: true, oldestUnansweredAt: ago(40), lastMessageAt: ago(40) }),
  th('fresh', { oldestUnansweredAt: ago(1) }),
  th('unknown', { seenAt: ago(3) }),
  th('overdue-a-little', { oldestUnansweredAt: ago(25) }),
  th('nrn-new', { status: 'no-response-needed', lastMessageAt: ago(2) }),
  th('overdue-most', { oldestUnansweredAt: ago(60) }),
  th('answered-new', { status: 'answered', lastMessageAt: ago(5) }),
];

describe('sortByUrgency', () => {
  it('awaiting first (most overdue, then least time left), unknown time, then the rest newest first', () => {
    expect(keys(sortByUrgency(mixed, now))).toEqual([
      'overdue-most', 'overdue-a-little', 'soon', 'fresh', 'unknown',
      'nrn-new', 'answered-new', 'system', 'answered-old',
    ]);
  });

  it('does not change the input, and agrees with urgencyCompare', () => {
    const copy = [...mixed];
    const sorted = sortByUrgency(mixed, now);
    expect(mixed).toEqual(copy);
    expect(keys([...mixed].sort((a, b) => urgencyCompare(a, b, now)))).toEqual(keys(sorted));
  });

  it('breaks ties by key, whatever the input order', () => {
    const same = ['c', 'a', 'b'].map((k) => th(k, { oldestUnansweredAt: ago(3) }));
    expect(keys(sortByUrgency(same, now))).toEqual(['a', 'b', 'c']);
    expect(keys(sortByUrgency([...same].reverse(), now))).toEqual(['a', 'b', 'c']);
    const settled = ['z', 'y'].map((k) => th(k, { status: 'answered', lastMessageAt: ago(1) }));
    expect(keys(sortByUrgency(settled, now))).toEqual(['y', 'z']);
  });

  it('puts threads without any time last in their group, and handles empty lists', () => {
    const noTime = th('none', { status: 'answered', seenAt: 'bad' });
    const withTime = th('with', { status: 'answered', lastMessageAt: ago(500) });
    expect(keys(sortByUrgency([noTime, withTime], now))).toEqual(['with', 'none']);
    expect(sortByUrgency([], now)).toEqual([]);
    expect(urgencyCompare(withTime, withTime, now)).toBe(0);
  });
});

describe('nextThread', () => {
  // awaiting, in urgency order: overdue-most, overdue-a-little, soon, fresh, unknown
  it('goes to the next awaiting thread after the current one', () => {
    expect(nextThread(mixed, 'overdue-most', now)?.key).toBe('overdue-a-little');
    expect(nextThread(mixed, 'soon', now)?.key).toBe('fresh');
    expect(nextThread(mixed, 'fresh', now)?.key).toBe('unknown');
  });

  it('wraps to the most urgent after the last', () => {
    expect(nextThread(mixed, 'unknown', now)?.key).toBe('overdue-most');
  });

  it('starts at the most urgent without a current thread, with an unknown one, or after a settled one', () => {
    expect(nextThread(mixed, undefined, now)?.key).toBe('overdue-most');
    expect(nextThread(mixed, 'not-here', now)?.key).toBe('overdue-most');
    expect(nextThread(mixed, 'answered-new', now)?.key).toBe('overdue-most');
    expect(nextThread(mixed, 'system', now)?.key).toBe('overdue-most');
  });

  it('never returns the current thread; undefined when nothing (else) awaits', () => {
    const settled = mixed.filter((t) => t.status !== 'response-needed' || t.isSystem);
    expect(nextThread(settled, undefined, now)).toBeUndefined();
    expect(nextThread([], undefined, now)).toBeUndefined();
    const only = [...settled, th('only', { oldestUnansweredAt: ago(2) })];
    expect(nextThread(only, 'only', now)).toBeUndefined();
    expect(nextThread(only, 'answered-new', now)?.key).toBe('only');
  });

  it('works across marketplaces and follows the sort order on ties', () => {
    const list = [
      th('b', { marketplaceId: 'A1PA6795UKMFR9', oldestUnansweredAt: ago(5) }),
      th('a', { marketplaceId: 'A1VC38T7YXB528', oldestUnansweredAt: ago(5) }),
      th('c', { oldestUnansweredAt: ago(5) }),
    ];
    expect(nextThread(list, 'a', now)?.key).toBe('b');
    expect(nextThread(list, 'b', now)?.key).toBe('c');
    expect(nextThread(list, 'c', now)?.key).toBe('a');
  });

  it('visits every awaiting thread once in sort order', () => {
    const order = keys(sortByUrgency(mixed, now)).slice(0, 5);
    const seen: string[] = [];
    let cur: string | undefined;
    for (let i = 0; i < 5; i++) {
      cur = nextThread(mixed, cur, now)?.key;
      seen.push(cur as string);
    }
    expect(seen).toEqual(order);
  });
});

describe('orderPlan', () => {
  it('gives each row its urgency position', () => {
    expect(orderPlan(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([1, 2, 0]);
  });

  it('compacts over ids not on the page and keeps unknown rows after, in page order', () => {
    expect(orderPlan(['x', 'a', 'y', 'b'], ['gone', 'b', 'other', 'a'])).toEqual([2, 1, 3, 0]);
  });

  it('handles duplicates and empty input', () => {
    expect(orderPlan(['a', 'a', 'b'], ['b', 'a', 'a'])).toEqual([1, 2, 0]);
    expect(orderPlan([], ['a'])).toEqual([]);
    expect(orderPlan(['a', 'b'], [])).toEqual([0, 1]);
  });
});

describe('2,000 threads', () => {
  it('badges and orders 2,000 mixed threads in one pass', () => {
    const mps = ['ATVPDKIKX0DER', 'A1PA6795UKMFR9', 'A1VC38T7YXB528', 'A1F83G8C2ARO7P'];
    const statuses: Thread['status'][] = ['response-needed', 'response-needed', 'answered', 'no-response-needed'];
    const threads = Array.from({ length: 2000 }, (_, i) => th(`t${i}`, {
      marketplaceId: mps[i % 4] as string,
      status: statuses[(i * 7) % 4] as Thread['status'],
      oldestUnansweredAt: ago(((i * 37) % 2880) / 60),
      lastMessageAt: ago(((i * 53) % 2880) / 60),
      isSystem: i % 50 === 0,
    }));
    const run = () => {
      const badges = threads.map((t) => badgeFor(t, now, { timeZone: 'Asia/Shanghai' }, 'en'));
      const sorted = sortByUrgency(threads, now);
      const plan = orderPlan(threads.map((t) => t.key), sorted.map((t) => t.key));
      return badges.length + plan.length;
    };
    // Speed is measured by `npm run bench` in Chromium, not here; this checks the pipeline is consistent.
    expect(run()).toBe(4000);
  });
});
