/**
 * Every schema version of the `seller-inbox` database, oldest first. To change the schema, APPEND a
 * version (never edit a shipped one): list only the stores that change (`null` deletes a store) and,
 * when existing records need new data, an `upgrade` that fills it. Dexie runs the upgrades in order.
 *
 * Key paths are camelCase: IndexedDB rejects hyphenated key paths.
 * Syntax: first entry = primary key, `&` unique, `*` multi-entry, `[a+b]` compound, `++` auto-increment.
 */
import type { Transaction } from 'dexie';
import type { SendLogEntry, Thread } from '../model';
import { deriveResponseEvents, type ResponseEvent } from '../analytics/response-events';
import { planCaseMerge } from './case-merge';
import { repointResponseEvents, repointSendLog } from './case-repoint';

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
  {
    /**
     * one record per case across layouts (lib/db/case-merge.ts): threads that are the same case (the same UUID in
     * another case or format, or an older id sharing account, marketplace, an order and the buyer with one case-id
     * record) become one record under the lowercase case id; the response events and holiday send-log entries that
     * named an old key name the new one
     */
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      const { put, moved } = planCaseMerge(await tx.table<Thread, string>('threads').toArray());
      if (moved.size === 0 && put.length === 0) return;
      await tx.table('threads').bulkDelete([...moved.keys()]);
      await tx.table('threads').bulkPut(put);
      const events = tx.table<ResponseEvent, string>('responseEvents');
      const ev = repointResponseEvents(await events.where('threadKey').anyOf([...moved.keys(), ...moved.values()]).toArray(), moved);
      await events.bulkDelete(ev.removed);
      await events.bulkPut(ev.put);
      const log = tx.table<SendLogEntry, string>('sendLog');
      const sent = repointSendLog(await log.toArray(), moved);
      await log.bulkDelete(sent.removed);
      await log.bulkPut(sent.put);
    },
  },
];

export const LATEST_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
