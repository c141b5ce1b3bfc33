/**
 * A small language guesser for seller messages. Scripts first (kana means Japanese, Han without kana
 * Chinese), then stop-word counts for the Latin languages. Works on folded text (see normalise.ts).
 */
import type { LanguageGuess } from './types';

type Latin = 'en' | 'de' | 'fr' | 'it' | 'es';
export const LATIN: readonly Latin[] = ['en', 'de', 'fr', 'it', 'es'];

/** Frequent words that belong to one language only (accents folded). */
const STOP: Record<Latin, string> = {
  en: 'the and you your yours we our us is are was were be been have has had will would can could please thank thanks this that with for from not if it its it\'s i\'m we\'re we\'ll you\'re don\'t hi hello dear order item any just sorry let know need which what when there their they them my me of to at by as should sure',
  de: 'der die das und sie ihr ihre ihren ihrem ihrer ihnen wir uns unser unsere unseren ist sind nicht mit fur ein eine einen einem auf bitte vielen dank danke haben hat wird wurde werden auch bei gerne sehr ich es oder von kann konnen hallo geehrte geehrter wenn dass heute noch leider ihres zu zum zur nach uber wie',
  fr: 'les et vous votre vos nous est sont pour des une avec sur ce cette que qui merci bonjour au aux du ne pas avons etes sera notre nos dans mais tres bien avez vos pouvez veuillez je',
  it: 'il lo gli di che per non sono suo sua grazie ci della del alla nel questo siamo abbiamo gentile buongiorno ha puo sara stato stata ordine cliente le la sua suoi nostro nostra lei mi ti sempre anche',
  es: 'el los las y que en por para su sus es lo se del gracias hola hemos usted pedido nuestro nuestra este esta muy le un una puede le sin su',
};

// words present in more than one list count for none
const STOP_SETS: Record<Latin, Set<string>> = (() => {
  const owners = new Map<string, Latin[]>();
  for (const l of LATIN) for (const w of STOP[l].split(' ')) owners.set(w, [...(owners.get(w) ?? []), l]);
  const sets = { en: new Set<string>(), de: new Set<string>(), fr: new Set<string>(), it: new Set<string>(), es: new Set<string>() };
  for (const [w, ls] of owners) if (ls.length === 1 && ls[0]) sets[ls[0]].add(w);
  return sets;
})();

const KANA = /[\u3040-\u30ff\uff66-\uff9f]/g;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const WORD = /[a-z][a-z']*/g;

export function guessLanguage(norm: string): LanguageGuess {
  const kana = norm.match(KANA)?.length ?? 0;
  const han = norm.match(HAN)?.length ?? 0;
  const scores = { en: 0, de: 0, fr: 0, it: 0, es: 0 };
  let latinWords = 0;
  for (const w of norm.match(WORD) ?? []) {
    latinWords++;
    for (const l of LATIN) if (STOP_SETS[l].has(w)) { scores[l]++; break; }
  }
  let best: Latin | undefined;
  let bestScore = 0;
  for (const l of LATIN) if (scores[l] > bestScore) { best = l; bestScore = scores[l]; }
  const cjk = kana + han;
  let lang: LanguageGuess['lang'] = 'unknown';
  if (cjk > 0 && cjk * 2 >= latinWords) lang = kana > 0 ? 'ja' : 'zh';
  else if (best && bestScore >= 2) lang = best;
  else if (cjk > 0) lang = kana > 0 ? 'ja' : 'zh';
  return { lang, scores, kana, han, latinWords };
}

/**
 * True when Latin-script text is clearly in `other` and not in `expected`: enough stop words of
 * `other`, few of `expected`.
 */
export function clearlyNot(g: LanguageGuess, expected: Latin): Latin | undefined {
  let best: Latin | undefined;
  for (const l of LATIN) if (l !== expected && (!best || g.scores[l] > g.scores[best])) best = l;
  if (!best) return undefined;
  const o = g.scores[best];
  const e = g.scores[expected];
  return o >= 3 && e * 3 <= o ? best : undefined;
}

export const isLatin = (l: string | undefined): l is Latin => l === 'en' || l === 'de' || l === 'fr' || l === 'it' || l === 'es';
