/**
 * Issue 16, item 7: one name for one thing in the Chinese UI.
 *  - the same English term (a label: short, no sentence) translated two ways in zh_CN fails;
 *  - the same Chinese label used for two different English terms fails, unless the English differs only in form
 *    (case, "/" spacing, a trailing "?" or ":") or the pair is in SAME_THING (each with its reason);
 *  - every category and every deadline state has one Chinese name across the chip, the filter, the picker,
 *    the template editor, analytics and the starter templates that carry the category's name.
 * Also: every finding code, rule reason and language name of lib/policy, and every starter name and tag, is worded in
 * both locales.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../components/i18n/catalog';
import { FINDING_CODES, LANGUAGE_CODES, explainKey } from '../../components/i18n/policy-text';
import { TEMPLATE_ERROR_CODES, TEMPLATE_TEXT_KEYS } from '../../components/i18n/template-text';
import { PROBLEM_TEXT_KEYS } from '../../components/page/problem-text';
import { RULES } from '../../lib/policy';
import { CATEGORIES } from '../../lib/model';

const ROOT = path.resolve(__dirname, '../..');
const read = (locale: string): Catalog => JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Catalog;
const en = read('en');
const zh = read('zh_CN');

/** a label: a term, not a sentence (short, no sentence punctuation inside, no substitutions) */
const isLabel = (s: string): boolean => s.length <= 32 && !/\$|[.!;]\s|\.$/.test(s) && s.split(/\s+/).length <= 4;
/** the same term: case, "/" spacing, a trailing "?", ":" or "…", plural -s, cancelled/canceled */
const norm = (s: string): string => s.toLowerCase().replace(/\s*\/\s*/g, '/').replace(/[?:…]+$/, '').replace(/’/g, '\'').trim()
  .replace(/cancelled/g, 'canceled').replace(/'s\b/g, ' is').split(' ').map((w) => (w.length >= 3 && /[^s]s$/.test(w) && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w)).join(' ');
const zhNorm = (s: string): string => s.replace(/[？：…]+$/, '');

/** English terms that are one thing though written differently (zh may use one word for both) */
const SAME_THING: ReadonlyArray<readonly [string, string]> = [
  ['dismiss', 'close'], // closing a notice or a panel
  ['cancel', 'cancellation'], // the verb and the starter tag: 取消
  ['language', 'interface language'], // the settings section and its field
  ['marketplace', 'site'], ['every marketplace', 'all marketplaces'], // "site" is our word for a marketplace in the blacklist
  ['imports', 'report imports'], // the options page and the welcome page's link to it
  ['new', 'added'], // new rows of an import, rows added by a backup
  ['status', 'state'], ['outcome', 'result'], ['when', 'times'], ['unshipped', 'not shipped'],
  ['from', 'first day'], ['to', 'last day'], // a date range's ends (analytics, holiday)
  ['thread', 'conversation'], // one thing: Seller Central's message thread
  ['product issue', 'problem with the product'], // the category and its starter template's name
];

/** keys whose English is the same word for two different things (zh must differ) */
const DIFFERENT_THINGS: ReadonlySet<string> = new Set([
  'extName', // the store listing's name (brand + Chinese), not a UI label
  'threadBlacklistOff', // "Blacklist" the button (a verb: 拉黑), not the list
  'anClockLabel', // analytics' "Clock": whose time (时区), not the 12/24-hour format
  'blColAdded', 'impHistWhen', 'threadShipped', 'impColPurchased', // date columns ("Added", "Imported", "Shipped", "Purchased": when)
  'pageCheckPartRows', // the list's rows as a part of the page, not a row count
  'cpQueue_pending', // a review request waiting to go (待发送), not Amazon's order status
  'cpTrigger_delivered', // the campaign trigger "after delivery"
  'navImports', // the page of report imports (报告导入), not the action "Import"
]);

describe('one name for one thing (zh_CN)', () => {
  it('the same English label has one Chinese translation', () => {
    const byEnglish = new Map<string, Set<string>>();
    const keysOf = new Map<string, string[]>();
    for (const [key, e] of Object.entries(en)) {
      if (!zh[key] || !isLabel(e.message) || DIFFERENT_THINGS.has(key)) continue;
      const n = norm(e.message);
      byEnglish.set(n, (byEnglish.get(n) ?? new Set()).add(zhNorm(zh[key]!.message)));
      keysOf.set(n, [...(keysOf.get(n) ?? []), key]);
    }
    const twoWays = [...byEnglish].filter(([, zhs]) => zhs.size > 1).map(([n, zhs]) => `${n}: ${[...zhs].join(' | ')} (${keysOf.get(n)!.join(', ')})`);
    expect(twoWays).toEqual([]);
  });

  it('the same Chinese label names one English term', () => {
    const byChinese = new Map<string, Set<string>>();
    const keysOf = new Map<string, string[]>();
    for (const [key, z] of Object.entries(zh)) {
      if (!en[key] || !isLabel(en[key]!.message) || DIFFERENT_THINGS.has(key)) continue;
      const c = zhNorm(z.message);
      byChinese.set(c, (byChinese.get(c) ?? new Set()).add(norm(en[key]!.message)));
      keysOf.set(c, [...(keysOf.get(c) ?? []), key]);
    }
    const same = new Set(SAME_THING.map(([a, b]) => `${norm(a)}|${norm(b)}`));
    const clash = [...byChinese].filter(([, ens]) => {
      const list = [...ens];
      return list.some((a, i) => list.slice(i + 1).some((b) => !same.has(`${a}|${b}`) && !same.has(`${b}|${a}`)));
    }).map(([c, ens]) => `${c}: ${[...ens].join(' | ')} (${keysOf.get(c)!.join(', ')})`);
    expect(clash).toEqual([]);
  });

  it('a glossary term in any sentence uses the term\'s one Chinese name', () => {
    /** English word (as a whole word, any form) -> the Chinese name every translation of a text with it uses */
    const GLOSSARY: ReadonlyArray<readonly [RegExp, RegExp, string]> = [
      [/\bcampaigns?\b/i, /索评任务/, '索评任务'],
      [/\btemplates?\b/i, /模板/, '模板'],
      [/\bblacklist(?:ed)?\b/i, /黑名单|拉黑/, '黑名单'],
    ];
    const off: string[] = [];
    for (const [key, e] of Object.entries(en)) {
      for (const [term, chinese, name] of GLOSSARY) {
        if (term.test(e.message) && zh[key] && !chinese.test(zh[key]!.message)) off.push(`${key}: "${e.message}" -> "${zh[key]!.message}" (${name})`);
      }
    }
    expect(off).toEqual([]);
  });

  it('each category has one Chinese name on every surface', () => {
    const pascal = (c: string) => c.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
    const differing: string[] = [];
    for (const c of CATEGORIES) {
      const keys = [`cat${pascal(c)}`, `tplCat_${c.replace(/-/g, '_')}`].filter((k) => zh[k]);
      const names = new Set(keys.map((k) => zh[k]!.message));
      if (names.size > 1) differing.push(`${c}: ${keys.map((k) => `${k}=${zh[k]!.message}`).join(', ')}`);
    }
    expect(differing).toEqual([]);
  });

  it('lib/policy findings, rule reasons, language names, starter names and tags, page problems: worded in both locales', () => {
    const keys = [
      ...FINDING_CODES.map((c) => `polFind_${c}`), ...RULES.map((r) => explainKey(r.id)), explainKey('unfilled-placeholder'),
      ...LANGUAGE_CODES.map((l) => `polLang_${l}`), ...TEMPLATE_TEXT_KEYS, ...PROBLEM_TEXT_KEYS, ...TEMPLATE_ERROR_CODES.map((c) => `tplErr_${c}`),
    ];
    expect(keys.filter((k) => !en[k] || !zh[k])).toEqual([]);
    // the Chinese has no English word left (proper nouns and the literal [Important] marker aside)
    const latin = keys.filter((k) => /[A-Za-z]{2,}/.test(zh[k]!.message.replace(/Amazon|HTML|FBM|FBA|\[Important\]|\$\d/g, '')));
    expect(latin).toEqual([]);
  });
});
