import Link from 'next/link';
import { notFound, forbidden } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ReportDocument } from '@/components/reports/report-document';
import { PrintButton } from '@/components/reports/print-button';
import { requirePermission } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/translate';
import { loadPrintableReports } from '@/lib/reports/export';
import { parseReportQuery, reportQueryString } from '@/lib/reports/params';
import './print.css';

export const dynamic = 'force-dynamic';

export default async function ReportsPrintPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission('reports.export');
  const [t, locale] = await Promise.all([getTranslations('reports'), getLocale()]);
  const parsed = parseReportQuery('all', { ...(await searchParams), format: 'pdf' });
  if (!parsed.ok)
    return (
      <p className="form-error" role="alert">
        {translator(toLocale(locale)).text(parsed.message)}
      </p>
    );
  const loaded = await loadPrintableReports(user, parsed.params).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'FORBIDDEN') forbidden();
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return (
    <div className="report-print">
      <div className="row no-print" style={{ marginBottom: '1rem' }}>
        <h1 style={{ margin: 0 }}>{t('printPage.title')}</h1>
        <PrintButton label={t('printPage.printButton')} />
        <Link href={`/reports?${reportQueryString({ ...parsed.params, format: 'xlsx' })}`}>{t('printPage.back')}</Link>
      </div>
      {loaded.models.map((model) => (
        <ReportDocument
          key={model.kind}
          model={model}
          plans={model.kind === 'monitoring' ? loaded.plans : undefined}
          chartTitle={model.kind === 'monitoring' ? t('printPage.charts') : undefined}
        />
      ))}
    </div>
  );
}
