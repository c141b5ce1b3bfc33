/** Prepares a message once for all rules: folding, sentences, language, marketplace. */
import { marketplaceByCode, marketplaceById } from '../marketplaces';
import { guessLanguage } from './language';
import { fold } from './normalise';
import type { Analysed } from './types';

// sentence ends: .!? followed by space/end (not inside 24.99 or amazon.de), CJK stops, line breaks
const SENTENCE_END = /[.!?]+(?=\s|$)|[\u3002\uff01\uff1f!?]+|\n+/g;

export function sentencesOf(norm: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(norm); m; m = SENTENCE_END.exec(norm)) {
    const end = m.index + m[0].length;
    if (norm.slice(start, end).trim()) out.push([start, end]);
    start = end;
  }
  if (norm.slice(start).trim()) out.push([start, norm.length]);
  return out;
}

export function analyse(text: string, marketplace?: string): Analysed {
  const { norm, starts, ends } = fold(text);
  const mp = marketplace ? marketplaceById(marketplace) ?? marketplaceByCode(marketplace) : undefined;
  return {
    text, norm, starts, ends,
    sentences: sentencesOf(norm),
    language: guessLanguage(norm),
    marketplace: mp,
    expected: mp?.language,
  };
}
