/**
 * Inbox features in Chromium on the replica, 500 and 2,000 rows on one inbox page (`?ps=`):
 * - scripting time of one badge + order pass (`seller-inbox:inbox-update`, measured inside the
 *   feature around the batched pass) and of one whole list change (`seller-inbox:inbox-change`: the
 *   adapter read + every inbox feature's pass). User-timing entries belong to the document, so a
 *   content script's `performance.measure` is visible to the page's main world (checked here: the
 *   metric fails when the entry is missing). Median of 7 changes, each triggered from the page by
 *   re-setting one row's `data-status` (the list observer re-reads everything).
 * - forced layouts during a change: a DevTools trace (devtools.timeline + blink.user_timing) of one
 *   change; `Layout` / `UpdateLayoutTree` events that start inside the change's user-timing window
 *   ran synchronously inside our code (forced). Layout at the next frame is not counted (not forced).
 * The replica serves at most 500 threads a page: this bench answers the list call itself with that
 * page's threads repeated under new ids up to `ps` (the features do not care where rows come from).
 */
import { chromium } from 'playwright-core';
import { generateReplicaData } from '../../replica/data';
import { attachReplica, CHROMIUM_PATH } from '../../replica/harness';
import { createReplicaServer, type ReplicaServer } from '../../replica/server';
import type { ThreadListResponse } from '../../replica/server/api-types';
import type { Metric, MetricSource } from '../types';
import { forcedLayouts } from './forced-layouts';
import { FIRST_ROWS } from '../../../components/features/inbox-shared/near-view';

const UPDATE = 'seller-inbox:inbox-update';
const CHANGE = 'seller-inbox:inbox-change';
const SAMPLES = 7;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const round = (n: number): number => Math.round(n * 10) / 10;

async function measure(server: ReplicaServer, extensionDir: string, rows: number): Promise<{ update: number; change: number; forced: number; layoutsInWindow: string[] }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH, headless: true, viewport: { width: 1440, height: 900 },
    args: ['--no-sandbox', '--no-first-run', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  try {
    await attachReplica(context, server);
    await context.route(/\/messaging\/api\/threads\?/, async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const ps = Number(url.searchParams.get('ps') ?? 50);
      url.searchParams.set('ps', '500');
      url.searchParams.set('pn', '1');
      const answer = await server.handle({ method: 'GET', url: url.href, headers: await request.allHeaders(), body: undefined });
      const base = JSON.parse(String(answer.body)) as ThreadListResponse;
      const threads = Array.from({ length: Math.min(ps, base.threads.length * 10) }, (_, i) => {
        const t = base.threads[i % base.threads.length]!;
        return { ...t, threadId: i < base.threads.length ? t.threadId : `${t.threadId}-${Math.floor(i / base.threads.length)}` };
      });
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ total: threads.length, pageNumber: 1, pageSize: ps, threads }) });
    });
    const page = await context.newPage();
    await page.goto(`https://sellercentral.amazon.com/messaging/inbox?fi=ALL&pn=1&ps=${rows}`);
    // the rows badged where they are near the view (a list this long: near-view.ts), the first rows as shown at least
    await page.waitForFunction(({ n, first }) => document.querySelectorAll('kat-table-body [data-si="deadline"]').length >= Math.min(n, first),
      { n: rows, first: FIRST_ROWS }, { timeout: 60_000 });
    await page.waitForTimeout(1000);

    const trigger = (): Promise<number> => page.evaluate(async ([name]) => {
      const before = performance.getEntriesByName(name!).at(-1)?.startTime ?? -1;
      const row = document.querySelector('kat-table-body kat-table-row[data-thread-id]');
      row?.setAttribute('data-status', row.getAttribute('data-status') ?? '');
      for (let i = 0; i < 200; i++) {
        await new Promise((r) => setTimeout(r, 10));
        const e = performance.getEntriesByName(name!).at(-1);
        if (e && e.startTime !== before) return e.startTime;
      }
      throw new Error(`no ${name} entry on the page's timeline`);
    }, [CHANGE]);
    const entry = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);

    const updates: number[] = [];
    const changes: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      await trigger();
      updates.push(await entry(UPDATE));
      changes.push(await entry(CHANGE));
      await page.waitForTimeout(100);
    }

    // one traced change: layouts that start inside our window are forced
    const layoutsInWindow = await forcedLayouts(context, page, CHANGE, trigger);
    return { update: median(updates), change: median(changes), forced: layoutsInWindow.length, layoutsInWindow };
  } finally {
    await context.close();
  }
}

export const inbox: MetricSource = async ({ extensionDir }) => {
  const server = createReplicaServer(generateReplicaData({ seed: 1, threads: 4000 }));
  const metrics: Metric[] = [];
  for (const [rows, goal] of [[500, 8], [2000, 16]] as const) {
    const r = await measure(server, extensionDir, rows);
    metrics.push(
      { name: `inbox badge+order pass, ${rows} rows`, value: round(r.update), unit: 'ms', goal, note: `median of ${SAMPLES}; performance.measure inside the feature` },
      { name: `inbox list change (read + all inbox features), ${rows} rows`, value: round(r.change), unit: 'ms', goal: goal * 2, note: `median of ${SAMPLES}` },
      { name: `inbox forced layouts per change, ${rows} rows`, value: r.forced, unit: 'layouts', goal: 0, note: r.forced ? r.layoutsInWindow.join(', ') : 'DevTools trace: none inside the change' },
    );
  }
  return metrics;
};
