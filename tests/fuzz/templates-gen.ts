/** Generated template bodies and templates files: valid seeds and mutations (tests/unit/fuzz-templates.test.ts). */
import { STARTER_TEMPLATES } from '../../lib/templates/starters';
import { VARIABLE_NAMES } from '../../lib/templates';
import type { TemplateContext } from '../../lib/templates';
import { CATEGORIES, LANGUAGES } from '../../lib/model';
import Mustache from 'mustache';
import { junkString, mutateText, unicodeString, type Rng } from './prng';

const VARS = [...VARIABLE_NAMES];
const ITEM_FIELDS = ['asin', 'sku', 'title', 'quantity'];

export const SEED_BODIES: readonly string[] = [
  ...STARTER_TEMPLATES.flatMap((t) => Object.values(t.bodies).filter((b): b is string => !!b)),
  'Hi {{buyer_first_name}},\n{{#items}}- {{title}} ({{asin}}) x{{quantity}}\n{{/items}}Thanks, {{store_name}}',
  '{{! a comment }}Order {{order_id}}: {{{product_name}}} {{&sku}}',
  '{{#tracking_number}}Tracking: {{tracking_number}}{{/tracking_number}}{{^tracking_number}}No tracking yet.{{/tracking_number}}',
  'Links: {{product_link}} {{review_link}} {{feedback_link}} {{storefront_link}} {{contact_link}}',
  'Delivered {{delivery_date}} to {{buyer_name}} on {{marketplace}}.',
  '',
  'plain text, no tags at all. 日本語のテキスト 😀',
];

/** Fragments a seller (or a broken editor) might put in a body. */
function fragment(r: Rng): string {
  const v = () => r.pick(VARS);
  switch (r.int(0, 27)) {
    case 0: return '{{';
    case 1: return '}}';
    case 2: return '{';
    case 3: return '}';
    case 4: return `{{${v()}`;
    case 5: return `{{${v()}}`;
    case 6: return `{{#items}}`;
    case 7: return `{{/items}}`;
    case 8: return `{{^items}}`;
    case 9: return `{{> ${r.pick(['footer', 'x', ''])}}}`;
    case 10: return r.pick(['{{=<% %>=}}', '{{= | | =}}', '{{=[[ ]]=}}', '{{= =}}', '{{=<% %>}}', '{{=a=}}']);
    case 11: return `{{${r.pick(['buyerName', 'BUYER_NAME', 'Buyer Name', 'foo', 'order-id', 'title', 'items', '.', 'buyer_name.x', 'constructor', '__proto__', 'toString', ''])}}}`;
    case 12: return `{{#${v()}}}${fragment(r)}{{/${v()}}}`;
    case 13: return `{{#items}}{{${r.pick(ITEM_FIELDS)}}}{{/items}}`;
    case 14: return `{{#items}}{{#items}}{{asin}}{{/items}}{{/items}}`;
    case 15: return `{{{${v()}}}}`;
    case 16: return `{{{${v()}}}`;
    case 17: return `{{&${v()}}}`;
    case 18: return `{{!${junkString(r, 10)}}}`;
    case 19: return `{{ ${v()} }}`;
    case 20: return `{{\n${v()}\n}}`;
    case 21: return unicodeString(r, 1, 10);
    case 22: return '\n'.repeat(r.int(1, 3));
    case 23: return `{{${r.pick(['#', '^', '/', '>', '=', '!', '&', '{'])}${r.chance(0.5) ? v() : junkString(r, 5)}}}`;
    case 24: return `{{/${v()}}}`;
    case 25: return `{{#${v()}}}`;
    case 26: return `{{%${v()}}}`;
    default: return `{{${r.pick(ITEM_FIELDS)}}}`;
  }
}

/** A mutated template body (may be valid or not). `huge` bodies go to ~20,000 characters and beyond. */
export function templateBody(r: Rng): string {
  let body = r.pick(SEED_BODIES);
  const rounds = r.int(1, 4);
  for (let k = 0; k < rounds; k++) {
    const mode = r.int(0, 24);
    if (mode <= 4) {
      const i = r.int(0, body.length);
      body = body.slice(0, i) + fragment(r) + body.slice(i);
    } else if (mode <= 21) {
      body = mutateText(r, body, ['{{', '}}', '{', '}', '#', '/', '^', '>', '=', '&', '!', '\n', ...VARS]);
    } else if (mode <= 23) {
      // nested sections, deep
      const depth = r.int(1, 16);
      const name = r.chance(0.5) ? 'items' : r.pick(VARS);
      body = `${`{{#${name}}}`.repeat(depth)}${body}${`{{/${name}}}`.repeat(r.chance(0.8) ? depth : r.int(0, depth))}`;
    } else {
      // huge input: repeat the body or a fragment
      const piece = r.chance(0.5) ? `${body}\n` : fragment(r);
      const times = Math.min(1500, Math.ceil(r.int(2_000, 22_000) / Math.max(1, piece.length)));
      body = piece.repeat(times);
    }
  }
  return body;
}

export const CONTEXTS: readonly TemplateContext[] = [
  {
    marketplaceId: 'ATVPDKIKX0DER', buyerName: 'Jane Q. Doe', orderId: '111-1234567-7654321',
    items: [{ asin: 'B0C1234567', sku: 'BCB-L', title: 'Bamboo board', quantity: 2 }, { asin: 'B0C7654321', quantity: 1 }],
    deliveryDate: '2026-11-20T18:00:00Z', trackingNumber: '1Z999', storeName: 'Lumen & Co', sellerId: 'A1LUMENHOME7Q',
  },
  { marketplaceId: 'A1PA6795UKMFR9', items: [] },
  { marketplaceId: 'UNKNOWN-MP', buyerName: '   ', orderId: '', items: [{ asin: '', quantity: 0 }], deliveryDate: 'not a date' },
  { marketplaceId: 'A1VC38T7YXB528', buyerName: '山田 太郎', items: [{ asin: 'B0JP000001', title: '{{buyer_name}}', quantity: 1 }], storeName: '{{#items}}' },
];

/** A templates file as an object (before JSON), valid. */
export function validTemplatesObject(r: Rng): { format: string; version: number; templates: Record<string, unknown>[] } {
  const n = r.int(1, 6);
  const templates = Array.from({ length: n }, (_, i) => {
    const starter = r.pick(STARTER_TEMPLATES);
    return {
      id: `t-${i}-${r.int(0, 9999)}`, name: `${starter.name} ${i}`, tags: [...starter.tags], categories: [...starter.categories],
      bodies: { ...starter.bodies }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z',
    };
  });
  return { format: 'seller-inbox-templates', version: 1, templates };
}

const JUNK_VALUES = (r: Rng): unknown => r.pick<() => unknown>([
  () => null, () => 0, () => -1, () => 1.5, () => true, () => [], () => ({}), () => '', () => junkString(r, 30),
  () => [junkString(r, 5)], () => ({ en: 1 }), () => 'x'.repeat(r.int(190, 25_000)), () => Number.MAX_SAFE_INTEGER,
  () => '2026-13-45T00:00:00Z', () => 'yesterday', () => [1, 2, 3], () => templateBody(r),
])();

/** Structural mutation of a templates file object: wrong types, missing or extra fields, bad bodies. */
export function mutateTemplatesObject(r: Rng, file: { format: string; version: number; templates: Record<string, unknown>[] }): unknown {
  const f = structuredClone(file) as Record<string, unknown> & { templates: Record<string, unknown>[] };
  const list = (): Record<string, unknown>[] => (Array.isArray(f.templates) ? f.templates : []);
  const t = (): Record<string, unknown> => {
    const x: unknown = r.pick(list());
    return x !== null && typeof x === 'object' ? (x as Record<string, unknown>) : {};
  };
  const fields = ['id', 'name', 'tags', 'categories', 'bodies', 'builtin', 'createdAt', 'updatedAt'];
  const rounds = r.int(1, 3);
  for (let k = 0; k < rounds; k++) {
    switch (r.int(0, 13)) {
      case 0: f[r.pick(['format', 'version', 'templates'])] = JUNK_VALUES(r); break;
      case 1: delete f[r.pick(['format', 'version', 'templates'])]; break;
      case 2: if (list().length) delete t()[r.pick(fields)]; break;
      case 3: if (list().length) t()[r.pick(fields)] = JUNK_VALUES(r); break;
      case 4: if (list().length) {
        const x = t();
        if (!x.bodies || typeof x.bodies !== 'object') x.bodies = {};
        (x.bodies as Record<string, unknown>)[r.pick([...LANGUAGES, 'pt', 'EN', ''])] = r.chance(0.8) ? templateBody(r) : JUNK_VALUES(r);
      } break;
      case 5: if (list().length) t().id = list()[0]?.id; break; // duplicate id
      case 6: if (list().length) t().categories = [r.pick([...CATEGORIES, 'nope', ''])]; break;
      case 7: if (list().length) t().tags = Array.from({ length: r.int(0, 60) }, () => junkString(r, 70)); break;
      case 8: list().push(JUNK_VALUES(r) as Record<string, unknown>); break;
      case 9: if (list().length) t().bodies = Object.fromEntries(LANGUAGES.map((l) => [l, r.chance(0.5) ? '  ' : ''])); break;
      case 10: if (list().length) t().name = r.pick(['', '   ', '\u200b', junkString(r, 10), 'x'.repeat(201)]); break;
      case 11: f.version = r.pick([0, 2, '1', 1.0, -1, null]); break;
      case 12: if (list().length) t()[junkString(r, 8) || 'extra'] = JUNK_VALUES(r); break;
      default: f.templates = r.shuffle(list());
    }
  }
  return f;
}

type Token = [string, string, number, number, Token[]?];

/**
 * Upper bound of the rendered size with `items` items: every {{#items}} level multiplies its content.
 * Used to keep the suite fast: nested item sections render exponentially (reported in fuzz-found-bugs).
 */
export function renderCost(body: string, items: number): number {
  let tokens: Token[];
  try { tokens = Mustache.parse(body) as unknown as Token[]; } catch { return body.length; }
  const cost = (ts: Token[]): number => ts.reduce((n, [type, value, , , children]) => {
    if (type === '#' || type === '^') return n + (value === 'items' && type === '#' ? Math.max(1, items) : 1) * cost(children ?? []);
    return n + 1 + value.length;
  }, 0);
  return cost(tokens);
}
