import { getLocale, getTranslations } from 'next-intl/server';
import { ReportDownloads } from '@/components/reports/report-downloads';
import { ReportOptionsForm } from '@/components/reports/report-options-form';
import { requirePermission } from '@/lib/auth/session';
import { listPlanYears, listVisibleUnits } from '@/lib/data/performance';
import { toLocale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { parseReportQuery } from '@/lib/reports/params';

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission('reports.export');
  const [t, locale, units, years, query] = await Promise.all([
    getTranslations('reports'),
    getLocale(),
    listVisibleUnits(user),
    listPlanYears(user),
    searchParams,
  ]);
  if (years.length === 0) return <p className="panel">{t('noPlans')}</p>;
  const defaults = { unit: units[0]?.code ?? 'all', year: String(years[0]), format: 'xlsx', approvedOnly: 'true' };
  const parsed = parseReportQuery('monitoring', { ...defaults, ...query });
  const fallback = parseReportQuery('monitoring', defaults);
  const { kind: _kind, ...params } = parsed.ok
    ? parsed.params
    : fallback.ok
      ? fallback.params
      : (() => {
          throw new Error('bad defaults');
        })();
  void _kind;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {!parsed.ok && (
        <p className="form-error" role="alert">
          {translator(toLocale(locale)).text(parsed.message)}
        </p>
      )}
      <ReportOptionsForm units={units} years={years} params={params} />
      <ReportDownloads params={params} />
    </>
  );
}
