/**
 * Mutated Seller Central report files (tests/unit/fuzz-reports.test.ts): start from the fixtures of every
 * report kind and damage columns, cells, separators, lines, bytes and encodings.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { junkBytes, junkString, type Rng } from './prng';

const dir = fileURLToPath(new URL('../fixtures/reports/', import.meta.url));

export interface Seed { name: string; text: string; marketplace?: string }

/** Every well-formed fixture (the malformed ones too: they are bad input already), as text. */
export const REPORT_SEEDS: readonly Seed[] = [
  'all-orders-official.txt', 'all-orders-extra-columns.txt', 'all-orders-legacy-url.txt', 'all-orders-order-item-id.txt',
  'all-orders-malformed.txt', 'all-orders-missing-column.txt',
  'feedback-us.txt', 'feedback-us-malformed.txt', 'feedback-legacy-uk.txt', 'feedback-de-latin1.txt',
  'returns-seller-fulfilled.txt', 'returns-fba.txt',
].map((name) => ({
  name,
  text: name.endsWith('latin1.txt') ? new TextDecoder('windows-1252').decode(readFileSync(dir + name)) : readFileSync(dir + name, 'utf8'),
  marketplace: name.includes('-de-') ? 'DE' : name.includes('-uk') ? 'UK' : name.startsWith('feedback') ? 'US' : undefined,
}));

/** Values a column of that kind should not accept (and a few it should). */
const BAD_VALUES: Record<string, (r: Rng) => string> = {
  date: (r) => r.pick(['2025-02-30T00:00:00+00:00', '2025-13-01', '31/31/31', '0/0/00', '1/13/17', '13.1.17', '17/1/13', '2025-06-17T25:00:00Z',
    '2025-06-17T08:04:21+99:00', 'yesterday', '10-Jul-2025', '10-Jux-2025', '32-Jul-2025', '1989-01-01', '2201-01-01', '2025-06-17T08:04:21+00:00',
    '2025-06-17', '2025-6-7', '  2025-06-17T08:04:21+00:00  ', '"2025-06-17T08:04:21+00:00"', '2025-06-17T08:04:21.123456789Z', '29-Feb-2023', '29-Feb-2024', '']),
  number: (r) => r.pick(['-1', '1.5', '1e3', 'NaN', 'Infinity', '0x10', '١٢', '9999999999', '1,234.56', '1.234,56', '12,99', '￥1,980', '€', '--5', '+', '.', ',',
    '1 000', '12.999', '99999999999999999999.99', '-0', '0', '3', '']),
  rating: (r) => r.pick(['0', '6', '5.0', '4.5', '-1', 'five', '1 ', ' 3', '３', '1.', '5.00', '']),
  orderId: (r) => r.pick(['12-345', '111-1234567-123456', '111-1234567-12345678', 'S01-1234567-1234567', 's01-1234567-1234567', '111–1234567–1234567',
    ' 111-1234567-1234567 ', '111 1234567 1234567', '1111234567 1234567', '１１１-1234567-1234567', 'undefined', '']),
  asin: (r) => r.pick(['B000RULER1', 'b000ruler1', 'B000RULER', 'B000RULER12', 'B000-RULER', '']),
  text: (r) => junkString(r, 30),
  long: (r) => 'X'.repeat(r.pick([11, 101, 201, 401, 2_001, 10_001])),
};

function kindOfColumn(header: string): keyof typeof BAD_VALUES {
  const h = header.toLowerCase();
  if (/order.?id/.test(h)) return 'orderId';
  if (/date/.test(h)) return 'date';
  if (/rating/.test(h)) return 'rating';
  if (/quantity|price|amount|tax|discount|cost/.test(h)) return 'number';
  if (/^\W*asin/.test(h)) return 'asin';
  return 'text';
}

const splitLines = (text: string) => text.split(/(?<=\n)/);

/** Text-level mutation of a report (one round). */
export function mutateReport(r: Rng, text: string): string {
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const body = text.replace(/\r\n/g, '\n').replace(/\n+$/, '');
  const rows = body.split('\n').map((l) => l.split('\t'));
  const header = rows[0] ?? [];
  const width = header.length;
  const join = (rs: string[][]) => rs.map((c) => c.join('\t')).join('\n') + '\n';
  const col = () => r.int(0, Math.max(0, width - 1));
  const dataRow = () => r.int(1, Math.max(1, rows.length - 1));
  switch (r.int(0, 19)) {
    case 0: { const c = col(); return join(rows.map((cells) => cells.filter((_, i) => i !== c))); } // drop a column
    case 1: { const c = col(); return join(rows.map((cells) => [...cells.slice(0, c + 1), cells[c] ?? '', ...cells.slice(c + 1)])); } // duplicate
    case 2: { const order = r.shuffle(header.map((_, i) => i)); return join(rows.map((cells) => order.map((i) => cells[i] ?? ''))); } // reorder
    case 3: { // header only dropped / renamed / junk
      const c = col();
      const h = [...header];
      h[c] = r.pick(['', junkString(r, 10), (h[c] ?? '').toUpperCase().replace(/-/g, '_'), ` "${h[c] ?? ''}" `, `\uFEFF${h[c] ?? ''}`]);
      return join([h, ...rows.slice(1)]);
    }
    case 4: case 5: case 6: case 7: { // corrupt cells by the kind of column
      const out = rows.map((c) => [...c]);
      const n = r.int(1, 4);
      for (let k = 0; k < n; k++) {
        const c = col();
        const row = out[dataRow()];
        if (row && c < row.length) row[c] = BAD_VALUES[r.chance(0.85) ? kindOfColumn(header[c] ?? '') : r.pick(Object.keys(BAD_VALUES))]!(r);
      }
      return join(out);
    }
    case 8: { // wrong separators in a line or everywhere
      const sep = r.pick([',', ';', '|', '  ', ' ']);
      if (r.chance(0.5)) return join(rows).replace(/\t/g, sep);
      const i = dataRow();
      return join(rows.map((c, j) => (j === i ? [c.join(sep)] : c)));
    }
    case 9: { const i = dataRow(); return join(rows.map((c, j) => (j === i ? c.slice(0, r.int(0, c.length - 1)) : c))); } // truncated line
    case 10: return text.slice(0, r.int(0, text.length)); // truncated file
    case 11: { // binary junk
      const junk = String.fromCharCode(...junkBytes(r, r.int(1, 64)));
      const i = r.int(0, text.length);
      return text.slice(0, i) + junk + text.slice(i);
    }
    case 12: { const i = dataRow(); return join(rows.map((c, j) => (j === i ? [...c, ...Array.from({ length: r.int(1, 3) }, () => r.pick(['', 'extra', ' ']))] : c))); } // extra fields
    case 13: { const i = dataRow(); const copy = rows[i]; return copy ? join([...rows.slice(0, i + 1), copy, ...rows.slice(i + 1)]) : text; } // duplicate row
    case 14: return (r.chance(0.5) ? '\uFEFF' : '') + join(rows).replace(/\n/g, r.pick(['\r\n', '\r', '\n\n', '\n \n', '\n\t\n']));
    case 15: { const lines = splitLines(text); const i = r.int(0, lines.length); lines.splice(i, 0, r.pick(['\n', '\t\t\t\n', '   \n', '#comment\n', `${header.join('\t')}\n`])); return lines.join(''); }
    case 16: { const out = rows.map((c) => [...c]); const row = out[dataRow()]; const c = col(); if (row && c < row.length) row[c] = `"${row[c] ?? ''}${r.chance(0.5) ? '"' : ''}`; return join(out); } // quotes
    case 17: return nl === '\r\n' ? text.replace(/\r\n/g, '\n') : text.replace(/\n/g, '\r\n');
    case 18: return text.replace(/^\uFEFF?/, r.pick(['', '\uFEFF', '\uFEFF\uFEFF', '\n\n', ' ']));
    default: { const out = rows.map((c) => [...c]); const row = out[dataRow()]; const c = col(); if (row && c < row.length) row[c] = `${row[c] ?? ''}${r.pick(['\u0000', '\u00a0', '\ufffd', '\u200b', ' ', '\u001f'])}`; return join(out); }
  }
}

/** The bytes of a text in an encoding a downloaded report may have (or a wrong one). */
export function encodeReport(r: Rng, text: string): { bytes: Uint8Array; how: string } {
  const utf8 = () => new TextEncoder().encode(text);
  switch (r.int(0, 7)) {
    case 0: return { bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8()]), how: 'utf-8 with BOM' };
    case 1: return { bytes: utf16(text, true, r.chance(0.5)), how: 'utf-16le' };
    case 2: return { bytes: utf16(text, false, r.chance(0.5)), how: 'utf-16be' };
    case 3: return { bytes: new Uint8Array([...text].map((c) => { const n = c.codePointAt(0) ?? 63; return n < 256 ? n : 63; })), how: 'latin-1' };
    case 4: { const b = utf8(); const i = r.int(0, b.length); return { bytes: new Uint8Array([...b.slice(0, i), ...junkBytes(r, r.int(1, 16)), ...b.slice(i)]), how: 'utf-8 with junk bytes' }; }
    case 5: { const b = utf8(); return { bytes: b.slice(0, r.int(0, b.length)), how: 'utf-8 cut mid-character' }; }
    default: return { bytes: utf8(), how: 'utf-8' };
  }
}

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (le) out.push(c & 0xff, c >> 8); else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}
