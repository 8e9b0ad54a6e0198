import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MonthStateBadge } from '@/components/ui/status-badge';
import type { ProgressRow } from '@/lib/data/progress';

/** Unit × month grid; each cell is icon + word (never colour alone), overdue shown apart. */
export async function ProgressGrid({ rows, year }: { rows: ProgressRow[]; year: number }) {
  const [t, tc] = await Promise.all([getTranslations('entry'), getTranslations('common')]);
  return (
    <div className="table-wrap">
      <table className="data progress-grid">
        <caption>{t('progress.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.unit')}</th>
            {Array.from({ length: 12 }, (_, i) => (
              <th scope="col" key={i}>
                {tc('monthLabel', { month: i + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.unitCode}>
              <th scope="row">{row.unitName}</th>
              {row.cells.map((cell) => (
                <td key={cell.month}>
                  {cell.state === 'NOT_STARTED' || !row.hasPlan ? (
                    <span className="muted">{t('none')}</span>
                  ) : (
                    <Link
                      href={`/entry/${year}/${cell.month}?unit=${row.unitCode}`}
                      aria-label={`${row.unitName} ${tc('monthLabel', { month: cell.month })}`}
                    >
                      <MonthStateBadge state={cell.isOverdue ? 'OVERDUE' : cell.state} />
                      {cell.isOverdue && cell.state !== 'MISSING' && (
                        <span className="small">
                          {' '}
                          <MonthStateBadge state={cell.state} />
                        </span>
                      )}
                    </Link>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
