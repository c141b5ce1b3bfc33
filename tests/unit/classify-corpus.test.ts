/**
 * Issue 17, categories: accuracy on the corpus's HELD-OUT files (tests/fixtures/classify/corpus/*.heldout.jsonl,
 * never tuned or trained on), rules alone vs the trained model alone vs both as shipped, in one run.
 *   npx vitest run --config vitest.config.ts tests/unit/classify-corpus.test.ts   (or: npm run eval:classifier -- heldout)
 * Goals of the issue: >= 92 % overall, every language >= 88 %, notices >= 95 %. Measured when this test was
 * written: 89.6 % overall (en 85.0, de 90.0, fr 90.0, it 92.5, es 90.0, ja 90.0), notices 95.8 %: the overall
 * and English goals are NOT met yet. The bounds below are what was reached (so that a regression fails);
 * raise them as the classifier improves, up to the goals.
 */
import { readFileSync, statSync } from 'node:fs';
import { LANGUAGES } from '../../lib/classify/language.ts';
import { loadCorpus } from '../tools/classify/corpus.ts';
import { evaluate, pct, summary } from '../tools/classify/evaluate.ts';
import { CLASSIFIERS } from '../tools/classify/classifiers.ts';
import { corpusHash, quantize, train, trainingRows, WEIGHTS_PATH } from '../tools/classify/train.ts';

const BOUND = { overall: 0.89, perLanguage: 0.85, notices: 0.95 };
const GOAL = { overall: 0.92, perLanguage: 0.88, notices: 0.95 };

describe('classifier corpus', () => {
  it('is well formed: unique ids, every language in both splits, notices in every language', () => {
    const dev = loadCorpus('dev');
    const held = loadCorpus('heldout');
    const ids = new Set([...dev, ...held].map((r) => r.id));
    expect(ids.size).toBe(dev.length + held.length);
    for (const lang of LANGUAGES) {
      expect(dev.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(200);
      expect(held.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(80);
      expect(held.filter((r) => r.lang === lang && r.system).length).toBeGreaterThanOrEqual(8);
    }
    // the held-out texts are not in the training rows
    const train = new Set(trainingRows().map((r) => r.text));
    expect(held.filter((r) => train.has(r.text))).toEqual([]);
  });

  it('the shipped weights were trained on the current development rows (else: npm run train:classifier)', () => {
    const file = JSON.parse(readFileSync(WEIGHTS_PATH, 'utf8')) as { corpusHash: string };
    expect(file.corpusHash).toBe(corpusHash(trainingRows()));
    const bytes = statSync(WEIGHTS_PATH).size;
    console.log(`model weights: ${bytes} bytes (${(bytes / 1024).toFixed(0)} KiB)`);
    expect(bytes).toBeLessThan(512 * 1024);
  });

  it('training is deterministic', () => {
    const rows = trainingRows().filter((_, i) => i % 10 === 0);
    const opts = { epochs: 3, rate: 0.8, l2: 1e-4, seed: 17 };
    const a = quantize(train(rows, opts));
    const b = quantize(train(rows, opts));
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(a.bias).toEqual(b.bias);
  });

  it(`held-out: overall >= ${BOUND.overall}, every language >= ${BOUND.perLanguage}, notices >= ${BOUND.notices}; the model adds to the rules`, () => {
    const rows = loadCorpus('heldout');
    const results = Object.fromEntries(Object.entries(CLASSIFIERS).map(([name, c]) => [name, evaluate(rows, c)]));
    for (const [name, e] of Object.entries(results)) console.log(summary(`held-out ${name}`, e));
    const shipped = results.combined!;
    const met = shipped.overall.rate >= GOAL.overall && Object.values(shipped.byLang).every((s) => s.rate >= GOAL.perLanguage)
      && shipped.notices.rate >= GOAL.notices;
    console.log(`issue goals (92 / 88 per language / 95 notices): ${met ? 'met' : 'not met'}; by category: ${
      Object.entries(shipped.byCategory).map(([k, s]) => `${k} ${pct(s)}`).join(', ')}`);
    expect(shipped.overall.rate).toBeGreaterThanOrEqual(BOUND.overall);
    for (const lang of LANGUAGES) expect(shipped.byLang[lang]?.rate, lang).toBeGreaterThanOrEqual(BOUND.perLanguage);
    expect(shipped.notices.rate).toBeGreaterThanOrEqual(BOUND.notices);
    expect(shipped.overall.rate).toBeGreaterThan(results.rules!.overall.rate + 0.05);
  });
});
