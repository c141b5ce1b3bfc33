import { checkMessage } from '../../lib/policy';
import Mustache from 'mustache';
import { STARTER_KEYS, STARTER_TEMPLATES, starterId } from '../../lib/templates/starters';
import { renderTemplate, validateTemplate, type TemplateContext } from '../../lib/templates';
import { CATEGORIES, LANGUAGES, type Language, type Template } from '../../lib/model';

const MARKETPLACE: Record<Language, { code: string; id: string; buyer: string }> = {
  en: { code: 'US', id: 'ATVPDKIKX0DER', buyer: 'Jane Doe' },
  de: { code: 'DE', id: 'A1PA6795UKMFR9', buyer: 'Anna Schmidt' },
  fr: { code: 'FR', id: 'A13V1IB3VIYZZH', buyer: 'Claire Martin' },
  it: { code: 'IT', id: 'APJ6JRA9NG5V4', buyer: 'Giulia Rossi' },
  es: { code: 'ES', id: 'A1RKKUPIHCS9HS', buyer: 'Lucía García' },
  ja: { code: 'JP', id: 'A1VC38T7YXB528', buyer: '山田 太郎' },
};

/** Everything a seller-fulfilled order thread can know. */
const fullContext = (lang: Language): TemplateContext => ({
  marketplaceId: MARKETPLACE[lang].id,
  buyerName: MARKETPLACE[lang].buyer,
  orderId: '305-1234567-7654321',
  items: [{ asin: 'B0C1234567', sku: 'BCB-L-01', title: 'Bamboo cutting board, large', quantity: 1 }],
  deliveryDate: '2026-11-20T18:00:00Z',
  trackingNumber: '1Z999AA10123456784',
  storeName: 'Lumen Home Goods',
  sellerId: 'A1LUMENHOME7Q',
});
/** An FBA order: no tracking number, not delivered yet. */
const fbaContext = (lang: Language): TemplateContext => ({ ...fullContext(lang), trackingNumber: undefined, deliveryDate: undefined });
/** A question asked before any purchase: no order, no items. */
const presaleContext = (lang: Language): TemplateContext => ({
  marketplaceId: MARKETPLACE[lang].id, buyerName: MARKETPLACE[lang].buyer, items: [], storeName: 'Lumen Home Goods',
});

const ALLOWED = new Set(['buyer_name', 'buyer_first_name', 'order_id', 'product_name', 'delivery_date', 'tracking_number', 'store_name']);
const REVIEW_REQUEST = starterId('review-request');
const FBM = starterId('where-is-my-order-fbm');
const ORDERLESS = new Set([starterId('product-question'), starterId('other'), starterId('away-message')]);

const cases: Array<[string, Language, string, Template]> = STARTER_TEMPLATES.flatMap((t) =>
  LANGUAGES.map((lang): [string, Language, string, Template] => [t.id, lang, t.bodies[lang] ?? '', t]));

const variablesOf = (body: string): string[] =>
  (Mustache.parse(body) as unknown as Array<[string, string]>).filter(([type]) => type !== 'text').map(([, name]) => name);

describe('STARTER_TEMPLATES catalogue', () => {
  it('has one template per starter key, with stable unique ids and fixed builtin metadata', () => {
    const ids = STARTER_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(STARTER_KEYS.map((k) => `starter-${k}`));
    for (const t of STARTER_TEMPLATES) {
      expect(t.builtin).toBe(true);
      expect(t.createdAt).toBe('2026-01-01T00:00:00.000Z');
      expect(t.updatedAt).toBe('2026-01-01T00:00:00.000Z');
      expect(t.name.trim()).not.toBe('');
      expect(t.tags).toContain('starter');
      expect(t.categories.length).toBeGreaterThan(0);
      for (const c of t.categories) expect(CATEGORIES).toContain(c);
      expect(t.attachmentId).toBeUndefined();
    }
  });

  it('covers every category with a reply in every language', () => {
    for (const category of CATEGORIES) {
      const reply = STARTER_TEMPLATES.find((t) => t.id === `starter-${category}`);
      expect(reply?.categories).toEqual([category]);
      for (const lang of LANGUAGES) expect(reply?.bodies[lang]?.trim(), `${category}/${lang}`).toBeTruthy();
    }
  });

  it('has a neutral review request filed under feedback-review and tagged review-request', () => {
    const t = STARTER_TEMPLATES.find((x) => x.id === REVIEW_REQUEST);
    expect(t?.categories).toEqual(['feedback-review']);
    expect(t?.tags).toContain('review-request');
    expect(STARTER_TEMPLATES.filter((x) => x.tags.includes('review-request'))).toHaveLength(1);
  });

  it('has all six languages in every template', () => {
    for (const t of STARTER_TEMPLATES) expect(Object.keys(t.bodies).sort()).toEqual([...LANGUAGES].sort());
  });
});

describe.each(cases)('%s [%s]', (id, lang, body) => {
  it('is a valid template using only the documented variables, tracking number only in the FBM starter', () => {
    expect(validateTemplate(body)).toEqual([]);
    const vars = variablesOf(body);
    for (const v of vars) expect(ALLOWED).toContain(v);
    expect(vars.includes('tracking_number')).toBe(id === FBM);
    expect(vars).toContain('store_name');
    expect(vars.includes('order_id')).toBe(!ORDERLESS.has(id));
  });

  it('is link-free, contact-free plain text of a few sentences', () => {
    expect(body).not.toMatch(/https?:|www\.|@|<\/?[a-z]/i);
    expect(body).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(body).not.toMatch(/[[\]]/);
    expect(body).not.toMatch(/[ \t]$|^[ \t]/m);
    const text = body.split('\n').slice(1).join('\n');
    const sentences = text.match(/[.!?。？！](?=\s|$)|[。？！]/g) ?? [];
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(9);
  });

  it('renders completely for a seller-fulfilled order', () => {
    const r = renderTemplate(body, fullContext(lang));
    expect(r.errors).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.complete).toBe(true);
    expect(r.text).not.toMatch(/undefined|\[|\]/);
    expect(r.text).toContain('Lumen Home Goods');
  });

  it('renders completely for an FBA order except for the tracking-number starter', () => {
    const r = renderTemplate(body, fbaContext(lang));
    expect(r.missing).toEqual(id === FBM ? ['tracking_number'] : []);
  });
});

describe('register and greeting', () => {
  const bodies = (lang: Language) => STARTER_TEMPLATES.map((t) => t.bodies[lang] ?? '');

  it('greets by name in each language', () => {
    for (const b of bodies('en')) expect(b.startsWith('Hello {{buyer_first_name}},\n')).toBe(true);
    for (const b of bodies('de')) expect(b.startsWith('Guten Tag {{buyer_name}},\n')).toBe(true);
    for (const b of bodies('fr')) expect(b.startsWith('Bonjour {{buyer_name}},\n')).toBe(true);
    for (const b of bodies('it')) expect(b.startsWith('Gentile {{buyer_name}},\n')).toBe(true);
    for (const b of bodies('es')) expect(b.startsWith('Hola, {{buyer_name}}:\n')).toBe(true);
    for (const b of bodies('ja')) expect(b.startsWith('{{buyer_name}}様\n')).toBe(true);
  });

  it('uses the formal address (Sie, vous, usted, keigo)', () => {
    for (const b of bodies('de')) expect(b).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
    for (const b of bodies('fr')) expect(b).not.toMatch(/\b(tu|toi|ton|ta|tes)\b/i);
    for (const b of bodies('es')) expect(b).not.toMatch(/\b(tú|tu|tus|te|contigo)\b/i);
    for (const b of bodies('ja')) expect(b).toMatch(/(ます|ません|ございます|いたします|ください)。/);
  });
});

describe('review request wording', () => {
  const t = STARTER_TEMPLATES.find((x) => x.id === REVIEW_REQUEST);
  // pushing for a good review, or asking only when the buyer is pleased, is forbidden (amazon-data.md section 7)
  const PUSHY: Record<Language, RegExp> = {
    en: /positive|5[- ]?star|five[- ]?star|happy|satisfied|delighted|only if|in return|free|discount|coupon/i,
    de: /positiv|5[- ]?sterne|fünf[- ]?sterne|zufrieden|nur wenn|gutschein|rabatt|kostenlos|gratis/i,
    fr: /positi[fv]|5 étoiles|cinq étoiles|satisfait|seulement si|bon d'achat|réduction|gratuit/i,
    it: /positiv|5 stelle|cinque stelle|soddisfatt|solo se|buono sconto|sconto|gratis|gratuit/i,
    es: /positiv|5 estrellas|cinco estrellas|satisfech|solo si|cupón|descuento|gratis|gratuit/i,
    ja: /高評価|星5|星５|満足|五つ星|割引|クーポン|無料|プレゼント/,
  };

  it.each(LANGUAGES)('asks once, neutrally, with no condition or incentive [%s]', (lang) => {
    const body = t?.bodies[lang] ?? '';
    expect(body).not.toMatch(PUSHY[lang]);
  });
});

describe('orderless starters', () => {
  it.each(cases.filter(([id]) => ORDERLESS.has(id)))('%s [%s] works for a question asked before any purchase', (_id, lang, body) => {
    expect(renderTemplate(body, presaleContext(lang)).complete).toBe(true);
  });
});

describe('Amazon messaging policy (lib/policy checkMessage)', () => {
  it.each(cases)('%s [%s] passes as rendered', (id, lang, body) => {
    const text = renderTemplate(body, fullContext(lang)).text;
    const kind = id === REVIEW_REQUEST ? 'review-request' : 'reply';
    const result = checkMessage(text, { kind, marketplace: MARKETPLACE[lang].code });
    expect(result.findings).toEqual([]);
    expect(result.verdict).toBe('ok');
  });
});
