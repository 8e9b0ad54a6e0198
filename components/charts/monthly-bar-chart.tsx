'use client';

import { useLocale, useTranslations } from 'next-intl';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Band } from '@/lib/dashboard/chart-data';
import type { Status } from '@/lib/domain';
import { formatNumber, type FormatLocale } from '@/lib/format';
import { CHART_HEIGHT, CHART_MARGIN, SERIES, STATUS_COLORS } from './chart-config';
import { ChartTooltip } from './chart-tooltip';
import { TargetKey, targetLines } from './target-key';

export type MonthlyBarRow = {
  month: number;
  value: number | null;
  lastYear: number | null;
  cumulative?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  status: Status;
};

type Props = {
  rows: MonthlyBarRow[];
  unit: string;
  digits: number;
  target?: number | null;
  originalTarget?: number | null;
  band?: Band | null;
  isRate: boolean;
};

/**
 * Monthly values as bars coloured by status, the target as a reference line, the yellow band shaded, YTD and last year
 * as lines.
 */
export function MonthlyBarChart({
  rows,
  unit,
  digits,
  target = null,
  originalTarget = null,
  band = null,
  isRate,
}: Props) {
  const t = useTranslations('indicator.series');
  const locale = useLocale() as FormatLocale;
  const figures = rows
    .flatMap((r) => [r.value, r.lastYear, r.cumulative ?? null])
    .filter((v): v is number => v !== null);
  const low = isRate ? Math.floor(Math.min(...figures, band?.from ?? Infinity, target ?? Infinity) - 2) : 0;
  const high = isRate ? Math.ceil(Math.max(...figures, band?.to ?? -Infinity, target ?? -Infinity) + 1) : 'auto';
  return (
    <div className="chart" data-testid="monthly-chart">
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <ComposedChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tickFormatter={(m: number) => `${m}`} />
          <YAxis
            domain={[Math.max(0, low), isRate ? Math.min(100, high as number) : high]}
            allowDataOverflow
            width={56}
            tickFormatter={(v: number) => formatNumber(v, locale, 0) + (isRate ? '%' : '')}
          />
          {band && (
            <ReferenceArea
              y1={band.from}
              y2={band.to}
              fill={SERIES.band.color}
              stroke={SERIES.band.stroke}
              ifOverflow="extendDomain"
            />
          )}
          <Bar dataKey="value" name={t('value')} fill={SERIES.value.color} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.month} fill={STATUS_COLORS[r.status]} />
            ))}
          </Bar>
          {isRate && (
            <Line
              dataKey="cumulative"
              name={t('ytdRate')}
              stroke={SERIES.ytdRate.color}
              strokeWidth={2}
              isAnimationActive={false}
            />
          )}
          <Line
            dataKey="lastYear"
            name={t('lastYear')}
            stroke={SERIES.lastYear.color}
            strokeDasharray={SERIES.lastYear.dash}
            isAnimationActive={false}
            connectNulls
          />
          {targetLines(target, originalTarget)}
          <Tooltip content={<ChartTooltip unit={unit} digits={digits} />} />
          <Legend />
        </ComposedChart>
      </ResponsiveContainer>
      <TargetKey target={target} originalTarget={originalTarget} unit={unit} digits={digits} />
    </div>
  );
}
