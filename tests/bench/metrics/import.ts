/**
 * Report import bench: a 100,000-row All Orders file (generateAllOrdersTsv) imported through the real
 * options page (Imports: Web Worker parse, batches to the background, one commit transaction) in Chromium,
 * against a bare baseline measured in the same browser: papaparse (parseReport) + Dexie bulkPut of the same
 * records into the same schema in ONE transaction, on the main thread of a plain extension page.
 *   - total time, file chosen -> records committed (ratio to the baseline, goal <= 1.5)
 *   - peak JS heap, sampled every 50 ms with CDP Runtime.getHeapUsage: for the import the sum over the
 *     options page, its parser worker and the background service worker (ratio to the baseline page, goal <= 1.5)
 *   - longest main-thread task in the options page (PerformanceObserver 'longtask', goal <= 200 ms)
 * Run: npm run bench -- import
 */
import { generateKeyPairSync, createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { generateAllOrdersTsv } from '../../fixtures/reports/generate-all-orders';
import type { Metric, MetricSource } from '../types';

const ROWS = 100_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The baseline page: the bare minimum to get the same records into the same database schema. */
const BASELINE_SOURCE = `
import { parseReport } from './lib/reports';
import { openDatabase } from './lib/db';
const input = document.querySelector('input');
input.addEventListener('change', async () => {
  const t0 = performance.now();
  const text = await input.files[0].text();
  const { records } = parseReport(text, { fileName: input.files[0].name, now: new Date() });
  const db = await openDatabase('bench-baseline');
  await db.transaction('rw', db.orders, db.orderItems, async () => {
    await db.orders.bulkPut(records.orders);
    await db.orderItems.bulkPut(records.items);
  });
  window.__baseline = { ms: performance.now() - t0, orders: records.orders.length, items: records.items.length };
});
`;

/** Chrome derives an unpacked extension's id from its manifest key: sha256 of the key, first 32 hex digits as a-p. */
function extensionKey(): { key: string; id: string } {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return { key: der.toString('base64'), id: [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('') };
}

async function baselineExtension(root: string, dir: string): Promise<string> {
  const { key, id } = extensionKey();
  mkdirSync(dir, { recursive: true });
  const out = await build({
    stdin: { contents: BASELINE_SOURCE, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', write: false,
    platform: 'browser', minify: true, logLevel: 'error',
  });
  writeFileSync(join(dir, 'baseline.js'), out.outputFiles[0]?.text ?? '');
  writeFileSync(join(dir, 'baseline.html'), '<!doctype html><meta charset="utf-8"><input type="file"><script src="baseline.js"></script>');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'import bench baseline', version: '1.0', key, permissions: ['unlimitedStorage'],
  }));
  return id;
}

/** Samples Runtime.getHeapUsage of several targets (attached through the browser session) every 50 ms. */
class HeapSampler {
  private timer: ReturnType<typeof setInterval> | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (used: number) => void>();
  private readonly sessions = new Map<string, string>();
  peak = 0;
  peakParts: Record<string, number> = {};
  /** every sample (SI_BENCH_DEBUG=1 prints them) */
  readonly timeline: Array<{ t: number; parts: Record<string, number> }> = [];
  private readonly t0 = Date.now();

  constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
      if (m.id !== undefined) this.pending.get(m.id)?.(m.result?.usedSize ?? 0);
    });
  }

  /** Attaches to every target whose URL starts with one of `prefixes` (pages, workers, service workers). */
  async attach(match: (t: { type: string; url: string }) => string | undefined): Promise<string[]> {
    const { targetInfos } = await this.cdp.send('Target.getTargets') as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
    for (const t of targetInfos) {
      const label = match(t);
      if (!label || [...this.sessions.keys()].includes(label)) continue;
      // the target may be gone already (the parser worker ends when the file is read)
      const attached = await this.cdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false }).catch(() => undefined) as { sessionId: string } | undefined;
      if (attached) this.sessions.set(label, attached.sessionId);
    }
    return [...this.sessions.keys()];
  }

  private usage(sessionId: string): Promise<number> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timeout = setTimeout(() => { this.pending.delete(id); resolve(0); }, 2000);
      this.pending.set(id, (used) => { clearTimeout(timeout); this.pending.delete(id); resolve(used); });
      void this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) })
        .catch(() => { this.pending.get(id)?.(0); });
    });
  }

  async sample(): Promise<void> {
    const parts = await Promise.all([...this.sessions].map(async ([label, sid]) => [label, await this.usage(sid)] as const));
    const total = parts.reduce((n, [, v]) => n + v, 0);
    this.timeline.push({ t: Date.now() - this.t0, parts: Object.fromEntries(parts) });
    if (total > this.peak) {
      this.peak = total;
      this.peakParts = Object.fromEntries(parts);
    }
  }

  start(): void {
    let busy = false;
    this.timer = setInterval(() => {
      if (busy) return;
      busy = true;
      void this.sample().finally(() => { busy = false; });
    }, 50);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

const mb = (n: number) => Math.round(n / 1e5) / 10;

async function gc(page: Page): Promise<void> {
  const s = await page.context().newCDPSession(page);
  await s.send('HeapProfiler.collectGarbage');
  await s.detach();
}

export const importBench: MetricSource = async ({ root, extensionDir }) => {
  const work = mkdtempSync(join(tmpdir(), 'si-import-bench-'));
  let context: BrowserContext | undefined;
  try {
    const file = join(work, 'all-orders-100k.txt');
    writeFileSync(file, generateAllOrdersTsv(ROWS, 5));
    const baseDir = join(work, 'baseline-ext');
    const baseId = await baselineExtension(root, baseDir);
    const port = 9300 + Math.floor(Math.random() * 500);
    context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update',
        `--remote-debugging-port=${port}`,
        `--disable-extensions-except=${extensionDir},${baseDir}`, `--load-extension=${extensionDir},${baseDir}`],
    });
    const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const extId = new URL(sw.url()).host;
    const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const browserSession = await cdpBrowser.newBrowserCDPSession();

    // --- baseline --------------------------------------------------------------------------------
    const basePage = await context.newPage();
    await basePage.goto(`chrome-extension://${baseId}/baseline.html`);
    await gc(basePage);
    const baseSampler = new HeapSampler(browserSession);
    await baseSampler.attach((t) => (t.url.startsWith(`chrome-extension://${baseId}/`) ? 'baseline page' : undefined));
    await baseSampler.sample();
    const baseIdle = baseSampler.peak;
    baseSampler.peak = 0;
    baseSampler.start();
    await basePage.locator('input').setInputFiles(file);
    await basePage.waitForFunction(() => (window as unknown as { __baseline?: unknown }).__baseline, undefined, { timeout: 180_000, polling: 100 });
    baseSampler.stop();
    const baseline = await basePage.evaluate(() => (window as unknown as { __baseline: { ms: number; orders: number; items: number } }).__baseline);
    const basePeak = baseSampler.peak - baseIdle;
    await basePage.close();

    // --- the real options page -------------------------------------------------------------------
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[]; __t0?: number; __t1?: number; __preview?: number };
      w.__longTasks = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push(e.duration); })
        .observe({ type: 'longtask', buffered: true });
      document.addEventListener('change', () => { w.__t0 ??= performance.now(); }, true);
      // confirm as soon as the preview is there, and note when the import is done
      new MutationObserver(() => {
        const job = document.querySelector('[data-si="import-job"]');
        const phase = job?.getAttribute('data-phase');
        if (phase === 'preview' && w.__preview === undefined) {
          w.__preview = performance.now();
          (job?.querySelector('[data-si="imports-confirm"]') as HTMLButtonElement | null)?.click();
        }
        if ((phase === 'done' || phase === 'failed') && w.__t1 === undefined) w.__t1 = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-phase'] });
    });
    await page.goto(`chrome-extension://${extId}/options.html#/imports`);
    await page.locator('[data-si="imports-drop"]').waitFor();
    await gc(page);
    const sampler = new HeapSampler(browserSession);
    const label = (t: { type: string; url: string }) => (!t.url.startsWith(`chrome-extension://${extId}/`) ? undefined
      : t.type === 'page' && t.url.includes('options.html') ? 'options page'
        : t.type === 'service_worker' ? 'background' : t.type === 'worker' ? 'parser worker' : undefined);
    await sampler.attach(label);
    await sampler.sample();
    const idle = sampler.peak;
    sampler.peak = 0;
    sampler.start();
    // the worker exists only while a file is read: attach to it as soon as it appears
    const attachWorker = setInterval(() => { sampler.attach(label).catch(() => undefined); }, 100);
    await page.locator('[data-si="imports-file-input"]').setInputFiles(file);
    await page.waitForFunction(() => (window as unknown as { __t1?: number }).__t1 !== undefined, undefined, { timeout: 240_000, polling: 100 });
    clearInterval(attachWorker);
    sampler.stop();
    const r = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[]; __t0: number; __t1: number; __preview: number };
      const phase = document.querySelector('[data-si="import-job"]')?.getAttribute('data-phase');
      return { total: w.__t1 - w.__t0, preview: w.__preview - w.__t0, longest: Math.max(0, ...w.__longTasks), phase, longTasks: w.__longTasks };
    });
    if (process.env.SI_BENCH_DEBUG) {
      console.log(`long tasks: ${r.longTasks.map(Math.round).join(', ')}`);
      for (const [i, x] of sampler.timeline.entries()) {
        if (i % 10 === 0) console.log(`${(x.t / 1000).toFixed(1)} s  ${Object.entries(x.parts).map(([k, v]) => `${k} ${mb(v)}`).join('  ')}`);
      }
    }
    if (r.phase !== 'done') throw new Error(`the import ended in phase ${r.phase}`);
    const peak = sampler.peak - idle;
    const parts = Object.entries(sampler.peakParts).map(([k, v]) => `${k} ${mb(v)}`).join(', ');
    await cdpBrowser.close().catch(() => undefined);

    const note = `${baseline.orders} orders + ${baseline.items} items`;
    return [
      { name: 'import 100k rows: total time / baseline', value: Math.round((r.total / baseline.ms) * 100) / 100, unit: 'x', goal: 1.5,
        note: `${Math.round(r.total)} ms (preview after ${Math.round(r.preview)} ms) vs baseline parse + bulkPut ${Math.round(baseline.ms)} ms; ${note}` },
      { name: 'import 100k rows: peak JS heap / baseline', value: Math.round((peak / basePeak) * 100) / 100, unit: 'x', goal: 1.5,
        note: `${mb(peak)} MB above idle (at peak: ${parts} MB) vs baseline page ${mb(basePeak)} MB` },
      { name: 'import 100k rows: longest task in the options page', value: Math.round(r.longest), unit: 'ms', goal: 200 },
    ] satisfies Metric[];
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
};
