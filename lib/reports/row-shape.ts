/** Whether a data line can be read at all: its bytes, and its number of fields against the header's. */

export const DAMAGED_LINE = 'The line has bytes that are not valid text in the file\'s encoding (a damaged or cut-off file): '
  + 'it is not imported.';

/**
 * A row with more filled fields than the header has is misaligned. A shorter row is read when the fields it
 * lacks are optional (Seller Central leaves trailing empty fields out); when a required one is among them,
 * the reason names the missing required columns. `requiredAt`: header position -> the file's column name.
 */
export function fieldCountProblem(cells: readonly string[], headerSize: number, requiredAt: ReadonlyMap<number, string>): string | undefined {
  const counts = `The line has ${cells.length} fields, the header has ${headerSize}`;
  if (cells.length > headerSize) return cells.slice(headerSize).some((c) => c.trim()) ? `${counts}.` : undefined;
  if (cells.length === headerSize) return undefined;
  const missing = [...requiredAt].filter(([index]) => index >= cells.length).map(([, name]) => name);
  if (!missing.length) return undefined;
  const one = missing.length === 1;
  return `${counts}: the required column${one ? '' : 's'} ${missing.join(', ')} ${one ? 'is' : 'are'} missing.`;
}
