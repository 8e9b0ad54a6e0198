import type { PlanPerformance } from '@/lib/data/performance';
import type { Status } from '@/lib/domain';
import { formatCount, formatPercent } from '@/lib/format';
import { statusLabel } from '@/lib/reports/labels';
import { STATUS_ICON } from '@/components/ui/status-badge';

type Bar = { label: string; value: number; marker: number | null; scale: number; text: string; status: Status };

// Geometry only: each bar is a figure from the data layer drawn against its own scale (the year's target, or 100%).
function bars(plan: PlanPerformance): Bar[] {
  const items: Bar[] = [];
  for (const i of plan.indicators) {
    const f = i.figures;
    if (i.kind === 'COUNT' && f.ytdValue !== null && i.target) {
      items.push({
        label: i.name,
        value: f.ytdValue,
        marker: f.expected,
        scale: Math.max(i.target, f.ytdValue),
        text: `${formatCount(f.ytdValue, i.displayDivisor, i.displayUnit)} / ${i.targetText}`,
        status: f.status,
      });
    } else if (i.kind === 'RATIO' && f.ytdValue !== null) {
      items.push({
        label: i.name,
        value: f.ytdValue,
        marker: i.target,
        scale: Math.max(100, f.ytdValue),
        text: `${formatPercent(f.ytdValue)} / ${i.targetText}`,
        status: f.status,
      });
    }
  }
  if (plan.budget?.executionRate != null) {
    const b = plan.budget;
    items.push({
      label: '预算执行率',
      value: b.executionRate!,
      marker: b.timeProgress,
      scale: 100,
      text: `${formatPercent(b.executionRate)} / 序时进度 ${formatPercent(b.timeProgress)}`,
      status: b.status,
    });
  }
  return items;
}

/** A simple SVG bar per indicator (bar = year to date, tick = target or expected to date), with its words beside it. */
export function ProgressChart({ plan, title }: { plan: PlanPerformance; title: string }) {
  const items = bars(plan);
  const rowHeight = 22;
  const labelWidth = 150;
  const barWidth = 420;
  const height = items.length * rowHeight + 8;
  return (
    <figure className="report-chart">
      <figcaption className="small">{title}</figcaption>
      <svg width={labelWidth + barWidth + 330} height={height} role="img" aria-label={title}>
        {items.map((bar, index) => {
          const y = index * rowHeight + 4;
          const width = (Math.min(bar.value, bar.scale) / bar.scale) * barWidth;
          const marker =
            bar.marker === null ? null : labelWidth + (Math.min(bar.marker, bar.scale) / bar.scale) * barWidth;
          return (
            <g key={bar.label}>
              <text x={0} y={y + 13} fontSize={11}>
                {bar.label}
              </text>
              <rect x={labelWidth} y={y + 2} width={barWidth} height={14} fill="#eef1f4" />
              <rect
                x={labelWidth}
                y={y + 2}
                width={width}
                height={14}
                className={`report-bar report-bar-${bar.status}`}
              />
              {marker !== null && <line x1={marker} x2={marker} y1={y} y2={y + 18} stroke="#1f2933" strokeWidth={2} />}
              <text
                x={labelWidth + barWidth + 8}
                y={y + 13}
                fontSize={11}
              >{`${STATUS_ICON[bar.status]} ${statusLabel(bar.status)}　${bar.text}`}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
