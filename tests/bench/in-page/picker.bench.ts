/**
 * The template picker in Chromium: search per keystroke over 2,000 templates (typing queries letter by
 * letter and back again, each query in a fresh picker session) and the preview of one template (pick the body, render it with the
 * thread's values, cut the runs for highlighting). Also the policy check of a preview (it runs in the
 * background, on the same V8) for information.
 */
import type { Language, Template } from '../../../lib/model';
import { checkMessage } from '../../../lib/policy';
import { pickBody, renderTemplate, type TemplateContext } from '../../../lib/templates';
import { STARTER_TEMPLATES } from '../../../lib/templates/starters';
import { previewRuns } from '../../../components/features/compose-templates/highlight';
import { buildIndex, searchIndex } from '../../../lib/protocol/handlers/picker-index';
import { median, percentile } from '../stats';

const WORDS = ['shipping', 'refund', 'return', 'label', 'carrier', 'damaged', 'invoice', 'warranty', 'size', 'colour', 'battery',
  'replacement', 'delay', 'holiday', 'customs', 'address', 'cancel', 'feedback', 'manual', 'assembly', 'lamp', 'shelf', 'mug'];
const LANGS: Language[] = ['en', 'de', 'fr', 'it', 'es', 'ja'];

function templates(n: number): Template[] {
  return Array.from({ length: n }, (_, i) => {
    const base = STARTER_TEMPLATES[i % STARTER_TEMPLATES.length]!;
    const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]!;
    const bodies: Template['bodies'] = {};
    for (const l of LANGS) if (l === 'en' || i % 3 === 0) bodies[l] = `${base.bodies[l] ?? ''}\n\nP.S. ${w(1)} ${w(2)} ${w(3)} (#${i})`;
    return { ...base, id: `t${i}`, name: `${base.name} ${w(0)} ${i}`, tags: [...base.tags, w(4), w(5)], bodies };
  });
}

const QUERIES = ['where is my order', 'refund label', 'retrun', 'invoice vat', 'carrier delay', 'damaged replacement', 'cancel order', 'lamp 1234'];

const CTX: TemplateContext = {
  marketplaceId: 'ATVPDKIKX0DER', buyerName: 'Jane Doe', orderId: '113-1234567-1234567', storeName: 'Lumen Home Goods', sellerId: 'A1LUMENHOME7Q',
  items: [{ asin: 'B0TEST1234', sku: 'LAMP-1', title: 'Lumen desk lamp', quantity: 1 }], deliveryDate: '2026-11-20T12:00:00.000Z',
};

(globalThis as Record<string, unknown>).__bench = () => {
  const list = templates(2_000);
  let t = performance.now();
  const index = buildIndex(list, CTX.marketplaceId, 'where-is-my-order');
  const buildMs = performance.now() - t;

  const keystroke: number[] = [];
  const backspace: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (const q of QUERIES) {
      // a new opening of the picker: nothing remembered from the last one
      index.memo.clear();
      index.last = undefined;
      for (let k = 1; k <= q.length; k++) {
        t = performance.now();
        searchIndex(index, q.slice(0, k));
        if (round > 0) keystroke.push(performance.now() - t);
      }
      // and backspace to the start
      for (let k = q.length - 1; k >= 1; k--) {
        t = performance.now();
        searchIndex(index, q.slice(0, k));
        if (round > 0) backspace.push(performance.now() - t);
      }
    }
  }

  const preview: number[] = [];
  const policy: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 300; i++) {
      const entry = list[(i * 37) % list.length]!;
      t = performance.now();
      const body = pickBody(entry, CTX.marketplaceId)?.body ?? '';
      const r = renderTemplate(body, CTX);
      previewRuns(r.segments, []);
      const dt = performance.now() - t;
      t = performance.now();
      checkMessage(r.text, { kind: 'reply', marketplace: CTX.marketplaceId });
      if (round > 0) { preview.push(dt); policy.push(performance.now() - t); }
    }
  }
  return {
    buildMs,
    searchMedian: median(keystroke), searchP95: percentile(keystroke, 95), keystrokes: keystroke.length,
    backspaceP95: percentile(backspace, 95),
    previewMedian: median(preview), previewP95: percentile(preview, 95),
    policyMedian: median(policy), policyP95: percentile(policy, 95),
  };
};
