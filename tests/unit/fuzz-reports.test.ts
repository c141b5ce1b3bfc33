/**
 * Generated bad input for every report kind: the fixtures with columns dropped, duplicated and reordered,
 * cells corrupted, wrong separators, truncated lines, binary junk, other encodings, BOMs and CRLF.
 * parseReport never throws; every rejected row has its line (within the file), the column where there is
 * one, and a reason; every accepted row becomes a record the import protocol accepts (valid order id,
 * finite numbers, ISO dates). parseReportChunks agrees with parseReport.
 */
import * as v from 'valibot';
import { decodeReport, parseReport, parseReportChunks, REPORT_KINDS, REPORT_SPECS, type ParseResult, type ReportKind } from '../../lib/reports';
import { cleanCell } from '../../lib/reports/row';
import { ImportFeedbackSchema, ImportOrderItemSchema, ImportOrderSchema, ImportReturnSchema } from '../../lib/imports/schemas';
import type { Order } from '../../lib/model';
import { caseLabel, Rng, Tally } from '../fuzz/prng';
import { encodeReport, mutateReport, REPORT_SEEDS } from '../fuzz/reports-gen';

const SEED = 0x2e9077;
const CASES = 1400;
const NOW = '2026-01-01T00:00:00.000Z';
const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ORDER_ID = /^[0-9A-Z]{3}-\d{7}-\d{7}$/;
const MARKETPLACES = [undefined, 'US', 'DE', 'UK', 'JP', 'SE', 'FR', 'ZA', 'A1PA6795UKMFR9', 'XX', ''];

/**
 * Known bug (fuzz-found-bugs.test.ts): parseReport accepts cells longer than the import protocol's bounds
 * (ship-country > 10, item-status > 100, comments > 10,000, sku > 200 ...), so the whole batch is then refused by
 * `imports/stage`. Counted and printed here, failing there.
 */
const KNOWN = [{ name: 'accepted value longer than the import schema allows', re: /rejected by the import schema: [\w.]+: Invalid length/ }];
const known = new Map<string, number>();
afterAll(() => { for (const [k, n] of known) console.log(`[fuzz] reports: known bug "${k}": ${n} cases`); });

const tally = new Tally();
afterAll(() => tally.print('reports (accepted = file read with no rejected row)'));
const rowTally = new Tally();
afterAll(() => rowTally.print('reports, rows'));

const isoOk = (s: unknown) => typeof s === 'string' && ISO_Z.test(s) && new Date(s).toISOString() === s;

/** Problems with the accepted records of a result. */
function recordProblems(res: ParseResult): string[] {
  const out: string[] = [];
  const schema = (what: string, s: v.GenericSchema, x: unknown) => {
    const r = v.safeParse(s, x);
    if (!r.success) out.push(`${what} rejected by the import schema: ${r.issues.map((i) => `${(i.path ?? []).map((p) => String(p.key)).join('.')}: ${i.message}`).join('; ')} ${JSON.stringify(x).slice(0, 300)}`);
  };
  for (const o of res.records.orders) {
    schema('order', ImportOrderSchema, o);
    if (!ORDER_ID.test(o.orderId)) out.push(`order id ${o.orderId}`);
    for (const k of ['purchaseDate', 'lastUpdateDate'] as const) if (o[k] !== undefined && !isoOk(o[k])) out.push(`order ${k} ${o[k]}`);
    if (o.total && !Number.isFinite(o.total.amount)) out.push(`order total ${o.total.amount}`);
  }
  for (const i of res.records.items) {
    schema('item', ImportOrderItemSchema, i);
    if (!ORDER_ID.test(i.orderId) || !/^[A-Z0-9]{10}$/.test(i.asin)) out.push(`item ${i.orderId} ${i.asin}`);
    if (!Number.isInteger(i.quantity) || i.quantity < 0) out.push(`item quantity ${i.quantity}`);
    if (i.price && !Number.isFinite(i.price.amount)) out.push(`item price ${i.price.amount}`);
  }
  for (const f of res.records.feedback) {
    schema('feedback', ImportFeedbackSchema, f);
    if (!ORDER_ID.test(f.orderId) || !isoOk(f.date) || ![1, 2, 3, 4, 5].includes(f.rating)) out.push(`feedback ${JSON.stringify(f).slice(0, 200)}`);
  }
  for (const x of res.records.returns) {
    schema('return', ImportReturnSchema, x);
    if (!ORDER_ID.test(x.orderId) || !isoOk(x.requestDate) || !Number.isInteger(x.quantity) || x.quantity < 0) out.push(`return ${JSON.stringify(x).slice(0, 200)}`);
    if (x.refundedAmount && !Number.isFinite(x.refundedAmount.amount)) out.push(`return refund ${x.refundedAmount.amount}`);
  }
  return out;
}

/** Problems with the errors of a result: lines inside the file, columns of the file, reasons. */
function errorProblems(text: string, res: ParseResult): string[] {
  const out: string[] = [];
  const newline = text.includes('\n') ? '\n' : text.includes('\r') ? '\r' : '\n';
  const lines = text.split(newline);
  const headerIndex = lines.findIndex((l) => l.trim());
  const headerCells = (lines[headerIndex] ?? '').split('\t').map((c) => cleanCell(c.replace(/^\uFEFF/, '')));
  const canonical = new Set(REPORT_SPECS.flatMap((s) => [...s.expected, ...s.required]));
  const rowLines = new Set<number>();
  for (const e of res.errors) {
    const at = `error ${JSON.stringify(e).slice(0, 300)}`;
    if (!Number.isInteger(e.line) || e.line < 0 || e.line > lines.length) out.push(`${at}: line outside 0..${lines.length}`);
    if (typeof e.reason !== 'string' || !e.reason.trim()) out.push(`${at}: no reason`);
    if (e.column !== undefined && (!e.column.trim() || !(headerCells.includes(e.column) || canonical.has(e.column)))) out.push(`${at}: column is not a column of the file`);
    if (e.line > headerIndex + 1) {
      rowLines.add(e.line);
      const line = (lines[e.line - 1] ?? '').replace(/\r$/, '');
      if (!line.trim()) out.push(`${at}: points at an empty line`);
      if (e.value && !e.value.includes('"') && !line.includes(e.value)) out.push(`${at}: line ${e.line} does not hold the value (${JSON.stringify(line.slice(0, 120))})`);
      if (e.value !== undefined && e.column === undefined) out.push(`${at}: a cell error without its column`);
    }
  }
  if (res.kind !== 'unknown' && res.stats.rows > 0) {
    if (res.stats.rows !== res.stats.accepted + res.stats.rejected) out.push(`stats do not add up ${JSON.stringify(res.stats)}`);
    if (rowLines.size !== res.stats.rejected) out.push(`${rowLines.size} lines with errors, ${res.stats.rejected} rejected rows`);
    const records = res.kind === 'all-orders' ? res.records.items.length
      : res.kind.startsWith('seller-feedback') ? res.records.feedback.length : res.records.returns.length;
    if (records !== res.stats.accepted) out.push(`${records} records for ${res.stats.accepted} accepted rows`);
  }
  return out;
}

/** parseReportChunks must give the same errors, stats and (merged) records. */
async function chunkProblems(text: string, opts: Parameters<typeof parseReport>[1], whole: ParseResult, chunkSize: number): Promise<string[]> {
  const orders = new Map<string, Order>();
  const items: unknown[] = [];
  const feedback: unknown[] = [];
  const returns: unknown[] = [];
  let finals = 0;
  const res = await parseReportChunks(text, opts, (c) => {
    for (const o of c.records.orders) orders.set(o.orderId, o);
    items.push(...c.records.items);
    feedback.push(...c.records.feedback);
    returns.push(...c.records.returns);
    if (c.final) finals++;
  }, chunkSize);
  const out: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(res.errors, whole.errors)) out.push(`chunked errors differ (chunk ${chunkSize})`);
  if (!same(res.stats, whole.stats)) out.push(`chunked stats differ (chunk ${chunkSize}): ${JSON.stringify(res.stats)} vs ${JSON.stringify(whole.stats)}`);
  const byId = (xs: Order[]) => [...xs].sort((a, b) => (a.orderId < b.orderId ? -1 : 1));
  if (!same(byId([...orders.values()]), byId(whole.records.orders))) out.push(`chunked orders differ (chunk ${chunkSize})`);
  if (!same(items, whole.records.items) || !same(feedback, whole.records.feedback) || !same(returns, whole.records.returns)) out.push(`chunked records differ (chunk ${chunkSize})`);
  if (res.kind !== 'unknown' && whole.stats.rows >= 0 && finals > 1) out.push('more than one final chunk');
  return out;
}

describe('fuzz: reports (decodeReport + parseReport + parseReportChunks)', () => {
  it(`${CASES} mutated report files of every kind`, async () => {
    const root = new Rng(SEED);
    const problems: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const r = root.fork(i);
      const seed = REPORT_SEEDS[i % REPORT_SEEDS.length]!;
      let text = seed.text;
      const rounds = r.int(1, 3);
      for (let k = 0; k < rounds; k++) text = mutateReport(r, text);
      let how = 'text';
      if (r.chance(0.35)) {
        const enc = encodeReport(r, text);
        how = enc.how;
        try {
          text = decodeReport(enc.bytes, { marketplace: seed.marketplace }).text;
        } catch (e) {
          problems.push(`${caseLabel(SEED, i, `${seed.name}, ${how}`)}: decodeReport threw ${String(e)}`);
          continue;
        }
      }
      const marketplace = r.chance(0.7) ? seed.marketplace : r.pick(MARKETPLACES);
      const kind: ReportKind | undefined = r.chance(0.1) ? r.pick(REPORT_KINDS) : undefined;
      const opts = { fileName: `fuzz-${i}.txt`, now: NOW, marketplace, kind };
      const label = caseLabel(SEED, i, `${seed.name}, ${how}, marketplace ${String(marketplace)}, kind ${String(kind)}`);
      let res: ParseResult;
      try {
        res = parseReport(text, opts);
      } catch (e) {
        problems.push(`${label}: parseReport threw ${String(e)}`);
        continue;
      }
      const found = [...errorProblems(text, res), ...recordProblems(res)];
      if (i % 3 === 0) found.push(...await chunkProblems(text, opts, res, r.pick([1, 2, 3, 7, 5000])));
      for (const p of found) {
        const k = KNOWN.find((x) => x.re.test(p));
        if (k) known.set(k.name, (known.get(k.name) ?? 0) + 1);
        else problems.push(`${label}: ${p}`);
      }
      tally.add(`${res.kind}`, res.errors.length === 0);
      for (let n = 0; n < res.stats.accepted; n++) rowTally.add(res.kind, true);
      for (let n = 0; n < res.stats.rejected; n++) rowTally.add(res.kind, false);
    }
    expect(problems.slice(0, 25)).toEqual([]);
    expect(tally.total()).toBe(CASES);
  }, 60_000);
});
