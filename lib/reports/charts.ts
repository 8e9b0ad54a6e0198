// The indicator charts of the PDF reports, from the same chart rows the indicator page draws (lib/dashboard/
// chart-data, itself the engine's figures in display units): monthly values as bars with the target line, and for
// volumes the cumulative against 序时进度 with the projection in force. Labels are the page's, in Chinese.
import { countChartRows, ratioChartRows } from '@/lib/dashboard/chart-data';
import type { IndicatorPerformance, PlanPerformance } from '@/lib/data/performance';
import indicatorText from '@/lib/i18n/messages/zh-CN/indicator.json';
import type { ReportChart } from './model';

const series = indicatorText.series;
const byMonth = <T extends { month: number }>(rows: T[], pick: (row: T) => number | null) =>
  Array.from({ length: 12 }, (_, i) => {
    const row = rows.find((r) => r.month === i + 1);
    return row ? pick(row) : null;
  });

function countCharts(indicator: IndicatorPerformance): ReportChart[] {
  const rows = countChartRows(indicator);
  const unit = indicator.displayUnit;
  const target =
    indicator.target === null ? null : { label: series.target, value: indicator.target / indicator.displayDivisor };
  return [
    {
      title: `${indicator.name}：${indicatorText.cumulativeChart}`,
      unit,
      digits: 2,
      bars: null,
      lines: [
        { label: series.cumulative, values: byMonth(rows, (r) => r.cumulative), style: 'solid' },
        { label: series.expected, values: byMonth(rows, (r) => r.expected), style: 'dotted' },
        { label: series.projection, values: byMonth(rows, (r) => r.projection), style: 'dashed' },
      ],
      target,
    },
    {
      title: `${indicator.name}：${indicatorText.monthlyChart}`,
      unit,
      digits: 2,
      bars: { label: series.value, values: byMonth(rows, (r) => r.value) },
      lines: [{ label: series.lastYear, values: byMonth(rows, (r) => r.lastYear), style: 'dotted' }],
      target: null,
    },
  ];
}

function ratioCharts(indicator: IndicatorPerformance): ReportChart[] {
  const rows = ratioChartRows(indicator);
  return [
    {
      title: `${indicator.name}：${indicatorText.monthlyChart}`,
      unit: '%',
      digits: 2,
      bars: { label: series.value, values: byMonth(rows, (r) => r.value) },
      lines: [
        { label: series.ytdRate, values: byMonth(rows, (r) => r.cumulative), style: 'solid' },
        { label: series.lastYear, values: byMonth(rows, (r) => r.lastYear), style: 'dotted' },
      ],
      target: indicator.target === null ? null : { label: series.target, value: indicator.target },
    },
  ];
}

/** Every COUNT and RATIO indicator's charts, in the plan's order; qualitative indicators have none. */
export function planCharts(plan: PlanPerformance): ReportChart[] {
  return plan.indicators.flatMap((indicator) =>
    indicator.kind === 'COUNT' ? countCharts(indicator) : indicator.kind === 'RATIO' ? ratioCharts(indicator) : [],
  );
}
