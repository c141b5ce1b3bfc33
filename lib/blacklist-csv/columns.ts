/** The blacklist CSV layout and the spreadsheet formula guard shared by export and import. */

export const BLACKLIST_CSV_HEADER = ['buyer', 'order_id', 'marketplace', 'reason', 'added_at'] as const;
export type BlacklistCsvColumn = (typeof BLACKLIST_CSV_HEADER)[number];

/** Header variants accepted on import (after lower-casing and turning blanks/hyphens into `_`). */
export const BLACKLIST_CSV_ALIASES: Readonly<Record<string, BlacklistCsvColumn>> = {
  buyer_name: 'buyer', name: 'buyer', order: 'order_id', orderid: 'order_id', amazon_order_id: 'order_id',
  marketplace_id: 'marketplace', marketplace_code: 'marketplace', added: 'added_at', date: 'added_at',
};

export const normaliseCsvHeader = (h: string): string =>
  h.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_');

export { guardFormula, unguardFormula } from '../csv/guard';

export const ORDER_ID_RE = /^\d{3}-\d{7}-\d{7}$/;
