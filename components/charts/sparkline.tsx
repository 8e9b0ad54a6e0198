import type { SparkPoint } from '@/lib/dashboard/chart-data';
import { SERIES, SPARK_HEIGHT, STATUS_COLORS } from './chart-config';
import type { Status } from '@/lib/domain';

const WIDTH = 100;
const PAD = 4;

/**
 * A tile's monthly trend; decorative — the tile's figures and its <details> table carry the same data. Drawn on the
 * server as a plain SVG line, so the 驾驶舱 loads no charting code for it.
 */
export function Sparkline({ points, status }: { points: SparkPoint[]; status: Status }) {
  const known = points.filter((p): p is { month: number; value: number } => p.value !== null);
  const values = known.map((p) => p.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const x = (i: number) => PAD + (points.length > 1 ? (i / (points.length - 1)) * (WIDTH - 2 * PAD) : 0);
  const y = (v: number) => (max > min ? PAD + ((max - v) / (max - min)) * (SPARK_HEIGHT - 2 * PAD) : SPARK_HEIGHT / 2);
  const coordinates = points.flatMap((p, i) => (p.value === null ? [] : [[x(i), y(p.value)] as const]));
  const last = coordinates.at(-1);
  return (
    <div className="sparkline" aria-hidden="true" data-testid="sparkline">
      <svg width="100%" height={SPARK_HEIGHT} viewBox={`0 0 ${WIDTH} ${SPARK_HEIGHT}`} preserveAspectRatio="none">
        {coordinates.length > 1 && (
          <polyline
            points={coordinates.map(([a, b]) => `${a.toFixed(2)},${b.toFixed(2)}`).join(' ')}
            fill="none"
            stroke={SERIES.value.color}
            strokeWidth={2}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
          />
        )}
        {last && (
          // a zero-length line with round caps: a dot that stays round however the line is stretched
          <line
            x1={last[0]}
            y1={last[1]}
            x2={last[0]}
            y2={last[1]}
            stroke={STATUS_COLORS[status]}
            strokeWidth={6}
            strokeLinecap="round"
            vectorEffect="non-scaling-stroke"
          />
        )}
      </svg>
    </div>
  );
}
