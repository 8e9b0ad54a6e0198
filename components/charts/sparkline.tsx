'use client';

import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import type { SparkPoint } from '@/lib/dashboard/chart-data';
import { SERIES, SPARK_HEIGHT, STATUS_COLORS } from './chart-config';
import type { Status } from '@/lib/domain';

/** A tile's monthly trend; decorative — the tile's figures and its <details> table carry the same data. */
export function Sparkline({ points, status }: { points: SparkPoint[]; status: Status }) {
  return (
    <div className="sparkline" aria-hidden="true" data-testid="sparkline">
      <ResponsiveContainer width="100%" height={SPARK_HEIGHT}>
        <LineChart accessibilityLayer={false} data={points} margin={{ top: 4, right: 4, bottom: 4, left: 4 }}>
          <YAxis hide domain={['dataMin', 'dataMax']} />
          <Line
            type="monotone"
            dataKey="value"
            stroke={SERIES.value.color}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
            dot={(props: { cx?: number; cy?: number; index?: number }) =>
              props.index === points.length - 1 ? (
                <circle key="last" cx={props.cx} cy={props.cy} r={3} fill={STATUS_COLORS[status]} />
              ) : (
                <g key={props.index} />
              )
            }
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
