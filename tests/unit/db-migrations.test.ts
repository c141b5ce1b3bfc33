import { migrateWithData } from '../../lib/db/migration-harness';
import { openDatabase } from '../../lib/db';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../lib/db/schema-versions';
import type { Order, Thread } from '../../lib/model';

const v1Thread: Thread = {
  key: 'A1|ATVPDKIKX0DER|t1', accountId: 'A1', marketplaceId: 'ATVPDKIKX0DER', threadId: 't1',
  buyerName: 'Jane', orderIds: ['111-1111111-1111111'], status: 'response-needed', isSystem: false,
  oldestUnansweredAt: '2026-11-02T08:00:00.000Z', seenAt: '2026-11-02T09:00:00.000Z',
};
const v1Order: Order = {
  orderId: '111-1111111-1111111', status: 'Shipped', fulfillment: 'FBA', purchaseDate: '2026-10-30T10:00:00.000Z',
  buyerName: 'Jane', provenance: { source: 'import', at: '2026-11-01T00:00:00.000Z' },
};

describe('schema versions', () => {
  it('opens at the latest version with every table', async () => {
    const db = await openDatabase(`test-${crypto.randomUUID()}`);
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    const declared = new Set<string>();
    for (const v of SCHEMA_VERSIONS) for (const [name, spec] of Object.entries(v.stores)) if (spec === null) declared.delete(name); else declared.add(name);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...declared].sort());
    expect(db.threads.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['[accountId+marketplaceId]', 'orderIds']));
    db.close();
  });
});

describe('migration harness', () => {
  // A hypothetical next version: threads get an index on a new field `deadlineAt`, filled by the upgrade.
  const next = (SCHEMA_VERSIONS.at(-1)?.version ?? 1) + 1;
  const v2: SchemaVersion = {
    version: next,
    stores: {
      threads: 'key, accountId, marketplaceId, [accountId+marketplaceId], status, oldestUnansweredAt, *orderIds, buyerId, buyerName, deadlineAt',
    },
    upgrade: (tx) =>
      tx.table('threads').toCollection().modify((t: Thread & { deadlineAt?: string }) => {
        if (t.oldestUnansweredAt) t.deadlineAt = new Date(Date.parse(t.oldestUnansweredAt) + 86_400_000).toISOString();
      }),
  };

  it('keeps v1 data through a v2 upgrade and fills the new indexed field', async () => {
    const db = await migrateWithData({
      name: `test-${crypto.randomUUID()}`,
      versions: [...SCHEMA_VERSIONS, v2],
      fromVersion: 1,
      seed: async (old) => {
        expect(old.verno).toBe(1);
        await old.threads.put(v1Thread);
        await old.orders.put(v1Order);
        await old.settings.put({ key: 'dueSoonHours', value: 6 });
      },
    });
    expect(db.verno).toBe(next);
    expect(await db.threads.get(v1Thread.key)).toEqual({ ...v1Thread, deadlineAt: '2026-11-03T08:00:00.000Z' });
    expect(await db.orders.get(v1Order.orderId)).toEqual(v1Order);
    expect(await db.settings.get('dueSoonHours')).toEqual({ key: 'dueSoonHours', value: 6 });
    // the new index works
    expect(await db.threads.where('deadlineAt').equals('2026-11-03T08:00:00.000Z').count()).toBe(1);
    db.close();
  });

  it('rejects a starting version that does not exist', async () => {
    await expect(migrateWithData({ name: `test-${crypto.randomUUID()}`, versions: SCHEMA_VERSIONS, fromVersion: 0, seed: async () => {} }))
      .rejects.toThrow(/no schema version/);
  });
});
