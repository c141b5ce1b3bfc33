/**
 * Translating a text the way every feature does: from the cache if it has it; else protected values swapped for
 * tokens (protect.ts), cut into pieces (segment.ts), each piece translated in turn (the browser's API is
 * asynchronous: the page's main thread only waits), put together, values put back, and what was lost reported.
 * Pure apart from the provider it is given.
 */
import { TranslationCache, type CachedTranslation } from './cache';
import { protect, restore } from './protect';
import { joinPieces, segment, SEGMENT_MAX, type Piece } from './segment';
import type { LanguagePair, TranslateOptions, TranslationProvider } from './types';

/** One piece of the source and the part of the translation it became (offsets, end exclusive). */
export interface AlignedPiece { source: [number, number]; target: [number, number] }

export interface TranslationResult {
  text: string;
  /** which part of the source each part of the translation came from (absent for a cached result) */
  alignment?: AlignedPiece[];
  /** protected values the translation did not give back */
  lost: string[];
  cached: boolean;
}

export interface TranslationServiceOptions {
  cache?: TranslationCache;
  now?: () => Date;
  segmentMax?: number;
}

export class TranslationService {
  readonly cache: TranslationCache;
  private readonly now: () => Date;
  private readonly segmentMax: number;
  private readonly running = new Map<string, Promise<TranslationResult>>();

  constructor(readonly provider: TranslationProvider, options: TranslationServiceOptions = {}) {
    this.cache = options.cache ?? new TranslationCache();
    this.now = options.now ?? (() => new Date());
    this.segmentMax = options.segmentMax ?? SEGMENT_MAX;
  }

  /** What this page already has for the text (synchronous). */
  peek(text: string, pair: LanguagePair): TranslationResult | undefined {
    const hit = this.cache.peek(text, pair);
    return hit ? fromCache(hit) : undefined;
  }

  translate(text: string, pair: LanguagePair, options: TranslateOptions & { store?: boolean } = {}): Promise<TranslationResult> {
    const key = `${pair.source}>${pair.target}\u0000${text}`;
    const running = this.running.get(key);
    if (running) return running;
    const job = this.run(text, pair, options).finally(() => this.running.delete(key));
    this.running.set(key, job);
    return job;
  }

  private async run(text: string, pair: LanguagePair, options: TranslateOptions & { store?: boolean }): Promise<TranslationResult> {
    if (!text.trim()) return { text, lost: [], cached: false };
    const hit = await this.cache.get(text, pair);
    if (hit) return fromCache(hit);
    const guarded = protect(text);
    const pieces = segment(guarded.text, this.segmentMax);
    const out = [];
    for (const piece of pieces) {
      options.signal?.throwIfAborted();
      const translated = /\p{L}/u.test(piece.text) ? await this.provider.translate(piece.text, pair, options) : piece.text;
      out.push({ text: translated, after: piece.after });
    }
    const back = restore(joinPieces(out), guarded.values);
    const lost = [...back.lost, ...back.repeated.filter((v) => !back.lost.includes(v))];
    if (options.store !== false) await this.cache.put(text, pair, back.text, lost, this.now().toISOString());
    return { text: back.text, lost, cached: false, alignment: align(pieces, out, guarded.values) };
  }
}

/** Source and translation offsets of each piece, values put back in both (so they index the texts the seller sees). */
function align(source: readonly Piece[], target: readonly Piece[], values: readonly string[]): AlignedPiece[] {
  const out: AlignedPiece[] = [];
  let s = 0;
  let t = 0;
  source.forEach((piece, i) => {
    const a = restore(piece.text, values).text;
    const b = restore(target[i]?.text ?? '', values).text;
    out.push({ source: [s, s + a.length], target: [t, t + b.length] });
    s += a.length + restore(piece.after, values).text.length;
    t += b.length + (target[i]?.after ?? '').length;
  });
  return out;
}

/** The part of the source a span of the translation came from (e.g. a policy finding), when the pieces say. Pure. */
export function sourceOf(alignment: readonly AlignedPiece[] | undefined, start: number, end: number): [number, number] | undefined {
  return alignment?.find((p) => start < p.target[1] && p.target[0] < Math.max(end, start + 1))?.source;
}

const fromCache = (hit: CachedTranslation): TranslationResult => ({ text: hit.translation, lost: hit.lost, cached: true });
