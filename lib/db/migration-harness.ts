/**
 * Test helper for schema migrations: create the database at an older version, seed it, close it,
 * reopen it with the full version list (running the upgrades) and hand it back for assertions.
 */
import type { SellerInboxDB } from './database';
import { openDatabase } from './database';
import type { SchemaVersion } from './schema-versions';

export interface MigrationCase {
  /** a fresh database name per test */
  name: string;
  /** every version, oldest first, including the one being tested */
  versions: readonly SchemaVersion[];
  /** the version the data is written at */
  fromVersion: number;
  seed: (db: SellerInboxDB) => Promise<void>;
  indexedDB?: IDBFactory;
}

export async function migrateWithData(c: MigrationCase): Promise<SellerInboxDB> {
  const older = c.versions.filter((v) => v.version <= c.fromVersion);
  if (older.length === 0) throw new Error(`no schema version <= ${c.fromVersion}`);
  const before = await openDatabase(c.name, c.indexedDB, older);
  try {
    await c.seed(before);
  } finally {
    before.close();
  }
  return openDatabase(c.name, c.indexedDB, c.versions);
}
