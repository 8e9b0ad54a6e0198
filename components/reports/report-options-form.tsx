import { getLocale, getTranslations } from 'next-intl/server';
import { MONTHS, SelectField } from '@/components/ui/select-field';
import { toLocale } from '@/lib/i18n/config';
import { withNote } from '@/lib/i18n/message-text';
import type { ReportParams } from '@/lib/reports/params';

type Props = { units: { code: string; name: string }[]; years: number[]; params: Omit<ReportParams, 'kind'> };

/**
 * A plain GET form (works without JavaScript): submitting it reloads the page with the download links for these
 * options.
 */
export async function ReportOptionsForm({ units, years, params }: Props) {
  const [t, locale] = await Promise.all([getTranslations('reports'), getLocale()]);
  const unit = params.units === 'all' ? 'all' : params.units.join(',');
  return (
    <form method="get" action="/reports" className="panel" aria-labelledby="report-options">
      <h2 id="report-options" style={{ marginTop: 0 }}>
        {t('options')}
      </h2>
      <div className="row" style={{ alignItems: 'flex-end' }}>
        <SelectField
          id="report-unit"
          name="unit"
          label={t('unit')}
          defaultValue={unit}
          choices={[
            { value: 'all', label: t('allUnits') },
            ...units.map((u) => ({ value: u.code, label: withNote(u.name, u.code, toLocale(locale)) })),
          ]}
        />
        <SelectField
          id="report-year"
          name="year"
          label={t('year')}
          defaultValue={String(params.year)}
          choices={years.map((y) => ({ value: y, label: String(y) }))}
        />
        <SelectField
          id="report-month"
          name="month"
          label={t('month')}
          defaultValue={params.month ? String(params.month) : ''}
          describedBy="report-month-hint"
          choices={[
            { value: '', label: t('latestMonth') },
            ...MONTHS.map((m) => ({ value: m, label: t('monthOption', { month: m }) })),
          ]}
        />
        <SelectField
          id="report-approved"
          name="approvedOnly"
          label={t('scope')}
          defaultValue={String(params.approvedOnly)}
          describedBy="report-approved-hint"
          choices={[
            { value: 'true', label: t('approvedOnly') },
            { value: 'false', label: t('includeUnapproved') },
          ]}
        />
        <SelectField
          id="report-format"
          name="format"
          label={t('format')}
          defaultValue={params.format}
          describedBy="report-format-hint"
          choices={(['xlsx', 'csv', 'pdf'] as const).map((f) => ({ value: f, label: f.toUpperCase() }))}
        />
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
