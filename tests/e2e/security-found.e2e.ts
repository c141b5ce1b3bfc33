/**
 * Security findings of the security suite, left FAILING on purpose until lib/ is fixed (no browser needed;
 * kept in the e2e run so the lead sees them). Each test names the place, the payload and what happens.
 *
 * 1. CSV formula injection through the field separator (lib/blacklist-csv/columns.ts `guardFormula`,
 *    lib/campaigns/runner/csv.ts `csvCell`). The guard only looks at the first character of a cell. Excel
 *    opens a .csv with the system list separator, which is `;` in Germany, France, Italy, Spain (this
 *    product's EU sellers): a cell `x;=1+1;` (a buyer name from a thread or a report, a reason) is split
 *    there and its middle part `=1+1` becomes a formula cell. `=HYPERLINK(CHAR(104)&…)` needs neither
 *    commas nor quotes, so papaparse does not even quote it. Fix: also neutralise a formula character that
 *    follows `;`, `,`, tab or a line break inside a cell (e.g. put an apostrophe after the separator), for
 *    every exporter (blacklist, analytics tableToCsv, send log, import errors).
 *
 * 2. Template rendering trusts its marker character (lib/templates/render.ts, MARK = U+2063 INVISIBLE
 *    SEPARATOR). A value that contains U+2063 (a buyer name or a product title, e.g. `Zoë\u2063Smith`)
 *    breaks the segment parsing: the inserted text differs from the value (the separator moves to the end,
 *    the parts are glued), and a crafted value (`A\u2063V:order_id\u2063x\u2063`) makes the preview label
 *    buyer text as another variable. Low severity (integrity of the sent text). Fix: strip or escape MARK
 *    in the values before rendering, or render segments without in-band markers.
 */
import { blacklistToCsv } from '../../lib/blacklist-csv';
import { tableToCsv } from '../../lib/analytics';
import { sendLogToCsv } from '../../lib/campaigns/runner/csv';
import { errorsToCsv } from '../../lib/imports/errors-csv';
import type { SendLogEntry } from '../../lib/model';
import { renderTemplate } from '../../lib/templates/render';

/** Cells a spreadsheet sees when it splits a line on `;` (quotes dropped the way Excel does for a field start). */
const semicolonCells = (csv: string): string[] =>
  csv.replace(/^\uFEFF/, '').split(/\r\n|\n/).flatMap((line) => line.split(';')).map((c) => c.replace(/^"+/, ''));
const FORMULA = /^[=+\-@]/;

describe('FOUND 1: CSV formula injection through the ";" list separator (Excel in DE/FR/IT/ES)', () => {
  const payload = 'Max;=HYPERLINK(CHAR(104)&CHAR(116)&CHAR(116)&CHAR(112)&CHAR(115)&CHAR(58)&CHAR(47)&CHAR(47)&CHAR(101)&CHAR(118)&CHAR(105)&CHAR(108));';

  it('blacklist export (buyer name from a thread, reason)', () => {
    const csv = blacklistToCsv([{ id: 'a', buyerName: payload, reason: 'x;=1+1;', addedAt: '2026-01-01T00:00:00.000Z' }]);
    expect(semicolonCells(csv).filter((c) => FORMULA.test(c))).toEqual([]);
  });

  it('analytics tables', () => {
    expect(semicolonCells(tableToCsv(['template'], [[payload]])).filter((c) => FORMULA.test(c))).toEqual([]);
  });

  it('campaign send log (every cell quoted: still split by Excel)', () => {
    const e = { key: 'k', kind: 'reply', stage: 'failed', reason: payload, text: payload, attempts: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' } as SendLogEntry;
    expect(semicolonCells(sendLogToCsv([e])).filter((c) => FORMULA.test(c))).toEqual([]);
  });

  it('report-import errors (the value comes from the imported report, e.g. a buyer name)', () => {
    expect(semicolonCells(errorsToCsv([{ line: 2, value: payload, reason: 'bad' }])).filter((c) => FORMULA.test(c))).toEqual([]);
  });
});

describe('FOUND 2: a value containing U+2063 corrupts the rendered template', () => {
  const ctx = (buyerName: string) => ({ marketplaceId: 'ATVPDKIKX0DER', buyerName, orderId: '111-1234567-1234567', items: [] });

  it('inserts the buyer name literally', () => {
    const name = 'Zoë\u2063Smith';
    expect(renderTemplate('Hello {{buyer_name}}, order {{order_id}}', ctx(name)).text).toBe(`Hello ${name}, order 111-1234567-1234567`);
  });

  it('does not let a value forge another variable\u2019s segment', () => {
    const r = renderTemplate('Hello {{buyer_name}}!', ctx('A\u2063\u2063V:order_id\u2063forged\u2063 B'));
    expect(r.segments.filter((x) => x.variable === 'order_id')).toEqual([]);
  });
});
