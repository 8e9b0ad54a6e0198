'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { nextSort, ranks, sortBy, type SortDirection } from '@/lib/dashboard/ranking';
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

/** Sortable by clicking a column header; the rank column ranks the units by the sorted column, best first. */
export function ComparisonTable({ columns, rows }: { columns: ComparisonColumn[]; rows: ComparisonRow[] }) {
  const t = useTranslations('dashboard.compare');
  const [sort, setSort] = useState<{ key: string; direction: SortDirection }>({ key: 'total', direction: 'desc' });
  const column = columns.find((c) => c.key === sort.key);
  const valueOf = (row: ComparisonRow) => (sort.key === 'unit' ? row.unitName : (row.cells[sort.key]?.value ?? null));
  const sorted = sortBy(rows, valueOf, sort.direction);
  const rankOf = new Map(
    column
      ? ranks(
          rows.map((r) => r.cells[column.key]?.value ?? null),
          column.isHigherBetter,
        ).map((rank, i) => [rows[i].unitCode, rank])
      : [],
  );
  const header = (key: string, label: string, isHigherBetter: boolean) => (
    <th
      key={key}
      scope="col"
      aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, key, isHigherBetter))}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
  return (
    <>
      <p className="small" aria-live="polite" data-testid="sort-state">
        {t('sortedBy', {
          column: sort.key === 'unit' ? t('unit') : (column?.label ?? ''),
          direction: t(sort.direction),
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
            {sorted.map((row) => (
              <tr key={row.unitCode} data-unit={row.unitCode}>
                <td className="num">{rankOf.get(row.unitCode) ?? '—'}</td>
                <th scope="row">{row.unitName}</th>
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
