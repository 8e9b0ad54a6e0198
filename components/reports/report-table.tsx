import { cellAlign, cellText } from '@/lib/reports/display';
import { headerRows, type ReportBlock } from '@/lib/reports/model';

/** One block of a report as on paper: the merged header in <thead> (so it repeats on every printed page). */
export function ReportTable({ block, caption }: { block: ReportBlock; caption?: string }) {
  const header = headerRows(block.columns);
  return (
    <div className="table-wrap">
      <table className="data report-table">
        {caption && <caption>{caption}</caption>}
        <colgroup>
          {block.columns.map((c) => (
            <col key={c.key} style={{ width: `${c.width}em` }} />
          ))}
        </colgroup>
        <thead>
          {header.map((spans, r) => (
            <tr key={r}>
              {spans.map((span) => (
                <th key={span.colStart} scope="col" colSpan={span.colSpan} rowSpan={span.rowSpan}>
                  {span.label}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {block.rows.map((row, i) => (
            <tr key={i} className={row.isEmphasis ? 'report-emphasis' : undefined}>
              {block.columns.map((column) => {
                const cell = row.cells[column.key] ?? null;
                const align = cellAlign(cell, column);
                return (
                  <td
                    key={column.key}
                    className={align === 'right' ? 'num' : align === 'center' ? 'report-center' : 'report-text'}
                  >
                    {cellText(cell)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
