/**
 * Text from buyers and listings as we show it and insert it: bidirectional controls are removed (an RLO turns
 * `\u202Egnp.exe\u202C` into what reads as "exe.png"), and mixed-script words (a Cyrillic `а` inside a Latin name,
 * full-width digits in an order id) are recognised so the UI can mark them as suspicious.
 */

/** LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM, ALM */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

/** Does the text hold a bidi control? */
export const hasBidiControls = (s: string): boolean => BIDI_CONTROL.test(s);

/** The text without bidi controls (everything else kept, so nothing a buyer wrote is lost but the reordering). */
export const stripBidi = (s: string): string => (BIDI_CONTROL.test(s) ? s.replace(BIDI_CONTROLS, '') : s);

/** scripts whose letters look alike (Latin `a`, Cyrillic `а`, Greek `α`) */
const LOOKALIKE_SCRIPTS: readonly [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u], ['Cyrillic', /\p{Script=Cyrillic}/u], ['Greek', /\p{Script=Greek}/u], ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

/** The look-alike scripts one word mixes (empty when it keeps to one). */
function scriptsOf(word: string): Set<string> {
  const found = new Set<string>();
  for (const ch of word) for (const [name, re] of LOOKALIKE_SCRIPTS) if (re.test(ch)) found.add(name);
  return found;
}

/** A word mixing letters of look-alike scripts: `Аmazon` (Cyrillic А), `Jоhn` (Cyrillic о). */
export const isMixedScript = (s: string): boolean => stripBidi(s).split(/[\s\p{P}]+/u).some((w) => scriptsOf(w).size > 1);

/** An order id as Amazon writes them: ASCII digits only (full-width or Arabic-Indic digits look the same). */
export const isSuspiciousOrderId = (id: string): boolean => /\p{Nd}/u.test(id) && !/^[\d-]+$/.test(id);

/** Names and order ids to mark as suspicious in the UI: look-alike scripts mixed, or bidi controls inside. */
export const looksSuspicious = (s: string): boolean => hasBidiControls(s) || isMixedScript(s);
