/**
 * The longest cell the parsers accept, per column (the numbers are lib/limits.ts's, the one set of limits).
 * The import protocol's schemas (lib/imports/schemas.ts) use the same bounds, so a row the parser accepts never
 * makes the background refuse a whole batch: an over-long cell is one row error with its line and column instead.
 */
import { CELL_MAX } from '../limits';

export { CELL_MAX };

const LONG_COLUMNS = new Set([
  'product-name', 'item-name', 'comments', 'response', 'your-response', 'customer-comments', 'reason', 'return-reason',
  'status', 'detailed-disposition', 'return-request-status', 'resolution',
]);
const SKU_COLUMNS = new Set(['sku', 'merchant-sku']);

export function cellMax(column: string): number {
  if (LONG_COLUMNS.has(column)) return CELL_MAX.long;
  if (SKU_COLUMNS.has(column)) return CELL_MAX.sku;
  return CELL_MAX.short;
}
