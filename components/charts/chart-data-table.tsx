// A chart's data as a table, collapsed under the chart; cells arrive formatted by the server.
export type ChartTable = { caption: string; headers: string[]; rows: string[][] };

export function ChartDataTable({ table, summary, testId }: { table: ChartTable; summary: string; testId?: string }) {
  return (
    <details className="chart-table">
      <summary>{summary}</summary>
      <div className="table-wrap">
        <table className="data" data-testid={testId}>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.headers.map((h, i) => (
                <th key={h} scope="col" className={i > 0 ? 'num' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row[0]}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="num">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
