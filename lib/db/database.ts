/**
 * The one Dexie database of the extension. Only the background and extension pages open it;
 * content scripts go through messages (lib/protocol).
 */
import Dexie, { type Table } from 'dexie';
import type {
  Account, Attachment, BlacklistEntry, Buyer, Campaign, Feedback, InboxCounts, Order, OrderItem,
  ProblemReport, ProductReview, Return, SendLogEntry, SettingRecord, Template, Thread,
} from '../model';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';
import type { ResponseEvent } from '../analytics/response-events';
import type { CachedTranslation } from '../translate/cache';

export const DATABASE_NAME = 'seller-inbox';

export class SellerInboxDB extends Dexie {
  declare accounts: Table<Account, string>;
  declare counts: Table<InboxCounts, string>;
  declare threads: Table<Thread, string>;
  declare orders: Table<Order, string>;
  declare orderItems: Table<OrderItem, string>;
  declare buyers: Table<Buyer, string>;
  declare feedback: Table<Feedback, string>;
  declare reviews: Table<ProductReview, string>;
  declare returns: Table<Return, string>;
  declare templates: Table<Template, string>;
  declare attachments: Table<Attachment, string>;
  declare blacklist: Table<BlacklistEntry, string>;
  declare campaigns: Table<Campaign, string>;
  declare sendLog: Table<SendLogEntry, string>;
  declare settings: Table<SettingRecord, string>;
  declare problems: Table<ProblemReport, number>;
  declare meta: Table<SettingRecord, string>;
  declare responseEvents: Table<ResponseEvent, string>;
  declare translations: Table<CachedTranslation, string>;

  constructor(name: string, versions: readonly SchemaVersion[], indexedDB?: IDBFactory) {
    super(name, indexedDB ? { indexedDB, IDBKeyRange: globalThis.IDBKeyRange } : undefined);
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/**
 * Opens (creating or migrating) the database. Tests pass a fresh `name` each time;
 * `versions` is for the migration harness only.
 */
export async function openDatabase(
  name: string = DATABASE_NAME,
  indexedDB?: IDBFactory,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): Promise<SellerInboxDB> {
  const db = new SellerInboxDB(name, versions, indexedDB);
  await db.open();
  return db;
}
