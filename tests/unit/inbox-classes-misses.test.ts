// @vitest-environment happy-dom
/**
 * knownClass (inbox-shared/classes.ts) is asked about every row by every inbox feature's pass: a row not classified
 * yet costs one key and one look at the page's session per task, and is found once its class comes in.
 */
import { describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ session: 0, classify: 0 }));
vi.mock('../../components/features/inbox-shared/session', () => ({
  pageSession: () => { calls.session++; return SESSION; },
}));
vi.mock('../../components/messaging', () => ({
  sendRequest: vi.fn(async (request: { items: unknown[] }) => {
    calls.classify++;
    return { results: request.items.map(() => ({ category: 'invoice', confidence: 0.9, system: false })) };
  }),
}));
const SESSION = { merchantId: 'A1', marketplaceId: 'ATVPDKIKX0DER' };

const { classify, knownClass } = await import('../../components/features/inbox-shared/classes');

describe('rows not classified yet', () => {
  it('are looked up once per task however often asked, and found once their class came in', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ subject: `Invoice ${i}`, preview: 'Please send an invoice', isSystem: false, threadId: `t${i}` }));
    calls.session = 0;
    const stringify = vi.spyOn(JSON, 'stringify');
    for (let pass = 0; pass < 4; pass++) for (const row of rows) expect(knownClass(row)).toBeUndefined();
    // one key per row, one look at the session for the whole task
    expect(stringify).toHaveBeenCalledTimes(50);
    expect(calls.session).toBe(1);
    stringify.mockRestore();
    await classify(rows);
    expect(calls.classify).toBe(1);
    for (const row of rows) expect(knownClass(row)?.category).toBe('invoice');
  });
});
