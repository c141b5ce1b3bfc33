import { backoffDelay, throttleGap } from '../../lib/campaigns/runner/backoff';
import { countsAsAsked, isRetryable, mayPick, reviewKey, testKey } from '../../lib/campaigns/runner/keys';
import { acquire, renew, waitFor } from '../../lib/campaigns/runner/lease';
import { applyEffect, applyResume, decideCheck, decideSend, pruneDeferred, readyAt } from '../../lib/campaigns/runner/machine';
import { selectDue } from '../../lib/campaigns/runner/select';
import { csvCell, sendLogToCsv } from '../../lib/campaigns/runner/csv';
import { configOrDefault, DEFAULT_CONFIG, INITIAL_STATE, type OutcomeKind } from '../../lib/campaigns/runner/types';
import { joinPlanInputs } from '../../lib/campaigns/facts';
import type { Campaign, Order, SendLogEntry } from '../../lib/model';
import type { PlanEntry } from '../../lib/campaigns';

const NOW = new Date('2026-11-02T12:00:00.000Z');
const cfg = { ...DEFAULT_CONFIG };
const half = () => 0.5;

describe('throttle and backoff', () => {
  it('throttle gap stays in [min, max]', () => {
    expect(throttleGap(() => 0, 3000, 6000)).toBe(3000);
    expect(throttleGap(() => 0.999999, 3000, 6000)).toBe(6000);
    expect(throttleGap(half, 3000, 6000)).toBe(4500);
    expect(throttleGap(half, 5000, 1000)).toBe(1000);
  });
  it('backoff doubles with equal jitter, caps, and honours Retry-After', () => {
    expect(backoffDelay(1, undefined, () => 0, 2000, 60_000)).toBe(1000);
    expect(backoffDelay(1, undefined, () => 0.9999, 2000, 60_000)).toBe(2000);
    expect(backoffDelay(3, undefined, () => 0, 2000, 60_000)).toBe(4000);
    expect(backoffDelay(10, undefined, () => 0.99999999, 2000, 60_000)).toBe(60_000);
    expect(backoffDelay(1, 30_000, () => 0, 2000, 60_000)).toBe(30_000);
    expect(backoffDelay(1, 10 * 3_600_000, () => 0, 2000, 60_000)).toBe(6 * 3_600_000);
    const seen = new Set(Array.from({ length: 50 }, (_, i) => backoffDelay(4, undefined, () => i / 50, 1000, 60_000)));
    expect(seen.size).toBeGreaterThan(40);
    for (const d of seen) { expect(d).toBeGreaterThanOrEqual(4000); expect(d).toBeLessThanOrEqual(8000); }
  });
});

describe('idempotency keys', () => {
  it('Amazon requests and template messages share review|<orderId>; test results do not', () => {
    expect(reviewKey('111-1')).toBe('review|111-1');
    expect(testKey('c1', '111-1')).toBe('test|c1|111-1');
  });
  const e = (stage: SendLogEntry['stage'], reason?: string, attempts = 1) => ({ stage, reason, attempts });
  it('only retryable failures below the attempt limit may be picked again', () => {
    expect(mayPick(undefined, 3)).toBe(true);
    expect(isRetryable(e('failed', 'rate-limited'), 3)).toBe(true);
    expect(isRetryable(e('failed', 'rate-limited', 3), 3)).toBe(false);
    expect(isRetryable(e('failed', 'rejected: HTTP 400'), 3)).toBe(false);
    for (const stage of ['sent', 'sending', 'unknown', 'skipped', 'test', 'pending'] as const) {
      expect(mayPick({ ...e(stage), key: 'k', kind: 'review-request', createdAt: '', updatedAt: '' }, 3)).toBe(false);
    }
    expect(countsAsAsked(e('unknown'))).toBe(true);
    expect(countsAsAsked(e('failed'))).toBe(false);
  });
});

describe('lease', () => {
  it('one owner at a time; takes over after the lease; renews only its own', () => {
    const a = acquire(undefined, 'A', 1000, 500);
    expect(a).toEqual({ owner: 'A', until: 1500, acquiredAt: 1000 });
    expect(acquire(a, 'B', 1400, 500)).toBeUndefined();
    expect(waitFor(a, 'B', 1400)).toBe(100);
    expect(acquire(a, 'A', 1400, 500)).toEqual({ owner: 'A', until: 1900, acquiredAt: 1000 });
    const b = acquire(a, 'B', 1501, 500);
    expect(b?.owner).toBe('B');
    expect(renew(b, 'A', 1600, 500)).toBeUndefined();
    expect(renew(b, 'B', 1600, 500)?.until).toBe(2100);
    expect(renew(undefined, 'B', 1600, 500)).toBeUndefined();
  });
});

describe('state machine: every outcome', () => {
  const CHECK: Record<OutcomeKind, { proceed: boolean; log: string[]; effect: string }> = {
    eligible: { proceed: true, log: [], effect: 'success' },
    sent: { proceed: false, log: [], effect: 'error' },
    'already-sent': { proceed: false, log: ['skipped:already-requested'], effect: 'success' },
    'outside-window': { proceed: false, log: ['skipped:outside-window'], effect: 'success' },
    ineligible: { proceed: false, log: ['skipped:ineligible: ineligible'], effect: 'success' },
    'not-found': { proceed: false, log: [], effect: 'defer' },
    rejected: { proceed: false, log: [], effect: 'error' },
    'rate-limited': { proceed: false, log: [], effect: 'backoff' },
    'server-error': { proceed: false, log: [], effect: 'backoff' },
    'signed-out': { proceed: false, log: [], effect: 'stop' },
    captcha: { proceed: false, log: [], effect: 'stop' },
    'unrecognised-page': { proceed: false, log: [], effect: 'stop' },
    'csrf-invalid': { proceed: false, log: [], effect: 'error' },
    timeout: { proceed: false, log: [], effect: 'error' },
    'network-error': { proceed: false, log: [], effect: 'error' },
    unknown: { proceed: false, log: [], effect: 'error' },
  };
  it.each(Object.entries(CHECK))('check: %s', (kind, want) => {
    const d = decideCheck({ kind: kind as OutcomeKind });
    expect({ proceed: d.proceed, log: d.log.map((s) => `${s.stage}${s.reason ? `:${s.reason}` : ''}`), effect: d.effect.kind }).toEqual(want);
  });

  const SEND: Record<OutcomeKind, { review: string; message: string; effect: string }> = {
    sent: { review: 'sent', message: 'sent', effect: 'success' },
    'already-sent': { review: 'failed>skipped', message: 'failed>skipped', effect: 'success' },
    'outside-window': { review: 'failed>skipped', message: 'failed>skipped', effect: 'success' },
    ineligible: { review: 'failed>skipped', message: 'failed>skipped', effect: 'success' },
    'not-found': { review: 'failed', message: 'failed', effect: 'defer' },
    rejected: { review: 'failed', message: 'failed', effect: 'error' },
    'rate-limited': { review: 'failed', message: 'failed', effect: 'backoff' },
    'server-error': { review: 'failed', message: 'unknown', effect: 'backoff' },
    'signed-out': { review: 'failed', message: 'failed', effect: 'stop' },
    captcha: { review: 'failed', message: 'failed', effect: 'stop' },
    'unrecognised-page': { review: 'failed', message: 'failed', effect: 'stop' },
    'csrf-invalid': { review: 'failed', message: 'failed', effect: 'error' },
    timeout: { review: 'unknown', message: 'unknown', effect: 'error' },
    'network-error': { review: 'unknown', message: 'unknown', effect: 'error' },
    unknown: { review: 'unknown', message: 'unknown', effect: 'error' },
    eligible: { review: 'unknown', message: 'unknown', effect: 'error' },
  };
  it.each(Object.entries(SEND))('send: %s', (kind, want) => {
    const r = decideSend({ kind: kind as OutcomeKind }, 'review');
    const m = decideSend({ kind: kind as OutcomeKind }, 'message');
    expect({ review: r.log.map((s) => s.stage).join('>'), message: m.log.map((s) => s.stage).join('>'), effect: r.effect.kind }).toEqual(want);
  });

  it('a timeout on a send is never a retryable failure (it may have gone out)', () => {
    const d = decideSend({ kind: 'timeout' }, 'review');
    expect(d.log).toEqual([{ stage: 'unknown', reason: 'timeout: timeout' }]);
  });
});

describe('runner effects', () => {
  it('success resets the counters and sets the throttle gap', () => {
    const s = applyEffect({ ...INITIAL_STATE, consecutiveErrors: 1, consecutiveBackoffs: 2, backoffUntil: 'x' }, { kind: 'success' }, NOW, half, cfg, 'o1', { kind: 'sent' });
    expect(s.consecutiveErrors).toBe(0);
    expect(s.consecutiveBackoffs).toBe(0);
    expect(s.backoffUntil).toBeUndefined();
    expect(Date.parse(s.nextRequestAt ?? '') - NOW.getTime()).toBe(4500);
    expect(s.lastActivity).toMatchObject({ orderId: 'o1', outcome: 'sent' });
  });
  it('two errors in a row stop the runner', () => {
    const one = applyEffect(INITIAL_STATE, { kind: 'error', detail: 'a' }, NOW, half, cfg);
    expect(one.stopped).toBeUndefined();
    const two = applyEffect(one, { kind: 'error', detail: 'b' }, NOW, half, cfg);
    expect(two.stopped).toMatchObject({ reason: 'errors', detail: 'b' });
    const reset = applyEffect(applyEffect(one, { kind: 'success' }, NOW, half, cfg), { kind: 'error', detail: 'c' }, NOW, half, cfg);
    expect(reset.stopped).toBeUndefined();
  });
  it('backoff grows, honours Retry-After, and stops after too many in a row', () => {
    const c = { ...cfg, backoffBaseMs: 1000, maxBackoffs: 3 };
    let s = applyEffect(INITIAL_STATE, { kind: 'backoff', retryAfterMs: 5000, detail: '429' }, NOW, () => 0, c);
    expect(Date.parse(s.backoffUntil ?? '') - NOW.getTime()).toBe(5000);
    s = applyEffect(s, { kind: 'backoff', detail: '429' }, NOW, () => 0.999999, c);
    expect(Date.parse(s.backoffUntil ?? '') - NOW.getTime()).toBe(2000);
    expect(readyAt(s)).toBeGreaterThanOrEqual(Date.parse(s.backoffUntil ?? ''));
    s = applyEffect(s, { kind: 'backoff', detail: '429' }, NOW, half, c);
    expect(s.stopped).toBeUndefined();
    s = applyEffect(s, { kind: 'backoff', detail: '429' }, NOW, half, c);
    expect(s.stopped?.reason).toBe('rate-limited');
  });
  it('signed-out and captcha stop at once; only a later Resume clears the stop', () => {
    const s = applyEffect(INITIAL_STATE, { kind: 'stop', reason: 'captcha', detail: 'HTTP 403' }, NOW, half, cfg);
    expect(s.stopped?.reason).toBe('captcha');
    expect(applyResume(s, '2026-11-02T11:00:00.000Z').stopped).toBeDefined();
    expect(applyResume(s, undefined).stopped).toBeDefined();
    const resumed = applyResume({ ...s, consecutiveErrors: 1 }, '2026-11-02T12:00:01.000Z');
    expect(resumed.stopped).toBeUndefined();
    expect(resumed.consecutiveErrors).toBe(0);
  });
  it('not-found defers the order; deferrals run out', () => {
    const s = applyEffect(INITIAL_STATE, { kind: 'defer', detail: 'x' }, NOW, half, { ...cfg, deferMs: 1000 }, 'o9');
    expect(s.deferred.o9).toBe('2026-11-02T12:00:01.000Z');
    expect(pruneDeferred(s, new Date('2026-11-02T12:00:02.000Z')).deferred).toEqual({});
  });
  it('config falls back field by field', () => {
    expect(configOrDefault({ minGapMs: 10, maxGapMs: 5, dailyCapPerMarketplace: -1 })).toMatchObject({ minGapMs: 10, maxGapMs: 10, dailyCapPerMarketplace: DEFAULT_CONFIG.dailyCapPerMarketplace });
  });
});

describe('selectDue', () => {
  const campaign = (over: Partial<Campaign> = {}): Campaign => ({
    id: 'c1', name: 'c', kind: 'follow-up', method: 'amazon-review-request', enabled: true, paused: false, testMode: false,
    trigger: 'delivered', delayDays: { FBA: 0, FBM: 0 }, sendHour: 0, marketplaceIds: [], asins: [], excludeAsins: [], excludeSkus: [],
    excludeFromRegular: false, minQuantity: 0, dailyCap: 0, createdAt: '', updatedAt: '', ...over,
  });
  const entry = (orderId: string, sendAt?: string, campaignId = 'c1'): PlanEntry => ({ orderId, campaignId, marketplaceId: 'ATVPDKIKX0DER', ...(sendAt ? { sendAt } : { skip: 'blacklisted' as const }) });
  const log = (key: string, stage: SendLogEntry['stage'], reason?: string, attempts = 1): [string, SendLogEntry] =>
    [key, { key, kind: 'review-request', stage, reason, attempts, createdAt: '', updatedAt: '' }];

  it('due entries only, in time order; never orders with a final or in-flight entry', () => {
    const plan = [entry('b', '2026-11-02T11:00:00.000Z'), entry('a', '2026-11-02T10:00:00.000Z'), entry('late', '2026-11-03T00:00:00.000Z'), entry('skip'),
      entry('sent', '2026-11-01T00:00:00.000Z'), entry('unknown', '2026-11-01T00:00:00.000Z'), entry('retry', '2026-11-01T00:00:00.000Z'),
      entry('given-up', '2026-11-01T00:00:00.000Z'), entry('deferred', '2026-11-01T00:00:00.000Z')];
    const l = new Map([log('review|sent', 'sent'), log('review|unknown', 'unknown'), log('review|retry', 'failed', 'rate-limited'), log('review|given-up', 'failed', 'rate-limited', 3)]);
    const r = selectDue(plan, new Map([['c1', campaign()]]), l, { deferred: { deferred: '2026-11-03T00:00:00.000Z' } }, 3, NOW);
    expect(r.work.map((w) => w.entry.orderId)).toEqual(['retry', 'a', 'b']);
    expect(r.tests).toEqual([]);
  });
  it('paused or disabled campaigns send nothing; test mode gives test items once', () => {
    const plan = [entry('a', '2026-11-02T10:00:00.000Z'), entry('b', '2026-11-02T10:00:00.000Z', 'c2'), entry('t1', '2026-11-02T10:00:00.000Z', 't'), entry('t2', '2026-11-02T10:00:00.000Z', 't')];
    const campaigns = new Map([['c1', campaign({ paused: true })], ['c2', campaign({ id: 'c2', enabled: false })], ['t', campaign({ id: 't', testMode: true })]]);
    const r = selectDue(plan, campaigns, new Map([log('test|t|t2', 'test')]), { deferred: {} }, 3, NOW);
    expect(r.work).toEqual([]);
    expect(r.tests.map((w) => w.key)).toEqual(['test|t|t1']);
  });
});

describe('send log CSV', () => {
  it('quotes every cell and neutralises formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('-2')).toBe('"\'-2"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\tx')).toBe('"\'\tx"');
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell(undefined)).toBe('""');
    const csv = sendLogToCsv([{ key: 'review|1', kind: 'review-request', orderId: '1', stage: 'sent', attempts: 1, createdAt: 'a', updatedAt: 'b', text: '=cmd|x' }]);
    const [head, row] = csv.trim().split('\r\n');
    expect(head?.startsWith('"key","kind","orderId"')).toBe(true);
    expect(row).toContain('"\'=cmd|x"');
  });
});

describe('facts join', () => {
  const order = (id: string, over: Partial<Order> = {}): Order => ({
    orderId: id, marketplaceId: 'ATVPDKIKX0DER', status: 'Shipped', fulfillment: 'FBA', purchaseDate: '2026-10-01T00:00:00.000Z',
    provenance: { source: 'import', at: '2026-10-01T00:00:00.000Z' }, ...over,
  });
  it('applies facts about any identifier of the buyer to the order', () => {
    const { orders, facts } = joinPlanInputs({
      orders: [
        order('1', { buyerId: 'B1', buyerEmail: 'x@marketplace.amazon.com' }),
        order('2', { buyerName: 'Jane Doe' }),
        order('3', { buyerId: 'B3' }),
        order('4', { buyerId: 'B4' }),
        order('5', { buyerId: 'B1' }),
      ],
      items: [{ key: '1|a', orderId: '1', asin: 'A', quantity: 2, provenance: { source: 'import', at: '' } }],
      buyers: [{ key: 'x@marketplace.amazon.com', relayEmail: 'X@marketplace.amazon.com', optedOut: true, provenance: { source: 'import', at: '' } }],
      blacklist: [{ id: 'b', buyerName: 'jane  doe', addedAt: '' }, { id: 'c', orderId: '4', addedAt: '' }],
      feedback: [{ orderId: '3', rating: 1, comment: '', date: '', provenance: { source: 'import', at: '' } }, { orderId: '4', rating: 5, comment: '', date: '', provenance: { source: 'import', at: '' } }],
      returns: [{ key: 'r', kind: 'fba', orderId: '5', quantity: 1, requestDate: '', provenance: { source: 'import', at: '' } }],
      refundedOrderIds: ['4'],
      sendLog: [
        { key: 'review|2', kind: 'review-request', orderId: '2', stage: 'unknown', attempts: 1, createdAt: '', updatedAt: '' },
        { key: 'review|3', kind: 'review-request', orderId: '3', stage: 'failed', reason: 'rate-limited', attempts: 1, createdAt: '', updatedAt: '' },
        { key: 'test|c|4', kind: 'review-request', orderId: '4', stage: 'test', attempts: 0, createdAt: '', updatedAt: '' },
      ],
      threads: [
        { key: 't', accountId: 'a', marketplaceId: 'm', threadId: 't', buyerName: '', orderIds: ['1'], status: 'answered', isSystem: false, seenAt: '', category: 'product-issue' },
        { key: 'u', accountId: 'a', marketplaceId: 'm', threadId: 'u', buyerName: '', orderIds: ['1'], status: 'answered', isSystem: false, seenAt: '', category: 'other' },
      ],
    });
    expect(orders.find((o) => o.orderId === '1')?.items).toEqual([{ asin: 'A', quantity: 2 }]);
    expect(facts.optedOutBuyers.has('B1')).toBe(true);
    expect(facts.blacklistedBuyers.has('jane doe|ATVPDKIKX0DER')).toBe(true);
    expect(facts.blacklistedOrders.has('4')).toBe(true);
    expect(facts.negativeFeedbackOrders).toEqual(new Set(['3']));
    expect(facts.negativeFeedbackBuyers.has('B3')).toBe(true);
    expect(facts.returnedOrders).toEqual(new Set(['5']));
    expect(facts.refundedOrders).toEqual(new Set(['4']));
    expect(facts.alreadyAskedOrders).toEqual(new Set(['2']));
    expect(facts.threadCategories.get('1')).toBe('product-issue');
    expect(facts.ordersPerBuyer.get('B1')).toBe(2);
  });
});
