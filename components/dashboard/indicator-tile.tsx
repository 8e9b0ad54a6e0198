import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Sparkline } from '@/components/charts/sparkline';
import { ChartDataTable } from '@/components/charts/chart-data-table';
import { sparkPoints } from '@/lib/dashboard/chart-data';
import type { IndicatorPerformance } from '@/lib/data/performance';
import {
  formatChange,
  formatCount,
  formatFraction,
  formatIndicatorValue,
  formatPercent,
  type FormatLocale,
} from '@/lib/format';
import { StatusBadge } from '@/components/ui/status-badge';

/** One indicator: YTD against target, status, n / N or pace, projection, 同比 and the monthly trend. */
export async function IndicatorTile({ indicator, asOf }: { indicator: IndicatorPerformance; asOf: number }) {
  const [t, td, tc, locale] = await Promise.all([
    getTranslations('dashboard'),
    getTranslations('domain'),
    getTranslations('common'),
    getLocale() as Promise<FormatLocale>,
  ]);
  const f = indicator.figures;
  const headingId = `tile-${indicator.id}`;
  const value = (v: number | null) => formatIndicatorValue(v, indicator, locale);
  const yoy = indicator.kind === 'COUNT' ? formatChange(f.yoy, '%', locale) : formatChange(f.yoyPp, 'pp', locale);
  return (
    <article className="panel tile" aria-labelledby={headingId} data-code={indicator.code}>
      <div className="tile-head">
        <h3 id={headingId}>
          <Link href={`/indicators/${indicator.id}?asOf=${asOf}`}>{indicator.name}</Link>
        </h3>
        <StatusBadge status={f.status} label={td(`status.${f.status}`)} />
      </div>
      <div className="small muted">{t('ytd', { month: asOf })}</div>
      <div className="tile-value" data-testid="tile-ytd">
        {indicator.kind === 'QUALITATIVE' ? (f.ytdRating ? td(`rating.${f.ytdRating}`) : '—') : value(f.ytdValue)}
      </div>
      <dl className="tile-facts small">
        <dt>{t('target')}</dt>
        <dd>{indicator.targetText}</dd>
        {indicator.kind === 'RATIO' && (
          <>
            <dt>n / N</dt>
            <dd data-testid="tile-fraction">{formatFraction(f.ytdNumerator, f.ytdDenominator, locale)}</dd>
          </>
        )}
        {indicator.kind === 'COUNT' && (
          <>
            <dt>{t('pace')}</dt>
            <dd data-testid="tile-pace">{formatPercent(f.pace, locale)}</dd>
            <dt>{t('expected')}</dt>
            <dd>{formatCount(f.expected, indicator.displayDivisor, indicator.displayUnit, locale)}</dd>
          </>
        )}
        {indicator.kind !== 'QUALITATIVE' && (
          <>
            <dt data-testid="tile-projection-label">{t(f.isProjected ? 'projection' : 'yearActual')}</dt>
            <dd>{value(f.projection)}</dd>
          </>
        )}
        {f.forecast && (
          <>
            <dt>{t('forecast')}</dt>
            <dd data-testid="tile-forecast">{value(f.forecast.value)}</dd>
            <dt>{t('forecastInterval')}</dt>
            <dd data-testid="tile-forecast-interval">
              {f.forecast.low === null ? '—' : `${value(f.forecast.low)} – ${value(f.forecast.high)}`}
            </dd>
            <dt>{t('probability')}</dt>
            <dd data-testid="tile-probability">
              {formatPercent(f.forecast.probability === null ? null : f.forecast.probability * 100, locale, 0)}
            </dd>
          </>
        )}
        <dt>{t('yoy')}</dt>
        <dd data-testid="tile-yoy">{yoy}</dd>
      </dl>
      {f.targetMayBeTooLow && <p className="small tile-flag">{td('targetMayBeTooLow')}</p>}
      <Sparkline points={sparkPoints(indicator)} status={f.status} />
      <ChartDataTable
        summary={t('monthlyData')}
        table={{
          caption: `${indicator.name} · ${t('monthlyData')}`,
          headers: [t('monthCol'), t('valueCol')],
          rows: f.monthly.map((m) => [tc('monthLabel', { month: m.month }), value(m.value)]),
        }}
      />
    </article>
  );
}
