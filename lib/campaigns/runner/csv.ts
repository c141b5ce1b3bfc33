/**
 * The send log as CSV (options page export). Every cell is quoted; a cell that a spreadsheet would run
 * as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 */
import { guardFormula } from '../../csv/guard';
import type { SendLogEntry } from '../../model';

export const SEND_LOG_COLUMNS = [
  'key', 'kind', 'orderId', 'marketplaceId', 'campaignId', 'templateId', 'stage', 'reason', 'attempts', 'createdAt', 'updatedAt', 'text',
] as const;

/** A cell safe for Excel / Sheets / LibreOffice: formula-looking text is neutralised, then quoted. */
export function csvCell(value: unknown): string {
  const s = guardFormula(value === undefined || value === null ? '' : String(value));
  return `"${s.replace(/"/g, '""')}"`;
}

export function sendLogToCsv(entries: readonly SendLogEntry[]): string {
  const rows = [SEND_LOG_COLUMNS.map(csvCell).join(',')];
  for (const e of entries) rows.push(SEND_LOG_COLUMNS.map((c) => csvCell(e[c])).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
