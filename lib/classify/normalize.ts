/**
 * Text folding for keyword matching: lower case, full-width/half-width folding (NFKC), Latin accents
 * removed (é -> e, ß -> ss), curly apostrophes straightened, English negative contractions expanded
 * ("hasn't" / "hasnt" -> "has not") so that negation patterns see a separate "not".
 * Japanese voiced kana keep their marks (only U+0300-U+036F combining marks are dropped).
 */

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_LATIN = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/g;
const NT_CONTRACTION = /n't\b/g;
const NT_TYPO = /\b(have|has|does|do|did|is|was|are|were|could|should|would|ca|wo)nt\b/g;
const CANT = /\bcant\b/g;
const WONT = /\bwont\b/g;

/** Fold a message for matching. Idempotent. */
export function foldText(text: string): string {
  let s = text.normalize('NFKC').toLowerCase();
  if (NON_ASCII.test(s)) {
    s = s.replace(/\u00df/g, 'ss').replace(/\u0153/g, 'oe').replace(/\u00e6/g, 'ae');
    s = s.normalize('NFD').replace(COMBINING_LATIN, '').normalize('NFC');
    s = s.replace(APOSTROPHES, "'");
  }
  if (s.includes('nt') || s.includes("n't")) {
    s = s.replace(NT_CONTRACTION, ' not').replace(CANT, 'can not').replace(WONT, 'wo not')
      .replace(NT_TYPO, '$1 not');
  }
  return s;
}

const TOKEN = /[\p{L}\p{N}]+|[!?;\u3002\uff01\uff1f]|[.,](?=\s|$)/gu;

/** Clause-boundary tokens emitted by `tokenize` (they stop negation scopes). */
export const BOUNDARY_TOKENS = new Set(['.', ',', '!', '?', ';', '\u3002', '\uff01', '\uff1f']);

/**
 * Word tokens of folded text; apostrophes and inner punctuation split words ("l'ordine" -> l, ordine;
 * "p.iva" -> p, iva). Sentence punctuation followed by a space becomes a token of its own.
 */
export function tokenize(folded: string): string[] {
  return folded.match(TOKEN) ?? [];
}
