/**
 * Gzipped size of each entrypoint's JavaScript (its own file plus the chunks its HTML or manifest loads). The page UI
 * in its two parts (README, "Architecture"): the start part, loaded on every Seller Central page (goal: 100 KB), and
 * the on-demand part, loaded when a case or the reply box first needs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Metric, MetricSource } from '../types';
import { ON_DEMAND_SCRIPT } from '../../../components/page/on-demand/shared-keys';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

function htmlScripts(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => join(dir, m[1]!.replace(/^\//, '')));
}

export const bundleSize: MetricSource = async ({ extensionDir }) => {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>; background?: { service_worker?: string };
  };
  const groups: Record<string, string[]> = {
    // declared content scripts (run before a page's load event) and the page UI the background injects after it
    'declared content scripts': (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => join(extensionDir, f)),
    'page UI, loaded on every Seller Central page': [join(extensionDir, 'content-scripts', 'seller-central.js')],
    'page UI, on demand (case panels, picker, policy check, translation)': [join(extensionDir, ON_DEMAND_SCRIPT.replace(/^\//, ''))],
    // the page driver's script, in its own background work tab only
    'page actions (work tab)': [join(extensionDir, 'content-scripts', 'page-actions.js')],
    background: manifest.background?.service_worker ? [join(extensionDir, manifest.background.service_worker)] : [],
  };
  for (const page of ['popup', 'options']) if (existsSync(join(extensionDir, `${page}.html`))) groups[page] = htmlScripts(extensionDir, `${page}.html`);
  const metrics: Metric[] = [];
  for (const [name, all] of Object.entries(groups)) {
    const files = all.filter((f) => existsSync(f));
    if (files.length === 0) continue; // an older build without the split (SI_EXTENSION_DIR)
    const raw = files.reduce((n, f) => n + readFileSync(f).length, 0);
    const zipped = files.reduce((n, f) => n + gz(f), 0);
    metrics.push({
      name: `bundle gzip: ${name}`, value: kb(zipped), unit: 'KB',
      goal: name === 'declared content scripts' ? 0 : name.startsWith('page UI, loaded') ? 100 : name === 'background' ? 150 : 400,
      note: `${kb(raw)} KB raw, ${files.length} file(s)`,
    });
  }
  return metrics;
};
