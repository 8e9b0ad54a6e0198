'use client';

import { useLocale, useTranslations } from 'next-intl';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CountChartRow } from '@/lib/dashboard/chart-data';
import { formatNumber, type FormatLocale } from '@/lib/format';
import { CHART_HEIGHT, CHART_MARGIN, SERIES } from './chart-config';
import { ChartTooltip } from './chart-tooltip';
import { TargetKey } from './target-key';

const line = (key: 'cumulative' | 'expected' | 'projection' | 'lastYearCumulative', name: string, width = 2) => (
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

/**
 * COUNT: the running total against the 序时 pace line and the annual target, the projection to December, last year's
 * running total.
 */
export function CumulativeChart({
  rows,
  unit,
  target,
  originalTarget = null,
}: {
  rows: CountChartRow[];
  unit: string;
  target: number | null;
  originalTarget?: number | null;
}) {
  const t = useTranslations('indicator.series');
  const locale = useLocale() as FormatLocale;
  return (
    <div className="chart" data-testid="cumulative-chart">
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" />
          <YAxis width={56} tickFormatter={(v: number) => formatNumber(v, locale, 0)} />
          {line('lastYearCumulative', t('lastYearCumulative'), 1)}
          {line('expected', t('expected'))}
          {line('projection', t('projection'))}
          {line('cumulative', t('cumulative'), 3)}
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke={SERIES.target.color}
              strokeDasharray={SERIES.target.dash}
              strokeWidth={2}
              ifOverflow="extendDomain"
            />
          )}
          {originalTarget != null && originalTarget !== target && (
            <ReferenceLine
              y={originalTarget}
              stroke={SERIES.lastYear.color}
              strokeDasharray={SERIES.target.dash}
              ifOverflow="extendDomain"
            />
          )}
          <Tooltip content={<ChartTooltip unit={unit} digits={2} />} />
          <Legend />
        </ComposedChart>
      </ResponsiveContainer>
      <TargetKey target={target} originalTarget={originalTarget} unit={unit} digits={2} />
    </div>
  );
}
