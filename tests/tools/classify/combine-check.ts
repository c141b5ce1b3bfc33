/**
 * How the rules and the model should be combined, checked on the second half of the development corpus
 * (rows d141 on, written after the rules were tuned on the first half) with a model trained on the first half
 * only (plus eval-set.json): rules alone, model alone, model above a probability, and weighted sums.
 *   npx tsx tests/tools/classify/combine-check.ts
 * Rules tuned later on the second half make the "rules" figures optimistic here.
 */
import { explainMessage } from '../../../lib/classify/index.ts';
import { predictWith, top, MODEL_LABELS } from '../../../lib/classify/model/linear.ts';
import { DEFAULTS, quantize, train, labelOf } from './train.ts';
import { loadCorpus } from './corpus.ts';
const all = loadCorpus('dev');
/** rows d1..d<SPLIT> train the model, the later ones are checked (default 140: the first batch); `l2` as in train.ts */
const SPLIT = Number(process.env.SPLIT ?? 140);
const firstHalf = (r: { id: string }) => Number(r.id.slice(4)) <= SPLIT;
const rows = all.filter((r) => !firstHalf(r));
const legacy = (await import('../../fixtures/classify/eval-set.json')).default as { text: string; category: string; system?: boolean }[];
const model = quantize(train([...all.filter(firstHalf), ...legacy].map((r) => ({ text: r.text, label: labelOf(r as never) })), { ...DEFAULTS, ...(process.env.L2 ? { l2: Number(process.env.L2) } : {}) }));
const predict = (t: string) => predictWith(model, t);
const lab = (r: { category: string; system?: boolean }) => (r.system ? 'notice' : r.category);
type R = ReturnType<typeof explainMessage>;
const ruleLabel = (r: R) => (r.system ? 'notice' : r.category);
const combos: Record<string, (r: R, p: Record<string, number>) => string> = {
  rules: (r) => ruleLabel(r), model: (_r, p) => top(p as never).label,
};
for (const th of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) combos[`model-if-p>=${th}`] = (r, p) => { const t = top(p as never); return t.p >= th ? t.label : ruleLabel(r); };
for (const a of [0.3, 0.5, 0.7, 1, 1.5, 2, 3]) for (const tau of [1, 2, 3, 4]) combos[`sum a=${a} tau=${tau}`] = (r, p) => {
  const z = MODEL_LABELS.map((l) => (l === 'notice' ? (r.system ? 6 : 0) : l === 'other' ? Math.max(r.scores.other, 1.5) : r.scores[l]) / tau);
  const mx = Math.max(...z); const e = z.map((v) => Math.exp(v - mx)); const sum = e.reduce((x, y) => x + y, 0);
  let best = 'other', bs = -1;
  MODEL_LABELS.forEach((l, k) => { const s = (p[l] ?? 0) + a * ((e[k] as number) / sum); if (s > bs) { bs = s; best = l; } });
  return best;
};
for (const a of [1, 1.5, 2]) for (const th of [0.4, 0.5, 0.6]) {
  combos[`split a=${a} tau=2 notice>=${th}`] = (r, p) => {
    if (r.system || (p.notice ?? 0) >= th) return 'notice';
    const cats = MODEL_LABELS.filter((l) => l !== 'notice');
    const z = cats.map((l) => (l === 'other' ? Math.max(r.scores.other, 1.5) : r.scores[l]) / 2);
    const mx = Math.max(...z); const e = z.map((v) => Math.exp(v - mx)); const sum = e.reduce((x, y) => x + y, 0);
    let best = 'other', bs = -1;
    cats.forEach((l, k) => { const s = (p[l] ?? 0) + a * ((e[k] as number) / sum); if (s > bs) { bs = s; best = l; } });
    return best;
  };
}

for (const [k, c] of Object.entries(combos)) {
  let ok = 0, nOk = 0, nN = 0; const byL: Record<string, [number, number]> = {};
  for (const r of rows) { const g = c(explainMessage(r.text), predict(r.text)); const hit = g === lab(r); if (hit) ok++; const b = (byL[r.lang] ??= [0, 0]); b[1]++; if (hit) b[0]++; if (r.system) { nN++; if (hit) nOk++; } }
  console.log(k.padEnd(22), (100 * ok / rows.length).toFixed(1), 'notices', nOk + '/' + nN, Object.entries(byL).map(([l, [a, n]]) => l + ' ' + (100 * a / n).toFixed(0)).join(' '));
}
