import { migrateWithData } from '../../lib/db/migration-harness';
import { openDatabase } from '../../lib/db';
import { SCHEMA_VERSIONS } from '../../lib/db/schema-versions';
import { TranslationsRepository } from '../../lib/db/repositories/translations';
import { createHandlers } from '../../lib/protocol/handlers';
import { createRepositories } from '../../lib/db';
import { cacheKey, type CachedTranslation } from '../../lib/translate';
import { parseRequest } from '../../lib/protocol/parse';
import type { Thread } from '../../lib/model';

const thread: Thread = {
  key: 'A1|A1PA6795UKMFR9|t1', accountId: 'A1', marketplaceId: 'A1PA6795UKMFR9', threadId: 't1',
  buyerName: 'Jana', orderIds: ['302-1111111-1111111'], status: 'response-needed', isSystem: false,
  oldestUnansweredAt: '2026-11-02T08:00:00.000Z', seenAt: '2026-11-02T09:00:00.000Z',
};
const entry = (source: string, at: string): CachedTranslation => ({
  key: cacheKey(source, { source: 'de', target: 'zh' }), pair: 'de>zh', source, translation: `译 ${source}`, lost: [], at,
});

describe('translations table (schema version 3)', () => {
  it('a version 2 database with data upgrades to 3 with an empty translations table and nothing lost', async () => {
    const db = await migrateWithData({
      name: `test-${crypto.randomUUID()}`, versions: SCHEMA_VERSIONS.filter((v) => v.version <= 3), fromVersion: 2,
      seed: async (old) => {
        expect(old.verno).toBe(2);
        expect(old.tables.map((t) => t.name)).not.toContain('translations');
        await old.threads.put(thread);
        await old.settings.put({ key: 'uiLanguage', value: 'zh_CN' });
      },
    });
    expect(db.verno).toBe(3);
    expect(await db.threads.get(thread.key)).toEqual(thread);
    expect(await db.settings.get('uiLanguage')).toEqual({ key: 'uiLanguage', value: 'zh_CN' });
    expect(await db.translations.count()).toBe(0);
    db.close();
  });

  it('keeps at most `max` entries, dropping the oldest in the same transaction', async () => {
    const db = await openDatabase(`test-${crypto.randomUUID()}`);
    const repo = new TranslationsRepository(db, 2);
    await repo.put(entry('a', '2026-01-01T00:00:00.000Z'));
    await repo.put(entry('b', '2026-01-03T00:00:00.000Z'));
    await repo.put(entry('c', '2026-01-02T00:00:00.000Z'));
    const got = await repo.getMany([entry('a', '').key, entry('b', '').key, entry('c', '').key]);
    expect(got.map((e) => e.source).sort()).toEqual(['b', 'c']);
    db.close();
  });

  it('translations/put and translations/get through the protocol; a malformed entry is refused with the field', async () => {
    const db = await openDatabase(`test-${crypto.randomUUID()}`);
    const handlers = createHandlers({ repos: createRepositories(db), now: () => new Date('2026-01-01T00:00:00Z'), version: 't' });
    const e = entry('Wo ist mein Paket?', '2026-01-05T10:00:00.000Z');
    const put = parseRequest({ type: 'translations/put', entry: e });
    expect(put.ok).toBe(true);
    if (put.ok) await handlers['translations/put'](put.request as never, {} as never);
    const get = parseRequest({ type: 'translations/get', keys: [e.key, 'de>zh|0000000000000000'] });
    expect(get.ok).toBe(true);
    if (get.ok) expect(await handlers['translations/get'](get.request as never, {} as never)).toEqual({ entries: [e] });
    const bad = parseRequest({ type: 'translations/put', entry: { ...e, pair: 'de to zh' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad)).toMatch(/pair/);
    db.close();
  });
});
