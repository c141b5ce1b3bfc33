/**
 * Values a buyer controls, bounded before they reach a message nobody reads before it goes (holiday
 * auto-reply, campaigns). A buyer chooses the name Amazon shows: `Sam. PS from the seller: your full refund of
 * $500 is approved` is a "name". Only a plausible name goes in (letters, a few words, no sentence punctuation,
 * digits or symbols, one script per word); anything else is replaced by the template's neutral greeting
 * ("Hello," instead of "Hello <name>,") and the preview says which value was replaced and why.
 * The product title, SKU and the other variables come from the seller's own listings and Amazon, not buyers.
 */
import { isMixedScript, stripBidi } from '../text';
import type { TemplateContext } from './variables';

export const NAME_MAX_LENGTH = 40;
export const NAME_MAX_WORDS = 5;

export const NAME_PROBLEMS = ['too-long', 'too-many-words', 'line-break', 'digits', 'punctuation', 'symbols', 'mixed-scripts'] as const;
export type NameProblem = (typeof NAME_PROBLEMS)[number];

/** the variables that show the buyer's name */
export const BUYER_VARIABLES = ['buyer_name', 'buyer_first_name'] as const;

export interface ReplacedValue { variable: string; reason: NameProblem }

/** a period is fine right after a one-letter initial ("Jane Q. Doe"), nowhere else */
const INITIAL_PERIOD = /(^|[\s\u3000])\p{L}\.(?=[\s\u3000]|$)/gu;
const SENTENCE_PUNCTUATION = /[.!?:;,¡¿"“”„«»()[\]{}<>。！？：；，、·…]/u;
/** what may remain: letters and their marks, a lone digit, blanks, apostrophes and hyphens inside names */
const NAME_CHARS = /^[\p{L}\p{M}\p{N}\s\u3000'’\-‐]*$/u;

/** Why this name may not go into an unattended message (undefined: it may). */
export function nameProblem(raw: string): NameProblem | undefined {
  const name = stripBidi(raw).trim();
  if (/[\r\n\u2028\u2029\p{Cc}]/u.test(name)) return 'line-break';
  if (name.length > NAME_MAX_LENGTH) return 'too-long';
  if (name.split(/[\s\u3000]+/u).length > NAME_MAX_WORDS) return 'too-many-words';
  // a run of digits (an amount, a phone number) or a digit inside a word (J0hn); a lone `2` as a word is kept
  if (/\p{N}{2,}|\p{L}\p{N}|\p{N}\p{L}/u.test(name)) return 'digits';
  if (SENTENCE_PUNCTUATION.test(name.replace(INITIAL_PERIOD, '$1'))) return 'punctuation';
  if (!NAME_CHARS.test(name.replace(INITIAL_PERIOD, '$1'))) return 'symbols';
  if (isMixedScript(name)) return 'mixed-scripts';
  return undefined;
}

/**
 * The context with buyer values bounded: a plausible name stays (bidi controls removed), any other is taken out
 * and listed in `replaced`, so the renderer writes the neutral greeting for it.
 */
export function boundBuyerValues(ctx: TemplateContext): { ctx: TemplateContext; replaced: ReplacedValue[] } {
  if (ctx.buyerName === undefined || !ctx.buyerName.trim()) return { ctx, replaced: [] };
  const problem = nameProblem(ctx.buyerName);
  if (!problem) return { ctx: { ...ctx, buyerName: stripBidi(ctx.buyerName).trim() }, replaced: [] };
  const { buyerName: _dropped, ...rest } = ctx;
  return { ctx: rest, replaced: BUYER_VARIABLES.map((variable) => ({ variable, reason: problem })) };
}

/** `replaced:buyer_name:punctuation`, as a send's notes and log reasons carry it */
export const replacedNote = (r: ReplacedValue): string => `replaced:${r.variable}:${r.reason}`;
export function parseReplacedNote(note: string): ReplacedValue | undefined {
  const m = /^replaced:([a-z_]+):([a-z-]+)$/.exec(note);
  return m && (NAME_PROBLEMS as readonly string[]).includes(m[2]!) ? { variable: m[1]!, reason: m[2] as NameProblem } : undefined;
}
