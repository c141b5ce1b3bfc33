/** 5-fold cross-validation on the development rows: rules vs model vs combinations (for choosing the combination). */
import { explainMessage } from '../../../lib/classify/index.ts';
import { predictWith, top, MODEL_LABELS } from '../../../lib/classify/model/linear.ts';
import { quantize, train, trainingRows, DEFAULTS } from './train.ts';

const rows = trainingRows();
const K = 5;
type Combo = (rule: ReturnType<typeof explainMessage>, p: Record<string, number>) => string;
const ruleLabel = (r: ReturnType<typeof explainMessage>) => (r.system ? 'notice' : r.category);
const combos: Record<string, Combo> = {
  rules: (r) => ruleLabel(r),
  model: (_r, p) => top(p as never).label,
};
for (const th of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  combos[`model-if-p>=${th}`] = (r, p) => { const t = top(p as never); return t.p >= th ? t.label : ruleLabel(r); };
}
for (const th of [3, 4, 5, 6]) {
  combos[`rules-if-score>=${th}`] = (r, p) => {
    if (r.system) return 'notice';
    const best = r.scores[r.category];
    return r.category !== 'other' && best >= th ? r.category : top(p as never).label;
  };
}
for (const a of [0.3, 0.5, 1]) for (const tau of [1, 2, 3]) {
  combos[`sum a=${a} tau=${tau}`] = (r, p) => {
    const s: Record<string, number> = {};
    const z = MODEL_LABELS.map((l) => (l === 'notice' ? (r.system ? 6 : 0) : l === 'other' ? Math.max(r.scores.other, 1.5) : r.scores[l]) / tau);
    const mx = Math.max(...z);
    const e = z.map((v) => Math.exp(v - mx));
    const sum = e.reduce((x, y) => x + y, 0);
    MODEL_LABELS.forEach((l, k) => { s[l] = (p[l] ?? 0) + a * ((e[k] as number) / sum); });
    return MODEL_LABELS.reduce((b, l) => ((s[l] as number) > (s[b] as number) ? l : b), 'other' as string);
  };
}
for (const th of [0.3, 0.4, 0.5, 0.6]) {
  combos[`rules-else-model p>=${th}`] = (r, p) => {
    if (r.system) return 'notice';
    const t = top(p as never);
    const evidence = r.category !== 'other' || r.scores.other >= 1.5;
    if (evidence) return r.category;
    return t.p >= th ? t.label : 'other';
  };
}
const ok: Record<string, number> = Object.fromEntries(Object.keys(combos).map((k) => [k, 0]));
const opts = { ...DEFAULTS, ...(process.argv[2] ? JSON.parse(process.argv[2]) as object : {}) };
for (let f = 0; f < K; f++) {
  const trainSet = rows.filter((_, i) => i % K !== f);
  const test = rows.filter((_, i) => i % K === f);
  const m = quantize(train(trainSet, opts));
  for (const r of test) {
    const rule = explainMessage(r.text);
    const p = predictWith(m, r.text);
    for (const [k, c] of Object.entries(combos)) if (c(rule, p) === r.label) ok[k]!++;
  }
}
for (const [k, v] of Object.entries(ok)) console.log(`${k.padEnd(24)} ${(100 * v / rows.length).toFixed(1)} %`);
