import { monthRange } from './periods';
import { forecastInterval } from './forecast-errors';
import { backtestAt, type BacktestCase, meanAbsolutePercentageError, seasonalErrors } from './forecast-backtest';
import {
  cumulativeForecast,
  type ForecastKind,
  patternOf,
  seriesOutcome,
  seriesToDate,
  type YearSeries,
} from './forecast-series';

/** One indicator of one unit: its complete years and the plan's monthly profile. */
export type BacktestSeries = { kind: ForecastKind; years: readonly YearSeries[]; fallbackProfile: readonly number[] };

export type BacktestRow = {
  asOf: number;
  cases: number;
  linearMape: number | null;
  seasonalMape: number | null;
  /** years whose interval could be built (≥ 2 errors from the other years) */
  intervals: number;
  /** share of those whose outcome fell inside the 80% interval */
  coverage: number | null;
};

// is year y inside the 80% interval built, as for a current year, from the other years only?
const isInsideInterval = (series: BacktestSeries, y: number, m: number): boolean | null => {
  const { kind, years, fallbackProfile } = series;
  const others = years.filter((_, i) => i !== y);
  const forecast = cumulativeForecast(
    kind,
    seriesToDate(years[y], m),
    patternOf(others, fallbackProfile).pattern,
    m,
    12,
  );
  if (forecast === null) return null;
  const interval = forecastInterval(kind, forecast, seasonalErrors(kind, backtestAt(kind, others, fallbackProfile, m)));
  if (interval === null) return null;
  const actual = seriesOutcome(years[y]);
  return actual >= interval.low - 1e-9 && actual <= interval.high + 1e-9;
};

// per as-of month 1–11: MAPE of both methods over every (series, year) and the 80% interval's coverage
export const backtestTable = (series: readonly BacktestSeries[]): BacktestRow[] =>
  monthRange(1, 11).map((m) => {
    const cases: BacktestCase[] = series.flatMap((s) => backtestAt(s.kind, s.years, s.fallbackProfile, m));
    const inside = series.flatMap((s) => s.years.map((_, y) => isInsideInterval(s, y, m))).filter((x) => x !== null);
    return {
      asOf: m,
      cases: cases.length,
      linearMape: meanAbsolutePercentageError(cases, 'linear'),
      seasonalMape: meanAbsolutePercentageError(cases, 'seasonal'),
      intervals: inside.length,
      coverage: inside.length === 0 ? null : inside.filter(Boolean).length / inside.length,
    };
  });

// the seasonal method wins the table ⇔ lower MAPE at more than half of the as-of months
export const seasonalWinsTable = (rows: readonly BacktestRow[]): boolean =>
  rows.filter((r) => r.seasonalMape !== null && r.linearMape !== null && r.seasonalMape < r.linearMape).length * 2 >
  rows.length;
