/** One data row of a report, read by column name, collecting the row's errors. */
import type { ReportError } from './types';
import { cellMax } from './limits';
import { parseCount, parseFlag, parseIsoDateTime, parseMoney } from './values';

export interface ColumnRef { index: number; name: string }

/** Trim and drop the quotes a spreadsheet may have put around a cell (`"a ""b"""` -> `a "b"`). */
export function cleanCell(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && t.charCodeAt(0) === 34 && t.charCodeAt(t.length - 1) === 34) {
    return t.slice(1, -1).replace(/""/g, '"').trim();
  }
  return t;
}

export class Row {
  readonly errors: ReportError[] = [];

  /** columns whose cell is longer than its bound: a row error, and read as empty */
  private readonly tooLong = new Set<string>();

  constructor(
    readonly cells: readonly string[],
    readonly line: number,
    private readonly columns: ReadonlyMap<string, ColumnRef>,
  ) {
    for (const [col, ref] of columns) {
      const raw = cells[ref.index];
      if (raw === undefined || raw.length <= cellMax(col)) continue;
      const v = cleanCell(raw);
      if (v.length <= cellMax(col)) continue;
      this.tooLong.add(col);
      this.fail(col, col, v, `longer than ${cellMax(col).toLocaleString('en')} characters`);
    }
  }

  /** Cleaned value of a column; '' when the column is absent or the cell empty. */
  get(col: string): string {
    const ref = this.columns.get(col);
    if (!ref) return '';
    const raw = this.cells[ref.index];
    return raw === undefined || this.tooLong.has(col) ? '' : cleanCell(raw);
  }

  /** Records `<column>: <what>` against this row. */
  fail(col: string, field: string, value: string, what: string): undefined {
    const column = this.columns.get(col)?.name ?? col;
    this.errors.push({ line: this.line, column, field, value, reason: `${column}: ${what}` });
    return undefined;
  }

  required(col: string, field: string): string | undefined {
    const v = this.get(col);
    return v ? v : this.fail(col, field, v, 'no value');
  }

  /** An ISO date-time with offset -> UTC ISO string. */
  dateTime(col: string, field: string, required = false): string | undefined {
    const v = this.get(col);
    if (!v) return required ? this.fail(col, field, v, 'no value') : undefined;
    return parseIsoDateTime(v) ?? this.fail(col, field, v, `'${v}' is not a date`);
  }

  money(col: string, field: string): number | undefined {
    const v = this.get(col);
    if (!v) return undefined;
    return parseMoney(v) ?? this.fail(col, field, v, `'${v}' is not an amount`);
  }

  count(col: string, field: string, required = false): number | undefined {
    const v = this.get(col);
    if (!v) return required ? this.fail(col, field, v, 'no value') : undefined;
    return parseCount(v) ?? this.fail(col, field, v, `'${v}' is not a whole number`);
  }

  flag(col: string, field: string): boolean | undefined {
    const v = this.get(col);
    if (!v) return undefined;
    return parseFlag(v) ?? this.fail(col, field, v, `'${v}' is not true/false`);
  }

  orderId(col: string, field: string, pattern: RegExp): string | undefined {
    const v = this.get(col);
    if (!v) return this.fail(col, field, v, 'no value');
    return pattern.test(v) ? v : this.fail(col, field, v, `'${v}' is not an order id (123-1234567-1234567)`);
  }
}
