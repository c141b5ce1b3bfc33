/**
 * Trains the character n-gram classifier (lib/classify/model) on the development corpus and writes
 * public/classifier/weights.json (a packaged extension file, loaded by the background on the first
 * classification; checked by lib/classify/model/weights-file.ts). Deterministic: fixed row order, seeded shuffle, fixed epochs.
 *   npm run train:classifier
 * Training rows: tests/fixtures/classify/corpus/*.dev.jsonl and tests/fixtures/classify/eval-set.json
 * (never the held-out files).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIM, features, type Features } from '../../../lib/classify/model/features.ts';
import { MODEL_LABELS, type LinearModel } from '../../../lib/classify/model/linear.ts';
import type { WeightsFile } from '../../../lib/classify/model/weights-file.ts';
import { WEIGHTS_PATH } from './model-file.ts';
import { loadCorpus, type CorpusRow } from './corpus.ts';

export interface TrainRow { text: string; label: string }

export const labelOf = (r: Pick<CorpusRow, 'category' | 'system'>): string => (r.system ? 'notice' : r.category);

/** The rows the shipped model learns from. */
export function trainingRows(): TrainRow[] {
  const legacy = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/classify/eval-set.json', import.meta.url)), 'utf8')) as CorpusRow[];
  return [...loadCorpus('dev'), ...legacy].map((r) => ({ text: r.text, label: labelOf(r) }));
}

export function corpusHash(rows: readonly TrainRow[]): string {
  const h = createHash('sha256');
  for (const r of rows) h.update(`${r.label}\t${r.text}\n`);
  return h.digest('hex');
}

/** mulberry32: a small seeded generator, so that the shuffle is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions { epochs: number; rate: number; l2: number; seed: number }
/** l2 chosen by 5-fold cross-validation of the model alone on the development rows (tests/tools/classify/cv.ts) */
export const DEFAULTS: TrainOptions = { epochs: 40, rate: 0.8, l2: 3e-3, seed: 17 };

/** Softmax regression by stochastic gradient descent; returns float weights (label-major) and biases. */
export function train(rows: readonly TrainRow[], opts: TrainOptions = DEFAULTS): { w: Float64Array; bias: Float64Array } {
  const L = MODEL_LABELS.length;
  const w = new Float64Array(L * DIM);
  const bias = new Float64Array(L);
  const xs: Features[] = rows.map((r) => features(r.text));
  const ys = rows.map((r) => {
    const k = (MODEL_LABELS as readonly string[]).indexOf(r.label);
    if (k < 0) throw new Error(`unknown label "${r.label}"`);
    return k;
  });
  const order = rows.map((_, i) => i);
  const random = rng(opts.seed);
  const z = new Float64Array(L);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const lr = opts.rate / (1 + 0.2 * epoch);
    for (const n of order) {
      const { index, value } = xs[n] as Features;
      let max = -Infinity;
      for (let k = 0; k < L; k++) {
        let s = 0;
        const base = k * DIM;
        for (let i = 0; i < index.length; i++) s += w[base + (index[i] as number)] as number;
        z[k] = (bias[k] as number) + s * value;
        max = Math.max(max, z[k] as number);
      }
      let sum = 0;
      for (let k = 0; k < L; k++) {
        z[k] = Math.exp((z[k] as number) - max);
        sum += z[k] as number;
      }
      for (let k = 0; k < L; k++) {
        const g = (z[k] as number) / sum - (k === ys[n] ? 1 : 0);
        bias[k] = (bias[k] as number) - lr * g * 0.1;
        const base = k * DIM;
        for (let i = 0; i < index.length; i++) {
          const at = base + (index[i] as number);
          w[at] = (w[at] as number) * (1 - lr * opts.l2) - lr * g * value;
        }
      }
    }
  }
  return { w, bias };
}

/** int8 weights with one scale, as shipped. */
export function quantize(t: { w: Float64Array; bias: Float64Array }): LinearModel {
  let maxAbs = 0;
  for (const v of t.w) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 127 || 1;
  const weights = new Int8Array(t.w.length);
  for (let i = 0; i < t.w.length; i++) weights[i] = Math.round((t.w[i] as number) / scale);
  return { dim: DIM, labels: [...MODEL_LABELS], scale, bias: [...t.bias].map((b) => Math.round(b * 1e6) / 1e6), weights };
}

export function toFile(m: LinearModel, rows: readonly TrainRow[]): WeightsFile {
  return {
    dim: m.dim, labels: m.labels, scale: m.scale, bias: m.bias,
    weights: Buffer.from(m.weights.buffer, m.weights.byteOffset, m.weights.byteLength).toString('base64'),
    corpusHash: corpusHash(rows), trainedOn: rows.length,
  };
}

export { WEIGHTS_PATH };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = trainingRows();
  const started = Date.now();
  const file = toFile(quantize(train(rows)), rows);
  const json = `${JSON.stringify(file)}\n`;
  writeFileSync(WEIGHTS_PATH, json);
  console.log(`trained on ${rows.length} rows in ${Date.now() - started} ms; ${WEIGHTS_PATH}: ${json.length} bytes`);
}
