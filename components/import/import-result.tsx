'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ImportSummary } from '@/lib/data/import';

/** What an import did: rows per month, with the way on to each month's entry page (deviation records, submission). */
export function ImportResult({ summary }: { summary: ImportSummary }) {
  const t = useTranslations('import');
  if (summary.changed === 0)
    return (
      <div className="form-ok" role="status">
        {t('nothingChanged')}
      </div>
    );
  return (
    <section aria-labelledby="import-result-title">
      <div className="form-ok" role="status">
        {t('applied', { changed: summary.changed, unchanged: summary.unchanged })}
      </div>
      <h2 id="import-result-title">{t('resultTitle')}</h2>
      <div className="table-wrap">
        <table className="data">
          <caption className="muted small">{t('summaryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summaryMonth')}</th>
              <th scope="col" className="num">
                {t('summaryRows')}
              </th>
              <th scope="col">{t('summaryNext')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.months.map((m) => {
              const name = t('monthName', { unit: m.unitName, year: m.year, month: m.month });
              return (
                <tr key={`${m.unitCode}-${m.year}-${m.month}`}>
                  <th scope="row">{name}</th>
                  <td className="num">{m.rows}</td>
                  <td>
                    <Link
                      href={`/entry/${m.year}/${m.month}?unit=${encodeURIComponent(m.unitCode)}`}
                      aria-label={`${t('openEntry')}：${name}`}
                    >
                      {t('openEntry')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
