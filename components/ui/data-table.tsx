import type { ReactNode } from 'react';

export type DataColumn = { label: ReactNode; isNumber?: boolean };

/** A data table with its caption and column headers, scrolling in its own wrapper; the body rows are the children. */
export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: ReactNode;
  columns: DataColumn[];
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={column.isNumber ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
