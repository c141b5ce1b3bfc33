/**
 * A stand-in for the browser's on-device Translator and LanguageDetector APIs, put by the test harness where the
 * extension looks for them: `self.Translator` / `self.LanguageDetector` in the page UI's world (the extension's
 * isolated world on the Seller Central page), through the DevTools protocol, in every such world as it is created.
 * It stands in for the browser, not for our code: it behaves as the real API does (availability per pair; create()
 * refuses without a user gesture while a pair is "downloadable", reports `downloadprogress` to the monitor, which the
 * test drives; translate() resolves asynchronously). Its "translation" is visible as one: `[de→zh] <text>`, with
 * every ⟦n⟧ token kept.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface StandInOptions {
  /** availability per 'src>dst' pair; pairs not named are 'unavailable' */
  pairs: Record<string, 'available' | 'downloadable'>;
  /** exact pieces (as the extension sends them, with its ⟦n⟧ tokens) and what the stand-in answers for them */
  phrases?: Record<string, string>;
  /** remove the APIs from the page UI's world instead (a browser without them) */
  absent?: boolean;
}

export interface StandIn {
  /** resolves when the stand-in is in the page UI's world of the current document */
  ready(): Promise<void>;
  /** runs an expression against the stand-in's state (`S`) in the page UI's world */
  eval<T>(expression: string): Promise<T>;
  /** texts the extension asked the stand-in to translate, with their pair */
  calls(): Promise<{ pair: string; text: string }[]>;
  /** drives the download of a 'downloadable' pair: a progress event (0..1), and `done` makes the pair available */
  progress(fraction: number): Promise<void>;
  finishDownload(): Promise<void>;
}

export function standInScript(opts: StandInOptions): string {
  return `(() => {
  if (globalThis.__siStandIn) return;
  const S = globalThis.__siStandIn = { pairs: ${JSON.stringify(opts.pairs)}, phrases: ${JSON.stringify(opts.phrases ?? {})}, calls: [], monitors: [], pending: [] };
  if (${opts.absent ? 'true' : 'false'}) { delete globalThis.Translator; delete globalThis.LanguageDetector; globalThis.Translator = undefined; globalThis.LanguageDetector = undefined; return; }
  const key = (o) => o.sourceLanguage + '>' + o.targetLanguage;
  const state = (k) => S.pairs[k] === 'available' ? 'available' : S.pairs[k] === 'downloadable' ? (S.downloading?.has(k) ? 'downloading' : 'downloadable') : 'unavailable';
  S.downloading = new Set();
  const gesture = () => { if (!navigator.userActivation.isActive) throw new DOMException('Requires a user gesture when availability is "downloading" or "downloadable".', 'NotAllowedError'); };
  class StandInTranslator {
    constructor(pair) { this.pair = pair; }
    async translate(text) {
      await new Promise((r) => setTimeout(r, 5));
      S.calls.push({ pair: this.pair, text });
      return S.phrases[text] ?? '[' + this.pair.replace('>', '→') + '] ' + text;
    }
    destroy() {}
  }
  globalThis.Translator = {
    async availability(o) { return state(key(o)); },
    async create(o) {
      const k = key(o); const st = state(k);
      if (st === 'unavailable') throw new DOMException('Unable to create translator for the given source and target language.', 'NotSupportedError');
      const m = new EventTarget(); if (o.monitor) o.monitor(m);
      if (st === 'available') return new StandInTranslator(k);
      gesture();
      S.downloading.add(k); S.monitors.push(m);
      m.dispatchEvent(new ProgressEvent('downloadprogress', { loaded: 0, total: 1 }));
      await new Promise((resolve) => S.pending.push(resolve));
      S.pairs[k] = 'available'; S.downloading.delete(k);
      return new StandInTranslator(k);
    },
  };
  globalThis.LanguageDetector = {
    async availability() { return 'available'; },
    async create() {
      return { async detect(text) {
        if (/[\\u4e00-\\u9fff]/.test(text)) return [{ detectedLanguage: 'zh', confidence: 0.97 }];
        if (/[äöüß]|\\b(der|die|das|und|ich|nicht|mein|meine|bitte|wo|ist)\\b/i.test(text)) return [{ detectedLanguage: 'de', confidence: 0.95 }];
        return [{ detectedLanguage: 'en', confidence: 0.9 }];
      } };
    },
  };
})()`;
}

export async function installTranslatorStandIn(page: Page, extensionId: string, opts: StandInOptions): Promise<StandIn> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const script = standInScript(opts);
  const contexts = new Map<number, string | undefined>();
  let latest: number | undefined;
  const inject = async (id: number): Promise<void> => {
    await cdp.send('Runtime.evaluate', { expression: script, contextId: id }).catch(() => undefined);
    latest = id;
  };
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string; frameId?: string } } }) => {
    const c = e.context;
    if (c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`) {
      contexts.set(c.id, c.auxData.frameId);
      void inject(c.id);
    }
  });
  cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => { contexts.delete(e.executionContextId); });
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  const evalIn = async <T>(expression: string): Promise<T> => {
    if (latest === undefined || !contexts.has(latest)) throw new Error('the page UI world is not there (yet)');
    const r = await cdp.send('Runtime.evaluate', { expression: `(() => { const S = globalThis.__siStandIn; return (${expression}); })()`, contextId: latest, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value as T;
  };
  return {
    ready: async () => {
      // a condition, polled (also used by the bench, outside the test runner)
      const until = Date.now() + 20_000;
      while (!(await evalIn<boolean>('Boolean(S)').catch(() => false))) {
        if (Date.now() > until) throw new Error('the translator stand-in never reached the page UI world');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    eval: evalIn,
    calls: () => evalIn('S.calls'),
    progress: (f) => evalIn(`S.monitors.forEach((m) => m.dispatchEvent(new ProgressEvent('downloadprogress', { loaded: ${f}, total: 1 })))`),
    finishDownload: () => evalIn(`(S.monitors.forEach((m) => m.dispatchEvent(new ProgressEvent('downloadprogress', { loaded: 1, total: 1 }))), S.pending.splice(0).forEach((r) => r()))`),
  };
}
