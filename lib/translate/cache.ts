/**
 * Translations kept by text and language pair: a small in-memory map for this page, and (optionally) the stored
 * cache behind it (the background's Dexie table `translations`, through messages). The key is the pair and a hash
 * of the text; the record keeps the text itself, so two texts with one hash never pass for each other. Pure.
 */
import { pairKey, type LanguagePair } from './types';

export interface CachedTranslation {
  key: string;
  pair: string;
  source: string;
  translation: string;
  /** values the translation lost (protect.ts): shown as a warning with it */
  lost: string[];
  at: string;
}

export interface TranslationStore {
  get(key: string): Promise<CachedTranslation | undefined>;
  put(entry: CachedTranslation): Promise<void>;
}

/** FNV-1a over UTF-16 code units, 2 × 32 bits, as 16 hex digits. */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export const cacheKey = (text: string, pair: LanguagePair): string => `${pairKey(pair)}|${textHash(text)}`;

export class TranslationCache {
  private readonly memory = new Map<string, CachedTranslation>();

  constructor(private readonly store?: TranslationStore, private readonly max = 200) {}

  /** synchronous: what this page already has (reopening a case shows it in the same frame) */
  peek(text: string, pair: LanguagePair): CachedTranslation | undefined {
    const hit = this.memory.get(cacheKey(text, pair));
    return hit && hit.source === text ? hit : undefined;
  }

  async get(text: string, pair: LanguagePair): Promise<CachedTranslation | undefined> {
    const near = this.peek(text, pair);
    if (near) return near;
    const stored = await this.store?.get(cacheKey(text, pair)).catch(() => undefined);
    if (!stored || stored.source !== text) return undefined;
    this.remember(stored);
    return stored;
  }

  async put(text: string, pair: LanguagePair, translation: string, lost: string[], at: string): Promise<CachedTranslation> {
    const entry: CachedTranslation = { key: cacheKey(text, pair), pair: pairKey(pair), source: text, translation, lost, at };
    this.remember(entry);
    await this.store?.put(entry).catch(() => undefined);
    return entry;
  }

  /** Keeps entries read from the store in bulk (a case's messages at once). */
  warm(entries: readonly CachedTranslation[]): void {
    for (const e of entries) this.remember(e);
  }

  private remember(entry: CachedTranslation): void {
    this.memory.delete(entry.key);
    this.memory.set(entry.key, entry);
    if (this.memory.size > this.max) this.memory.delete(this.memory.keys().next().value as string);
  }
}
