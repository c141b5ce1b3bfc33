/**
 * Accuracy of lib/classify on the labelled buyer messages.
 * - eval-set.json: development set (the keyword tables were tuned on it), must stay >= 0.9
 * - eval-holdout.json: written before the model and never tuned on; reported only
 * Run: npx vitest run tests/unit/classify-accuracy.test.ts
 */
import { CATEGORIES, type Category } from '../../lib/model.ts';
import { classifyMessage, isSystemNotification } from '../../lib/classify/index.ts';
import { shippedModel } from '../tools/classify/model-file.ts';

const MODEL = shippedModel();
import devSet from '../fixtures/classify/eval-set.json';
import holdout from '../fixtures/classify/eval-holdout.json';

interface Row { id: string; lang: string; category: string; system?: boolean; sender?: string; text: string }

interface Report { accuracy: number; n: number; byLang: Record<string, string>; byCategory: Record<string, string>; confusions: string[]; systemErrors: string[] }

function pct(ok: number, n: number): string {
  return `${ok}/${n} (${n ? ((100 * ok) / n).toFixed(1) : '-'}%)`;
}

function evaluate(rows: Row[], withLanguage: boolean): Report {
  const lang = new Map<string, [number, number]>();
  const cat = new Map<string, [number, number]>();
  const confusion = new Map<string, string[]>();
  const systemErrors: string[] = [];
  let ok = 0;
  for (const r of rows) {
    const got = classifyMessage(MODEL, r.text, withLanguage ? r.lang : undefined, r.sender);
    const hit = got.category === r.category;
    if (hit) ok++;
    else {
      const key = `${r.category} -> ${got.category}`;
      confusion.set(key, [...(confusion.get(key) ?? []), r.id]);
    }
    if (isSystemNotification(r.text, r.sender) !== Boolean(r.system)) systemErrors.push(r.id);
    for (const [m, k] of [[lang, r.lang], [cat, r.category]] as const) {
      const cur = m.get(k) ?? [0, 0];
      m.set(k, [cur[0] + (hit ? 1 : 0), cur[1] + 1]);
    }
  }
  const fmt = (m: Map<string, [number, number]>) => Object.fromEntries([...m].map(([k, [a, n]]) => [k, pct(a, n)]));
  return {
    accuracy: ok / rows.length,
    n: rows.length,
    byLang: fmt(lang),
    byCategory: fmt(cat),
    confusions: [...confusion].sort((a, b) => b[1].length - a[1].length).map(([k, ids]) => `${k}: ${ids.length} (${ids.join(', ')})`),
    systemErrors,
  };
}

function log(name: string, r: Report): void {
  console.log([
    `${name}: accuracy ${pct(Math.round(r.accuracy * r.n), r.n)}`,
    `  by language: ${JSON.stringify(r.byLang)}`,
    `  by category: ${JSON.stringify(r.byCategory)}`,
    `  confusions (expected -> got): ${r.confusions.length ? `\n    ${r.confusions.join('\n    ')}` : 'none'}`,
    `  system-notification errors: ${r.systemErrors.length ? r.systemErrors.join(', ') : 'none'}`,
  ].join('\n'));
}

const dev = devSet as Row[];
const held = holdout as Row[];

describe('classifier accuracy', () => {
  it('fixtures are well formed', () => {
    for (const rows of [dev, held]) {
      for (const r of rows) {
        expect(CATEGORIES).toContain(r.category as Category);
        expect(['en', 'de', 'fr', 'it', 'es', 'ja']).toContain(r.lang);
        if (r.system) expect(r.category).toBe('other');
      }
    }
    expect(dev.length + held.length).toBeGreaterThanOrEqual(300);
    expect(held.length).toBeGreaterThanOrEqual(150);
    const ids = new Set([...dev, ...held].map((r) => r.id));
    expect(ids.size).toBe(dev.length + held.length);
  });

  it('development set >= 0.9 (language detected), and reports the held-out set', () => {
    const d = evaluate(dev, false);
    const dl = evaluate(dev, true);
    const h = evaluate(held, false);
    const hl = evaluate(held, true);
    log('DEVELOPMENT set, language detected', d);
    console.log(`DEVELOPMENT set, language given: ${pct(Math.round(dl.accuracy * dl.n), dl.n)}`);
    log('HELD-OUT set, language detected', h);
    console.log(`HELD-OUT set, language given: ${pct(Math.round(hl.accuracy * hl.n), hl.n)}`);
    expect(d.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(dl.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
