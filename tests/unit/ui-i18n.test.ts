/**
 * UI text: en and zh_CN have the same keys and the same substitutions, every key the UI uses exists,
 * and the runtime formatter follows Chrome's messages.json rules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createTranslator, formatMessage, resolveLocale, type Catalog } from '../../components/i18n/catalog';
import { loadCatalogs } from '../../components/i18n/load';

const ROOT = path.resolve(__dirname, '../..');
const readCatalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Catalog;
const en = readCatalog('en');
const zh = readCatalog('zh_CN');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const sources = sourceFiles(path.join(ROOT, 'components')).map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));

/** `$1`..`$9` used by a message, named placeholders resolved */
const substitutions = (catalog: Catalog, key: string): string[] => {
  const entry = catalog[key]!;
  const named = Object.values(entry.placeholders ?? {}).map((p) => p.content);
  return [...new Set([...(entry.message.match(/\$[1-9]/g) ?? []), ...named.flatMap((c) => c.match(/\$[1-9]/g) ?? [])])].sort();
};

describe('locale files', () => {
  it('have the same keys in en and zh_CN', () => {
    expect(Object.keys(zh).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in zh))).toEqual([]);
  });

  it('use the same substitutions in both languages', () => {
    const mismatched = Object.keys(en).filter((k) => k in zh && substitutions(en, k).join() !== substitutions(zh, k).join());
    expect(mismatched).toEqual([]);
  });

  it('have no empty messages, no untranslated UI text and no names that differ only in case (Chrome ignores case)', () => {
    for (const [locale, catalog] of [['en', en], ['zh_CN', zh]] as const) {
      expect(Object.entries(catalog).filter(([, e]) => !e.message.trim()).map(([k]) => `${locale}:${k}`)).toEqual([]);
      const lower = Object.keys(catalog).map((k) => k.toLowerCase());
      expect(lower.filter((k, i) => lower.indexOf(k) !== i)).toEqual([]);
      expect(Object.keys(catalog).filter((k) => !/^[A-Za-z0-9_@]+$/.test(k))).toEqual([]);
    }
    // Chinese text for the UI keys (brand names and pure placeholders may stay as they are)
    const same = Object.keys(en).filter((k) => /^(nav|page|set|err|feat|bl|pop|opt|common)[A-Z]/.test(k)
      && en[k]!.message === zh[k]!.message && !/^\$\d$/.test(en[k]!.message));
    expect(same).toEqual([]);
  });

  it('contain every key the UI code uses: t(\'key\') calls and key constants', () => {
    const used = new Map<string, string>();
    for (const { file, text } of sources) {
      for (const m of text.matchAll(/(?<![\w$.])t(?:Now)?\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) used.set(m[1]!, file);
      // keys passed around as data (labelKey, FEATURE_TEXT, error keys): string literals with a UI key prefix
      if (/components\/(options|popup|ui)\//.test(file.replace(/\\/g, '/')) && !/components\/options\/templates\//.test(file.replace(/\\/g, '/'))) {
        for (const m of text.matchAll(/['"]((?:nav|page|set|err|feat|bl|pop|opt|common)[A-Z][A-Za-z0-9]*)['"]/g)) used.set(m[1]!, file);
      }
    }
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter(([key]) => !(key in en) || !(key in zh)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});

describe('formatMessage', () => {
  const catalog: Catalog = {
    plain: { message: 'Settings' },
    positional: { message: '$1 added, $2 updated' },
    named: { message: 'Seller Inbox: $COUNT$ features paused: $REASON$', placeholders: { count: { content: '$1' }, reason: { content: '$2' } } },
    dollars: { message: 'costs $$5 for $1' },
  };

  it('substitutes positional and named placeholders like Chrome', () => {
    expect(formatMessage(catalog, 'plain')).toBe('Settings');
    expect(formatMessage(catalog, 'positional', ['3', '1'])).toBe('3 added, 1 updated');
    expect(formatMessage(catalog, 'named', ['2', 'rows not found'])).toBe('Seller Inbox: 2 features paused: rows not found');
    expect(formatMessage(catalog, 'dollars', ['Ana'])).toBe('costs $5 for Ana');
    expect(formatMessage(catalog, 'positional', ['3'])).toBe('3 added,  updated');
  });

  it('finds keys case-insensitively and answers undefined for unknown keys', () => {
    expect(formatMessage(catalog, 'PLAIN')).toBe('Settings');
    expect(formatMessage(catalog, 'nope')).toBeUndefined();
  });

  it('never lets a substitution expand placeholders a second time', () => {
    expect(formatMessage(catalog, 'positional', ['$2', 'x'])).toBe('$2 added, x updated');
  });

  it('falls back to English, then to the key', () => {
    const t = createTranslator({ a: { message: '甲 $1' } }, { a: { message: 'A $1' }, b: { message: 'B' } });
    expect(t('a', 1)).toBe('甲 1');
    expect(t('b')).toBe('B');
    expect(t('c')).toBe('c');
  });
});

describe('the chosen UI language', () => {
  it('resolves auto from the browser language, Chinese variants to zh_CN', () => {
    expect(resolveLocale('auto', 'zh-CN')).toBe('zh_CN');
    expect(resolveLocale('auto', 'zh')).toBe('zh_CN');
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh_CN');
    expect(resolveLocale('auto', 'en-GB')).toBe('en');
    expect(resolveLocale('auto', 'de')).toBe('en');
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
    expect(resolveLocale('zh_CN', 'en-US')).toBe('zh_CN');
    expect(resolveLocale(undefined, undefined)).toBe('en');
  });

  it('loads the locale file with English as the fallback, and English alone when the locale fails', async () => {
    const files: Record<string, string> = {
      '_locales/en/messages.json': JSON.stringify({ a: { message: 'A' }, b: { message: 'B' } }),
      '_locales/zh_CN/messages.json': JSON.stringify({ a: { message: '甲' } }),
    };
    const fetchText = async (p: string) => { if (!files[p]) throw new Error('404'); return files[p]; };
    const { primary, fallback } = await loadCatalogs('zh_CN', fetchText);
    const t = createTranslator(primary, fallback);
    expect([t('a'), t('b')]).toEqual(['甲', 'B']);
  });
});
