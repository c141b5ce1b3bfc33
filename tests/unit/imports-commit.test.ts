/**
 * Report imports through the background's protocol: staged batches (nothing visible), the plan, one commit
 * transaction (all or nothing, cancellable), idempotent re-imports, stale staging purged.
 */
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { ImportsRepository, STAGING_PREFIX, STAGING_TTL_MS } from '../../lib/db/repositories/imports';
import { batchOfRecords, IMPORT_BATCH_RECORDS, type ImportBatch } from '../../lib/imports';
import { storageErrorCode, createHandlers } from '../../lib/protocol/handlers';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';
import { parseReportChunks, type ReportKind } from '../../lib/reports';
import { generateAllOrdersTsv } from '../fixtures/reports/generate-all-orders';
import { fixtureText } from '../fixtures/reports/load';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const own = { id: EXT, url: `chrome-extension://${EXT}/options.html` };
let repos: Repositories;
let router: Router;

beforeEach(async () => {
  repos = createRepositories(await openDatabase(`test-${crypto.randomUUID()}`));
  router = createRouter(createRegistry(createHandlers({ repos, now: () => new Date(), version: '1' })), {
    extensionId: () => EXT, warn: () => undefined, errorCodeOf: storageErrorCode,
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  repos.db.close();
});

const ask = (m: Record<string, unknown>) => router(m, own) as Promise<Record<string, unknown>>;

/** Parses like the page's worker and returns the JSON batches it would send. */
async function batchesOf(text: string, now = '2026-01-01T00:00:00.000Z', rows = IMPORT_BATCH_RECORDS): Promise<{ kind: ReportKind; batches: string[] }> {
  const batches: string[] = [];
  let kind: ReportKind = 'all-orders';
  await parseReportChunks(text, { fileName: 'test.txt', now, marketplace: 'US' }, (c) => {
    kind = c.kind;
    const b = batchOfRecords(c.records);
    if (Object.keys(b).length) batches.push(JSON.stringify(b));
  }, rows);
  return { kind, batches };
}

async function stage(importId: string, text: string, now?: string, rows?: number): Promise<number> {
  const { kind, batches } = await batchesOf(text, now, rows);
  for (const [seq, batch] of batches.entries()) {
    const r = await ask({ type: 'imports/stage', importId, kind, fileName: 'test.txt', seq, batch });
    expect(r).not.toHaveProperty('error');
  }
  return batches.length;
}

const counts = async () => ({
  orders: await repos.db.orders.count(), orderItems: await repos.db.orderItems.count(),
  feedback: await repos.db.feedback.count(), returns: await repos.db.returns.count(),
});
const NONE = { orders: 0, orderItems: 0, feedback: 0, returns: 0 };

describe('imports: staged, planned, committed', () => {
  it('stages batches invisibly, plans, then commits all of them at once', async () => {
    const text = generateAllOrdersTsv(3000, 2);
    const batches = await stage('import-0001', text, undefined, 1000);
    expect(batches).toBeGreaterThanOrEqual(3); // 1,000 lines each, and the last order held back for the final one
    expect(await counts()).toEqual(NONE);
    const { plan } = await ask({ type: 'imports/plan', importId: 'import-0001', batches }) as { plan: Record<string, { new: number }> };
    expect(plan.orderItems).toEqual({ new: 3000, updated: 0, unchanged: 0 });
    expect(await counts()).toEqual(NONE);
    const orders = plan.orders!.new;

    const { result } = await ask({ type: 'imports/apply', importId: 'import-0001', batches }) as { result: typeof plan };
    expect(result).toEqual(plan);
    expect(await counts()).toEqual({ ...NONE, orders, orderItems: 3000 });
    // the staging is gone
    expect(await repos.db.meta.where('key').startsWith(STAGING_PREFIX).count()).toBe(0);
  });

  it('counts an order whose rows are spread over batches once, and stores it merged', async () => {
    const text = fixtureText('all-orders-official.txt');
    const [header, ...rows] = text.trimEnd().split('\n');
    // the first order's rows far apart: first and last line of the file
    const spread = [header, ...rows, rows[0]!.replace(/\t1\t(USD)/, '\t1\t$1')].join('\n');
    const batches = await stage('import-0002', spread, undefined, 2);
    const { plan } = await ask({ type: 'imports/plan', importId: 'import-0002', batches }) as { plan: Record<string, { new: number }> };
    const { result } = await ask({ type: 'imports/apply', importId: 'import-0002', batches }) as { result: typeof plan };
    expect(result.orders!.new).toBe(plan.orders!.new);
    expect(await repos.db.orders.count()).toBe(plan.orders!.new);
  });

  it('importing the same file again changes and writes nothing', async () => {
    const text = generateAllOrdersTsv(500, 4);
    const b1 = await stage('import-0003', text, '2026-01-01T00:00:00.000Z');
    await ask({ type: 'imports/apply', importId: 'import-0003', batches: b1 });
    const before = await repos.db.orders.toArray();
    const b2 = await stage('import-0004', text, '2026-02-01T00:00:00.000Z');
    const { plan } = await ask({ type: 'imports/plan', importId: 'import-0004', batches: b2 }) as { plan: Record<string, { new: number; updated: number; unchanged: number }> };
    expect(plan.orderItems).toEqual({ new: 0, updated: 0, unchanged: 500 });
    expect(plan.orders!.new + plan.orders!.updated).toBe(0);
    const put = vi.spyOn(repos.db.orders, 'bulkPut');
    await ask({ type: 'imports/apply', importId: 'import-0004', batches: b2 });
    expect(put).not.toHaveBeenCalled();
    expect(await repos.db.orders.toArray()).toEqual(before); // provenance not even rewritten
  });

  it('a failure part-way through the commit leaves every store as it was', async () => {
    const text = generateAllOrdersTsv(3000, 5);
    const batches = await stage('import-0005', text, undefined, 1000);
    let calls = 0;
    const real = repos.db.orderItems.bulkPut.bind(repos.db.orderItems);
    vi.spyOn(repos.db.orderItems, 'bulkPut').mockImplementation(((...args: Parameters<typeof real>) => {
      if (++calls === 2) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return real(...args);
    }) as typeof real);
    const r = await ask({ type: 'imports/apply', importId: 'import-0005', batches });
    expect(r).toMatchObject({ error: { code: 'storage-quota' } });
    expect(await counts()).toEqual(NONE);
    // still staged: the user can try again
    expect(await ask({ type: 'imports/status', importId: 'import-0005' })).toMatchObject({ staged: true, batches });
  });

  it('a cancel during the commit rolls it back', async () => {
    const text = generateAllOrdersTsv(3000, 6);
    const batches = await stage('import-0006', text, undefined, 1000);
    const real = repos.db.orderItems.bulkPut.bind(repos.db.orderItems);
    let cancelled: Promise<unknown> | undefined;
    vi.spyOn(repos.db.orderItems, 'bulkPut').mockImplementation(((...args: Parameters<typeof real>) => {
      cancelled ??= ask({ type: 'imports/cancel', importId: 'import-0006' });
      return real(...args);
    }) as typeof real);
    const r = await ask({ type: 'imports/apply', importId: 'import-0006', batches });
    expect(await cancelled).toEqual({ dropped: true });
    expect(r).toMatchObject({ error: { message: expect.stringMatching(/cancelled/) } });
    expect(await counts()).toEqual(NONE);
  });

  it('cancel drops the staging; plan and apply then say it is gone', async () => {
    const batches = await stage('import-0007', fixtureText('returns-fba.txt'));
    expect(await ask({ type: 'imports/cancel', importId: 'import-0007' })).toEqual({ dropped: true });
    expect(await ask({ type: 'imports/plan', importId: 'import-0007', batches })).toMatchObject({ error: { code: 'not-found' } });
    expect(await ask({ type: 'imports/apply', importId: 'import-0007', batches })).toMatchObject({ error: { code: 'not-found' } });
    expect(await counts()).toEqual(NONE);
  });

  it('imports feedback and returns', async () => {
    for (const [id, name] of [['import-0008', 'feedback-us.txt'], ['import-0009', 'returns-seller-fulfilled.txt']] as const) {
      const batches = await stage(id, fixtureText(name));
      await ask({ type: 'imports/apply', importId: id, batches });
    }
    const c = await counts();
    expect(c.feedback).toBeGreaterThan(0);
    expect(c.returns).toBeGreaterThan(0);
  });

  it('validates every staged record and rejects oversized or malformed batches', async () => {
    const bad: ImportBatch = { orders: [{ orderId: '', status: 'Lost', fulfillment: 'FBA', purchaseDate: 'x', provenance: { source: 'import', at: 'x' } } as never] };
    const r = await ask({ type: 'imports/stage', importId: 'import-0010', kind: 'all-orders', fileName: 'a', seq: 0, batch: JSON.stringify(bad) });
    expect(r).toMatchObject({ error: { code: 'invalid-request', message: expect.stringMatching(/batch\.orders\[0\]\.(orderId|status)/) } });
    const notJson = await ask({ type: 'imports/stage', importId: 'import-0010', kind: 'all-orders', fileName: 'a', seq: 0, batch: '{"orders":[' });
    expect(notJson).toMatchObject({ error: { code: 'invalid-request', message: expect.stringMatching(/not JSON/) } });
    const tooMany = JSON.stringify({ orderItems: Array.from({ length: IMPORT_BATCH_RECORDS * 2 + 1 }, (_, i) => ({ key: `k${i}`, orderId: 'o', asin: 'B000000001', quantity: 1, provenance: { source: 'import', at: 'x' } })) });
    expect(await ask({ type: 'imports/stage', importId: 'import-0010', kind: 'all-orders', fileName: 'a', seq: 0, batch: tooMany })).toMatchObject({ error: { code: 'invalid-request' } });
    expect(await repos.db.meta.count()).toBe(0);
  });

  it('purges staging left behind by a page that went away', async () => {
    let now = new Date('2026-01-01T00:00:00.000Z');
    const imports = new ImportsRepository(repos.db, () => now);
    await imports.stage('import-old', { kind: 'returns-fba', fileName: 'a' }, 0, { returns: [] });
    now = new Date(now.getTime() + STAGING_TTL_MS / 2);
    await imports.stage('import-new', { kind: 'returns-fba', fileName: 'b' }, 0, { returns: [] });
    now = new Date(now.getTime() + STAGING_TTL_MS / 2 + 1000);
    expect(await imports.purgeStale()).toEqual(['import-old']);
    expect(await imports.staged('import-old')).toBeUndefined();
    expect(await imports.staged('import-new')).toMatchObject({ batches: 1 });
  });
});
