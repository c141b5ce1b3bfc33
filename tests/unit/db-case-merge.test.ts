/**
 * Schema version 4: one stored record per case across layouts (lib/db/case-merge.ts). Data written at version 3 is
 * upgraded: records of the same case become one under the lowercase case id, nothing else is lost, and the response
 * events and holiday send-log entries follow the merged key.
 */
import { migrateWithData } from '../../lib/db/migration-harness';
import { SCHEMA_VERSIONS } from '../../lib/db/schema-versions';
import { planCaseMerge } from '../../lib/db/case-merge';
import { responseEventKey, type ResponseEvent } from '../../lib/analytics/response-events';
import type { SendLogEntry, Thread } from '../../lib/model';

const US = 'ATVPDKIKX0DER';
const CASE = '0f8e2c1a-4b6d-4e2f-9a1b-3c5d7e9f1a2b';
const OTHER = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d';
const O1 = '111-1111111-1111111';
const O2 = '112-2222222-2222222';
const O3 = '113-3333333-3333333';

const thread = (threadId: string, over: Partial<Thread>): Thread => ({
  key: `A1|${US}|${threadId}`, accountId: 'A1', marketplaceId: US, threadId, buyerName: 'Jane Doe', orderIds: [O1],
  status: 'response-needed', isSystem: false, seenAt: '2026-11-02T09:00:00.000Z', ...over,
});

// the same case, three times: upper case on the v3 list (an older read), lower case from the v3 case view (newest),
// and the legacy table's own id (answered before the buyer wrote again)
const upper = thread(CASE.toUpperCase(), { orderIds: [O1], oldestUnansweredAt: '2026-11-02T08:00:00.000Z', seenAt: '2026-11-02T09:00:00.000Z', subject: 'Where is it?' });
const lower = thread(CASE, {
  orderIds: [O2], oldestUnansweredAt: '2026-11-02T07:30:00.000Z', lastMessageAt: '2026-11-02T08:00:00.000Z', seenAt: '2026-11-03T10:00:00.000Z',
});
const legacy = thread('T-1001', {
  orderIds: [O1, O3], status: 'answered', lastMessageAt: '2026-11-01T12:00:00.000Z', seenAt: '2026-11-01T13:00:00.000Z',
  category: 'where-is-my-order', categoryConfidence: 0.8, request: 'Where is my parcel?', buyerId: undefined,
});
// not the same case: another buyer on the same order, another case, the v3 list's order record, another account
const otherBuyer = thread('T-2002', { buyerName: 'John Roe', orderIds: [O1] });
const otherCase = thread(OTHER, { orderIds: [O3], buyerName: 'Ann Lee' });
const orderRecord = thread(`order:${O1}`, {});
const otherAccount: Thread = { ...thread(CASE, {}), key: `A2|${US}|${CASE}`, accountId: 'A2' };
const seeded = [upper, lower, legacy, otherBuyer, otherCase, orderRecord, otherAccount].map((t) => {
  const copy = { ...t };
  if (copy.buyerId === undefined) delete copy.buyerId;
  return copy;
});

const event = (t: Thread, receivedAt: string, answeredAt?: string): ResponseEvent => ({
  key: responseEventKey(t.key, receivedAt), threadKey: t.key, accountId: t.accountId, marketplaceId: t.marketplaceId, receivedAt,
  ...(answeredAt ? { answeredAt, answeredFrom: 'last-message' as const } : {}), noResponseNeeded: false, updatedAt: receivedAt,
});
const events = [
  event(legacy, '2026-11-01T10:00:00.000Z', '2026-11-01T12:00:00.000Z'),
  event(upper, '2026-11-02T08:00:00.000Z'),
  // the same buyer message under two keys: the answered one stays
  event(lower, '2026-11-02T07:30:00.000Z'),
  event(upper, '2026-11-02T07:30:00.000Z', '2026-11-02T09:30:00.000Z'),
  event(otherCase, '2026-11-02T08:00:00.000Z'),
];
const holiday = (t: Thread, stage: SendLogEntry['stage']): SendLogEntry => ({
  key: `holiday-reply|${t.key}`, kind: 'holiday-reply', threadKey: t.key, marketplaceId: US, stage, attempts: 1,
  createdAt: '2026-11-02T09:00:00.000Z', updatedAt: '2026-11-02T09:00:00.000Z',
} as SendLogEntry);
const sendLog: SendLogEntry[] = [
  holiday(upper, 'sent'), holiday(lower, 'failed'), holiday(otherCase, 'pending'),
  { key: `review-request|${O1}`, kind: 'review-request', orderId: O1, stage: 'sent', attempts: 1, createdAt: '2026-11-02T09:00:00.000Z', updatedAt: '2026-11-02T09:00:00.000Z' } as SendLogEntry,
];

const upgrade = () => migrateWithData({
  name: `test-${crypto.randomUUID()}`, versions: SCHEMA_VERSIONS, fromVersion: 3,
  seed: async (db) => {
    await db.threads.bulkPut(seeded);
    await db.responseEvents.bulkPut(events);
    await db.sendLog.bulkPut(sendLog);
  },
});

describe('schema version 4: one record per case', () => {
  it('merges the records of one case under its lowercase case id and keeps everything else', async () => {
    const db = await upgrade();
    const keys = (await db.threads.toArray()).map((t) => t.key).sort();
    expect(keys).toEqual([`A1|${US}|${CASE}`, `A1|${US}|${OTHER}`, `A1|${US}|T-2002`, `A1|${US}|order:${O1}`, `A2|${US}|${CASE}`].sort());
    expect(await db.threads.get(`A1|${US}|${CASE}`)).toEqual({
      key: `A1|${US}|${CASE}`, accountId: 'A1', marketplaceId: US, threadId: CASE, buyerName: 'Jane Doe',
      orderIds: [O2, O1, O3], status: 'response-needed',
      // the earliest still unanswered (after the legacy record saw the case answered)
      oldestUnansweredAt: '2026-11-02T07:30:00.000Z',
      lastMessageAt: '2026-11-02T08:00:00.000Z', seenAt: '2026-11-03T10:00:00.000Z', isSystem: false,
      subject: 'Where is it?', category: 'where-is-my-order', categoryConfidence: 0.8, request: 'Where is my parcel?',
    });
    for (const t of [otherBuyer, otherCase, orderRecord, otherAccount]) expect(await db.threads.get(t.key)).toEqual(t);
    db.close();
  });

  it('re-points response events and holiday send-log entries to the merged key', async () => {
    const db = await upgrade();
    const merged = `A1|${US}|${CASE}`;
    const byKey = new Map((await db.responseEvents.toArray()).map((e) => [e.key, e]));
    expect([...byKey.keys()].sort()).toEqual([
      responseEventKey(merged, '2026-11-01T10:00:00.000Z'), responseEventKey(merged, '2026-11-02T07:30:00.000Z'),
      responseEventKey(merged, '2026-11-02T08:00:00.000Z'), responseEventKey(otherCase.key, '2026-11-02T08:00:00.000Z'),
    ].sort());
    expect(byKey.get(responseEventKey(merged, '2026-11-02T07:30:00.000Z'))).toMatchObject({ threadKey: merged, answeredAt: '2026-11-02T09:30:00.000Z' });
    expect(byKey.get(responseEventKey(merged, '2026-11-01T10:00:00.000Z'))).toMatchObject({ threadKey: merged, answeredAt: '2026-11-01T12:00:00.000Z' });
    expect(await db.responseEvents.where('threadKey').equals(merged).count()).toBe(3);

    const log = new Map((await db.sendLog.toArray()).map((e) => [e.key, e]));
    expect([...log.keys()].sort()).toEqual([`holiday-reply|${merged}`, `holiday-reply|${otherCase.key}`, `review-request|${O1}`].sort());
    // one holiday reply per case, ever: the sent one stays
    expect(log.get(`holiday-reply|${merged}`)).toMatchObject({ threadKey: merged, stage: 'sent' });
    db.close();
  });

  it('merges nothing when an older id matches two cases (no guess)', () => {
    const second = thread('9b8a7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d', { orderIds: [O1] });
    const { put, moved } = planCaseMerge([thread(CASE, {}), second, thread('T-1001', { orderIds: [O1] })]);
    expect(put).toEqual([]);
    expect(moved.size).toBe(0);
  });

  it('keeps no unanswered time when the newest record says the case was answered', () => {
    const answered = thread(CASE, { status: 'answered', seenAt: '2026-11-04T00:00:00.000Z' });
    const { put } = planCaseMerge([answered, thread(CASE.toUpperCase(), { oldestUnansweredAt: '2026-11-02T08:00:00.000Z' })]);
    expect(put).toHaveLength(1);
    expect(put[0]).toMatchObject({ key: `A1|${US}|${CASE}`, status: 'answered' });
    expect(put[0]?.oldestUnansweredAt).toBeUndefined();
  });
});
