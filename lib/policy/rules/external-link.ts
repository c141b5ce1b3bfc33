import { MARKETPLACES } from '../../marketplaces';
import { finding, spans } from '../phrases';
import type { Analysed, Finding, Rule } from '../types';

const TLDS = 'com|net|org|info|biz|de|fr|it|es|at|ch|be|nl|eu|uk|co\\.uk|co|jp|co\\.jp|cn|com\\.cn|hk|tw|us|ca|mx|com\\.mx|br|au|in|io|me|ly|gl|gd|to|tv|app|shop|store|online|site|top|xyz|link|page|store';
const URL = new RegExp(
  `(?<![a-z0-9@._-])(?:(?:https?:\\/\\/|www\\.)[^\\s<>"'\\u3000-\\u303f\\uff01-\\uff0f]+|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+)*\\.(?:${TLDS})(?![\\p{L}\\p{N}@-])(?:[/?#][^\\s<>"'\\u3000-\\u303f]*)?)`, 'gu');
// "www.example dot com", "example dot com slash manuals", "example(dot)com", "example [.] com"
const DTLD = 'com|net|org|info|fr|it|es|co\\s*(?:\\.|dot)\\s*uk|uk|jp|cn|shop|store|eu|io';
const DISGUISED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:www\\s*(?:\\.|dot|punkt|point|punto)\\s*)?[a-z0-9-]{2,}\\s*(?:` +
  `(?:\\(\\s*(?:dot|\\.)\\s*\\)|\\[\\s*(?:dot|\\.)\\s*\\]|\\sdot\\s|\\s\\.\\s)\\s*(?:${DTLD}|de|at|ch)` +
  `|\\spunkt\\s+(?:${DTLD}|de|at|ch)|\\s(?:point|punto)\\s+(?:${DTLD}))(?![\\p{L}\\p{N}])(?:\\s+slash\\s+[a-z0-9-]+)*`, 'gu');
const SHORTENERS = /^(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly|shorturl\.at|rb\.gy|t\.ly|tiny\.cc|s\.id|amzn\.to|amzn\.eu|a\.co|bl\.ink|lnkd\.in|dwz\.cn|url\.cn|t\.cn)$/;
const AMAZON = /^(?:www\.|smile\.)?amazon\.(?:com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|ie|nl|com\.be|se|pl|com\.tr|ae|sa|eg|in|co\.za|co\.jp|com\.au|sg)$/;
const ORDER_PAGE = /^\/(?:dp\/|gp\/product\/|gp\/aw\/d\/|review\/|product-reviews\/|hz\/feedback|gp\/feedback|sp\?|gp\/help\/contact|gp\/css\/order|gp\/your-account|your-orders|gp\/orc|spr\/returns|returns|hz\/mycd|gp\/digital|gp\/help)/;
const STOREFRONT = /^\/(?:s\?(?:.*&)?me=|stores\/|shops\/)/;
const CARRIERS = /(?:^|\.)(?:dhl|ups|fedex|usps|royalmail|parcelforce|evri|hermesworld|myhermes|dpd|gls-group|gls-pakete|colissimo|laposte|chronopost|poste|brt|sda|correos|seur|mrw|nacex|estafeta|yamato-hd|kuronekoyamato|sagawa-exp|japanpost|post\.japanpost|canadapost|postes-canada|auspost|17track|aftership)\.[a-z.]+$/;
const DOMAINS = new Set(MARKETPLACES.map((m) => m.retailDomain));
// file names and abbreviations that look like domains
const NOT_A_LINK = /\.(?:pdf|jpe?g|png|gif|docx?|txt|zip)$|^(?:e\.g|i\.e|z\.b|u\.a|d\.h)$/;

const NOT_MAILBOX = /^(?:us|me|you|him|her|them|it|here|there|online|home|anytime|store|shop|website|site)$/;
const MAIL_HOSTS = /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|gmx|web|qq|163|126|aol|proton(?:mail)?)\./;
function emailBefore(prev: string, host?: string): boolean {
  if (/(?:@|\(at\)|\[at\])\s*$/.test(prev)) return true;
  if (host !== undefined && !MAIL_HOSTS.test(host)) return false;
  const m = /(?:^|\s)([a-z0-9._-]+)\s+at\s*$/.exec(prev);
  return !!m && !NOT_MAILBOX.test(m[1] ?? '');
}

function hostAndPath(url: string): [string, string] {
  const u = url.replace(/^https?:\/\//, '').replace(/[).,;:!?]+$/, '');
  const i = u.search(/[/?#]/);
  return i < 0 ? [u, ''] : [u.slice(0, i), u.slice(i)];
}

function judge(a: Analysed, kind: string, s: number, e: number, url: string): Finding | undefined {
  const [host, path] = hostAndPath(url);
  if (NOT_A_LINK.test(host)) return undefined;
  // "arrived.It will" is a missing space, not a domain: bare names whose TLD starts upper-case
  const bareName = !/^https?:|^www\./.test(url) && path === '';
  if (bareName && /^[A-Z]/.test(a.text.slice(a.starts[s + host.lastIndexOf('.') + 1] ?? 0))) return undefined;
  const rule = 'external-link';
  if (SHORTENERS.test(host)) return finding(a, rule, 'block', s, e, 'linkShortened');
  if (CARRIERS.test(host)) return finding(a, rule, 'warn', s, e, 'linkCarrier');
  if (!AMAZON.test(host)) return finding(a, rule, 'block', s, e, 'linkOutside');
  const domain = host.replace(/^(?:www|smile)\./, '');
  const own = a.marketplace ? a.marketplace.retailDomain === domain : DOMAINS.has(domain);
  const bare = path === '' || path === '/';
  if (bare && !/^https?:|^www\./.test(url)) return undefined; // "Amazon.de" as a name
  if (STOREFRONT.test(path)) {
    return finding(a, rule, kind === 'reply' ? 'warn' : 'block', s, e, 'linkStorefront');
  }
  if (!own) return finding(a, rule, 'warn', s, e, a.marketplace?.retailDomain ? 'linkOtherMarketplace' : 'linkOtherMarketplaceAny', a.marketplace?.retailDomain ? [a.marketplace.retailDomain] : undefined);
  if (!ORDER_PAGE.test(path)) return finding(a, rule, 'warn', s, e, 'linkAmazonOther');
  if (kind !== 'reply') return finding(a, rule, 'warn', s, e, 'linkUnsolicited');
  return undefined;
}

export const externalLink: Rule = {
  id: 'external-link',
  check(_text, ctx, a) {
    const out: Finding[] = [];
    for (const [s, e] of spans(URL, a.norm)) {
      if (emailBefore(a.norm.slice(Math.max(0, s - 40), s), a.norm.slice(s, e))) continue; // "bob at gmail.com": the e-mail rule reports it
      const f = judge(a, ctx.kind, s, e, a.norm.slice(s, e));
      if (f) out.push(f);
    }
    for (const [s, e] of spans(DISGUISED, a.norm)) {
      const prev = a.norm.slice(Math.max(0, s - 40), s);
      if (emailBefore(prev) || /(?:@|\(at\)|\[at\]|\{at\})\S*$/.test(prev)) continue; // the e-mail rule reports it
      if (out.some((f) => f.start < (a.ends[e - 1] ?? 0) && f.end > (a.starts[s] ?? 0))) continue;
      if (/amazon/.test(a.norm.slice(s, e))) continue;
      out.push(finding(a, this.id, 'block', s, e, 'linkDisguised'));
    }
    return out;
  },
};
