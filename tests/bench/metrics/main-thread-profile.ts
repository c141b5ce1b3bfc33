/**
 * Where a page load's main-thread time goes, from one traced load (CDP Tracing, devtools.timeline): the time of
 * the top-level tasks that ran our extension's scripts versus the page's, and inside the extension's, compiling and
 * running its scripts, style and layout, and garbage collection. For the bench's notes (page-load-v3.ts): the
 * figure it checks stays the alternating with/without comparison.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; stackTrace?: { url?: string }[] }; beginData?: { dirtyObjects?: number }; elementCount?: number } }

export interface ProfileSplit {
  /** top-level tasks (RunTask) in which an extension script ran (chrome-extension:// URL), ms */
  extensionTasks: number;
  /** inside those: EvaluateScript/compile of extension files, function calls, style, layout, GC (ms) */
  parts: Record<string, number>;
  /** inside those: the layout objects laid out (Layout's dirty objects) and the elements whose style was recalculated */
  laidOut: number;
  restyled: number;
}

export async function traceLoad(cdp: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await load();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const KINDS: Record<string, string> = {
  EvaluateScript: 'script evaluation', 'v8.compile': 'compile', 'v8.compileModule': 'compile', FunctionCall: 'script (callbacks)',
  TimerFire: 'script (callbacks)', EventDispatch: 'script (callbacks)', FireAnimationFrame: 'script (callbacks)',
  RunMicrotasks: 'script (microtasks)', UpdateLayoutTree: 'style', Layout: 'layout', MajorGC: 'GC', MinorGC: 'GC', 'V8.GC_SCAVENGER': 'GC',
};

/** Splits the main thread of the page's renderer by whether a task ran an extension script. */
export function splitByExtension(events: readonly TraceEvent[]): ProfileSplit {
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain'
    && events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'EvaluateScript'));
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const isExt = (e: TraceEvent): boolean => {
    const data = e.args?.data;
    return Boolean(data?.url?.startsWith('chrome-extension://') || data?.stackTrace?.[0]?.url?.startsWith('chrome-extension://'));
  };
  let extensionTasks = 0;
  let laidOut = 0;
  let restyled = 0;
  const parts: Record<string, number> = {};
  let j = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside: TraceEvent[] = [];
    while (j < onMain.length && onMain[j]!.ts < task.ts) j++;
    for (let k = j; k < onMain.length && onMain[k]!.ts < end; k++) if (onMain[k] !== task) inside.push(onMain[k]!);
    if (!inside.some(isExt)) continue;
    extensionTasks += task.dur! / 1000;
    // the outermost events of each kind (a Layout inside a FunctionCall counts as layout, and not again as script)
    const stack: TraceEvent[] = [];
    for (const e of inside) {
      while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
      const kind = KINDS[e.name];
      if (e.name === 'Layout') laidOut += e.args?.beginData?.dirtyObjects ?? 0;
      if (e.name === 'UpdateLayoutTree') restyled += e.args?.elementCount ?? 0;
      if (kind) {
        const parent = [...stack].reverse().find((s) => KINDS[s.name]);
        const ownKind = kind;
        if (parent) parts[KINDS[parent.name]!] = (parts[KINDS[parent.name]!] ?? 0) - e.dur! / 1000;
        parts[ownKind] = (parts[ownKind] ?? 0) + e.dur! / 1000;
      }
      stack.push(e);
    }
  }
  for (const k of Object.keys(parts)) parts[k] = Math.round(parts[k]! * 10) / 10;
  return { extensionTasks: Math.round(extensionTasks * 10) / 10, parts, laidOut, restyled };
}
