/**
 * Page drift: the replica's inbox and thread pages in every `markup` variant (tests/replica/server/
 * markup-variants.ts), with the built extension, in ONE browser session (variants switch with
 * `setFaults`). For every variant:
 * - the page's own content renders and works: its rows are there, clicking a row (not a link) still
 *   navigates in-app to the thread, the reply box still takes typing;
 * - nothing of ours reaches the page: no uncaught page error, no console.error starting `[seller-inbox`;
 * - where our adapters cannot read the page, the quiet notice (`[data-si="notice"]`) appears and names
 *   what is missing; where they can, our features work (`[data-si]` elements appear, on the rows for the
 *   inbox) and no notice claims a problem.
 * Assertions are generic (whatever features are registered), not about one feature's internals.
 * A table of what each variant showed is printed at the end.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import type { MarkupVariant, ThreadListResponse } from '../replica/server';
import { HUGE_INBOX_THREADS } from '../replica/server';
import { startSession, type E2ESession } from './helpers/extension';

const SC = 'https://sellercentral.amazon.com';
const INBOX = `${SC}/messaging/inbox?fi=RESPONSE_NEEDED&pn=1`;

/** What a page in a variant should show. */
type Expectation =
  /** our adapters read the page: features work, no notice */
  | { kind: 'works' }
  /** our adapters cannot read the page: the notice appears and names what is missing */
  | { kind: 'notice'; names: RegExp }
  /** either of the two (the house rule: work, or say what is missing; never silently do nothing) */
  | { kind: 'works-or-notice'; names: RegExp };

interface Case {
  variant: MarkupVariant;
  inbox: Expectation;
  /** null: no thread to open in this variant */
  thread: Expectation | null;
}

const WORKS = { kind: 'works' } as const;
const THREAD_NOT_FOUND = /thread|conversation/i;

const CASES: Case[] = [
  { variant: 'normal', inbox: WORKS, thread: WORKS },
  // the notice names the missing parts in the seller's words (components/page/problem-text.ts), not by the adapters' codes
  { variant: 'drifted', inbox: { kind: 'notice', names: /inbox rows not found: list/ }, thread: { kind: 'notice', names: THREAD_NOT_FOUND } },
  { variant: 'renamed-classes', inbox: { kind: 'notice', names: /inbox rows not found: list/ }, thread: { kind: 'notice', names: THREAD_NOT_FOUND } },
  { variant: 'missing-times', inbox: { kind: 'notice', names: /\btimes\b/i }, thread: { kind: 'notice', names: /time/i } },
  // the rows still link their cases (the older case link): the list reads the case id there; the conversation has none
  { variant: 'missing-thread-ids', inbox: WORKS, thread: { kind: 'notice', names: /conversation ID/i } },
  { variant: 'reordered-columns', inbox: WORKS, thread: WORKS },
  { variant: 'late-upgrade', inbox: WORKS, thread: WORKS },
  { variant: 'no-shadow-dom', inbox: WORKS, thread: WORKS },
  { variant: 'german-ui', inbox: WORKS, thread: WORKS },
  { variant: 'empty-inbox', inbox: WORKS, thread: null },
  { variant: 'huge-inbox', inbox: WORKS, thread: WORKS },
  { variant: 'extra-wrappers', inbox: WORKS, thread: WORKS },
  { variant: 'shadow-rows', inbox: { kind: 'works-or-notice', names: /row/i }, thread: WORKS },
];

/**
 * `((root, selector) => Element[])` across open shadow roots, as page-side source (no bundler helpers in
 * it). The shadow roots of kat-* elements hold only their own visuals and a slot: skipped (5,000 rows
 * have 40,000 of them).
 */
const DEEP_ALL = `((root, sel) => {
  const out = [];
  const walk = (r) => {
    out.push(...r.querySelectorAll(sel));
    for (const el of r.querySelectorAll('*')) if (el.shadowRoot && !el.localName.startsWith('kat-')) walk(el.shadowRoot);
  };
  walk(root);
  return out;
})`;

interface Probe {
  /** the page's thread rows (kat-table-row with a status; head rows have none) */
  rows: number;
  /** rows with one of our elements inside */
  annotated: number;
  /** our elements, the notice excepted */
  ours: number;
  /** text of the quiet notice ('' when there is none) */
  notice: string;
  /** messages on a thread page */
  messages: number;
  /** the list's aria-busy */
  busy: boolean;
  /** the inbox's empty-state text is shown */
  empty: boolean;
}

const probe = (page: Page): Promise<Probe> => page.evaluate(`(() => {
  const all = ${DEEP_ALL};
  const rows = all(document, 'kat-table-row[data-status]');
  const ours = all(document, '[data-si]').filter((e) => e.getAttribute('data-si') !== 'notice');
  const list = all(document, 'kat-table[data-filter]')[0];
  return {
    rows: rows.length,
    annotated: rows.filter((r) => r.querySelector('[data-si]') || all(r, '[data-si]').length > 0).length,
    ours: ours.length,
    // what the notice says (its summary line), not the labels of its buttons ("Save page sample", ×)
    notice: [...(document.querySelector('[data-si="notice"]')?.shadowRoot?.querySelectorAll('.summary') ?? [])]
      .map((n) => n.textContent).join(' ').trim(),
    messages: all(document, '[data-page="messaging-thread"] [data-message-id], [data-message-id][data-sender-type]').length,
    busy: list ? list.getAttribute('aria-busy') === 'true' : false,
    empty: all(document, '.bsm-empty').length > 0,
  };
})()`);

/** Scrolls the first row into view; a point inside one of its cells that is neither a link nor ours, and the row's thread link. */
const rowClickTarget = (page: Page): Promise<{ x: number; y: number; href: string | null } | null> => page.evaluate(`(() => {
  const all = ${DEEP_ALL};
  const row = all(document, 'kat-table-row[data-status]')[0];
  if (!row) return null;
  row.scrollIntoView({ block: 'center' });
  const link = row.querySelector('kat-link[href*="fi=caseId"], a[href*="fi=caseId"]');
  const cells = [...row.querySelectorAll('kat-table-cell')];
  const cell = cells.find((c) => !c.querySelector('kat-link, a, [data-si]')) ?? cells.find((c) => !c.querySelector('kat-link, a')) ?? row;
  const rect = cell.getBoundingClientRect();
  return { x: rect.left + 3, y: rect.top + 3, href: link ? link.getAttribute('href') : null };
})()`);

/**
 * Scrolls the reply box into view; what is on top at three points across it (10 %, 50 %, 90 % of its
 * width, mid-height), looking into open shadow roots: 'reply box', or what covers it.
 */
const replyBoxReach = (page: Page): Promise<string[]> => page.evaluate(`(() => {
  const all = ${DEEP_ALL};
  const box = all(document, 'textarea[name="reply"]')[0];
  if (!box) return ['no reply box'];
  box.scrollIntoView({ block: 'center' });
  const r = box.getBoundingClientRect();
  return [0.1, 0.5, 0.9].map((f) => {
    const x = r.left + r.width * f;
    const y = r.top + r.height / 2;
    let el = document.elementFromPoint(x, y);
    while (el && el.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    if (el === box) return 'reply box';
    let host = el;
    while (host && !(host instanceof Element && host.hasAttribute('data-si'))) {
      host = host.parentElement ?? (host.getRootNode() instanceof ShadowRoot ? host.getRootNode().host : null);
    }
    const what = host ? host.localName + '[data-si=' + host.getAttribute('data-si') + ']' : (el ? el.localName + (el.className ? '.' + el.className : '') : 'nothing');
    return 'covered at ' + Math.round(f * 100) + '% by ' + what;
  });
})()`);

interface Result {
  variant: MarkupVariant;
  page: 'inbox' | 'thread';
  expected: Expectation['kind'];
  rows: number;
  annotated: number;
  ours: number;
  notice: string;
  pageErrors: number;
  consoleErrors: number;
  consoleWarnings: number;
  ms: number;
  outcome: string;
  /** reply box reachability (thread pages) */
  reach: string;
}

const results: Result[] = [];
let s: E2ESession;
const suiteStart = Date.now();

beforeAll(async () => { s = await startSession({ threads: 120, seed: 1 }); });
afterAll(async () => {
  await s?.close();
  const line = (r: Result): string => [
    r.variant.padEnd(19), r.page.padEnd(6), r.expected.padEnd(15), String(r.rows).padStart(5), String(r.annotated).padStart(5),
    String(r.ours).padStart(5), String(r.pageErrors).padStart(4), String(r.consoleErrors).padStart(4), String(r.consoleWarnings).padStart(4),
    String(r.ms).padStart(6), r.outcome.padEnd(6), JSON.stringify(r.notice.slice(0, 110)), r.reach,
  ].join(' ');
  console.log([
    `page drift: ${results.length} checks in ${Math.round((Date.now() - suiteStart) / 1000)} s`,
    'variant             page   expected         rows  ann.   ours  err cerr warn     ms result notice / reply box',
    ...results.map(line),
  ].join('\n'));
});

const listThreads = async (): Promise<ThreadListResponse> => {
  const res = await s.replica.handle({ method: 'GET', url: `${SC}/messaging/api/threads?fi=RESPONSE_NEEDED&pn=1` });
  return JSON.parse(String(res.body)) as ThreadListResponse;
};

/** Waits until `check` holds for a probe of the page (or the timeout passes); the last probe. */
async function until(page: Page, check: (p: Probe) => boolean, timeout: number, look: (page: Page) => Promise<Probe> = probe): Promise<Probe> {
  const end = Date.now() + timeout;
  let took = Date.now();
  let p = await look(page);
  took = Date.now() - took;
  while (!check(p) && Date.now() < end) {
    // a probe of 5,000 rows takes a while: do not keep the page's main thread busy with probing
    await page.waitForTimeout(Math.max(150, 3 * took));
    took = Date.now();
    p = await look(page);
    took = Date.now() - took;
  }
  return p;
}

/**
 * How long our features may take to show, or the notice to appear: the inbox features wait 8 s for a
 * list before they report, thread features up to 15 s for the conversation (thread-order-panel).
 */
const FEATURE_WAIT_MS = { inbox: 12_000, thread: 18_000 } as const;
/** After our features showed: how long a notice that claims a problem is given to appear anyway. */
const SETTLE_MS = 1_200;
/** How long the page may take to render its rows (5,000 in huge-inbox, on a busy machine). */
const ROWS_WAIT_MS = 60_000;

/** Asserts the expectation on an open page. `withRows`: the inbox, where rows carry our UI. */
async function checkOurs(
  page: Page, c: Pick<Case, 'variant'>, where: 'inbox' | 'thread', expectation: Expectation, withRows: boolean, seen: (p: Probe) => void,
  look: (page: Page) => Promise<Probe> = probe,
): Promise<Probe> {
  const hasOurs = (p: Probe): boolean => p.ours > 0 && (!withRows || p.rows === 0 || p.annotated > 0);
  let last: Probe;
  if (expectation.kind === 'works') {
    last = await until(page, hasOurs, FEATURE_WAIT_MS[where], look);
    await page.waitForTimeout(SETTLE_MS);
    last = await look(page);
    seen(last);
    expect(last.ours, `${c.variant} ${where}: our features show`).toBeGreaterThan(0);
    if (withRows && last.rows > 0) expect(last.annotated, `${c.variant} ${where}: rows carry our UI`).toBeGreaterThan(0);
    expect(last.notice, `${c.variant} ${where}: no notice claims a problem`).toBe('');
  } else if (expectation.kind === 'notice') {
    last = await until(page, (p) => expectation.names.test(p.notice), FEATURE_WAIT_MS[where], look);
    seen(last);
    expect(last.notice, `${c.variant} ${where}: the notice names what is missing`).toMatch(/Seller Inbox/);
    expect(last.notice, `${c.variant} ${where}: the notice names what is missing`).toMatch(expectation.names);
  } else {
    last = await until(page, (p) => hasOurs(p) || expectation.names.test(p.notice), FEATURE_WAIT_MS[where], look);
    seen(last);
    const worked = hasOurs(last) && last.notice === '';
    const said = /Seller Inbox/.test(last.notice) && expectation.names.test(last.notice);
    expect(worked || said, `${c.variant} ${where}: our features work on the rows or the notice names what is missing `
      + `(rows ${last.rows}, rows with our UI ${last.annotated}, ours ${last.ours}, notice ${JSON.stringify(last.notice)})`).toBe(true);
  }
  return last;
}

/** Runs one page check on its own instrumented page and records what it showed. */
async function record(
  c: Pick<Case, 'variant'>, where: 'inbox' | 'thread', expectation: Expectation,
  run: (page: Page, seen: (p: Probe) => void, note: (reach: string) => void) => Promise<void>,
): Promise<void> {
  const start = Date.now();
  const page = await s.newPage();
  const ours: ConsoleMessage[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => { if (m.text().startsWith('[seller-inbox')) ours.push(m); });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const result: Result = {
    variant: c.variant, page: where, expected: expectation.kind, rows: 0, annotated: 0, ours: 0, notice: '',
    pageErrors: 0, consoleErrors: 0, consoleWarnings: 0, ms: 0, outcome: 'FAIL', reach: '',
  };
  const seen = (p: Probe): void => { Object.assign(result, { rows: p.rows, annotated: p.annotated, ours: p.ours, notice: p.notice }); };
  try {
    await run(page, seen, (reach) => { result.reach = reach; });
    result.outcome = 'ok';
  } finally {
    Object.assign(result, {
      pageErrors: pageErrors.length,
      consoleErrors: ours.filter((m) => m.type() === 'error').length,
      consoleWarnings: ours.filter((m) => m.type() === 'warning').length,
      ms: Date.now() - start,
    });
    results.push(result);
    await page.close();
  }
  // checked after the page closed, so that they are reported even when the rest passed
  expect(pageErrors, `${c.variant} ${where}: no uncaught error reaches the page`).toEqual([]);
  expect(ours.filter((m) => m.type() === 'error').map((m) => m.text()), `${c.variant} ${where}: no console.error from our code`).toEqual([]);
}

// variants one after the other (the fault is server-wide); a variant's inbox and thread pages side by side
describe.each(CASES)('page drift: $variant', (c) => {
  let errorsBefore = 0;
  beforeAll(() => {
    s.replica.setFaults({ markup: c.variant });
    errorsBefore = s.pageErrors.length;
  });
  afterAll(() => {
    s.replica.setFaults({});
    // every page of the session (the session's own record, by URL)
    expect(s.pageErrors.slice(errorsBefore), `${c.variant}: no uncaught error on any page`).toEqual([]);
  });

  it.concurrent('inbox: the page renders and navigates; our features work or the notice names what is missing', async () => {
    const api = await listThreads();
    const expectedRows = api.threads.length;
    if (c.variant === 'empty-inbox') expect(expectedRows).toBe(0);
    else if (c.variant === 'huge-inbox') expect(expectedRows).toBe(HUGE_INBOX_THREADS);
    else expect(expectedRows).toBeGreaterThan(0);

    await record(c, 'inbox', c.inbox, async (page, seen) => {
      await page.goto(INBOX);
      // the page's own content: every row of its JSON (or its empty state)
      const shown = await until(page, (p) => !p.busy && (p.rows === expectedRows && (expectedRows > 0 || p.empty)), ROWS_WAIT_MS);
      expect(shown.rows, `${c.variant}: the page's rows`).toBe(expectedRows);
      if (expectedRows === 0) expect(shown.empty, `${c.variant}: the page's empty state`).toBe(true);

      await checkOurs(page, c, 'inbox', c.inbox, true, seen);

      if (expectedRows > 0) {
        // clicking a row (not its link) still navigates in-app to its thread
        const target = await rowClickTarget(page);
        expect(target?.href, `${c.variant}: the row links its case (the older case link)`).toContain('/messaging/inbox?fi=caseId&ss=');
        await page.mouse.click(target?.x ?? 0, target?.y ?? 0);
        await page.waitForURL((u) => u.pathname === '/messaging/inbox' && u.searchParams.get('fi') === 'caseId', { timeout: 10_000 });
        expect(new URL(page.url()).search).toBe(new URL(target?.href ?? '', SC).search);
        const thread = await until(page, (p) => p.messages > 0, 10_000);
        expect(thread.messages, `${c.variant}: the thread it opened shows its messages`).toBeGreaterThan(0);
      }
    });
  });

  const threadExpectation = c.thread;
  if (threadExpectation) it.concurrent('thread: the page renders and takes typing; our features work or the notice names what is missing', async () => {
    const expectation = threadExpectation;
    const api = await listThreads();
    // huge-inbox: a copied thread (its id is not in the data), the others: the newest one awaiting an answer
    const thread = c.variant === 'huge-inbox' ? api.threads[api.threads.length - 1] : api.threads[0];
    expect(thread).toBeDefined();
    await record(c, 'thread', expectation, async (page, seen, note) => {
      await page.goto(`${SC}/messaging/inbox?fi=caseId&ss=${encodeURIComponent(thread?.threadId ?? '')}&cc=${encodeURIComponent(thread?.threadId ?? '')}`);
      const shown = await until(page, (p) => p.messages > 0, 15_000);
      expect(shown.messages, `${c.variant}: the thread's messages`).toBeGreaterThan(0);

      await checkOurs(page, c, 'thread', expectation, false, seen);

      // the reply box is still reachable (nothing of ours on top of it) and takes typing (React-controlled:
      // the text must survive the next render)
      const reach = await replyBoxReach(page);
      note(reach.every((r) => r === 'reply box') ? 'reachable' : reach.filter((r) => r !== 'reply box').join('; '));
      const box = page.locator('textarea[name="reply"]');
      await box.focus();
      await box.pressSequentially('Drift check: 1 2 3');
      // (no expect.poll: it needs the test's own expect, and these tests run side by side)
      await page.waitForFunction(`(${DEEP_ALL})(document, 'textarea[name="reply"]')[0]?.value === 'Drift check: 1 2 3'`, undefined, { timeout: 5_000 })
        .catch(() => undefined);
      await page.waitForTimeout(300);
      expect(await box.inputValue(), `${c.variant}: the typed reply is still there`).toBe('Drift check: 1 2 3');
      expect(reach, `${c.variant}: nothing covers the reply box`).toEqual(['reply box', 'reply box', 'reply box']);
    });
  });
});

/**
 * Today's inbox v3 (/messaging/inbox-v3) in its variants: the case list with renamed classes, extra wrappers, rows
 * without times, rows behind a closed shadow root, the list in a same-origin frame, markup nobody knows, a window too
 * narrow for the list, German, late rows, case links. Our features work on the list, or the notice says what is
 * missing; never silence. (The case pane in these variants: inbox-v3-case.e2e.ts.)
 */
const V3_INBOX = `${SC}/messaging/inbox-v3?fi=responseNeeded`;
const V3_LIST_NOT_FOUND = /case list not found/i;
const V3_CASES: { variant: MarkupVariant; list: Expectation; width?: number; rows: 'shown' | 'hidden' }[] = [
  { variant: 'v3-renamed', list: WORKS, rows: 'shown' },
  { variant: 'v3-extra-wrappers', list: WORKS, rows: 'shown' },
  { variant: 'v3-missing-times', list: { kind: 'notice', names: /\btimes?\b/ }, rows: 'shown' },
  { variant: 'v3-closed-shadow', list: WORKS, rows: 'hidden' },
  { variant: 'v3-iframe', list: WORKS, rows: 'shown' },
  { variant: 'v3-drifted', list: { kind: 'notice', names: V3_LIST_NOT_FOUND }, rows: 'shown' },
  { variant: 'v3-narrow', list: { kind: 'notice', names: V3_LIST_NOT_FOUND }, width: 900, rows: 'hidden' },
  { variant: 'v3-german', list: WORKS, rows: 'shown' },
  { variant: 'v3-late-list', list: WORKS, rows: 'shown' },
  { variant: 'v3-case-links', list: WORKS, rows: 'shown' },
];

/** The v3 page: its case rows (frames included; a closed shadow root hides them from the page and from this probe). */
const probeV3 = (page: Page): Promise<Probe> => page.evaluate(`(() => {
  const all = ${DEEP_ALL};
  const docs = [document, ...[...document.querySelectorAll('iframe')].map((f) => { try { return f.contentDocument; } catch { return null; } }).filter(Boolean)];
  const rows = docs.flatMap((d) => all(d, '.case-list-item, .msg3-row'));
  const ours = docs.flatMap((d) => all(d, '[data-si]')).filter((e) => e.getAttribute('data-si') !== 'notice');
  return {
    rows: rows.length,
    annotated: rows.filter((r) => r.querySelector('[data-si]')).length,
    ours: ours.length,
    notice: [...(document.querySelector('[data-si="notice"]')?.shadowRoot?.querySelectorAll('.summary') ?? [])]
      .map((n) => n.textContent).join(' ').trim(),
    messages: 0,
    busy: docs.some((d) => all(d, '[aria-busy="true"]').length > 0),
    empty: false,
  };
})()`);

describe.each(V3_CASES)('page drift, inbox v3: $variant', (c) => {
  let errorsBefore = 0;
  beforeAll(() => {
    s.replica.setFaults({ markup: c.variant });
    errorsBefore = s.pageErrors.length;
  });
  afterAll(() => {
    s.replica.setFaults({});
    expect(s.pageErrors.slice(errorsBefore), `${c.variant}: no uncaught error on any page`).toEqual([]);
  });

  it('the case list renders; our features work on it or the notice names what is missing', async () => {
    await record(c, 'inbox', c.list, async (page, seen) => {
      if (c.width) await page.setViewportSize({ width: c.width, height: 800 });
      await page.goto(V3_INBOX);
      if (c.rows === 'shown') {
        const shown = await until(page, (p) => !p.busy && p.rows > 0, ROWS_WAIT_MS, probeV3);
        expect(shown.rows, `${c.variant}: the page's case rows`).toBeGreaterThan(0);
      }
      const last = await checkOurs(page, c, 'inbox', c.list, true, seen, probeV3);
      if (c.list.kind === 'works' && c.rows === 'shown') {
        expect(last.annotated, `${c.variant}: every case row carries its badge`).toBe(last.rows);
      }
    });
  });
});

