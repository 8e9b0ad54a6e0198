'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CountChartRow, RateForecastRow } from '@/lib/dashboard/chart-data';
import { formatNumber, type FormatLocale } from '@/lib/format';
import { CHART_HEIGHT, CHART_MARGIN, SERIES } from './chart-config';
import { ChartTooltip } from './chart-tooltip';
import { TargetKey, targetLines } from './target-key';

type LineKey = 'cumulative' | 'expected' | 'projection' | 'lastYearCumulative' | 'forecast';

const line = (key: LineKey, name: string, width = 2) => (
  <Line
    key={key}
    dataKey={key}
    name={name}
    stroke={SERIES[key].color}
    strokeWidth={width}
    isAnimationActive={false}
    strokeDasharray={'dash' in SERIES[key] ? (SERIES[key] as { dash: string }).dash : undefined}
    dot={key === 'cumulative'}
  />
);

// a shaded range between two values per month: [low, high] in the row's key
const band = (key: 'warningBand' | 'forecastBand', name: string, colors: { color: string; stroke?: string }) => (
  <Area
    key={key}
    className={key === 'warningBand' ? 'warning-band' : 'forecast-band'}
    dataKey={key}
    name={name}
    fill={colors.color}
    stroke={colors.stroke ?? 'none'}
    isAnimationActive={false}
  />
);

/**
 * COUNT: the running total against the 序时 pace line with its 预警 band and the annual target, the projection to
 * December, the seasonal forecast with its 80% band, last year's running total. RATIO (isRate): the YTD rate, the
 * forecast and its band, the target.
 */
export function CumulativeChart({
  rows,
  unit,
  target,
  originalTarget = null,
  isRate = false,
}: {
  rows: (CountChartRow | RateForecastRow)[];
  unit: string;
  target: number | null;
  originalTarget?: number | null;
  isRate?: boolean;
}) {
  const t = useTranslations('indicator.series');
  const locale = useLocale() as FormatLocale;
  const data = rows.map((r) => ({
    ...r,
    forecastBand: r.forecastLow === null || r.forecastHigh === null ? null : [r.forecastLow, r.forecastHigh],
    warningBand: 'warningLow' in r && r.warningLow !== null ? [r.warningLow, r.warningHigh] : null,
  }));
  const hasBand = data.some((r) => r.forecastBand !== null);
  const hasWarningBand = data.some((r) => r.warningBand !== null);
  return (
    <div className="chart" data-testid={isRate ? 'rate-forecast-chart' : 'cumulative-chart'}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={data} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" />
          <YAxis
            width={56}
            domain={isRate ? ['auto', 'auto'] : undefined}
            tickFormatter={(v: number) => formatNumber(v, locale, isRate ? 1 : 0)}
          />
          {hasWarningBand && band('warningBand', t('band'), SERIES.band)}
          {hasBand && band('forecastBand', t('forecastBand'), SERIES.forecastBand)}
          {!isRate && line('lastYearCumulative', t('lastYearCumulative'), 1)}
          {!isRate && line('expected', t('expected'))}
          {!isRate && line('projection', t('projection'))}
          {line('forecast', t('forecast'))}
          {line('cumulative', t(isRate ? 'ytdRate' : 'cumulative'), 3)}
          {targetLines(target, originalTarget)}
          <Tooltip content={<ChartTooltip unit={unit} digits={2} />} />
          <Legend />
        </ComposedChart>
      </ResponsiveContainer>
      <TargetKey target={target} originalTarget={originalTarget} unit={unit} digits={2} />
    </div>
  );
}
