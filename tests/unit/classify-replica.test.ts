/**
 * The classifier on messages it was not written against: the replica's buyer messages and Amazon notices,
 * phrased and labelled independently by the replica's generator (2,000 threads, six languages). Follow-up
 * nudges ("any update?") carry no topic of their own and are left out. Prints accuracy per language, for the
 * held-out languages on their own line, and how many Amazon notices are recognised from their text alone.
 */
import { classifyByRules, classifyMessage, isSystemNotification } from '../../lib/classify';
import { shippedModel } from '../tools/classify/model-file.ts';

const MODEL = shippedModel();
import { generateReplicaData } from '../replica/data';

/** The keyword tables were tuned on the en, de and ja messages only; fr, it, es are held out. */
const HELD_OUT = new Set(['fr', 'it', 'es']);

describe('classifier on the replica corpus (independently written)', () => {
  // Measured 85.4% at first run (2026-11-23), below the 90% aim. The keyword tables were then extended with
  // general vocabulary (weight/size/colour/washing questions; came apart, looks used, smells, not as pictured,
  // poor quality; "shipped yet?", stuck at the depot; how to leave / remove a review) in all six languages,
  // tuned by reading the misses of the en, de and ja messages ONLY: 97.9% in total (en 98.6, de 100, ja 97.6,
  // mostly repeated templates), 94.3% on the held-out fr/it/es messages (was 86.1%), which is the number to
  // trust. This bound guards against regressions. Remaining en/ja misses: "Do you have a catalog of all your
  // products?" is labelled other here, the classifier says product-question (defensible; left alone).
  // 2026-12-06 (issue 17): the shipped classifier is now the trained character n-gram model and these rules
  // voting together (lib/classify/index.ts). Here the rules alone reach 98.8 % (these templates are what they
  // were tuned on), the shipped classifier 97.8 %; on messages written independently of the rules (the corpus's
  // held-out files, tests/unit/classify-corpus.test.ts) the shipped one reaches 92.5 % against the rules' 82.7 %.
  // Both keep the 97 % bound here.
  it('labels at least 97% of first buyer messages (rules alone, and shipped) and Amazon notices correctly', () => {
    const data = generateReplicaData({ seed: 11, threads: 2000, now: new Date('2026-11-20T12:00:00Z') });
    const seen = new Set<string>();
    const byLang = new Map<string, { ok: number; n: number }>();
    const misses: string[] = [];
    const notices = { ok: 0, n: 0 };
    let shippedOk = 0;
    for (const t of data.threads) {
      const m = t.messages.find((x) => x.expectedCategory && !x.isFollowUp);
      if (!m?.expectedCategory || seen.has(m.text)) continue;
      seen.add(m.text);
      const sender = m.from === 'amazon' ? 'Amazon' : undefined;
      const got = classifyByRules(m.text, t.language, sender);
      const shipped = classifyMessage(MODEL, m.text, t.language, sender);
      if (m.from === 'amazon' ? shipped.system === true : shipped.category === m.expectedCategory && !shipped.system) shippedOk++;
      const s = byLang.get(t.language) ?? { ok: 0, n: 0 };
      s.n++;
      // Amazon's notices must be recognised as such (category 'other', system: true), whatever their topic
      const ok = m.from === 'amazon' ? got.system === true : got.category === m.expectedCategory && !got.system;
      if (ok) s.ok++;
      else if (misses.length < 25) misses.push(`${t.language} expected ${m.from === 'amazon' ? 'system' : m.expectedCategory} got ${got.category}${got.system ? ' (system)' : ''}: ${m.text.replace(/\s+/g, ' ').slice(0, 140)}`);
      byLang.set(t.language, s);
      if (m.from === 'amazon') {
        notices.n++;
        if (isSystemNotification(m.text)) notices.ok++;
      }
    }
    const total = [...byLang.values()].reduce((a, s) => ({ ok: a.ok + s.ok, n: a.n + s.n }), { ok: 0, n: 0 });
    console.log(`replica corpus, rules: ${total.ok}/${total.n} distinct messages (${((100 * total.ok) / total.n).toFixed(1)}%)`);
    console.log(`replica corpus, shipped (model + rules): ${shippedOk}/${total.n} (${((100 * shippedOk) / total.n).toFixed(1)}%)`);
    for (const [lang, s] of byLang) console.log(`  ${lang}: ${s.ok}/${s.n} (${((100 * s.ok) / s.n).toFixed(1)}%)`);
    const held = [...byLang].filter(([lang]) => HELD_OUT.has(lang)).reduce((a, [, s]) => ({ ok: a.ok + s.ok, n: a.n + s.n }), { ok: 0, n: 0 });
    console.log(`held-out languages (fr/it/es, not tuned on): ${held.ok}/${held.n} (${((100 * held.ok) / held.n).toFixed(1)}%)`);
    console.log(`Amazon notices recognised from the text alone (no sender): ${notices.ok}/${notices.n}`);
    if (misses.length) console.log(`first misses:\n  ${misses.join('\n  ')}`);
    expect(total.n).toBeGreaterThan(300);
    expect(total.ok / total.n).toBeGreaterThanOrEqual(0.97);
    expect(shippedOk / total.n).toBeGreaterThanOrEqual(0.97);
  }, 60_000);
});
