/**
 * Formula-injection guard for every CSV we export (blacklist, analytics, send log, import errors).
 * A spreadsheet runs a cell as a formula when it starts with = + - @ (or a tab / carriage return that some
 * programs skip). Excel in Germany, France, Italy and Spain splits CSV lines on ";" (the list separator),
 * so a formula start right after ; , a tab or a line break INSIDE a cell becomes a cell of its own:
 * those get the apostrophe too. Excel and LibreOffice show an apostrophe-led cell as text.
 *
 * The decision is made on the text as a spreadsheet may read it: compatibility forms count as what NFKC makes
 * of them (full-width `＝` is `=`, `；` is `;`, the ideographic space is a space), and blanks and invisible
 * characters (zero-width, bidi controls, soft hyphen) before a formula start are looked through (`\u200B=1+1`,
 * `x; =1+1`). The apostrophe goes before them; the cell's own characters are kept as they are.
 */

/** every BMP character NFKC turns into = + - @ (tests/unit/security-exports.test.ts checks the list) */
const STARTS = '=+\\-@\u207A\u207C\u208A\u208C\uFB29\uFE62\uFE63\uFE66\uFE6B\uFF0B\uFF0D\uFF1D\uFF20';
/** every BMP character NFKC turns into ; or , (Greek question mark, small and full-width forms) */
const SEPARATORS = ';,\\t\\r\\n\u037E\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B';
/** blanks (\s covers the ideographic and no-break spaces) and invisible format characters */
const SKIPPED = '\\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF';

/** a whole cell starting (after blanks and invisible characters) with a formula start, or with a tab / CR */
const FORMULA_START = new RegExp(`^(?:[\\t\\r]|[${SKIPPED}]*[${STARTS}])`, 'u');
const INNER_FORMULA = new RegExp(`([${SEPARATORS}])(?=[${SKIPPED}]*[${STARTS}])`, 'gu');
const INNER_GUARDED = new RegExp(`([${SEPARATORS}])'(?=[${SKIPPED}]*[${STARTS}])`, 'gu');

export const guardFormula = (cell: string): string => {
  const inner = cell.replace(INNER_FORMULA, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
};

/** Undo guardFormula on import: `'=1+2` -> `=1+2`, `a;'=b` -> `a;=b`. Other apostrophes are kept. */
export const unguardFormula = (cell: string): string => {
  const lead = cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
  return lead.replace(INNER_GUARDED, '$1');
};
