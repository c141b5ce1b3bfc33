import { describe, expect, it, vi } from 'vitest';
import {
  buyerLanguage, cacheKey, joinPieces, protect, readingPair, restore, segment, sellerLanguage, TranslationCache,
  TranslationService, writingPair, type CachedTranslation, type LanguagePair, type TranslationProvider,
} from '../../lib/translate';

/** A stand-in translator: marks each word, keeps tokens as a model does (or mangles them, when told). */
function fakeProvider(mangle?: (s: string) => string): TranslationProvider & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    availability: () => Promise.resolve('ready'),
    detectorAvailability: () => Promise.resolve('ready'),
    detect: () => Promise.resolve({ language: 'de', confidence: 0.9 }),
    translate: (text, pair) => {
      calls.push(text);
      const out = text.replace(/[\p{L}]+/gu, (w) => `${pair.target}:${w}`);
      return Promise.resolve(mangle ? mangle(out) : out);
    },
  };
}

const DE_ZH: LanguagePair = { source: 'de', target: 'zh' };

describe('protect / restore', () => {
  it('keeps order ids, ASINs, amounts, template values, markers, links and e-mails exactly', () => {
    const text = 'Bestellung 302-1234567-7654321 (ASIN B07XJ8C8F5): 12,99 € erstattet, {{order_id}} und [order id?], €1.234,50, USD 20, ' +
      'Sendung 1Z999AA10123456784, siehe https://www.amazon.de/gp/css/order-history?ref=x. Mail a+b@marketplace.amazon.de';
    const p = protect(text);
    expect(p.values).toEqual([
      '302-1234567-7654321', 'B07XJ8C8F5', '12,99 €', '{{order_id}}', '[order id?]', '€1.234,50', 'USD 20',
      '1Z999AA10123456784', 'https://www.amazon.de/gp/css/order-history?ref=x', 'a+b@marketplace.amazon.de',
    ]);
    expect(p.text).not.toMatch(/\d{3}-\d{7}/);
    expect(restore(p.text, p.values)).toEqual({ text, lost: [], repeated: [] });
  });

  it('a value written twice comes back twice; a dropped or doubled token is reported, never guessed', () => {
    const p = protect('302-1234567-7654321 and again 302-1234567-7654321, total $5.00');
    expect(p.values).toHaveLength(3);
    const dropped = restore(p.text.replace('⟦2⟧', ''), p.values);
    expect(dropped.lost).toEqual(['302-1234567-7654321']);
    const doubled = restore(`${p.text} ⟦3⟧`, p.values);
    expect(doubled.repeated).toEqual(['$5.00']);
  });

  it('reads tokens back with blanks or ASCII/full-width brackets a model may write', () => {
    const p = protect('Order 302-1234567-7654321, ASIN B07XJ8C8F5, 3 € and ¥1,200');
    const back = restore('订单 ⟦ 1 ⟧，[[2]]，［［3］］ ⟦4⟧', p.values);
    expect(back.text).toBe('订单 302-1234567-7654321，B07XJ8C8F5，3 € ¥1,200');
    expect(back.lost).toEqual([]);
  });

  it('leaves plain numbers and words alone', () => {
    expect(protect('Ich habe 2 Stück bestellt, am 3. Mai.').values).toEqual([]);
  });
});

describe('segment', () => {
  it('keeps short text whole and gives the text back exactly when joined', () => {
    expect(segment('Hallo, wo ist mein Paket?')).toEqual([{ text: 'Hallo, wo ist mein Paket?', after: '' }]);
    const text = '  Hallo,\n\nich warte seit Tagen. Wo ist es? Bitte antworten Sie!\nDanke\n';
    expect(joinPieces(segment(text, 20))).toBe(text);
  });

  it('cuts a long message at paragraphs, then sentences (also Chinese and Japanese ones), then blanks, none over the limit', () => {
    const sentence = 'Das ist ein ziemlich langer Satz über meine Bestellung. ';
    const long = `${sentence.repeat(40)}\n\n${'我的订单还没到。'.repeat(30)}\n${'wort '.repeat(300)}`;
    const pieces = segment(long, 200);
    expect(joinPieces(pieces)).toBe(long);
    expect(Math.max(...pieces.map((p) => p.text.length))).toBeLessThanOrEqual(200);
    expect(pieces.length).toBeGreaterThan(long.length / 200);
    // sentences are not cut in the middle when they fit
    expect(pieces.filter((p) => p.text.includes('Bestellung')).every((p) => p.text.endsWith('Bestellung.'))).toBe(true);
  });
});

describe('pairs', () => {
  it('the seller language follows the setting, else the UI', () => {
    expect(sellerLanguage('auto', 'zh_CN')).toBe('zh');
    expect(sellerLanguage(undefined, 'en')).toBe('en');
    expect(sellerLanguage('en', 'zh_CN')).toBe('en');
  });

  it('the buyer language: detected when sure, else the marketplace', () => {
    const DE = 'A1PA6795UKMFR9';
    expect(buyerLanguage({ detected: { language: 'fr', confidence: 0.95 }, marketplaceId: DE })).toEqual({ language: 'fr', from: 'detected' });
    expect(buyerLanguage({ detected: { language: 'fr', confidence: 0.3 }, marketplaceId: DE })).toEqual({ language: 'de', from: 'marketplace' });
    expect(buyerLanguage({ detected: { language: 'und', confidence: 1 }, marketplaceId: DE })?.language).toBe('de');
    expect(buyerLanguage({ detected: { language: 'zh-Hans', confidence: 0.9 } })?.language).toBe('zh');
    expect(buyerLanguage({})).toBeUndefined();
  });

  it('reading goes buyer → seller, writing seller → buyer, and nothing when they are the same', () => {
    expect(readingPair('de', 'zh')).toEqual({ source: 'de', target: 'zh' });
    expect(writingPair('zh', 'de')).toEqual({ source: 'zh', target: 'de' });
    expect(readingPair('en', 'en')).toBeUndefined();
    expect(writingPair('zh', undefined)).toBeUndefined();
  });
});

describe('TranslationService with a fake translator', () => {
  it('translates piece by piece, puts the protected values back, and caches by text and pair', async () => {
    const provider = fakeProvider();
    const stored = new Map<string, CachedTranslation>();
    const store = { get: (k: string) => Promise.resolve(stored.get(k)), put: (e: CachedTranslation) => { stored.set(e.key, e); return Promise.resolve(); } };
    const service = new TranslationService(provider, { cache: new TranslationCache(store), segmentMax: 40, now: () => new Date('2026-01-02T03:04:05Z') });
    const text = 'Wo ist Bestellung 302-1234567-7654321?\nIch habe 12,99 € bezahlt. Bitte helfen Sie mir schnell.';
    const r = await service.translate(text, DE_ZH);
    expect(r.lost).toEqual([]);
    expect(r.text).toContain('302-1234567-7654321');
    expect(r.text).toContain('12,99 €');
    expect(r.text).toContain('zh:Bestellung');
    expect(provider.calls.length).toBeGreaterThan(1);
    expect(provider.calls.every((c) => c.length <= 40 && !c.includes('302-'))).toBe(true);
    expect(stored.get(cacheKey(text, DE_ZH))).toMatchObject({ pair: 'de>zh', source: text, translation: r.text, at: '2026-01-02T03:04:05.000Z' });

    const calls = provider.calls.length;
    expect(service.peek(text, DE_ZH)).toEqual({ text: r.text, lost: [], cached: true });
    expect(await service.translate(text, DE_ZH)).toEqual({ text: r.text, lost: [], cached: true });
    expect(provider.calls.length).toBe(calls);
    // another pair is another translation
    await service.translate(text, { source: 'de', target: 'en' });
    expect(provider.calls.length).toBeGreaterThan(calls);

    // a new page (empty memory) finds it in the store
    const fresh = new TranslationService(fakeProvider(), { cache: new TranslationCache(store) });
    expect(fresh.peek(text, DE_ZH)).toBeUndefined();
    expect(await fresh.translate(text, DE_ZH)).toMatchObject({ text: r.text, cached: true });
  });

  it('reports values a translation dropped', async () => {
    const service = new TranslationService(fakeProvider((s) => s.replace(/⟦2⟧/, '')));
    const r = await service.translate('Order 302-1234567-7654321 costs $12.00', { source: 'en', target: 'zh' });
    expect(r.lost).toEqual(['$12.00']);
    expect(r.text).not.toContain('$12.00');
  });

  it('a stored record of another text with the same key is not taken', async () => {
    const text = 'Hallo';
    const store = { get: () => Promise.resolve({ key: cacheKey(text, DE_ZH), pair: 'de>zh', source: 'other', translation: 'x', lost: [], at: '' }), put: () => Promise.resolve() };
    const r = await new TranslationService(fakeProvider(), { cache: new TranslationCache(store) }).translate(text, DE_ZH);
    expect(r).toMatchObject({ text: 'zh:Hallo', lost: [], cached: false });
  });

  it('one translation for the same text asked twice at once; blank text and symbols are not sent', async () => {
    const provider = fakeProvider();
    const service = new TranslationService(provider);
    const [a, b] = await Promise.all([service.translate('Guten Tag', DE_ZH), service.translate('Guten Tag', DE_ZH)]);
    expect(a).toEqual(b);
    expect(provider.calls).toEqual(['Guten Tag']);
    await service.translate('   ', DE_ZH);
    await service.translate('302-1234567-7654321', DE_ZH);
    expect(provider.calls).toEqual(['Guten Tag']);
  });

  it('stops between pieces when aborted', async () => {
    const controller = new AbortController();
    const provider = fakeProvider();
    const translate = vi.spyOn(provider, 'translate').mockImplementation((t) => { controller.abort(); return Promise.resolve(t); });
    const service = new TranslationService(provider, { segmentMax: 10 });
    await expect(service.translate('Eins zwei. Drei vier. Fünf sechs.', DE_ZH, { signal: controller.signal })).rejects.toThrow();
    expect(translate).toHaveBeenCalledTimes(1);
  });
});

describe('alignment: policy findings back to the seller\'s words', () => {
  it('maps a span of the translation to the source piece it came from, values included', async () => {
    const { sourceOf } = await import('../../lib/translate');
    const service = new TranslationService(fakeProvider(), { segmentMax: 30 });
    const text = '订单 302-1234567-7654321 已发货。\n请给我们五星好评。';
    const r = await service.translate(text, { source: 'zh', target: 'de' });
    expect(r.alignment).toHaveLength(2);
    for (const p of r.alignment!) expect(r.text.slice(...p.target).startsWith('de:')).toBe(true);
    const at = r.text.indexOf('de:请给我们五星好评');
    expect(at).toBeGreaterThan(0);
    const src = sourceOf(r.alignment, at, at + 5)!;
    expect(text.slice(...src)).toBe('请给我们五星好评。');
    const id = r.text.indexOf('302-1234567-7654321');
    expect(text.slice(...sourceOf(r.alignment, id, id + 19)!)).toBe('订单 302-1234567-7654321 已发货。');
  });
});
