/** A dense data table: columns declared once, rows keyed; the caption is for screen readers. */
import type { ReactNode } from 'react';

export interface Column<T> {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** right-aligned, no wrap (actions, numbers) */
  align?: 'start' | 'end';
  width?: string;
}

export interface TableProps<T> {
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  caption: string;
  /** shown in place of the body when there are no rows */
  empty?: ReactNode;
  maxHeight?: number | string;
}

export function Table<T>({ columns, rows, rowKey, caption, empty, maxHeight }: TableProps<T>) {
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <div className="si-table-wrap" style={maxHeight === undefined ? undefined : { maxHeight }}>
      <table className="si-table">
        <caption className="si-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.id} scope="col" style={{ width: c.width, textAlign: c.align === 'end' ? 'right' : undefined }}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.id} className={c.align === 'end' ? 'si-table__actions' : undefined}>{c.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
