/**
 * Every schema version of the `seller-inbox` database, oldest first. To change the schema, APPEND a
 * version (never edit a shipped one): list only the stores that change (`null` deletes a store) and,
 * when existing records need new data, an `upgrade` that fills it. Dexie runs the upgrades in order.
 *
 * Key paths are camelCase: IndexedDB rejects hyphenated key paths.
 * Syntax: first entry = primary key, `&` unique, `*` multi-entry, `[a+b]` compound, `++` auto-increment.
 */
import type { Transaction } from 'dexie';
import type { Thread } from '../model';
import { deriveResponseEvents } from '../analytics/response-events';

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
  {
    /** response events (lib/analytics/response-events.ts): one per buyer message, when it arrived and was answered */
    version: 2,
    stores: {
      responseEvents: 'key, threadKey, marketplaceId, receivedAt',
    },
    /** threads already awaiting an answer get their open event, so their answer is timed when it comes */
    upgrade: async (tx) => {
      const at = new Date().toISOString();
      const threads = await tx.table<Thread, string>('threads').where('status').equals('response-needed').toArray();
      const events = threads.flatMap((t) => deriveResponseEvents(undefined, t, at));
      if (events.length) await tx.table('responseEvents').bulkPut(events);
    },
  },
  {
    /**
     * on-device translations the seller asked for (lib/translate/cache.ts): key = language pair + hash of the text,
     * kept so that a translated message shows translated again; `at` lets old ones be pruned
     */
    version: 3,
    stores: {
      translations: 'key, at',
    },
  },
];

export const LATEST_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
