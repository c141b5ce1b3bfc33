/** Per-line CSV errors (lib/blacklist-csv) as translated text: i18n key + substitutions. */
import type { BlacklistCsvError } from '../../../lib/blacklist-csv';

export interface ErrorText { key: string; subs: string[] }

export function importErrorText(e: BlacklistCsvError): ErrorText {
  const value = e.value ?? '';
  if (e.column === 'order_id') return { key: 'blErrCsvOrderId', subs: [value] };
  if (e.column === 'marketplace') return { key: 'blErrCsvMarketplace', subs: [value] };
  if (e.column === 'added_at') return { key: 'blErrCsvDate', subs: [value] };
  if (/needs a buyer or an order_id/.test(e.reason)) return { key: 'blErrCsvNeedsWho', subs: [] };
  if (/quoted cell is not closed/.test(e.reason)) return { key: 'blErrCsvQuote', subs: [] };
  if (/file is empty/.test(e.reason)) return { key: 'blErrCsvEmpty', subs: [] };
  if (/Expected the header/.test(e.reason)) return { key: 'blErrCsvHeader', subs: ['buyer,order_id,marketplace,reason,added_at'] };
  return { key: 'blErrCsvOther', subs: [e.reason] };
}
