/**
 * What the extension costs a Seller Central page: the replica inbox with 500 threads on one page, loaded
 * with and without the extension in the same run, alternating, 7 loads each after a warm-up.
 * - load event time (ms after navigation start) and its overhead in percent;
 * - main-thread time (CDP Performance.getMetrics TaskDuration) the extension adds, in ms;
 * - JS heap the content script adds (JSHeapUsedSize after a forced GC, 3 s after load).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { generateReplicaData } from '../../replica/data';
import { launchWithExtension, launchWithoutExtension } from '../../replica/harness';
import { createReplicaServer } from '../../replica/server';
import { median } from '../stats';
import type { MetricSource } from '../types';

const URL_500 = 'https://sellercentral.amazon.com/messaging/inbox?fi=ALL&pn=1&ps=500';
const RUNS = 7;

interface Sample { load: number; task: number; heap: number }

async function sample(context: BrowserContext, settleMs: number): Promise<Sample> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(URL_500, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('kat-table-row[data-thread-id]').length >= 500, null, { timeout: 30_000 });
  await page.waitForTimeout(settleMs);
  const load = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventEnd - nav.startTime : NaN;
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  await page.close();
  return { load, task: get('TaskDuration') * 1000, heap: get('JSHeapUsedSize') };
}

export const pageLoad: MetricSource = async () => {
  const data = generateReplicaData({ seed: 7, threads: 1500 }) // about 510 of them in the US marketplace;
  const withExt = await launchWithExtension({ replica: createReplicaServer(data, { pageSize: 500 }) });
  const without = await launchWithoutExtension({ replica: createReplicaServer(data, { pageSize: 500 }) });
  try {
    await sample(withExt.context, 500);
    await sample(without.context, 500);
    const a: Sample[] = [];
    const b: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(await sample(withExt.context, 3000));
      b.push(await sample(without.context, 3000));
    }
    const m = (xs: Sample[], k: keyof Sample) => median(xs.map((x) => x[k]));
    const loadWith = m(a, 'load');
    const loadWithout = m(b, 'load');
    const overheadPct = ((loadWith - loadWithout) / loadWithout) * 100;
    const round1 = (n: number) => Math.round(n * 10) / 10;
    return [
      { name: 'page load overhead, 500-thread inbox', value: round1(overheadPct), unit: '%', goal: 3,
        note: `load event ${round1(loadWith)} ms with vs ${round1(loadWithout)} ms without (median of ${RUNS})` },
      { name: 'main-thread time added, 500-thread inbox', value: round1(m(a, 'task') - m(b, 'task')), unit: 'ms', goal: 100,
        note: `TaskDuration over load + 3 s: ${round1(m(a, 'task'))} vs ${round1(m(b, 'task'))} ms` },
      { name: 'JS heap added by the content script', value: round1((m(a, 'heap') - m(b, 'heap')) / 1_048_576), unit: 'MB', goal: 10,
        note: `after GC: ${round1(m(a, 'heap') / 1_048_576)} vs ${round1(m(b, 'heap') / 1_048_576)} MB` },
    ];
  } finally {
    await withExt.close();
    await without.close();
  }
};
