/**
 * Accuracy on the corpus, rules alone vs the trained model alone vs both (as shipped), in one run:
 *   npx tsx tests/tools/classify/eval-cli.ts [dev|heldout] [--misses]
 * Misses are listed only for the development split (the held-out split is measured, never tuned on).
 */
import { classifyByRules, classifyMessage } from '../../../lib/classify/index.ts';
import { predict, top } from '../../../lib/classify/model/linear.ts';
import { loadCorpus, type Split } from './corpus.ts';
import { evaluate, summary, type Classifier } from './evaluate.ts';

export const CLASSIFIERS: Record<string, Classifier> = {
  rules: (t) => classifyByRules(t),
  model: (t) => {
    const { label } = top(predict(t));
    return label === 'notice' ? { category: 'other', system: true } : { category: label };
  },
  combined: (t) => classifyMessage(t),
};

const split: Split = process.argv.includes('heldout') ? 'heldout' : 'dev';
const rows = loadCorpus(split);
for (const [name, c] of Object.entries(CLASSIFIERS)) {
  const e = evaluate(rows, c);
  console.log(summary(`${split} ${name}`, e));
  if (name === 'combined' && split === 'dev' && process.argv.includes('--misses')) {
    for (const m of e.misses) console.log(`${m.id}\t${m.expected} -> ${m.got}\t${m.text}`);
  }
}
