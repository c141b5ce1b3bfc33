/**
 * Issue 17, categories: accuracy on the corpus's HELD-OUT files (tests/fixtures/classify/corpus/*.heldout.jsonl,
 * never tuned or trained on), rules alone vs the trained model alone vs both as shipped, in one run.
 *   npx vitest run --config vitest.config.ts tests/unit/classify-corpus.test.ts   (or: npm run eval:classifier -- heldout)
 * The issue's goals are asserted: >= 92 % overall, every language >= 88 %, notices >= 95 %. Measured
 * 2026-12-06: rules 82.7 %, model 89.4 %, both 92.5 % (en 92.5, de 91.3, fr 92.5, it 93.8, es 93.8, ja 91.3),
 * notices 95.8 % (46/48: one more missed notice fails the goal).
 */
import { readFileSync, statSync } from 'node:fs';
import { LANGUAGES } from '../../lib/classify/language.ts';
import { loadCorpus } from '../tools/classify/corpus.ts';
import { evaluate, pct, summary } from '../tools/classify/evaluate.ts';
import { CLASSIFIERS } from '../tools/classify/classifiers.ts';
import { corpusHash, quantize, train, trainingRows, WEIGHTS_PATH } from '../tools/classify/train.ts';

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
  }, 60_000);

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
  }, 60_000);

  it(`held-out: overall >= ${GOAL.overall}, every language >= ${GOAL.perLanguage}, notices >= ${GOAL.notices}; the model adds to the rules`, () => {
    const rows = loadCorpus('heldout');
    const results = Object.fromEntries(Object.entries(CLASSIFIERS).map(([name, c]) => [name, evaluate(rows, c)]));
    for (const [name, e] of Object.entries(results)) console.log(summary(`held-out ${name}`, e));
    const shipped = results.combined!;
    const met = shipped.overall.rate >= GOAL.overall && Object.values(shipped.byLang).every((s) => s.rate >= GOAL.perLanguage)
      && shipped.notices.rate >= GOAL.notices;
    console.log(`issue goals (92 / 88 per language / 95 notices): ${met ? 'met' : 'not met'}; by category: ${
      Object.entries(shipped.byCategory).map(([k, s]) => `${k} ${pct(s)}`).join(', ')}`);
    expect(shipped.overall.rate).toBeGreaterThanOrEqual(GOAL.overall);
    for (const lang of LANGUAGES) expect(shipped.byLang[lang]?.rate, lang).toBeGreaterThanOrEqual(GOAL.perLanguage);
    expect(shipped.notices.rate).toBeGreaterThanOrEqual(GOAL.notices);
    expect(shipped.overall.rate).toBeGreaterThan(results.rules!.overall.rate + 0.05);
  }, 60_000);
});
