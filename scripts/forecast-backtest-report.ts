// The backtest table of `npm run forecast:backtest` (scripts/forecast-backtest.ts), from plans shaped like the demo's.
import {
  backtestTable,
  type BudgetMonth,
  FORECAST_HISTORY_YEARS,
  seasonalBeatsLinear,
  completeSeries,
  costControlMonths,
  monthlyProfile,
  seasonalWinsTable,
  type BacktestRow,
  type BacktestSeries,
  type ForecastKind,
  type MonthValue,
  type YearSeries,
} from '../lib/domain';

/** What the backtest needs of a plan: the demo's plans and the province bench data's both have this shape. */
export type BacktestPlan = {
  unitCode: string;
  budget: { total: number };
  indicators: { code: string; kind: ForecastKind | 'QUALITATIVE'; isBudgetDerived: boolean }[];
  actuals: (MonthValue & { code: string })[];
  budgetMonths: BudgetMonth[];
};

const monthsOf = (plan: BacktestPlan, indicator: BacktestPlan['indicators'][number]): MonthValue[] =>
  indicator.isBudgetDerived
    ? costControlMonths(plan.budget.total, plan.budgetMonths)
    : plan.actuals.filter((a) => a.code === indicator.code);

// one series per unit and indicator, from its complete years
export function seriesOf(plans: readonly BacktestPlan[]): (BacktestSeries & { label: string })[] {
  const groups = new Map<string, { kind: ForecastKind; years: YearSeries[] }>();
  for (const plan of plans) {
    for (const indicator of plan.indicators) {
      if (indicator.kind === 'QUALITATIVE') continue;
      const series = completeSeries(indicator.kind, monthsOf(plan, indicator));
      if (!series) continue;
      const key = `${indicator.kind} ${plan.unitCode} ${indicator.code}`;
      const group = groups.get(key) ?? { kind: indicator.kind, years: [] };
      group.years.push(series);
      groups.set(key, group);
    }
  }
  return [...groups].map(([label, g]) => ({ label, ...g, fallbackProfile: monthlyProfile('EQUAL') }));
}

const pct = (x: number | null, digits = 2) => (x === null ? '—' : x.toFixed(digits));

export function formatTable(title: string, rows: readonly BacktestRow[]): string {
  const lines = [
    title,
    'as-of | cases | MAPE linear % | MAPE seasonal % | winner   | 80% coverage',
    ...rows.map(
      (r) =>
        `${String(r.asOf).padStart(5)} | ${String(r.cases).padStart(5)} | ${pct(r.linearMape).padStart(13)} | ` +
        `${pct(r.seasonalMape).padStart(15)} | ${(r.seasonalMape !== null && r.linearMape !== null && r.seasonalMape < r.linearMape ? 'seasonal' : 'linear').padEnd(8)} | ` +
        `${r.coverage === null ? '—' : `${(r.coverage * 100).toFixed(0)}% of ${r.intervals}`}`,
    ),
    `seasonal wins at most as-of months: ${seasonalWinsTable(rows) ? 'yes' : 'no'}`,
  ];
  return lines.join('\n');
}

/** The rule in force for the score, per unit and indicator, on the last FORECAST_HISTORY_YEARS complete years. */
export function ruleInForce(series: readonly BacktestSeries[]): string {
  const inForce = series.filter((s) =>
    seasonalBeatsLinear(s.kind, s.years.slice(-FORECAST_HISTORY_YEARS), s.fallbackProfile),
  ).length;
  return `rule in force (per unit and indicator, last ${FORECAST_HISTORY_YEARS} complete years): seasonal replaces linear for ${inForce} of ${series.length} series`;
}

export function report(name: string, plans: readonly BacktestPlan[]): string {
  const series = seriesOf(plans);
  const byKind = (kind: ForecastKind) => series.filter((s) => s.kind === kind);
  const years = Math.max(0, ...series.map((s) => s.years.length));
  return [
    `${name}: ${series.length} indicator series, up to ${years} complete years each`,
    `${formatTable('COUNT indicators', backtestTable(byKind('COUNT')))}\n${ruleInForce(byKind('COUNT'))}`,
    `${formatTable('RATIO indicators (MAPE of the rate)', backtestTable(byKind('RATIO')))}\n${ruleInForce(byKind('RATIO'))}`,
  ].join('\n\n');
}
