/**
 * Forced layouts inside one user-timing window: a DevTools trace (devtools.timeline + blink.user_timing) around
 * `trigger`; `Layout` / `UpdateLayoutTree` events that start inside the last `measure` entry's window ran
 * synchronously inside our code (forced). Layout at the next frame is not counted (not forced).
 */
import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number }

export async function forcedLayouts(context: BrowserContext, page: Page, measure: string, trigger: () => Promise<unknown>): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await trigger();
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const marks = events.filter((e) => e.name === measure && e.cat.includes('user_timing'));
  const begin = marks.find((e) => e.ph === 'b' || e.ph === 'X');
  const end = marks.find((e) => e.ph === 'e');
  if (!begin) throw new Error(`the measure ${measure} is not in the trace`);
  const from = begin.ts;
  const to = begin.ph === 'X' ? begin.ts + (begin.dur ?? 0) : (end?.ts ?? from);
  return events
    .filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && (e.ph === 'X' || e.ph === 'B') && e.ts >= from && e.ts <= to)
    .map((e) => e.name);
}
