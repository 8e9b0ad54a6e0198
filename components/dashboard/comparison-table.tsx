import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { rankingHref } from '@/lib/dashboard/params';
import { bestFirst, type RankingQuery } from '@/lib/dashboard/ranking';
import type { Status } from '@/lib/domain';
import { StatusBadge } from '@/components/ui/status-badge';

export type ComparisonColumn = { key: string; label: string; isHigherBetter: boolean; isMonitoring?: boolean };
export type ComparisonCell = {
  value: number | null;
  text: string;
  fraction?: string;
  status?: Status;
  statusLabel?: string;
};
export type ComparisonRow = {
  unitCode: string;
  unitName: string;
  grade: string;
  cells: Record<string, ComparisonCell>;
};
type Selection = { unit: string; year: number; month: number | null };

/**
 * One page of the ranking, rendered on the server: a column header links to the ranking by that column (best first,
 * a second click flips it), the rank column ranks all units by it.
 */
export async function ComparisonTable(props: {
  columns: ComparisonColumn[];
  rows: { row: ComparisonRow; rank: number | null }[];
  query: RankingQuery;
  selection: Selection;
}) {
  const { columns, rows, query, selection } = props;
  const t = await getTranslations('dashboard.compare');
  const column = columns.find((c) => c.key === query.key);
  const header = (key: string, label: string, isHigherBetter: boolean) => {
    const isSorted = query.key === key;
    const direction = isSorted ? (query.direction === 'asc' ? 'desc' : 'asc') : bestFirst(isHigherBetter);
    return (
      <th
        key={key}
        scope="col"
        aria-sort={isSorted ? (query.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <Link className="sort-link" href={rankingHref(selection, { key, direction, page: 1 })} scroll={false}>
          {label}
          <span aria-hidden="true">{isSorted ? (query.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </Link>
      </th>
    );
  };
  return (
    <>
      <p className="small" data-testid="sort-state">
        {t('sortedBy', {
          column: query.key === 'unit' ? t('unit') : (column?.label ?? ''),
          direction: t(query.direction),
        })}
      </p>
      <div className="table-wrap">
        <table className="data comparison" data-testid="comparison-table">
          <thead>
            <tr>
              <th scope="col">{t('rank')}</th>
              {header('unit', t('unit'), false)}
              {columns.map((c) => header(c.key, c.label, c.isHigherBetter))}
              <th scope="col">{t('grade')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row, rank }) => (
              <tr key={row.unitCode} data-unit={row.unitCode}>
                <td className="num">{rank ?? '—'}</td>
                <th scope="row">
                  <Link href={`/?unit=${row.unitCode}&year=${selection.year}`}>{row.unitName}</Link>
                </th>
                {columns.map((c) => {
                  const cell = row.cells[c.key];
                  return (
                    <td key={c.key} className="num">
                      <div>{cell?.text ?? '—'}</div>
                      {cell?.fraction && <div className="small muted">{cell.fraction}</div>}
                      {cell?.status && <StatusBadge status={cell.status} label={cell.statusLabel ?? ''} />}
                    </td>
                  );
                })}
                <td>{row.grade}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
