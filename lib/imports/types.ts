/** Types of a report import (lib/imports): which stores a report fills, and what an import will change. */
import type { Feedback, Order, OrderItem, Return } from '../model';
import type { ReportKind, ReportRecords } from '../reports';

/** The stores an import writes, named as in the database. */
export const IMPORT_TABLES = ['orders', 'orderItems', 'feedback', 'returns'] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

export interface ImportRecordOf {
  orders: Order;
  orderItems: OrderItem;
  feedback: Feedback;
  returns: Return;
}
export type ImportRecord = ImportRecordOf[ImportTable];

/** A batch of records for the stores, as the protocol carries it. */
export type ImportBatch = { [T in ImportTable]?: ImportRecordOf[T][] };

/** What one store will see: records not stored yet, stored ones that change, stored ones left as they are. */
export interface ChangeCounts { new: number; updated: number; unchanged: number }
export type ImportPlan = { [T in ImportTable]?: ChangeCounts };

/** The stores each report kind writes. */
export const TABLES_OF_KIND: Readonly<Record<ReportKind, readonly ImportTable[]>> = {
  'all-orders': ['orders', 'orderItems'],
  'seller-feedback': ['feedback'],
  'seller-feedback-legacy': ['feedback'],
  'returns-seller-fulfilled': ['returns'],
  'returns-fba': ['returns'],
};

/** Records per protocol message: well under Chrome's 64 MiB message limit (about 1 MB of JSON for orders). */
export const IMPORT_BATCH_RECORDS = 2000;

/** The primary key of a record in its store. */
export function keyOf(table: ImportTable, record: ImportRecord): string {
  switch (table) {
    case 'orders':
    case 'feedback':
      return (record as Order | Feedback).orderId;
    case 'orderItems':
    case 'returns':
      return (record as OrderItem | Return).key;
  }
}

export const emptyCounts = (): ChangeCounts => ({ new: 0, updated: 0, unchanged: 0 });

/** ReportRecords (lib/reports) -> the batch for the stores. */
export const batchOfRecords = (r: ReportRecords): ImportBatch => {
  const out: ImportBatch = {};
  if (r.orders.length) out.orders = r.orders;
  if (r.items.length) out.orderItems = r.items;
  if (r.feedback.length) out.feedback = r.feedback;
  if (r.returns.length) out.returns = r.returns;
  return out;
};

export const batchSize = (b: ImportBatch): number =>
  IMPORT_TABLES.reduce((n, t) => n + (b[t]?.length ?? 0), 0);
