/**
 * What the extension costs the v3 inbox (500 cases on one page of "Response needed", v3-cases.ts), loaded with and
 * without the extension in the same run, alternating: PAIRS fresh pairs of browsers (one with, one without), each
 * with a warm-up load and then LOADS loads of each, alternating (one browser instance's own speed moved a single
 * pair's figure by 60 ms and more on this machine's 2 shared cores; the medians are over all loads):
 * - main-thread time (CDP Performance.getMetrics TaskDuration over the load + 3 s) the extension adds, in ms;
 * - first badge visible after the list renders: a MutationObserver in the page's main world, installed before the
 *   page's own scripts (addInitScript, in both browsers so both pay for it), notes when the first case row and the
 *   first `[data-si="deadline"]` enter the document and the frame after each (requestAnimationFrame: the paint that
 *   shows it). The value is frame to frame; the note gives insertion to insertion.
 * Then one more load with the extension, traced (main-thread-profile.ts), for where the time goes: the tasks that ran
 * our scripts, split into compiling and evaluating them, their callbacks, style, layout and GC; and whether the
 * page UI's on-demand part was loaded (it must not be, on a list).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { generateReplicaData } from '../../replica/data';
import { launchWithExtension, launchWithoutExtension } from '../../replica/harness';
import { createReplicaServer } from '../../replica/server';
import { median } from '../stats';
import type { MetricSource } from '../types';
import { V3_INBOX } from './inbox-v3';
import { serveV3Cases } from './v3-cases';
import { splitByExtension, traceLoad } from './main-thread-profile';

const CASES = 500;
const PAIRS = 3;
const LOADS = 3;
const RUNS = PAIRS * LOADS;
const SETTLE_MS = 3000;

interface Seen { rows?: number; rowsFrame?: number; badge?: number; badgeFrame?: number }
interface Sample { task: number; seen: Seen; badges: number }

/** Runs in the page's main world before its scripts. */
function watchFirstBadge(): void {
  const seen: Seen = {};
  (window as unknown as { __siFirstBadge: Seen }).__siFirstBadge = seen;
  const observer = new MutationObserver(() => {
    if (seen.rows === undefined && document.querySelector('.case-list-item')) {
      seen.rows = performance.now();
      requestAnimationFrame((t) => { seen.rowsFrame = t; });
    }
    if (seen.rows !== undefined && seen.badge === undefined && document.querySelector('.case-list-item [data-si="deadline"]')) {
      seen.badge = performance.now();
      requestAnimationFrame((t) => { seen.badgeFrame = t; });
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function load(page: Page): Promise<void> {
  await page.goto(V3_INBOX, { waitUntil: 'load' });
  await page.waitForFunction((n) => document.querySelectorAll('.case-list-item').length >= n, CASES, { timeout: 60_000 });
  await page.waitForTimeout(SETTLE_MS);
}

/** One traced load with the extension: where the main-thread time of the tasks running our scripts goes. */
async function traced(context: BrowserContext): Promise<string> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const split = splitByExtension(await traceLoad(cdp, () => load(page)));
  // the on-demand part marks the document when it runs (entrypoints/page-ui-on-demand.ts)
  const marker = await page.evaluate(() => document.documentElement.getAttribute('data-si-page-ui-on-demand'));
  await page.close();
  const parts = Object.entries(split.parts).sort((x, y) => y[1] - x[1]).map(([k, v]) => `${k} ${v}`).join(', ');
  return `one traced load: tasks running our scripts ${split.extensionTasks} ms (${parts}; ${split.laidOut} layout objects laid out, ${split.restyled} elements restyled); on-demand part ${marker ? 'LOADED' : 'not loaded'}`;
}

async function sample(context: BrowserContext): Promise<Sample> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await load(page);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
  const { seen, badges } = await page.evaluate(() => ({
    seen: (window as unknown as { __siFirstBadge: Seen }).__siFirstBadge,
    badges: document.querySelectorAll('.case-list-item [data-si="deadline"]').length,
  }));
  await page.close();
  return { task, seen, badges };
}

/** One fresh pair of browsers: a warm-up load in each, then `LOADS` loads of each, alternating. */
async function pair(data: ReturnType<typeof generateReplicaData>, extensionDir: string, a: Sample[], b: Sample[]): Promise<void> {
  const withExt = await launchWithExtension({ replica: createReplicaServer(data), extensionDir });
  const without = await launchWithoutExtension({ replica: createReplicaServer(data) });
  try {
    for (const s of [withExt, without]) {
      await serveV3Cases(s.context, s.replica, CASES);
      await s.context.addInitScript(watchFirstBadge);
    }
    await sample(withExt.context);
    await sample(without.context);
    for (let i = 0; i < LOADS; i++) {
      a.push(await sample(withExt.context));
      b.push(await sample(without.context));
    }
  } finally {
    await withExt.close();
    await without.close();
  }
}

export const pageLoadV3: MetricSource = async ({ extensionDir }) => {
  const data = generateReplicaData({ seed: 7, threads: 1500 });
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let p = 0; p < PAIRS; p++) await pair(data, extensionDir, a, b);
  const withExt = await launchWithExtension({ replica: createReplicaServer(data), extensionDir });
  try {
    await serveV3Cases(withExt.context, withExt.replica, CASES);
    await withExt.context.addInitScript(watchFirstBadge);
    await sample(withExt.context);
    const badged = median(a.map((x) => x.badges));
    if (a.some((x) => x.seen.badge === undefined)) throw new Error('a load with the extension showed no badge within 3 s of its rows');
    const frames = a.map((x) => (x.seen.badgeFrame ?? NaN) - (x.seen.rowsFrame ?? NaN));
    const inserts = a.map((x) => x.seen.badge! - x.seen.rows!);
    const round1 = (n: number) => Math.round(n * 10) / 10;
    const taskWith = median(a.map((x) => x.task));
    const taskWithout = median(b.map((x) => x.task));
    const profile = await traced(withExt.context);
    return [
      { name: `v3 main-thread time added, ${CASES}-case inbox`, value: round1(taskWith - taskWithout), unit: 'ms', goal: 100,
        note: `TaskDuration over load + ${SETTLE_MS / 1000} s: ${round1(taskWith)} vs ${round1(taskWithout)} ms (median of ${RUNS}: ${PAIRS} fresh browser pairs x ${LOADS} loads); rows with a badge ${badged} of ${CASES} (median; a long list badges the rows near the view, near-view.ts); ${profile}` },
      { name: `v3 first badge visible after the list renders, ${CASES} cases`, value: round1(median(frames)), unit: 'ms', goal: 100,
        note: `frame after rows to frame after first badge, median of ${RUNS} (${frames.map(round1).join(', ')}); insertion to insertion ${round1(median(inserts))} ms` },
    ];
  } finally {
    await withExt.close();
  }
};
