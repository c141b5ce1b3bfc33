/**
 * The one small interface translation goes through (detect, translate, availability, progress). The browser's
 * on-device Translator / LanguageDetector APIs are one implementation (components/translate/
 * provider.ts); unit tests use a fake. Languages are BCP 47 short codes ('de', 'zh', 'ja').
 */

export type LanguageCode = string;

export interface LanguagePair { source: LanguageCode; target: LanguageCode }

/**
 * - `ready`: translates now, on the device;
 * - `download`: supported, its language pack must be downloaded first (only from the seller's click);
 * - `downloading`: the download is under way;
 * - `unavailable`: this browser has the API but not this pair (or detection);
 * - `absent`: this browser has no such API (Chromium builds without it, Firefox, Safari).
 */
export type Availability = 'ready' | 'download' | 'downloading' | 'unavailable' | 'absent';

export interface Detected { language: LanguageCode; confidence: number }

export interface TranslateOptions {
  signal?: AbortSignal;
  /** download progress of the pair's language pack, 0..1 (only while one downloads) */
  onProgress?: (fraction: number) => void;
}

export interface TranslationProvider {
  availability(pair: LanguagePair): Promise<Availability>;
  detectorAvailability(): Promise<Availability>;
  /** the most likely language, or undefined when detection is not available or not sure */
  detect(text: string, options?: TranslateOptions): Promise<Detected | undefined>;
  translate(text: string, pair: LanguagePair, options?: TranslateOptions): Promise<string>;
}

/** A provider failure the UI explains: `code` says why ('absent', 'unavailable', 'gesture', 'failed'). */
export class TranslationError extends Error {
  constructor(readonly code: 'absent' | 'unavailable' | 'gesture' | 'aborted' | 'failed', message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TranslationError';
  }
}

export const pairKey = (pair: LanguagePair): string => `${pair.source}>${pair.target}`;
