import { getTranslations } from 'next-intl/server';
import type { ReportParams } from '@/lib/reports/params';

type Props = { units: { code: string; name: string }[]; years: number[]; params: Omit<ReportParams, 'kind'> };

/**
 * A plain GET form (works without JavaScript): submitting it reloads the page with the download links for these
 * options.
 */
export async function ReportOptionsForm({ units, years, params }: Props) {
  const t = await getTranslations('reports');
  const unit = params.units === 'all' ? 'all' : params.units.join(',');
  return (
    <form method="get" action="/reports" className="panel" aria-labelledby="report-options">
      <h2 id="report-options" style={{ marginTop: 0 }}>
        {t('options')}
      </h2>
      <div className="row" style={{ alignItems: 'flex-end' }}>
        <div className="field">
          <label htmlFor="report-unit">{t('unit')}</label>
          <select id="report-unit" name="unit" defaultValue={unit}>
            <option value="all">{t('allUnits')}</option>
            {units.map((u) => (
              <option key={u.code} value={u.code}>{`${u.name}（${u.code}）`}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-year">{t('year')}</label>
          <select id="report-year" name="year" defaultValue={String(params.year)}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-month">{t('month')}</label>
          <select
            id="report-month"
            name="month"
            defaultValue={params.month ? String(params.month) : ''}
            aria-describedby="report-month-hint"
          >
            <option value="">{t('latestMonth')}</option>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {t('monthOption', { month: i + 1 })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-approved">{t('scope')}</label>
          <select
            id="report-approved"
            name="approvedOnly"
            defaultValue={String(params.approvedOnly)}
            aria-describedby="report-approved-hint"
          >
            <option value="true">{t('approvedOnly')}</option>
            <option value="false">{t('includeUnapproved')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-format">{t('format')}</label>
          <select id="report-format" name="format" defaultValue={params.format} aria-describedby="report-format-hint">
            <option value="xlsx">XLSX</option>
            <option value="csv">CSV</option>
            <option value="pdf">PDF</option>
          </select>
        </div>
        <div className="field">
          <button type="submit" className="btn">
            {t('apply')}
          </button>
        </div>
      </div>
      <ul className="muted small" style={{ margin: 0 }}>
        <li id="report-month-hint">{t('monthHint')}</li>
        <li id="report-approved-hint">{t('approvedOnlyHint')}</li>
        <li id="report-format-hint">{t('formatHint')}</li>
      </ul>
    </form>
  );
}
