/**
 * Buyer-written values in messages nobody reads before they go (holiday auto-reply, campaigns): a name that is
 * not a plausible name is left out (the neutral greeting instead) and the preview says which value and why.
 * The probe's case: a buyer named `Sam. PS from the seller: your full refund of $500 is approved, …`.
 */
import { previewSend } from '../../lib/campaigns/runner/preview';
import { holidayText } from '../../lib/holiday/reply-text';
import type { Order, OrderItem, Template, Thread } from '../../lib/model';
import { nameProblem, renderTemplate, type TemplateContext } from '../../lib/templates';
import { STARTER_TEMPLATES } from '../../lib/templates/starters';
import { readFileSync } from 'node:fs';
import { createTranslator, type Catalog } from '../../components/i18n/catalog';
import { notesText, reasonText } from '../../components/options/send-notes';

const PROBE = 'Sam. PS from the seller: your full refund of $500 is approved, no return needed. Reply YES to confirm';
const US = 'ATVPDKIKX0DER';
const MP: Record<string, string> = { en: US, de: 'A1PA6795UKMFR9', fr: 'A13V1IB3VIYZZH', it: 'APJ6JRA9NG5V4', es: 'A1RKKUPIHCS9HS', ja: 'A1VC38T7YXB528' };

const thread = (buyerName: string): Thread => ({
  key: `A1SELLER|${US}|t1`, accountId: 'A1SELLER', marketplaceId: US, threadId: 't1', buyerName, orderIds: ['111-1234567-1234567'],
  status: 'response-needed', isSystem: false, seenAt: '2026-11-02T08:00:00.000Z',
});
const order = (buyerName: string, marketplaceId = US): Order => ({
  orderId: '111-1234567-1234567', marketplaceId, status: 'Shipped', fulfillment: 'FBA', purchaseDate: '2026-10-01T10:00:00.000Z', buyerName,
  latestDeliveryDate: '2026-10-05T10:00:00.000Z', provenance: { source: 'import', at: '2026-10-01T10:00:00.000Z' },
});
const items: OrderItem[] = [{ key: 'k', orderId: '111-1234567-1234567', asin: 'B0C1234567', title: 'Bamboo board', quantity: 1, provenance: { source: 'import', at: '2026-10-01T10:00:00.000Z' } }];
const greeting: Pick<Template, 'bodies'> = { bodies: { en: 'Hello {{buyer_first_name}},\n\nWe are away until Monday and will answer then.' } };

describe('what counts as a plausible name', () => {
  it.each(['Jane Doe', 'Jane Q. Doe', "Seán O'Brien", 'Jean-Luc Picard', 'Zoë Müller-Lüdenscheidt', '山田 太郎', 'José María García López', 'Buyer 2'])('%s goes in', (n) => {
    expect(nameProblem(n)).toBeUndefined();
  });
  it.each([
    [PROBE, 'too-long'],
    ['Sam. PS approved', 'punctuation'],
    ['Call 0800 555', 'digits'],
    ['J0hn', 'digits'],
    ['Refund: yes', 'punctuation'],
    ['Ann $$$ Lee', 'symbols'],
    ['<b>Ann</b>', 'punctuation'],
    ['Ann\nPS refund approved', 'line-break'],
    ['a b c d e f', 'too-many-words'],
    ['J\u043Ehn Smith', 'mixed-scripts'],
    ['\u202Egnp.exe\u202C', 'punctuation'],
  ])('%j is left out (%s)', (n, why) => {
    expect(nameProblem(n)).toBe(why);
  });
});

describe('holiday auto-reply', () => {
  it("leaves the probe's name out: the neutral greeting, and the log says why", () => {
    const t = holidayText(thread(PROBE), greeting);
    expect(t).toMatchObject({ text: 'Hello,\n\nWe are away until Monday and will answer then.', replaced: ['replaced:buyer_first_name:too-long'] });
    expect('text' in t && t.text).not.toMatch(/refund|YES/);
  });
  it('keeps a plausible name, without bidi controls', () => {
    expect(holidayText(thread('Ann\u202E Lee'), greeting)).toMatchObject({ text: expect.stringMatching(/^Hello Ann,/), replaced: [] });
  });
});

describe('campaign preview (test mode shows the same)', () => {
  const tpl = STARTER_TEMPLATES.find((s) => s.bodies.en?.includes('{{buyer_first_name}}'))!;
  it("leaves the probe's name out and says so next to the verdict", () => {
    const p = previewSend({ method: 'template-message' }, order(PROBE), items, tpl);
    expect(p.text).not.toMatch(/refund|\$500|YES/);
    expect(p.text.startsWith('Hello,')).toBe(true);
    expect(p.notes).toContain('replaced:buyer_first_name:too-long');
  });
  it('every starter language gets a neutral greeting, never an empty gap', () => {
    const want: Record<string, string> = { en: 'Hello,', de: 'Guten Tag,', fr: 'Bonjour,', it: 'Gentile cliente,', es: 'Hola:', ja: 'お客様' };
    for (const [lang, first] of Object.entries(want)) {
      const p = previewSend({ method: 'template-message' }, order(PROBE, MP[lang]), items, tpl);
      expect(p.language, lang).toBe(lang);
      expect(p.text.split('\n')[0], lang).toBe(first);
      expect(p.notes.filter((n) => n.startsWith('buyer')), lang).toEqual([]);
    }
  });
});

describe('the neutral greeting in hand-written templates', () => {
  it.each([
    ['{{buyer_name}} 様、お問い合わせありがとうございます。', 'お客様、お問い合わせありがとうございます。'],
    ['Hello {{buyer_name}}, thank you.', 'Hello, thank you.'],
    ['Hola, {{buyer_name}}: gracias.', 'Hola: gracias.'],
    ['Dear {{buyer_first_name}}!', 'Dear!'],
    ['Thanks {{buyer_name}}', 'Thanks'],
  ])('%j', (body, want) => {
    const r = renderTemplate(body, { marketplaceId: US, buyerName: PROBE, items: [] }, { unattended: true });
    expect(r.text).toBe(want);
    expect(r.complete).toBe(true);
  });
});

describe('a person reading the text (compose preview) still sees the name', () => {
  it('renders it as it is, only without bidi controls', () => {
    const ctx: TemplateContext = { marketplaceId: US, buyerName: 'Hello \u202Egnp.exe\u202C', items: [] };
    const r = renderTemplate('Hi {{buyer_name}},', ctx);
    expect(r.text).toBe('Hi Hello gnp.exe,');
    expect(r.replaced).toEqual([]);
  });
});

describe('the preview and the log say which value was left out and why, in the seller\'s language', () => {
  const catalog = (l: string) => JSON.parse(readFileSync(`public/_locales/${l}/messages.json`, 'utf8')) as Catalog;
  it('English and Chinese', () => {
    const en = createTranslator(catalog('en'));
    const zh = createTranslator(catalog('zh_CN'));
    const notes = ['replaced:buyer_name:too-long', 'replaced:buyer_first_name:too-long', 'external-link'];
    expect(notesText(en, notes)).toEqual(["Buyer's name left out (longer than 40 characters): the greeting is neutral", 'external-link']);
    expect(notesText(zh, notes)[0]).toBe('未使用买家姓名（超过 40 个字符）：问候语改为通用称呼');
    expect(reasonText(en, 'replaced:buyer_first_name:punctuation')).toBe("Buyer's name left out (sentence punctuation): the greeting is neutral");
    expect(reasonText(en, 'policy: external-link')).toBe('policy: external-link');
  });
});
