/**
 * Features of the character n-gram model: hashed character 2- to 4-grams of the folded text (lower case,
 * accents removed, digits collapsed), single CJK characters, words and word pairs, and a "short message"
 * marker; each present feature counts once, the vector is scaled to unit length. Pure and deterministic:
 * the trainer (tests/tools/classify/train.ts) and the predictor use this one function.
 */
import { foldText, tokenize } from '../normalize.ts';

/** Number of hash buckets (a power of two). Changing it needs a retrain. */
export const DIM = 1 << 15;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const step = (h: number, unit: number): number => Math.imul(h ^ unit, FNV_PRIME);

/** FNV-1a, 32 bit, of a string's UTF-16 code units. */
export function hash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h >>> 0;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Order numbers (123-1234567-1234567) say nothing about the request: they are left out. */
const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/g;
const withoutIds = (text: string): string => text.replace(ORDER_ID, ' ');

/** The text the character n-grams are read from: folded, digits as 0, other punctuation as one space. */
export function modelText(text: string): string {
  const folded = foldText(withoutIds(text)).replace(/\p{N}+/gu, '0').replace(/[^\p{L}\p{N}?!']+/gu, ' ').trim();
  return ` ${folded} `;
}

/** Sparse unit-length feature vector: bucket indexes (sorted, distinct) and one shared value. */
export interface Features { index: Int32Array; value: number }

/** hash(`c${n}${chars[i..i+n)}`) without building the string */
function gramHash(chars: readonly string[], i: number, n: number): number {
  let h = step(step(FNV_OFFSET, 99 /* c */), 48 + n);
  for (let k = i; k < i + n; k++) {
    const ch = chars[k] as string;
    for (let u = 0; u < ch.length; u++) h = step(h, ch.charCodeAt(u));
  }
  return h >>> 0;
}

export function features(text: string): Features {
  const set = new Set<number>();
  const add = (f: string) => set.add(hash(f) & (DIM - 1));
  const s = modelText(text);
  const chars = [...s];
  for (let n = 2; n <= 4; n++) {
    for (let i = 0; i + n <= chars.length; i++) set.add(gramHash(chars, i, n) & (DIM - 1));
  }
  let cjk = 0;
  for (const ch of chars) if (CJK.test(ch)) { add(`u${ch}`); cjk++; }
  const words = tokenize(foldText(withoutIds(text))).map((w) => w.replace(/\p{N}+/gu, '0'));
  for (let i = 0; i < words.length; i++) {
    add(`w${words[i]}`);
    if (i + 1 < words.length) add(`b${words[i]} ${words[i + 1]}`);
  }
  const wordCount = words.filter((w) => /\p{L}/u.test(w)).length;
  if (wordCount <= 3 && cjk <= 8) add('short');
  const index = Int32Array.from([...set].sort((a, b) => a - b));
  return { index, value: index.length ? 1 / Math.sqrt(index.length) : 0 };
}
