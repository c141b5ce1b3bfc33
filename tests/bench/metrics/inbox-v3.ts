/**
 * The inbox features on the v3 layout (tests/replica/INBOX-V3.md) in Chromium, 500 and 2,000 cases on one page of
 * the "Response needed" view (v3-cases.ts answers the list call):
 * - one batched pass: `seller-inbox:inbox-change` (the v3 list read, inbox-v3-page.ts + case-list-rows.ts, and every
 *   inbox feature's pass) and, inside it, `seller-inbox:inbox-update` (the badge + order pass). Median of 7 changes,
 *   each triggered from the page by re-setting one row's date text (the list observer re-reads the list);
 * - the same with one case's content changed (its preview and its time: a new read that takes its new place in the
 *   urgency order), a different case each time;
 * - forced layouts during one change of each kind (forced-layouts.ts).
 */
import type { Page } from 'playwright-core';
import { generateReplicaData } from '../../replica/data';
import { launchWithExtension } from '../../replica/harness';
import { createReplicaServer, type ReplicaServer } from '../../replica/server';
import { median } from '../stats';
import type { Metric, MetricSource } from '../types';
import { forcedLayouts } from './forced-layouts';
import { serveV3Cases } from './v3-cases';
import { FIRST_ROWS } from '../../../components/features/inbox-shared/near-view';

const UPDATE = 'seller-inbox:inbox-update';
const CHANGE = 'seller-inbox:inbox-change';
const SAMPLES = 7;
export const V3_INBOX = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded';
const round = (n: number): number => Math.round(n * 10) / 10;

/** Re-sets one row's date text (a change of the list) and waits for the next change measure. */
const trigger = (page: Page): Promise<number> => page.evaluate(async (name) => {
  const before = performance.getEntriesByName(name).at(-1)?.startTime ?? -1;
  const date = document.querySelector('.case-list .case-list-item .case-list-item-date');
  if (!date) throw new Error('no case row with a date on the page');
  date.textContent = date.textContent ?? '';
  for (let i = 0; i < 500; i++) {
    await new Promise((r) => setTimeout(r, 10));
    const e = performance.getEntriesByName(name).at(-1);
    if (e && e.startTime !== before) return e.startTime;
  }
  throw new Error(`no ${name} entry on the page's timeline`);
}, CHANGE);

/** Gives the i-th case (spread over the list) a new preview and another time, and waits for the next change measure. */
const triggerContent = (page: Page, i: number): Promise<number> => page.evaluate(async ({ name, i }) => {
  const before = performance.getEntriesByName(name).at(-1)?.startTime ?? -1;
  const rows = document.querySelectorAll('.case-list .case-list-item');
  const row = rows[(i * 397) % rows.length];
  const text = row?.querySelector('.case-list-item-preview') ?? row?.querySelector('.case-list-item-subject');
  const date = row?.querySelector('.case-list-item-date');
  if (!text || !date) throw new Error('no case row with a preview and a date on the page');
  text.textContent = `Any news about my order? (${i})`;
  date.textContent = `${(i % 20) + 2} hours ago`;
  for (let k = 0; k < 500; k++) {
    await new Promise((r) => setTimeout(r, 10));
    const e = performance.getEntriesByName(name).at(-1);
    if (e && e.startTime !== before) return e.startTime;
  }
  throw new Error(`no ${name} entry on the page's timeline`);
}, { name: CHANGE, i });

async function measure(server: ReplicaServer, extensionDir: string, rows: number) {
  const session = await launchWithExtension({ replica: server, extensionDir });
  try {
    await serveV3Cases(session.context, server, rows);
    const page = await session.context.newPage();
    await page.goto(V3_INBOX);
    // every row rendered and badged where it is near the view (a long list: near-view.ts; its first rows as shown)
    await page.waitForFunction(({ n, first }) => document.querySelectorAll('.case-list-item').length === n
      && document.querySelectorAll('.case-list-item [data-si="deadline"]').length >= Math.min(n, first), { n: rows, first: FIRST_ROWS }, { timeout: 120_000 });
    await page.waitForTimeout(1000);
    const entry = (name: string) => page.evaluate((n) => {
      const e = performance.getEntriesByName(n).at(-1) as PerformanceMeasure | undefined;
      return { duration: e?.duration ?? NaN, rows: (e?.detail as { rows?: number } | null)?.rows ?? NaN };
    }, name);
    const updates: number[] = [];
    const changes: number[] = [];
    let readRows = NaN;
    for (let i = 0; i < SAMPLES; i++) {
      await trigger(page);
      updates.push((await entry(UPDATE)).duration);
      const change = await entry(CHANGE);
      changes.push(change.duration);
      readRows = change.rows;
      await page.waitForTimeout(100);
    }
    if (readRows !== rows) throw new Error(`the change read ${readRows} rows, the page shows ${rows}`);
    const layouts = await forcedLayouts(session.context, page, CHANGE, () => trigger(page));
    const contents: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      await triggerContent(page, i);
      contents.push((await entry(CHANGE)).duration);
      await page.waitForTimeout(100);
    }
    const contentLayouts = await forcedLayouts(session.context, page, CHANGE, () => triggerContent(page, SAMPLES));
    return { update: median(updates), change: median(changes), changes, layouts, content: median(contents), contents, contentLayouts };
  } finally {
    await session.close();
  }
}

export const inboxV3: MetricSource = async ({ extensionDir }) => {
  const server = createReplicaServer(generateReplicaData({ seed: 1, threads: 4000 }));
  const metrics: Metric[] = [];
  for (const [rows, goal] of [[500, 8], [2000, 16]] as const) {
    const r = await measure(server, extensionDir, rows);
    metrics.push(
      { name: `v3 batched pass (read + all inbox features), ${rows} cases`, value: round(r.change), unit: 'ms', goal,
        note: `median of ${SAMPLES} (${r.changes.map(round).join(', ')}); seller-inbox:inbox-change` },
      { name: `v3 badge+order pass, ${rows} cases`, value: round(r.update), unit: 'ms', goal, note: `median of ${SAMPLES}; seller-inbox:inbox-update (inside the batched pass)` },
      { name: `v3 forced layouts per change, ${rows} cases`, value: r.layouts.length, unit: 'layouts', goal: 0,
        note: r.layouts.length ? r.layouts.join(', ') : 'DevTools trace: none inside the change' },
      { name: `v3 batched pass, one case's content changed, ${rows} cases`, value: round(r.content), unit: 'ms', goal,
        note: `median of ${SAMPLES} (${r.contents.map(round).join(', ')}); a new preview and time: the case takes its new place in the urgency order` },
      { name: `v3 forced layouts per content change, ${rows} cases`, value: r.contentLayouts.length, unit: 'layouts', goal: 0,
        note: r.contentLayouts.length ? r.contentLayouts.join(', ') : 'DevTools trace: none inside the change' },
    );
  }
  return metrics;
};
