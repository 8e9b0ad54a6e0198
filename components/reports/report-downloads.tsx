import { getTranslations } from 'next-intl/server';
import { REPORT_KINDS } from '@/lib/reports/model';
import { reportQueryString, type ReportParams } from '@/lib/reports/params';

/** The stable download addresses for the chosen options, and the printable page. */
export async function ReportDownloads({ params }: { params: Omit<ReportParams, 'kind'> }) {
  const t = await getTranslations('reports');
  const query = reportQueryString(params);
  const format = params.format.toUpperCase();
  const printQuery = new URLSearchParams(query);
  printQuery.delete('format');
  const docxQuery = new URLSearchParams(query);
  docxQuery.set('format', 'docx');
  return (
    <section className="panel" aria-labelledby="report-downloads">
      <h2 id="report-downloads" style={{ marginTop: 0 }}>
        {t('downloads')}
      </h2>
      <ul className="report-list">
        {REPORT_KINDS.map((kind) => (
          <li key={kind} style={{ marginBottom: '.75rem' }}>
            <a href={`/api/reports/${kind}?${query}`} download>
              {t('download', { report: t(`report.${kind}`), format })}
            </a>
            <div className="muted small">{t(`reportHint.${kind}`)}</div>
          </li>
        ))}
        <li style={{ marginBottom: '.75rem' }}>
          <a href={`/api/reports/self-evaluation-report?${docxQuery.toString()}`} download>
            {t('selfEvaluationReport')}
          </a>
          <div className="muted small">{t('selfEvaluationReportHint')}</div>
        </li>
        <li>
          {params.format === 'csv' ? (
            <span className="muted small">{t('allOnlyXlsxPdf')}</span>
          ) : (
            <a href={`/api/reports/all?${query}`} download>
              {t('downloadAll', { format })}
            </a>
          )}
        </li>
      </ul>
      <h2>{t('print')}</h2>
      <p>
        <a href={`/reports/print?${printQuery.toString()}`} target="_blank" rel="noopener">
          {t('printLink')}
        </a>
      </p>
      <p className="muted small">{t('printHint')}</p>
    </section>
  );
}
