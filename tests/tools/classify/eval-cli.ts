/**
 * Accuracy on the corpus, rules alone vs the trained model alone vs both (as shipped), in one run:
 *   npm run eval:classifier -- [dev|heldout] [--misses]
 * Misses are listed only for the development split (the held-out split is measured, never tuned on).
 */
import { loadCorpus, type Split } from './corpus.ts';
import { evaluate, summary } from './evaluate.ts';
import { CLASSIFIERS } from './classifiers.ts';

const split: Split = process.argv.includes('heldout') ? 'heldout' : 'dev';
const rows = loadCorpus(split);
for (const [name, c] of Object.entries(CLASSIFIERS)) {
  const e = evaluate(rows, c);
  console.log(summary(`${split} ${name}`, e));
  if (split === 'dev' && process.argv.includes('--misses')) {
    for (const m of e.misses) console.log(`  ${name} ${m.id}\t${m.expected} -> ${m.got}\t${m.text}`);
  }
}
