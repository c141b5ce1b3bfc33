/** Checks that a reported line and column (and offset) point inside a text. */
import { lineColumn } from '../../lib/templates/position';

/** Problems with one error's position in `text` (empty when it is fine). Lines split on \n, columns 1-based. */
export function positionProblems(text: string, e: { line: number; column: number; offset?: number }): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  if (!Number.isInteger(e.line) || e.line < 1 || e.line > lines.length) out.push(`line ${e.line} outside 1..${lines.length}`);
  const len = lines[e.line - 1]?.length ?? 0;
  if (!Number.isInteger(e.column) || e.column < 1 || e.column > len + 1) out.push(`column ${e.column} outside 1..${len + 1} of line ${e.line}`);
  if (e.offset !== undefined) {
    if (e.offset < 0 || e.offset > text.length) out.push(`offset ${e.offset} outside 0..${text.length}`);
    const lc = lineColumn(text, e.offset);
    if (lc.line !== e.line || lc.column !== e.column) out.push(`offset ${e.offset} is line ${lc.line} column ${lc.column}, error says ${e.line}:${e.column}`);
  }
  return out;
}
