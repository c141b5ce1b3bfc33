/**
 * The one list of requests (lib/seller-central/requests.ts, request-notes.ts) against the extension's sources and the README:
 * a path literal or a request-making call anywhere in lib/, components/ or entrypoints/ without an entry fails.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entriesFor, NOT_REQUESTED, REQUEST_LIST, requestsTable } from '../../lib/seller-central/request-notes';
import { pathFits, REQUESTS, requestPath } from '../../lib/seller-central/requests';
import { scanSource, type PathLiteral, type RequestCall } from './helpers/request-scan';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const p = path.join(dir, name);
  if (statSync(p).isDirectory()) return walk(p);
  return /\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name) ? [p] : [];
});
const FILES = ['lib', 'components', 'entrypoints'].flatMap((d) => walk(path.join(ROOT, d)));
const rel = (p: string): string => path.relative(ROOT, p).split(path.sep).join('/');

/** Files whose request-making calls touch only the extension's own files (not Seller Central). */
const OWN_FILES_ONLY: Readonly<Record<string, string>> = {
  'components/i18n/load.ts': "fetches the extension's own message catalog",
  'components/background/welcome.ts': "opens the extension's welcome page",
  'components/popup/PopupApp.tsx': "opens the extension's options page",
  'components/page/ui-css.ts': "fetches the page UI's own stylesheet, once",
  'components/background/package-file.ts': "fetches the background's package files (the classifier's weights, the starter texts), once each",
};

/** A path literal is accounted for when it is a request in the list or a path the code only recognises. */
const known = (p: PathLiteral): boolean => {
  const concrete = p.path.replace(/\{\}/g, 'X1');
  return REQUEST_LIST.some((e) => pathFits(e, concrete)) || NOT_REQUESTED[p.path] !== undefined
    || NOT_REQUESTED[p.path.replace(/\{\}/g, '{}')] !== undefined;
};

function violations(files: ReadonlyArray<{ file: string; source: string }>): string[] {
  const callers = new Set(REQUEST_LIST.flatMap((e) => e.callers));
  const out: string[] = [];
  for (const { file, source } of files) {
    // only files that could name a path or make a request are parsed (the parser is the slow part)
    if (!/['"`]\/[A-Za-z]|https?:\/\/|\bfetch\b|\btabs\.|\blocation\.|\bwindows\.|runPageAction/.test(source)) continue;
    const { paths, calls } = scanSource(file, source);
    for (const p of paths) if (!known(p)) out.push(`${p.file}:${p.line}: ${p.path} is not in lib/seller-central/requests.ts`);
    const unlisted = calls.filter((c: RequestCall) => !callers.has(c.file) && OWN_FILES_ONLY[c.file] === undefined);
    for (const c of unlisted) out.push(`${c.file}:${c.line}: ${c.call}(…) makes a request, but no entry in lib/seller-central/request-notes.ts lists this file as a caller`);
  }
  return out;
}

const SOURCES = FILES.map((f) => ({ file: rel(f), source: readFileSync(f, 'utf8') }));

describe('the request list', () => {
  it('accounts for every path literal and every request-making call in lib/, components/ and entrypoints/', () => {
    expect(SOURCES.length).toBeGreaterThan(100);
    expect(violations(SOURCES)).toEqual([]);
  }, 60_000);

  it('fails on a new path or a new request call without an entry (the check itself can fail)', () => {
    const added = [
      { file: 'components/features/new-thing/index.ts', source: "export const go = () => fetch('/messaging/api/new-thing', { method: 'POST' });" },
      { file: 'lib/seller-central/new-thing.ts', source: 'export const url = (h: string, id: string) => `https://${h}/messaging/api/cases/${id}/archive`;' },
      { file: 'components/background/campaign-seller-central.ts', source: "fetch(`/orders-api/search?limit=${1}`)" },
    ];
    expect(violations(added)).toEqual([
      'components/features/new-thing/index.ts:1: /messaging/api/new-thing is not in lib/seller-central/requests.ts',
      'components/features/new-thing/index.ts:1: fetch(…) makes a request, but no entry in lib/seller-central/request-notes.ts lists this file as a caller',
      'lib/seller-central/new-thing.ts:1: /messaging/api/cases/{}/archive is not in lib/seller-central/requests.ts',
      'components/background/campaign-seller-central.ts:1: /orders-api/search is not in lib/seller-central/requests.ts',
    ]);
    // comments and import specifiers are no requests
    expect(violations([{ file: 'lib/x.ts', source: "// fetch('/messaging/api/new')\nimport a from '/abs/module';\nexport default a;" }])).toEqual([]);
  });

  it('every entry names an adapter and callers that exist; a caller imports the adapter, or one that builds the URL with it', () => {
    const importsOf = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
    for (const e of REQUEST_LIST) {
      expect(existsSync(path.join(ROOT, e.adapter)), `${e.id}: ${e.adapter}`).toBe(true);
      expect(e.callers.length, e.id).toBeGreaterThan(0);
      for (const c of e.callers) expect(existsSync(path.join(ROOT, c)), `${e.id}: ${c}`).toBe(true);
      const adapterModule = `/${path.basename(e.adapter, '.ts')}'`;
      // the Next button gets its URL from the background (lib/protocol/handlers/inbox-next.ts builds it with pages.ts);
      // a page the work tab opens is read by its page action
      const builders = e.id.startsWith('next') ? ['lib/protocol/handlers/inbox-next.ts']
        : e.id === 'reviewPageTab' ? ['components/page-actions/request-review.ts'] : [];
      expect([...e.callers, ...builders].some((c) => importsOf(c).includes(adapterModule)), `${e.id}: no caller uses ${e.adapter}`).toBe(true);
      if (e.evidence.level === 'replica only' && e.method !== 'NAVIGATE' && e.method !== 'TAB') expect(e.removing, e.id).toBeTruthy();
    }
  });

  it('uses no path that exists only in the replica (house rule): the legacy layout goes by the older case link', () => {
    expect(REQUEST_LIST.filter((e) => e.evidence.level === 'replica only').map((e) => e.id)).toEqual([]);
    expect(REQUEST_LIST.filter((e) => e.path.startsWith('/messaging/thread')).map((e) => e.id)).toEqual([]);
    expect(requestPath(REQUESTS.nextLegacyCase, {}, { fi: 'caseId', ss: 'c1', cc: 'c1' })).toBe('/messaging/inbox?fi=caseId&ss=c1&cc=c1');
  });

  it('adapters build their paths through the list', () => {
    expect(requestPath(REQUESTS.solicitationCheck, { orderId: '111-2222222-3333333' }, { marketplaceId: 'ATVPDKIKX0DER', isReturn: 'false' }))
      .toBe('/messaging/api/solicitations/111-2222222-3333333/productReviewAndSellerFeedback?marketplaceId=ATVPDKIKX0DER&isReturn=false');
    expect(requestPath(REQUESTS.refundStatus, {}, { orderId: 'a b,c' })).toBe('/orders-api/refund-status?orderId=a%20b,c');
    expect(() => requestPath(REQUESTS.order, {})).toThrow(/needs "orderId"/);
    expect(() => requestPath(REQUESTS.order, { orderId: '1' }, { extra: 'x' })).toThrow(/no query parameter "extra"/);
    expect(entriesFor('POST', '/messaging/api/solicitations/111-1/productReviewAndSellerFeedback').map((e) => e.id)).toEqual(['solicitationSend']);
    expect(entriesFor('GET', '/messaging/api/solicitations/111-1/other')).toEqual([]);
  });

  it('the README table is the list', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const m = /<!-- requests:start -->\n([\s\S]*?)\n<!-- requests:end -->/.exec(readme);
    expect(m?.[1], 'README.md: the table between <!-- requests:start --> and <!-- requests:end --> (write it: npx tsx tests/tools/requests-table.ts)')
      .toBe(requestsTable());
  });
});
