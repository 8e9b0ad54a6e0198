import { getLocale, getTranslations } from 'next-intl/server';
import { CumulativeChart } from '@/components/charts/cumulative-chart';
import { MonthlyBarChart } from '@/components/charts/monthly-bar-chart';
import { ForecastSummary, RateForecastPanel } from '@/components/indicator/forecast-panel';
import { MonthChartTable } from '@/components/indicator/month-chart-table';
import { countChartRows, ratioChartRows, yellowBand } from '@/lib/dashboard/chart-data';
import type { IndicatorPerformance } from '@/lib/data/performance';
import { formatFraction, formatNumber, formatPercent, type FormatLocale } from '@/lib/format';

const COUNT_CUMULATIVE_SERIES = [
  'cumulative',
  'expected',
  'projection',
  'forecast',
  'forecastLow',
  'forecastHigh',
  'lastYearCumulative',
] as const;

/** The indicator's charts, each followed by the same data as a table. */
export async function IndicatorCharts({
  indicator,
  tolerancePp,
}: {
  indicator: IndicatorPerformance;
  tolerancePp: number;
}) {
  const [t, locale] = await Promise.all([getTranslations('indicator'), getLocale() as Promise<FormatLocale>]);
  if (indicator.kind === 'RATIO') {
    const rows = ratioChartRows(indicator);
    const band = yellowBand(indicator, tolerancePp);
    const pct = (v: number | null) => formatPercent(v, locale);
    return (
      <>
        <section className="panel" aria-labelledby="chart-monthly">
          <h2 id="chart-monthly">{t('monthlyChart')}</h2>
          <MonthlyBarChart
            rows={rows}
            unit="%"
            digits={2}
            target={indicator.target}
            originalTarget={indicator.originalTarget?.target}
            band={band}
            isRate
          />
          {band && <p className="small muted">{t('bandNote', { pp: tolerancePp })}</p>}
          <MonthChartTable
            caption={t('monthlyChart')}
            testId="monthly-chart-table"
            headers={[t('series.value'), t('fraction'), t('series.ytdRate'), t('series.lastYear'), t('series.target')]}
            rows={rows}
            cells={(r) => [
              pct(r.value),
              formatFraction(r.numerator, r.denominator, locale),
              pct(r.cumulative),
              pct(r.lastYear),
              pct(indicator.target),
            ]}
          />
        </section>
        <RateForecastPanel indicator={indicator} />
      </>
    );
  }
  if (indicator.kind !== 'COUNT') return null;
  const d = indicator.displayDivisor;
  const unit = indicator.displayUnit;
  const rows = countChartRows(indicator);
  const asOf = indicator.figures.monthly.length;
  const wan = (v: number | null) => (v === null ? '—' : `${formatNumber(v, locale, 2)}${unit}`);
  const target = indicator.target === null ? null : indicator.target / d;
  const original = indicator.originalTarget?.target == null ? null : indicator.originalTarget.target / d;
  const monthlyRows = rows.slice(0, asOf).map((r, i) => ({
    month: r.month,
    value: r.value,
    lastYear: r.lastYear,
    status: indicator.figures.monthly[i].status,
  }));
  return (
    <>
      <section className="panel" aria-labelledby="chart-cumulative">
        <h2 id="chart-cumulative">{t('cumulativeChart')}</h2>
        <ForecastSummary indicator={indicator} />
        <CumulativeChart rows={rows} unit={unit} target={target} originalTarget={original} />
        <MonthChartTable
          caption={t('cumulativeChart')}
          testId="cumulative-chart-table"
          headers={COUNT_CUMULATIVE_SERIES.map((key) => t(`series.${key}`))}
          rows={rows}
          cells={(r) => COUNT_CUMULATIVE_SERIES.map((key) => wan(r[key]))}
        />
      </section>
      <section className="panel" aria-labelledby="chart-monthly">
        <h2 id="chart-monthly">{t('monthlyChart')}</h2>
        <MonthlyBarChart rows={monthlyRows} unit={unit} digits={2} isRate={false} />
        <MonthChartTable
          caption={t('monthlyChart')}
          testId="monthly-chart-table"
          headers={[t('series.value'), t('series.lastYear')]}
          rows={monthlyRows}
          cells={(r) => [wan(r.value), wan(r.lastYear)]}
        />
      </section>
    </>
  );
}
