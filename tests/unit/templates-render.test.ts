import { renderTemplate, validateTemplate, pickBody, VARIABLES, type TemplateContext } from '../../lib/templates';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const ctx: TemplateContext = {
  marketplaceId: US,
  buyerName: 'Jane Q. Doe',
  orderId: '111-1234567-7654321',
  items: [{ asin: 'B0C1234567', sku: 'BCB-L', title: 'Bamboo board <large>', quantity: 2 }, { asin: 'B0C7654321', quantity: 1 }],
  deliveryDate: '2026-11-20T18:00:00Z',
  storeName: 'Lumen & Co',
  sellerId: 'A1LUMENHOME7Q',
};

describe('renderTemplate', () => {
  it('fills every documented variable from the thread values, without HTML escaping', () => {
    const r = renderTemplate('Hi {{buyer_first_name}}, order {{order_id}}: {{product_name}} x{{quantity}} from {{store_name}}.', ctx);
    expect(r.text).toBe('Hi Jane, order 111-1234567-7654321: Bamboo board <large> x3 from Lumen & Co.');
    expect(r.complete).toBe(true);
    expect(r.missing).toEqual([]);
  });

  it('builds links on the marketplace retail domain', () => {
    const de = renderTemplate('{{product_link}} {{review_link}} {{feedback_link}} {{storefront_link}} {{contact_link}}', { ...ctx, marketplaceId: DE });
    expect(de.text).toContain('https://www.amazon.de/dp/B0C1234567');
    expect(de.text).toContain('https://www.amazon.de/review/create-review?asin=B0C1234567');
    expect(de.text).toContain('https://www.amazon.de/hz/feedback?sellerID=A1LUMENHOME7Q&orderID=111-1234567-7654321');
    expect(de.text).toContain('https://www.amazon.de/s?me=A1LUMENHOME7Q&marketplaceID=A1PA6795UKMFR9');
    expect(de.text).toContain('contact.html?orderID=111-1234567-7654321&sellerID=A1LUMENHOME7Q&marketplaceID=A1PA6795UKMFR9');
  });

  it('formats the delivery date in the marketplace language and time zone', () => {
    expect(renderTemplate('{{delivery_date}}', ctx).text).toBe('November 20, 2026');
    expect(renderTemplate('{{delivery_date}}', { ...ctx, marketplaceId: DE }).text).toBe('20. November 2026');
  });

  it('marks a missing value as a warning and never renders undefined or a gap', () => {
    const r = renderTemplate('Tracking: {{tracking_number}}.', ctx);
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual(['tracking_number']);
    expect(r.text).toBe('Tracking: [tracking number?].');
    expect(r.text).not.toContain('undefined');
    expect(r.segments.find((s) => s.missing)?.variable).toBe('tracking_number');
  });

  it('only reports missing values the body uses', () => {
    expect(renderTemplate('Hello {{buyer_name}}', ctx).missing).toEqual([]);
  });

  it('iterates items in an items section', () => {
    expect(renderTemplate('{{#items}}- {{title}} ({{asin}})\n{{/items}}', ctx).text)
      .toBe('- Bamboo board <large> (B0C1234567)\n- B0C7654321 (B0C7654321)\n');
  });

  it('renders segments that reproduce the text exactly', () => {
    const r = renderTemplate('A {{order_id}} B {{tracking_number}} C', ctx);
    expect(r.segments.map((s) => s.text).join('')).toBe(r.text);
    expect(r.segments.map((s) => s.variable ?? '-')).toEqual(['-', 'order_id', '-', 'tracking_number', '-']);
  });
});

describe('validateTemplate', () => {
  it('accepts every documented variable', () => {
    expect(validateTemplate(VARIABLES.map((v) => `{{${v.name}}}`).join(' '))).toEqual([]);
  });
  it('reports an unclosed tag with line and column', () => {
    const [e] = validateTemplate('Hello\nthere {{buyer_name');
    expect(e).toMatchObject({ line: 2, column: 7 });
    expect(e?.message).toMatch(/never closed/);
  });
  it('reports an unclosed section', () => {
    const [e] = validateTemplate('x\n{{#items}} {{title}}');
    expect(e?.message).toBe('Section {{#items}} is never closed with {{/items}}.');
    expect(e).toMatchObject({ line: 2, column: 1 });
  });
  it('reports unknown variables with a suggestion and position', () => {
    const errs = validateTemplate('Dear {{buyerName}},\n{{foo}}');
    expect(errs).toHaveLength(2);
    expect(errs[0]).toMatchObject({ line: 1, column: 6, message: 'Unknown variable "{{buyerName}}". Did you mean {{buyer_name}}?' });
    expect(errs[1]).toMatchObject({ line: 2, column: 1 });
  });
  it('rejects partials and item fields outside the items section', () => {
    expect(validateTemplate('{{> footer}}')[0]?.message).toMatch(/Partials/);
    expect(validateTemplate('{{title}}')[0]?.message).toMatch(/Unknown variable/);
  });
  it('a template with errors renders nothing', () => {
    const r = renderTemplate('{{#items}}', ctx);
    expect(r.complete).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.text).toBe('');
  });
});

describe('pickBody', () => {
  const t = { bodies: { en: 'Hello', de: 'Hallo', ja: 'こんにちは' } };
  it('uses the marketplace language', () => {
    expect(pickBody(t, DE)).toEqual({ language: 'de', body: 'Hallo', fallback: false });
  });
  it('prefers the buyer locale when known', () => {
    expect(pickBody(t, DE, 'ja-JP')?.language).toBe('ja');
  });
  it('falls back to English, then to any body', () => {
    expect(pickBody(t, 'A13V1IB3VIYZZH')).toEqual({ language: 'en', body: 'Hello', fallback: true });
    expect(pickBody({ bodies: { it: 'Ciao' } }, US)).toEqual({ language: 'it', body: 'Ciao', fallback: true });
    expect(pickBody({ bodies: {} }, US)).toBeUndefined();
  });
});

describe('validateTemplate: sections', () => {
  it('refuses a list section nested in itself and item fields in an inverted section', () => {
    expect(validateTemplate('{{#items}}{{#items}}x{{/items}}{{/items}}')[0]?.message).toMatch(/cannot be nested/);
    expect(validateTemplate('{{^items}}{{title}}{{/items}}')[0]?.message).toMatch(/Unknown variable "\{\{title\}\}"/);
    expect(validateTemplate('{{^items}}No items{{/items}}{{#items}}{{title}}{{/items}}')).toEqual([]);
  });
  it('limits nesting depth', () => {
    const body = `${'{{#buyer_name}}'.repeat(9)}x${'{{/buyer_name}}'.repeat(9)}`;
    expect(validateTemplate(body).some((e) => /nest too deeply/.test(e.message))).toBe(true);
  });
});
