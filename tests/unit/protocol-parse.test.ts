import { parseRequest } from '../../lib/protocol/parse';

const thread = { threadId: 't1', buyerName: 'Jane', status: 'response-needed', oldestUnansweredAt: '2026-11-02T08:00:00+01:00' };
const upsert = { type: 'threads/upsert', accountId: 'A1SELLER', marketplaceId: 'ATVPDKIKX0DER', threads: [thread] };

describe('parseRequest', () => {
  it('accepts a valid request, fills defaults and normalises timestamps to UTC', () => {
    const r = parseRequest(upsert);
    expect(r.ok).toBe(true);
    if (!r.ok || r.request.type !== 'threads/upsert') throw new Error('expected threads/upsert');
    expect(r.request.threads[0]).toEqual({
      threadId: 't1', buyerName: 'Jane', status: 'response-needed', orderIds: [], isSystem: false,
      oldestUnansweredAt: '2026-11-02T07:00:00.000Z',
    });
    expect(parseRequest({ type: 'ping' })).toEqual({ ok: true, request: { type: 'ping' } });
  });

  it('names a missing field', () => {
    const { accountId: _drop, ...rest } = upsert;
    const r = parseRequest(rest);
    expect(r).toMatchObject({ ok: false, code: 'invalid-request' });
    if (!r.ok) expect(r.error).toMatch(/^threads\/upsert: accountId: /);
  });

  it('names a wrongly typed nested field with its path', () => {
    const r = parseRequest({ ...upsert, threads: [thread, { ...thread, status: 'urgent' }, { ...thread, buyerName: 42 }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('threads[1].status');
      expect(r.error).toContain('threads[2].buyerName');
    }
  });

  it('rejects keys containing the composite-key separator and bad timestamps', () => {
    expect(parseRequest({ ...upsert, accountId: 'A|B' })).toMatchObject({ ok: false });
    const r = parseRequest({ ...upsert, threads: [{ ...thread, oldestUnansweredAt: 'yesterday' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('threads[0].oldestUnansweredAt');
  });

  it('rejects unknown types, including prototype keys', () => {
    expect(parseRequest({ type: 'threads/delete-all' })).toMatchObject({ ok: false, code: 'unknown-type' });
    expect(parseRequest({ type: 'toString' })).toMatchObject({ ok: false, code: 'unknown-type' });
    expect(parseRequest({ type: '__proto__' })).toMatchObject({ ok: false, code: 'unknown-type' });
  });

  it('rejects non-objects and a missing type', () => {
    for (const junk of [null, undefined, 'ping', 42, ['ping'], {}, { type: 7 }]) {
      const r = parseRequest(junk);
      expect(r).toMatchObject({ ok: false, code: 'invalid-request' });
    }
  });

  it('strips extra junk fields at every level', () => {
    const r = parseRequest({ ...upsert, evil: true, threads: [{ ...thread, html: '<img onerror=x>' }] });
    expect(r.ok).toBe(true);
    if (!r.ok || r.request.type !== 'threads/upsert') return;
    expect(r.request).not.toHaveProperty('evil');
    expect(r.request.threads[0]).not.toHaveProperty('html');
  });

  it('validates settings values', () => {
    expect(parseRequest({ type: 'settings/set', values: { dueSoonHours: 6 } }).ok).toBe(true);
    const r = parseRequest({ type: 'settings/set', values: { dueSoonHours: 'six' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('values.dueSoonHours');
  });
});
