import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrowserTranslationProvider, mapAvailability } from '../../components/translate/provider';
import { TranslationError } from '../../lib/translate';
import { readCaseView } from '../../lib/seller-central/case-view';
import { CASE_A, casePage, MESSAGES } from './case-view-fixture';
import { loadHtml } from './seller-central-load-fixture';

const g = globalThis as { Translator?: unknown; LanguageDetector?: unknown };
afterEach(() => { delete g.Translator; delete g.LanguageDetector; });

const PAIR = { source: 'de', target: 'zh' };

describe('BrowserTranslationProvider over self.Translator / self.LanguageDetector', () => {
  it('a browser without the APIs is "absent"; translating says so', async () => {
    const p = new BrowserTranslationProvider();
    expect(await p.availability(PAIR)).toBe('absent');
    expect(await p.detectorAvailability()).toBe('absent');
    expect(await p.detect('Hallo')).toBeUndefined();
    await expect(p.translate('Hallo', PAIR)).rejects.toMatchObject({ code: 'absent' });
  });

  it('maps the API states, and reads the API when called (not at load)', async () => {
    expect(['available', 'downloadable', 'downloading', 'unavailable', 'other'].map(mapAvailability))
      .toEqual(['ready', 'download', 'downloading', 'unavailable', 'unavailable']);
    const p = new BrowserTranslationProvider();
    g.Translator = { availability: () => Promise.resolve('downloadable'), create: vi.fn() };
    expect(await p.availability(PAIR)).toBe('download');
  });

  it('one translator per pair, download progress forwarded, a refused gesture explained', async () => {
    const create = vi.fn((o: { monitor?: (m: EventTarget) => void }) => {
      const m = new EventTarget();
      o.monitor?.(m);
      m.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded: 0.5 }));
      return Promise.resolve({ translate: (t: string) => Promise.resolve(`zh:${t}`) });
    });
    g.Translator = { availability: () => Promise.resolve('downloadable'), create };
    const p = new BrowserTranslationProvider();
    const progress: number[] = [];
    expect(await p.translate('a', PAIR, { onProgress: (f) => progress.push(f) })).toBe('zh:a');
    expect(await p.translate('b', PAIR)).toBe('zh:b');
    expect(create).toHaveBeenCalledTimes(1);
    expect(progress).toEqual([0.5]);

    g.Translator = { availability: () => Promise.resolve('downloadable'), create: () => Promise.reject(new DOMException('Requires a user gesture', 'NotAllowedError')) };
    const q = new BrowserTranslationProvider();
    const e = await q.translate('a', PAIR).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TranslationError);
    expect(e).toMatchObject({ code: 'gesture' });
    // a failed creation is not kept: the next click tries again
    g.Translator = { availability: () => Promise.resolve('available'), create: () => Promise.resolve({ translate: () => Promise.resolve('ok') }) };
    expect(await q.translate('a', PAIR)).toBe('ok');
  });

  it('an unavailable pair is refused before creating; detection below the API is its best guess', async () => {
    const create = vi.fn();
    g.Translator = { availability: () => Promise.resolve('unavailable'), create };
    g.LanguageDetector = {
      availability: () => Promise.resolve('available'),
      create: () => Promise.resolve({ detect: () => Promise.resolve([{ detectedLanguage: 'de', confidence: 0.93 }, { detectedLanguage: 'nl', confidence: 0.05 }]) }),
    };
    const p = new BrowserTranslationProvider();
    await expect(p.translate('Hallo', PAIR)).rejects.toMatchObject({ code: 'unavailable' });
    expect(create).not.toHaveBeenCalled();
    expect(await p.detect('Hallo')).toEqual({ language: 'de', confidence: 0.93 });
  });
});

describe('case view: each message body, for the translation under it', () => {
  it('gives the body element of every message, in the read order, on the known layout and by structure', () => {
    for (const renamed of [false, true]) {
      const doc = loadHtml(casePage({ renamed }));
      const read = readCaseView(doc, { caseId: CASE_A, now: Date.parse('2026-12-06T12:00:00Z'), zone: 'UTC' });
      expect(read.messages.map((m) => m.text)).toEqual(MESSAGES.map((m) => m[3]));
      expect(read.parts.bodies?.map((b) => b?.textContent?.trim())).toEqual(MESSAGES.map((m) => m[3]));
    }
  });
});
