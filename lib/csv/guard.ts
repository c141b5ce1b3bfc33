/**
 * Formula-injection guard for every CSV we export (blacklist, analytics, send log, import errors).
 * A spreadsheet runs a cell as a formula when it starts with = + - @ (or a tab / carriage return that some
 * programs skip). Excel in Germany, France, Italy and Spain splits CSV lines on ";" (the list separator),
 * so a formula start right after ; , a tab or a line break INSIDE a cell becomes a cell of its own:
 * those get the apostrophe too. Excel and LibreOffice show an apostrophe-led cell as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const INNER_FORMULA = /([;,\t\r\n])(?=[=+\-@])/g;
const INNER_GUARDED = /([;,\t\r\n])'(?=[=+\-@])/g;

export const guardFormula = (cell: string): string => {
  const inner = cell.replace(INNER_FORMULA, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
};

/** Undo guardFormula on import: `'=1+2` -> `=1+2`, `a;'=b` -> `a;=b`. Other apostrophes are kept. */
export const unguardFormula = (cell: string): string => {
  const lead = cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
  return lead.replace(INNER_GUARDED, '$1');
};
