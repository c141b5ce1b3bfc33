/**
 * What the extension can store: ONE set of limits. Every way data enters the database is bounded by these
 * numbers (report imports lib/reports + lib/imports/schemas.ts, the page's and the endpoints' records through the
 * protocol lib/protocol/messages.ts, templates and their files lib/templates/import-export.ts, the blacklist and its
 * CSV, campaigns), and the backup importer (lib/backup/schemas.ts) checks a file against the same numbers, so a
 * backup of anything the extension stored restores. tests/unit/backup-limits.test.ts fills a store with the
 * largest value every entry schema accepts and round-trips its backup.
 */

/** The longest report cell the parsers accept (lib/reports/limits.ts picks one per column). */
export const CELL_MAX = { short: 1_000, sku: 4_000, key: 10_000, long: 100_000 } as const;

/** Orders, items, feedback and returns (report imports and the page's order calls store the same records). */
export const RECORD_MAX = {
  /** order ids and composite keys (`${orderId}|${orderItemId ?? sku ?? asin}`, `#2` ...) */
  key: CELL_MAX.key,
  short: CELL_MAX.short,
  sku: CELL_MAX.sku,
  long: CELL_MAX.long,
  /** a returns status joins two long cells */
  status: CELL_MAX.long * 2 + 3,
  time: 40,
  count: 999_999_999,
} as const;

/** Threads as the page and the inbox calls read them. */
export const THREAD_MAX = {
  accountId: 64, marketplaceId: 64, threadId: 200, buyerName: 200, buyerId: 200,
  orderId: 40, orderIds: 50, subject: 1_000, preview: 2_000,
} as const;
/** `${accountId}|${marketplaceId}|${threadId}` */
export const THREAD_KEY_MAX = THREAD_MAX.accountId + THREAD_MAX.marketplaceId + THREAD_MAX.threadId + 2;

/**
 * The CSV's `buyer` cell is the name, else the buyer key, so both have one bound; an id a CSV import derives
 * (`blacklist|<marketplace>|<order id>|<buyer>`) fits `id`.
 */
export const BLACKLIST_MAX = { id: 400, buyerKey: 300, buyerName: 300, marketplaceId: 64, reason: 500 } as const;

export const TEMPLATE_MAX = { id: 200, name: 200, tag: 60, tags: 50, body: 20_000, templates: 5_000 } as const;

export const ATTACHMENT_MAX = { name: 255, type: 200, bytes: 10 * 1024 * 1024 } as const;

export const CAMPAIGN_MAX = { id: 100, name: 200, marketplaceId: 20, marketplaceIds: 30, asins: 500, sku: 100, skus: 500 } as const;

/** A send log entry keeps at most this much of the message text and of the reason (longer ones are cut). */
export const SEND_LOG_MAX = { text: 50_000, reason: 10_000 } as const;
