// The numbers behind a chart as a table: what "Show as table" shows, and what a CSV holds by default.
import type { ReactNode } from 'react';
import type { CsvCell } from '@/lib/format/csv';

export interface ChartTable {
  caption?: string;
  columns: readonly string[];
  rows: readonly (readonly ReactNode[])[];
}

export interface ChartCsv {
  columns: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/** The table's plain cells as CSV, for a chart that gives no unformatted export of its own. */
export function tableAsCsv(table: ChartTable): ChartCsv {
  return {
    columns: table.columns,
    rows: table.rows.map((row) =>
      row.map((c) => (typeof c === 'string' || typeof c === 'number' ? c : '')),
    ),
  };
}

export function ChartDataTable({
  table,
  title,
  label,
}: {
  table: ChartTable;
  title: string;
  /** The scrolling region's name: "Trend, table". */
  label: string;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="data-table">
        <caption className="visually-hidden">{table.caption ?? title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
