import { monthRange } from './periods';
import { forecastError } from './forecast-errors';
import {
  cumulativeForecast,
  type ForecastKind,
  linearForecast,
  type Pattern,
  patternOf,
  seriesOutcome,
  seriesToDate,
  type YearSeries,
} from './forecast-series';

/** One backtested year at one as-of month: both methods' full-year forecasts and what happened. */
export type BacktestCase = { seasonal: number; linear: number; actual: number };

/** The seasonal forecast replaces the linear rule only with at least this many complete prior years… */
export const MIN_YEARS_TO_REPLACE_LINEAR = 3;
/** …and when it has the lower MAPE at more than half of the as-of months 1–11. */
export const AS_OF_MONTHS_TO_COMPARE = monthRange(1, 11);
/**
 * …and only for the kinds whose backtest over many series wins at most as-of months (docs/RULES.md, the tables of
 * `npm run forecast:backtest`): volumes on the demo and the province bench data alike; rates lose at 7 of 11 months on
 * both, so a rate series that happens to win its own few years is fitting noise and keeps the linear rule.
 */
export const KINDS_PROVEN_SEASONAL: readonly ForecastKind[] = ['COUNT'];

// leave-one-out: each complete year forecast at as-of m from the other years' pattern (the plan's shares only when
// there is no other year: the errors must be those of the seasonal method, even when only one other year is left)
export const backtestAt = (
  kind: ForecastKind,
  years: readonly YearSeries[],
  fallbackProfile: readonly number[],
  m: number,
): BacktestCase[] => casesAt(kind, years, leaveOneOutPatterns(years, fallbackProfile), fallbackProfile, m);

// each year's pattern from the other years: the same for every as-of month, so computed once per backtest
const leaveOneOutPatterns = (years: readonly YearSeries[], fallbackProfile: readonly number[]): Pattern[] =>
  years.map(
    (_, index) =>
      patternOf(
        years.filter((__, i) => i !== index),
        fallbackProfile,
        1,
      ).pattern,
  );

const casesAt = (
  kind: ForecastKind,
  years: readonly YearSeries[],
  patterns: readonly Pattern[],
  fallbackProfile: readonly number[],
  m: number,
): BacktestCase[] =>
  years.flatMap((year, index) => {
    const toDate = seriesToDate(year, m);
    const seasonal = cumulativeForecast(kind, toDate, patterns[index], m, 12);
    const linear = linearForecast(kind, toDate, fallbackProfile, m);
    return seasonal === null || linear === null ? [] : [{ seasonal, linear, actual: seriesOutcome(year) }];
  });

// the seasonal method's errors at as-of m (see forecastError)
export const seasonalErrors = (kind: ForecastKind, cases: readonly BacktestCase[]): number[] =>
  cases.map((c) => forecastError(kind, c.seasonal, c.actual));

// MAPE = mean |forecast − actual| ÷ |actual| × 100; null without cases
export const meanAbsolutePercentageError = (
  cases: readonly BacktestCase[],
  method: 'seasonal' | 'linear',
): number | null => {
  const usable = cases.filter((c) => c.actual !== 0);
  if (usable.length === 0) return null;
  return (
    (usable.reduce((acc, c) => acc + Math.abs(c[method] - c.actual) / Math.abs(c.actual), 0) / usable.length) * 100
  );
};

// seasonal wins at m ⇔ its MAPE < the linear rule's; replaces linear ⇔ a proven kind, ≥ 3 years and wins at > half of
// months 1–11
export const seasonalBeatsLinear = (
  kind: ForecastKind,
  years: readonly YearSeries[],
  fallbackProfile: readonly number[],
): boolean => {
  if (!KINDS_PROVEN_SEASONAL.includes(kind) || years.length < MIN_YEARS_TO_REPLACE_LINEAR) return false;
  const patterns = leaveOneOutPatterns(years, fallbackProfile);
  const wins = AS_OF_MONTHS_TO_COMPARE.filter((m) => {
    const cases = casesAt(kind, years, patterns, fallbackProfile, m);
    const seasonal = meanAbsolutePercentageError(cases, 'seasonal');
    const linear = meanAbsolutePercentageError(cases, 'linear');
    return seasonal !== null && linear !== null && seasonal < linear;
  }).length;
  return wins * 2 > AS_OF_MONTHS_TO_COMPARE.length;
};
