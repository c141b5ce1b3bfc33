/**
 * Latin-letter words left in a Chinese UI. A word is allowed when it is
 *  - a proper noun or a unit the Chinese UI keeps as written (PROPER below: each with its reason), or
 *  - a value from the seller's data as Seller Central gives it: buyer, account and store names, product titles,
 *    ASINs and SKUs, e-mail relay addresses, review titles, subjects (the buyer's own words), or
 *  - an id (letters mixed with digits: ASIN B0…, merchant ids, RMA numbers).
 */
import type { ReplicaData } from '../../replica/data';

/** Kept as written in the Chinese UI; the reason for each. */
export const PROPER: Readonly<Record<string, string>> = {
  Amazon: 'the company name, as Amazon China writes it in Seller Central (亚马逊 also used)',
  ASIN: 'Amazon\'s product id name, as Seller Central in Chinese writes it',
  SKU: 'the product code name, as Seller Central in Chinese writes it',
  FBA: 'Fulfilled by Amazon: Seller Central in Chinese writes FBA',
  FBM: 'Fulfilled by the merchant: the counterpart of FBA',
  'A-to-z': 'Amazon\'s A-to-z Guarantee: Seller Central in Chinese writes "A-to-z 索赔"',
  Seller: 'the product name "Seller Inbox" (the brand, next to 卖家收件箱)',
  Inbox: 'the product name "Seller Inbox"',
  Central: 'Seller Central, Amazon\'s product name (Seller Central in Chinese keeps it)',
  CSV: 'a file format',
  JSON: 'a file format',
  Alt: 'a key name on the keyboard',
  Esc: 'a key name on the keyboard',
  Enter: 'a key name on the keyboard',
  Ctrl: 'a key name on the keyboard',
  Shift: 'a key name on the keyboard',
  UTC: 'the time zone name',
  ISO: 'the ISO week (ISO 周), a standard\'s name',
  Prime: 'Amazon Prime, a product name',
  IANA: 'the time zone database name in the time zone field',
  ID: 'Seller Central in Chinese writes 订单 ID, 买家 ID',
  SI: 'the logo\'s letters (Seller Inbox)',
  HTML: 'the format name, in the policy rule "HTML"',
  Important: 'the literal "[Important]" marker Amazon gives its meaning to',
  English: 'the language picker names each language in its own language (English, 简体中文)',
};

/** marketplace codes (US, DE, JP ...) next to the marketplace's domain, and language codes (EN, JA) as column markers */
const CODES = /^(?:US|CA|MX|BR|UK|GB|DE|FR|IT|ES|IE|NL|BE|SE|PL|TR|AE|SA|EG|IN|ZA|JP|AU|SG|EN|JA|ZH)$/;

const WORD = /[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]/g;

function dataWords(data: ReplicaData): Set<string> {
  const values: string[] = [];
  for (const a of data.accounts) values.push(a.name, a.merchantId);
  for (const p of data.products) values.push(p.asin, p.sku, ...Object.values(p.titles), ...Object.values(p.shortNames), ...Object.values(p.colorNames));
  for (const b of data.buyers) values.push(b.name, b.relayEmail);
  for (const o of data.orders) for (const i of o.items) values.push(i.title, i.sku, i.asin);
  for (const t of data.threads) values.push(t.buyerName, t.subject);
  for (const r of data.reviews) values.push(r.title);
  const words = new Set<string>();
  for (const v of values) for (const w of v.match(WORD) ?? []) words.add(w);
  return words;
}

const cache = new WeakMap<ReplicaData, Set<string>>();

/**
 * The words of `text` that are neither allowed proper nouns nor values from `data`, each once, with the text
 * around their first occurrence ("word «…around…»").
 */
export function latinLeftovers(text: string, data?: ReplicaData): string[] {
  const known = data ? (cache.get(data) ?? dataWords(data)) : new Set<string>();
  if (data) cache.set(data, known);
  const out = new Set<string>();
  // ids: letters with digits (ASINs, merchant ids, order ids with letters) and e-mail-like tokens are values
  // template variables as the seller types them ({{store_name}}), domains (amazon.co.uk), file names (x.csv)
  const stripped = text.replace(/\S*@\S+/g, ' ').replace(/\b(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9-]{4,}\b/g, ' ')
    .replace(/\{\{[^}]*\}\}/g, ' ').replace(/\b(?:[\w-]+\.)+(?:com|de|fr|it|es|uk|jp|ca|mx|br|nl|se|pl|tr|ae|sa|eg|in|za|au|sg|ie|be)\b/gi, ' ')
    .replace(/(?:\b[\w-]+)?\.(?:csv|txt|tsv|json|xlsx?)\b/gi, ' ').replace(/\b[\w-]+-…/g, ' ')
    // a key on the keyboard (Alt+T, N)
    .replace(/(?<![A-Za-z])[A-Z](?![A-Za-z])/g, ' ');
  for (const m of stripped.matchAll(WORD)) {
    const w = m[0];
    if (PROPER[w] || known.has(w) || PROPER[w.replace(/[’']s$/, '')] || CODES.test(w) || [...out].some((o) => o.startsWith(`${w} «`))) continue;
    out.add(`${w} «${stripped.slice(Math.max(0, m.index - 25), m.index + w.length + 25).replace(/\s+/g, ' ')}»`);
  }
  return [...out];
}
