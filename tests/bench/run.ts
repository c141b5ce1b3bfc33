/**
 * `npm run bench`: every metric in real Chromium; prints a table (metric, value, goal, pass) and writes
 * bench-results.json as { "<metric>": { value, unit, goal } }. Exit code 0 even when a goal is missed
 * (the table says so); 1 only when a metric could not be measured.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { METRICS } from './registry';
import type { Metric } from './types';

const root = resolve(import.meta.dirname, '../..');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
// SI_EXTENSION_DIR: measure another build (e.g. an older commit's, for a before/after in the same conditions)
const ctx = { root, extensionDir: resolve(root, process.env.SI_EXTENSION_DIR ?? '.output/chrome-mv3') };
const results: Metric[] = [];
let failed = false;
for (const [name, source] of Object.entries(METRICS)) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  process.stdout.write(`measuring ${name} ...\n`);
  try {
    results.push(...(await source(ctx)));
  } catch (e) {
    failed = true;
    console.error(`  ${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
  }
}
const pass = (m: Metric) => (m.direction === 'min' ? m.value >= m.goal : m.value <= m.goal);
const rows = results.map((m) => [m.name, `${m.value} ${m.unit}`, `${m.direction === 'min' ? '>=' : '<='} ${m.goal} ${m.unit}`, pass(m) ? 'pass' : 'MISS', m.note ?? '']);
const head = ['metric', 'value', 'goal', 'pass', 'note'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n${rows.map(line).join('\n')}`);
writeFileSync(resolve(root, 'bench-results.json'), `${JSON.stringify(Object.fromEntries(results.map((m) => [m.name, { value: m.value, unit: m.unit, goal: m.goal }])), null, 2)}\n`);
console.log('\nwrote bench-results.json');
process.exit(failed ? 1 : 0);
