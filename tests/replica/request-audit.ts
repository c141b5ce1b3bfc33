/**
 * The request audit of every extension session (tests/replica/harness.ts `close()`): each request the extension made
 * must fit an entry of the one list, lib/seller-central/requests.ts (issue 15 item 7).
 *
 *   auditRequests(requests) -> { unlisted, seen }
 *     requests  what the harness saw, each classified: 'fetch' (the extension's worker or one of its scripts, by
 *               method GET/POST) or 'tab' (a main-frame load in a tab the extension opened: the work tab, the popup's
 *               links; checked as TAB). Loads in the tests' own tabs are not classified: a test's `page.goto` and a
 *               NAVIGATE by the page UI look the same to the browser, so NAVIGATE entries are not audited.
 *     unlisted  "GET /messaging/api/x?a=1 (extension-worker; in file › test)" for each request without an entry
 *     seen      distinct { method, path, id }: the entry's path pattern and id (path = the URL's path when unlisted)
 *   recordSeen(file, seen): merges `seen` into the JSON file (SI_REQUEST_AUDIT), sorted, for the README.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { entriesFor, type RequestId, type RequestMethod } from '../../lib/seller-central/request-notes';

export interface AuditedRequest {
  kind: 'fetch' | 'tab';
  method: string;
  url: string;
  initiator: string;
  /** the test that ran when the request went out ("file › describe › test"), when known */
  test?: string;
}

export interface SeenEntry { method: string; path: string; id: RequestId | null }

export interface RequestAudit { unlisted: string[]; seen: SeenEntry[] }

/** The entry a request fits: among those of its method and path, the one whose query names cover the URL's, fewest first. */
function entryOf(method: RequestMethod, url: URL) {
  const fits = entriesFor(method, url.pathname);
  const keys = [...new Set(url.searchParams.keys())];
  const covering = fits.filter((e) => keys.every((k) => (e.query as readonly string[] | undefined)?.includes(k)))
    .sort((a, b) => (a.query?.length ?? 0) - (b.query?.length ?? 0));
  return covering[0] ?? fits[0];
}

const key = (s: SeenEntry): string => `${s.method} ${s.path} ${s.id ?? ''}`;

export function auditRequests(requests: readonly AuditedRequest[]): RequestAudit {
  const unlisted = new Set<string>();
  const seen = new Map<string, SeenEntry>();
  for (const r of requests) {
    const url = new URL(r.url);
    const method = (r.kind === 'tab' ? 'TAB' : r.method.toUpperCase()) as RequestMethod;
    const entry = method === 'GET' || method === 'POST' || method === 'TAB' ? entryOf(method, url) : undefined;
    const s: SeenEntry = entry ? { method, path: entry.path, id: entry.id } : { method, path: url.pathname, id: null };
    seen.set(key(s), s);
    if (!entry) unlisted.add(`${method} ${url.pathname}${url.search} (${r.initiator}${r.test ? `; in ${r.test}` : ''})`);
  }
  return { unlisted: [...unlisted], seen: [...seen.values()] };
}

/** Merges `seen` into the JSON file at `file` (an array of { method, path, id }), sorted by method, path. */
export function recordSeen(file: string, seen: readonly SeenEntry[]): void {
  const before: SeenEntry[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8') || '[]') as SeenEntry[] : [];
  const all = new Map([...before, ...seen].map((s) => [key(s), s]));
  const sorted = [...all.values()].sort((a, b) => key(a).localeCompare(key(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 1)}\n`);
}

/** The running Vitest test, "file › describe › test" (the global `expect` of the e2e config; undefined elsewhere). */
export function currentTest(): string | undefined {
  const g = globalThis as { expect?: { getState?: () => { currentTestName?: string; testPath?: string } } };
  const state = g.expect?.getState?.();
  if (!state) return undefined;
  const file = state.testPath?.split(/[\\/]/).pop();
  const name = state.currentTestName;
  return file && name ? `${file} › ${name}` : file ? `${file} (outside a test)` : name;
}
