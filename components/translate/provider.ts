/**
 * The translation provider over the browser's on-device APIs, `self.Translator` and `self.LanguageDetector`, in the
 * page UI's own world (the content script's isolated world on the Seller Central page). Never a network service.
 *
 * Why here, not in an extension page, an offscreen document or the service worker (measured in Chromium 156, see
 * README "On-device translation"): the APIs are exposed in the extension page and the service worker as here, but a pair that is not on the device yet needs a
 * download, and `Translator.create()` then refuses without a user gesture ("NotAllowedError: Requires a user gesture
 * when availability is "downloading" or "downloadable""). The seller's click is in this page, and a gesture does not
 * travel with a message to another document; here the click that asks for a translation is the gesture that may start
 * the download. The APIs are asynchronous and run the model outside the page's main thread, so translating here adds
 * only our own segmenting and rendering to the page (tests/bench: translate). The APIs are read when called, never
 * cached at load: a browser that lacks them is simply `absent`.
 */
import { TranslationError, type Availability, type Detected, type LanguagePair, type TranslateOptions, type TranslationProvider } from '../../lib/translate';

type ApiAvailability = 'available' | 'downloadable' | 'downloading' | 'unavailable';
type Monitor = EventTarget;
interface CreateOptions { signal?: AbortSignal; monitor?: (m: Monitor) => void }
interface TranslatorInstance { translate(text: string, options?: { signal?: AbortSignal }): Promise<string>; destroy?(): void }
interface TranslatorApi {
  availability(o: { sourceLanguage: string; targetLanguage: string }): Promise<ApiAvailability>;
  create(o: { sourceLanguage: string; targetLanguage: string } & CreateOptions): Promise<TranslatorInstance>;
}
interface DetectorInstance { detect(text: string, options?: { signal?: AbortSignal }): Promise<{ detectedLanguage: string; confidence: number }[]> }
interface DetectorApi { availability(o?: object): Promise<ApiAvailability>; create(o?: CreateOptions): Promise<DetectorInstance> }

const translatorApi = (): TranslatorApi | undefined => (globalThis as { Translator?: TranslatorApi }).Translator;
const detectorApi = (): DetectorApi | undefined => (globalThis as { LanguageDetector?: DetectorApi }).LanguageDetector;

export function mapAvailability(a: string): Availability {
  return a === 'available' ? 'ready' : a === 'downloadable' ? 'download' : a === 'downloading' ? 'downloading' : 'unavailable';
}

function explain(e: unknown): TranslationError {
  if (e instanceof TranslationError) return e;
  const name = (e as { name?: string } | undefined)?.name;
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'NotAllowedError') return new TranslationError('gesture', message, { cause: e });
  if (name === 'AbortError') return new TranslationError('aborted', message, { cause: e });
  if (name === 'NotSupportedError') return new TranslationError('unavailable', message, { cause: e });
  return new TranslationError('failed', message, { cause: e });
}

const progressMonitor = (onProgress?: (f: number) => void) => (m: Monitor) => {
  m.addEventListener('downloadprogress', (e) => onProgress?.(Math.max(0, Math.min(1, (e as ProgressEvent).loaded))));
};

export class BrowserTranslationProvider implements TranslationProvider {
  private readonly translators = new Map<string, Promise<TranslatorInstance>>();
  private detector?: Promise<DetectorInstance>;

  async availability(pair: LanguagePair): Promise<Availability> {
    const api = translatorApi();
    if (!api) return 'absent';
    try {
      return mapAvailability(await api.availability({ sourceLanguage: pair.source, targetLanguage: pair.target }));
    } catch {
      return 'unavailable';
    }
  }

  async detectorAvailability(): Promise<Availability> {
    const api = detectorApi();
    if (!api) return 'absent';
    try {
      return mapAvailability(await api.availability());
    } catch {
      return 'unavailable';
    }
  }

  async detect(text: string, options: TranslateOptions = {}): Promise<Detected | undefined> {
    const api = detectorApi();
    if (!api || (await this.detectorAvailability()) === 'unavailable') return undefined;
    this.detector ??= api.create({ monitor: progressMonitor(options.onProgress), ...(options.signal ? { signal: options.signal } : {}) });
    try {
      const best = (await (await this.detector).detect(text))[0];
      return best ? { language: best.detectedLanguage, confidence: best.confidence } : undefined;
    } catch {
      this.detector = undefined;
      return undefined;
    }
  }

  /** The pair's translator: created once (starting the download when the pair needs one: call it from a click). */
  private translator(pair: LanguagePair, options: TranslateOptions): Promise<TranslatorInstance> {
    const api = translatorApi();
    if (!api) return Promise.reject(new TranslationError('absent', 'this browser has no Translator API'));
    const key = `${pair.source}>${pair.target}`;
    let made = this.translators.get(key);
    if (!made) {
      made = api.create({
        sourceLanguage: pair.source, targetLanguage: pair.target, monitor: progressMonitor(options.onProgress),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      made.catch(() => this.translators.delete(key));
      this.translators.set(key, made);
    }
    return made;
  }

  /** Starts (or joins) the pair's download: from the seller's click only. */
  async download(pair: LanguagePair, options: TranslateOptions = {}): Promise<void> {
    try {
      await this.translator(pair, options);
    } catch (e) {
      throw explain(e);
    }
  }

  async translate(text: string, pair: LanguagePair, options: TranslateOptions = {}): Promise<string> {
    if ((await this.availability(pair)) === 'unavailable') throw new TranslationError('unavailable', `${pair.source} → ${pair.target} is not available in this browser`);
    try {
      const t = await this.translator(pair, options);
      return await t.translate(text, options.signal ? { signal: options.signal } : undefined);
    } catch (e) {
      throw explain(e);
    }
  }
}
