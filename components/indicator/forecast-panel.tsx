import { getLocale, getTranslations } from 'next-intl/server';
import { CumulativeChart } from '@/components/charts/cumulative-chart';
import { MonthChartTable } from '@/components/indicator/month-chart-table';
import { rateForecastRows } from '@/lib/dashboard/chart-data';
import type { IndicatorPerformance } from '@/lib/data/performance';
import { formatIndicatorValue, formatPercent, type FormatLocale } from '@/lib/format';

/** The full-year forecast in words: value, 80% interval, probability, what it rests on and the rule of the score. */
export async function ForecastSummary({ indicator }: { indicator: IndicatorPerformance }) {
  const [t, locale] = await Promise.all([getTranslations('indicator.forecast'), getLocale() as Promise<FormatLocale>]);
  const f = indicator.figures.forecast;
  if (!f) return null;
  const value = (v: number | null) => formatIndicatorValue(v, indicator, locale);
  const probability = f.probability === null ? null : formatPercent(f.probability * 100, locale, 0);
  return (
    <div className="small" data-testid="forecast-summary">
      <p>
        <strong>{t('title')}</strong>{' '}
        {f.low !== null && f.high !== null && probability !== null
          ? t('summary', { value: value(f.value), low: value(f.low), high: value(f.high), probability })
          : t('noInterval', { value: value(f.value) })}
      </p>
      <p className="muted">
        {f.method === 'SEASONAL' ? t('seasonalBasis', { years: f.priorYears }) : t('planBasis')}{' '}
        {t(indicator.figures.projectionMethod === 'SEASONAL' ? 'methodSEASONAL' : 'methodLINEAR')}
      </p>
    </div>
  );
}

/** RATIO: the YTD rate to the as-of month and the forecast rate to December with its band and the target. */
export async function RateForecastPanel({ indicator }: { indicator: IndicatorPerformance }) {
  const [t, locale] = await Promise.all([getTranslations('indicator'), getLocale() as Promise<FormatLocale>]);
  if (!indicator.figures.forecast) return null;
  const rows = rateForecastRows(indicator);
  const pct = (v: number | null) => formatPercent(v, locale);
  return (
    <section className="panel" aria-labelledby="chart-rate-forecast">
      <h2 id="chart-rate-forecast">{t('forecast.rateChart')}</h2>
      <ForecastSummary indicator={indicator} />
      <CumulativeChart
        rows={rows}
        unit="%"
        target={indicator.target}
        originalTarget={indicator.originalTarget?.target}
        isRate
      />
      <MonthChartTable
        caption={t('forecast.rateChart')}
        testId="rate-forecast-table"
        headers={[
          t('series.ytdRate'),
          t('series.forecast'),
          t('series.forecastLow'),
          t('series.forecastHigh'),
          t('series.target'),
        ]}
        rows={rows}
        cells={(r) => [
          pct(r.cumulative),
          pct(r.forecast),
          pct(r.forecastLow),
          pct(r.forecastHigh),
          pct(indicator.target),
        ]}
      />
    </section>
  );
}
