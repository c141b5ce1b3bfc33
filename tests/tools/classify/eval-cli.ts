/**
 * Accuracy of the classifier on the corpus, from the command line:
 *   npx tsx tests/tools/classify/eval-cli.ts [dev|heldout] [--misses]
 * Misses are listed only for the development split (the held-out split is measured, never tuned on).
 */
import { classifyMessage } from '../../../lib/classify/index.ts';
import { loadCorpus, type Split } from './corpus.ts';
import { evaluate, summary } from './evaluate.ts';

const split: Split = process.argv.includes('heldout') ? 'heldout' : 'dev';
const rows = loadCorpus(split);
const e = evaluate(rows, (t) => classifyMessage(t));
console.log(summary(`${split} (rules)`, e));
console.log(Object.entries(e.byCategory).map(([k, s]) => `  ${k} ${s.ok}/${s.n}`).join('\n'));
if (split === 'dev' && process.argv.includes('--misses')) {
  for (const m of e.misses) console.log(`${m.id}\t${m.expected} -> ${m.got}\t${m.text}`);
}
