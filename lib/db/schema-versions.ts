/**
 * Every schema version of the `seller-inbox` database, oldest first. To change the schema, APPEND a
 * version (never edit a shipped one): list only the stores that change (`null` deletes a store) and,
 * when existing records need new data, an `upgrade` that fills it. Dexie runs the upgrades in order.
 *
 * Key paths are camelCase: IndexedDB rejects hyphenated key paths.
 * Syntax: first entry = primary key, `&` unique, `*` multi-entry, `[a+b]` compound, `++` auto-increment.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      accounts: 'id, lastSeenAt',
      counts: 'key, accountId, marketplaceId',
      threads:
        'key, accountId, marketplaceId, [accountId+marketplaceId], status, oldestUnansweredAt, *orderIds, buyerId, buyerName',
      orders: 'orderId, buyerId, buyerEmail, buyerName, marketplaceId, purchaseDate, status',
      orderItems: 'key, orderId, asin, sku',
      buyers: 'key, buyerId, relayEmail, name',
      feedback: 'orderId, date, rating',
      reviews: 'key, asin, orderId',
      returns: 'key, orderId',
      templates: 'id, name, updatedAt',
      attachments: 'id',
      blacklist: 'id, buyerKey, orderId, buyerName',
      campaigns: 'id',
      sendLog: 'key, stage, campaignId, orderId, updatedAt',
      settings: 'key',
      /** ring buffer of feature failures reported by content scripts (log/problem) */
      problems: '++id, at',
      meta: 'key',
    },
  },
];

export const LATEST_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
