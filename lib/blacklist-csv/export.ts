/** BlacklistEntry[] -> CSV text (`buyer,order_id,marketplace,reason,added_at`), safe to open in a spreadsheet. */
import Papa from 'papaparse';
import { marketplaceById } from '../marketplaces';
import type { BlacklistEntry } from '../model';
import { BLACKLIST_CSV_HEADER, guardFormula } from './columns';

/** The `buyer` cell: the buyer's name when known, else the buyer key. */
export const buyerCell = (e: BlacklistEntry): string => e.buyerName ?? e.buyerKey ?? '';

/** Marketplace code (`DE`) for a known marketplace id, else the id as stored. */
const marketplaceCell = (id?: string): string => (id ? marketplaceById(id)?.code ?? id : '');

export function blacklistToCsv(entries: readonly BlacklistEntry[]): string {
  const rows = entries.map((e) => [
    buyerCell(e), e.orderId ?? '', marketplaceCell(e.marketplaceId), e.reason ?? '', e.addedAt,
  ].map(guardFormula));
  // Quoting (commas, quotes, line breaks) by papaparse; CRLF as RFC 4180 and spreadsheets expect.
  const csv = Papa.unparse({ fields: [...BLACKLIST_CSV_HEADER], data: rows }, { newline: '\r\n', quotes: false });
  return csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
}
