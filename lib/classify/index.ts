/**
 * Buyer-message classifier: a transparent weighted keyword model per language.
 *
 * Labelling rules (what the model aims at, and how the evaluation sets are labelled):
 * - Amazon's own notifications -> `other` with `system: true` (see system.ts).
 * - The buyer's REQUEST wins over the situation described: "arrived broken, I want a refund" ->
 *   return-refund; a defect / wrong item / missing part report without a return or refund request ->
 *   product-issue (asking for a replacement part or a replacement unit stays product-issue);
 *   exchanging for another size or colour -> return-refund.
 * - "cancel" -> cancel-order, also when combined with "refund" or "not arrived" ("cancel and refund me").
 * - "where is / not arrived / tracking / late" -> where-is-my-order, unless a refund or cancellation
 *   is requested.
 * - change / wrong / incomplete delivery address -> address-change.
 * - invoice / receipt / VAT (Rechnung, facture, fattura, factura, 領収書, 請求書) -> invoice.
 * - review / feedback / rating / stars -> feedback-review, unless another actionable request is made
 *   ("5 stars! is it dishwasher safe?" -> product-question).
 * - questions about the product (size, compatibility, use, stock, material, warranty) -> product-question.
 * - thanks, greetings, offers from third parties, anything else -> other.
 * Ties are broken by PRIORITY (requests first).
 */
import { CATEGORIES, type Category } from '../model.ts';
import { detectLanguage, normalizeLanguage, type LanguageCode } from './language.ts';
import { foldText, tokenize } from './normalize.ts';
import { compileTable, matchTable, type CompiledTable, type KeywordTable, type Pattern } from './patterns.ts';
import { isAmazonSender, systemScore, SYSTEM_THRESHOLD } from './system.ts';
import { predict, top } from './model/linear.ts';
import { EN } from './keywords/en.ts';
import { DE } from './keywords/de.ts';
import { FR } from './keywords/fr.ts';
import { IT } from './keywords/it.ts';
import { ES } from './keywords/es.ts';
import { JA } from './keywords/ja.ts';

export { isSystemNotification } from './system.ts';
export { detectLanguage, type LanguageCode } from './language.ts';

export interface Classification {
  category: Category;
  /** 0..1, from the winning score and its margin over the runner-up */
  confidence: number;
  /** true for Amazon's own notifications (category is then `other`) */
  system?: boolean;
  language: LanguageCode;
}

export interface Explanation extends Classification {
  scores: Record<Category, number>;
  matches: { category: Category; pattern: string; weight: number }[];
}

const TABLES: Record<LanguageCode, KeywordTable> = { en: EN, de: DE, fr: FR, it: IT, es: ES, ja: JA };
const compiled = new Map<LanguageCode, CompiledTable>();

function tableFor(lang: LanguageCode): CompiledTable {
  let t = compiled.get(lang);
  if (!t) { t = compileTable(TABLES[lang], lang === 'ja'); compiled.set(lang, t); }
  return t;
}

/** Tie-break order: explicit requests before reports, reports before questions and remarks. */
const PRIORITY: Category[] = [
  'cancel-order', 'address-change', 'return-refund', 'invoice', 'where-is-my-order', 'product-issue',
  'product-question', 'feedback-review', 'other',
];
/** Below this the message is `other`. */
const MIN_SCORE = 1.5;

/** Languages to score with: the given one, unless detection clearly says otherwise; else the plausible ones. */
function candidateLanguages(text: string, language: string | undefined): LanguageCode[] {
  const given = normalizeLanguage(language);
  const guess = detectLanguage(text);
  if (given && (!guess.sure || guess.language === given)) return [given];
  return guess.candidates;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

interface Scored { lang: LanguageCode; scores: Record<Category, number>; matches: Explanation['matches']; best: Category; bestScore: number; second: number }

function score(lang: LanguageCode, folded: string, tokens: string[]): Scored {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const hits = new Set<Pattern>();
  matchTable(tableFor(lang), folded, lang === 'ja' ? [] : tokens, hits);
  const matches: Explanation['matches'] = [];
  for (const p of hits) {
    scores[p.category] += p.weight;
    matches.push({ category: p.category, pattern: p.source, weight: p.weight });
  }
  let best: Category = 'other';
  let bestScore = -Infinity;
  let second = 0;
  for (const c of PRIORITY) {
    const s = Math.max(0, scores[c]);
    if (s > bestScore) { second = Math.max(second, bestScore); best = c; bestScore = s; } else if (s > second) second = s;
  }
  const rule = requestRule(best, scores);
  if (rule) return { lang, scores, matches, best: rule, bestScore: scores[rule], second: Math.max(second, bestScore) };
  return { lang, scores, matches, best, bestScore, second };
}

/** Evidence of an explicit request (a "cancel" verb, a refund / return demand). */
const REQUEST = 3;

/**
 * The buyer's request wins over the situation described: a cancellation request beats refund,
 * late-delivery and defect reports ("not here yet, cancel and refund me"); a refund/return request
 * beats a late-delivery report ("never arrived, I want my money back").
 */
function requestRule(best: Category, scores: Record<Category, number>): Category | undefined {
  if (scores['cancel-order'] >= REQUEST && (best === 'return-refund' || best === 'where-is-my-order' || best === 'product-issue')) {
    return 'cancel-order';
  }
  if (scores['return-refund'] >= REQUEST && best === 'where-is-my-order') return 'return-refund';
  return undefined;
}

function actionable(s: Scored): boolean {
  return s.best !== 'other' && s.bestScore >= MIN_SCORE;
}

/** Full scoring with the matched patterns, for debugging and tests. */
export function explainMessage(text: string, language?: string, sender?: string): Explanation {
  const langs = candidateLanguages(text, language);
  const folded = foldText(text);
  const tokens = tokenize(folded);
  const sys = isAmazonSender(sender) ? SYSTEM_THRESHOLD : systemScore(text, folded, tokens);
  if (sys >= SYSTEM_THRESHOLD) {
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, c === 'other' ? sys : 0])) as Record<Category, number>;
    return { category: 'other', confidence: round2(Math.min(1, 0.6 + sys / 15)), system: true, language: langs[0] ?? 'en', scores, matches: [] };
  }
  let r: Scored | undefined;
  for (const lang of langs) {
    const s = score(lang, folded, tokens);
    if (!r || (actionable(s) && (!actionable(r) || s.bestScore > r.bestScore))) r = s;
  }
  r ??= score('en', folded, tokens);
  const { lang, scores, matches, best, bestScore, second } = r;
  if (bestScore <= 0) return { category: 'other', confidence: 0.5, language: lang, scores, matches };
  if (best !== 'other' && bestScore < MIN_SCORE) {
    return { category: 'other', confidence: round2(0.5 - 0.25 * (bestScore / MIN_SCORE)), language: lang, scores, matches };
  }
  const strength = 1 - Math.exp(-bestScore / 3);
  const margin = (bestScore - second) / bestScore;
  return { category: best, confidence: round2(strength * (0.4 + 0.6 * margin)), language: lang, scores, matches };
}

/** The keyword rules alone (no trained model): what `classifyMessage` used before the model existed. */
export function classifyByRules(text: string, language?: string, sender?: string): Classification {
  const { category, confidence, system, language: lang } = explainMessage(text, language, sender);
  return system ? { category, confidence, system, language: lang } : { category, confidence, language: lang };
}

/**
 * Below this probability the model's label is not taken (the message stays `other`). Chosen by 5-fold
 * cross-validation on the development corpus (tests/tools/classify/cv.ts), before the held-out part was measured.
 */
export const MODEL_MIN_P = 0.3;

/**
 * Category of a buyer message; `language` (e.g. 'de', 'de-DE') is detected when absent or clearly wrong.
 * The keyword rules decide when they find evidence; a message in which they find none (a phrasing no rule
 * knows) goes to the trained character n-gram model (model/linear.ts), which can also recognise a notice.
 */
export function classifyMessage(text: string, language?: string, sender?: string): Classification {
  const e = explainMessage(text, language, sender);
  const rules: Classification = e.system
    ? { category: e.category, confidence: e.confidence, system: true, language: e.language }
    : { category: e.category, confidence: e.confidence, language: e.language };
  if (e.system || e.category !== 'other' || e.scores.other >= MIN_SCORE || !text.trim()) return rules;
  const t = top(predict(text));
  if (t.p < MODEL_MIN_P || t.label === 'other') return rules;
  const confidence = round2(t.p * 0.8);
  return t.label === 'notice'
    ? { category: 'other', confidence, system: true, language: e.language }
    : { category: t.label, confidence, language: e.language };
}
