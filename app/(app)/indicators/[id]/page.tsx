import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { IndicatorCharts } from '@/components/indicator/indicator-charts';
import { IndicatorHistory } from '@/components/indicator/indicator-history';
import { IndicatorSummary } from '@/components/indicator/indicator-summary';
import { AsOfForm } from '@/components/indicator/as-of-form';
import { MonthTable } from '@/components/indicator/month-table';
import { requirePermission } from '@/lib/auth/session';
import { dashboardHref, parseMonth, type SearchParams } from '@/lib/dashboard/params';
import { getIndicatorView } from '@/lib/data/dashboard';
import { countIndicatorEvidence } from '@/lib/data/evidence';
import { listIndicatorHistory } from '@/lib/data/history';
import { getQualitativeScore } from '@/lib/data/qualitative-score';
import { QualitativeScoreForm } from '@/components/indicator/qualitative-score-form';
import { can } from '@/lib/auth/permissions';
import { qualitativeBand } from '@/lib/domain';
import { MonthHistory } from '@/components/entry/month-history';
import '@/components/dashboard/dashboard.css';
import { parseId } from '@/lib/validation/ids';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function IndicatorPage({ params, searchParams }: Props) {
  const user = await requirePermission('dashboard.view');
  const [{ id }, search, t] = await Promise.all([params, searchParams, getTranslations('indicator')]);
  const indicatorId = parseId(id);
  if (indicatorId === null) notFound();
  // Read side by side: each read checks the unit itself. A manager asking for another unit's indicator gets the same
  // 404 as for one that does not exist.
  const [view, history, evidenceCounts, qualitative, td] = await Promise.all([
    getIndicatorView(user, indicatorId, parseMonth(search.asOf)),
    listIndicatorHistory(user, indicatorId),
    countIndicatorEvidence(user, indicatorId),
    can(user, 'scores.qualitative') ? getQualitativeScore(user, indicatorId) : null,
    getTranslations('domain'),
  ]);
  if (!view) notFound();
  const { plan, indicator, thresholds } = view;
  const rating = indicator.figures.ytdRating;
  return (
    <>
      <p className="no-print small">
        <Link href={dashboardHref({ unit: plan.unit.code, year: plan.year, month: plan.asOf })}>← {t('back')}</Link>
      </p>
      <h1>
        {indicator.name}
        {indicator.isMonitoring && <span className="badge badge-projection title-badge">{t('monitoringBadge')}</span>}
      </h1>
      <p className="muted">
        {t('subtitle', {
          unit: plan.unit.name,
          year: plan.year,
          month: plan.asOf,
          level1: indicator.level1,
          level2: indicator.level2,
        })}
      </p>
      <AsOfForm indicatorId={indicator.id} asOf={plan.asOf} />
      <IndicatorSummary indicator={indicator} asOf={plan.asOf} />
      {qualitative && (
        <QualitativeScoreForm
          indicatorId={indicator.id}
          version={qualitative.version}
          score={qualitative.score}
          weight={qualitative.weight}
          band={rating ? qualitativeBand(rating, qualitative.weight) : null}
          ratingLabel={rating ? td(`rating.${rating}`) : null}
        />
      )}
      <IndicatorCharts indicator={indicator} thresholds={thresholds} />
      <MonthTable indicator={indicator} months={plan.months} evidenceCounts={evidenceCounts} />
      <IndicatorHistory indicator={indicator} months={plan.months}>
        <MonthHistory entries={history} title={t('auditTrail')} showMonth />
      </IndicatorHistory>
    </>
  );
}
