/**
 * Language detection for buyer messages: en, de, fr, it, es, ja.
 * Japanese by script (kana/kanji share); the others by distinctive function words and letters.
 */
import { foldText, tokenize } from './normalize.ts';

export const LANGUAGES = ['en', 'de', 'fr', 'it', 'es', 'ja'] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

const STOPWORDS: Record<Exclude<LanguageCode, 'ja'>, string> = {
  en: 'the and is my i you it to of for please not have this can with was order hi hello thanks thank would could your what how where when but me are be did does has received item got still just',
  de: 'ich und die der das nicht ist mein meine meinen bitte sie ein eine einen mit habe zu den dem wurde noch auch fur wie wo kann hallo danke vielen leider bestellung artikel paket ware haben sind auf aber schon mir ihnen wann kein keine ob nur sehr',
  fr: 'je le les et est mon ma mes pas vous une du pour avec ai commande merci bonjour ne il elle au aux des ce cette sur svp colis toujours j n qu c suis tres puis pouvez votre la de',
  it: 'il che non di e per ho sono ordine grazie della come potete ma ancora gli nel nella alla buongiorno salve pacco vorrei posso stato ricevuto anche perche questo questa dopo ci mi prodotto ha mio mia articolo ordinato si la di',
  es: 'el y no por he es pedido gracias los las me para pueden esta hola lo ya pero muy con su todavia aun quiero buenos dias paquete mi que como del una la de se producto han tengo',
};

const STOP = new Map<string, LanguageCode[]>();
for (const [lang, words] of Object.entries(STOPWORDS) as [LanguageCode, string][]) {
  for (const w of words.split(' ')) STOP.set(w, [...(STOP.get(w) ?? []), lang]);
}

const JA_CHARS = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/g;
const LETTER_HINTS: [RegExp, LanguageCode, number][] = [
  [/[\u00f1\u00bf\u00a1]/, 'es', 3], // ñ ¿ ¡
  [/[\u00df\u00e4\u00f6]/, 'de', 3], // ß ä ö
  [/\u00fc/, 'de', 1.5], // ü
  [/[\u00e7\u0153\u00ea\u00e2\u00ee\u00fb\u00eb]/, 'fr', 2], // ç œ ê â î û ë
  [/[\u00f2\u00ec]/, 'it', 2], // ò ì
];

export interface LanguageGuess {
  language: LanguageCode;
  sure: boolean;
  /** when not sure: the plausible languages, best first */
  candidates: LanguageCode[];
}

/** Guess the language; `sure` when the evidence clearly favours one language. */
export function detectLanguage(text: string): LanguageGuess {
  const ja = text.match(JA_CHARS)?.length ?? 0;
  if (ja >= 2 || (ja === 1 && text.length < 6)) return { language: 'ja', sure: true, candidates: ['ja'] };
  const score: Record<LanguageCode, number> = { en: 0, de: 0, fr: 0, it: 0, es: 0, ja: 0 };
  for (const [re, lang, w] of LETTER_HINTS) if (re.test(text)) score[lang] += w;
  for (const tok of tokenize(foldText(text))) {
    const langs = STOP.get(tok);
    if (langs) for (const l of langs) score[l] += 1 / langs.length;
  }
  const ranked = LANGUAGES.filter((l) => l !== 'ja').sort((a, b) => score[b] - score[a]);
  const best = ranked[0] ?? 'en';
  const top = score[best];
  const sure = top - score[ranked[1] ?? 'en'] >= 2;
  return { language: best, sure, candidates: sure ? [best] : ranked.filter((l) => score[l] >= top - 2) };
}

/** 'de-DE', 'de_DE', 'DE', 'jp' -> 'de' / 'ja'; undefined when not one of the supported languages. */
export function normalizeLanguage(language: string | undefined): LanguageCode | undefined {
  if (!language) return undefined;
  const code = language.trim().slice(0, 2).toLowerCase();
  const mapped = code === 'jp' ? 'ja' : code;
  return (LANGUAGES as readonly string[]).includes(mapped) ? (mapped as LanguageCode) : undefined;
}
