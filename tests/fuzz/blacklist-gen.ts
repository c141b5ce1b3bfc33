/** Mutated blacklist CSV files (tests/unit/fuzz-blacklist-csv.test.ts). */
import Papa from 'papaparse';
import { blacklistToCsv } from '../../lib/blacklist-csv';
import type { BlacklistEntry } from '../../lib/model';
import { junkString, mutateText, unicodeString, type Rng } from './prng';

const MARKETPLACE_IDS = ['ATVPDKIKX0DER', 'A1PA6795UKMFR9', 'A1F83G8C2ARO7P', 'A1VC38T7YXB528'];

function entry(r: Rng, i: number): BlacklistEntry {
  const e: BlacklistEntry = { id: `e${i}`, addedAt: new Date(Date.UTC(2025, r.int(0, 11), r.int(1, 28), r.int(0, 23))).toISOString() };
  if (r.chance(0.8)) e.buyerName = r.pick(['Max Mustermann', 'Jane Doe', '=HYPERLINK("x")', '-Dash', '山田 太郎', 'O\'Brien, "Bob"', unicodeString(r, 1, 12).trim() || 'X']);
  if (!e.buyerName || r.chance(0.5)) e.orderId = `${r.int(100, 999)}-${r.int(1_000_000, 9_999_999)}-${r.int(1_000_000, 9_999_999)}`;
  if (r.chance(0.6)) e.marketplaceId = r.pick(MARKETPLACE_IDS);
  if (r.chance(0.6)) e.reason = r.pick(['abusive', 'chargeback,\nsecond line', '"quoted"', '+1', '@x', unicodeString(r, 0, 20)]);
  return e;
}

/** A valid CSV as the export writes it, or as a spreadsheet re-saves it (`;` or tab, other header spelling). */
export function validCsv(r: Rng): string {
  const entries = Array.from({ length: r.int(0, 8) }, (_, i) => entry(r, i));
  const csv = blacklistToCsv(entries);
  if (r.chance(0.6)) return csv;
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  rows[0] = header.map((h) => r.pick([h, h.toUpperCase(), h.replace(/_/g, ' '), h.replace(/_/g, '-'), ` ${h} `]));
  return Papa.unparse(rows, { delimiter: r.pick([';', '\t', ',']), newline: r.pick(['\n', '\r\n']) });
}

const CELLS = (r: Rng) => r.pick([
  '12-34', '111-1234567-123456', '111-1234567-1234567', 'S01-1234567-1234567', ' 111-1234567-1234567 ', 'xx', 'de', 'DE', 'GB', 'A1PA6795UKMFR9', 'A1PA6795UKMFR',
  '2025-01-01', '2025-13-01', '2025-02-30', '2025-01-01T25:00', '2025-01-01T10:00:00+01:00', 'yesterday', '1/2/2025', "'=1+2", "'", '=1+2', '"', '""', '"a,b"', '',
  junkString(r, 20), unicodeString(r, 1, 10), 'x'.repeat(r.pick([201, 301, 501, 5000])),
]);

/** One round of damage to a CSV text. */
export function mutateCsv(r: Rng, text: string): string {
  switch (r.int(0, 9)) {
    case 0: case 1: case 2: { // replace a cell
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
      const rows = parsed.data;
      if (rows.length < 2) return text + CELLS(r);
      const row = rows[r.int(1, rows.length - 1)];
      if (row && row.length) row[r.int(0, row.length - 1)] = CELLS(r);
      return Papa.unparse(rows, { delimiter: parsed.meta.delimiter || ',', newline: r.pick(['\n', '\r\n']) });
    }
    case 3: { // drop, duplicate or reorder a column
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
      const rows = parsed.data;
      const width = rows[0]?.length ?? 0;
      if (!width) return text;
      const c = r.int(0, width - 1);
      const order = r.int(0, 2) === 0 ? [...Array(width).keys()].filter((i) => i !== c)
        : r.chance(0.5) ? [...Array(width).keys(), c] : r.shuffle([...Array(width).keys()]);
      return Papa.unparse(rows.map((row) => order.map((i) => row[i] ?? '')), { delimiter: parsed.meta.delimiter || ',' });
    }
    case 4: return mutateText(r, text, [',', ';', '"', '\n', '\r\n', '\r', '\t', '\uFEFF', "'"]);
    case 5: { const lines = text.split('\n'); lines.splice(r.int(0, lines.length), 0, r.pick(['', ',,,,', '"', 'a,b,c,d,e,f,g', ' ', '\uFEFF'])); return lines.join('\n'); }
    case 6: return r.pick(['\uFEFF', '', '\n\n']) + text;
    case 7: return text.slice(0, r.int(0, text.length));
    case 8: return text.replace(/,/g, r.pick([';', '\t', '|']));
    default: { const i = r.int(0, text.length); return text.slice(0, i) + String.fromCharCode(...Array.from({ length: r.int(1, 20) }, () => r.int(0, 0xffff))) + text.slice(i); }
  }
}
