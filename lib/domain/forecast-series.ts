import { isNum } from './decimal';
import { monthRange } from './periods';
import type { IndicatorKind, MonthValue } from './types';

// Seasonal point forecasts. Estimates, not judgements: plain floating point is enough here (statuses and scores of
// entered figures stay on exact decimals).

export type ForecastKind = Exclude<IndicatorKind, 'QUALITATIVE'>;
/** One year of monthly amounts, January first: COUNT values, or a RATIO's numerators and denominators. */
export type YearSeries = { values: number[] } | { numerators: number[]; denominators: number[] };
export type PriorYear = { year: number; months: readonly MonthValue[] };

/** At least this many complete prior years give a seasonal pattern; fewer fall back to the plan's monthly shares. */
export const MIN_SEASONAL_YEARS = 2;

const byMonth = (months: readonly MonthValue[], pick: (mv: MonthValue) => number | null | undefined) =>
  monthRange(1, 12).map((m) => {
    const x = pick(months.find((mv) => mv.month === m) ?? { month: m });
    return isNum(x) ? x : null;
  });

const isComplete = (xs: (number | null)[]): xs is number[] => xs.every((x) => x !== null);

// a complete year has all twelve months (COUNT values; RATIO numerators and denominators with Σ den > 0)
export const completeSeries = (kind: ForecastKind, months: readonly MonthValue[]): YearSeries | null => {
  if (kind === 'COUNT') {
    const values = byMonth(months, (mv) => mv.value);
    return isComplete(values) && sum(values) > 0 ? { values } : null;
  }
  const numerators = byMonth(months, (mv) => mv.numerator);
  const denominators = byMonth(months, (mv) => mv.denominator);
  return isComplete(numerators) && isComplete(denominators) && sum(denominators) > 0 && sum(numerators) > 0
    ? { numerators, denominators }
    : null;
};

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

// cumulative share S(k) = Σ x 1..k ÷ Σ x 1..12, k = 1..12
export const cumulativeShares = (xs: readonly number[]): number[] => {
  const total = sum(xs);
  let running = 0;
  return xs.map((x) => (running += x) / total);
};

// seasonal cumulative share = the mean over years of each year's S(k)
export const meanCumulativeShares = (years: readonly (readonly number[])[]): number[] => {
  const each = years.map(cumulativeShares);
  return monthRange(1, 12).map((k) => sum(each.map((s) => s[k - 1])) / each.length);
};

/** The cumulative-share curves a forecast rests on: one for counts, one each for numerators and denominators. */
export type Pattern = { main: number[]; denominator: number[] };

// pattern = mean cumulative shares of ≥ minYears complete years, else the plan profile's cumulative shares
export const patternOf = (
  years: readonly YearSeries[],
  fallbackProfile: readonly number[],
  minYears = MIN_SEASONAL_YEARS,
): { pattern: Pattern; isSeasonal: boolean } => {
  if (years.length < Math.max(1, minYears)) {
    const plan = cumulativeShares(fallbackProfile);
    return { pattern: { main: plan, denominator: plan }, isSeasonal: false };
  }
  const main = meanCumulativeShares(years.map((y) => ('values' in y ? y.values : y.numerators)));
  const denominator = meanCumulativeShares(years.map((y) => ('values' in y ? y.values : y.denominators)));
  return { pattern: { main, denominator }, isSeasonal: true };
};

// cumulative amount at k ≥ m = ytd × S(k) ÷ S(m); null when S(m) = 0
const extend = (ytd: number, shares: readonly number[], m: number, k: number): number | null =>
  shares[m - 1] > 0 ? (ytd * shares[k - 1]) / shares[m - 1] : null;

/** Σ of a year's months 1..m: COUNT value, or numerator and denominator. */
export type ToDate = { main: number; denominator: number };

// COUNT: the cumulative forecast at month k; RATIO: the cumulative rate (Σ num ÷ Σ den × 100) at month k
export const cumulativeForecast = (
  kind: ForecastKind,
  toDate: ToDate,
  pattern: Pattern,
  m: number,
  k: number,
): number | null => {
  const main = extend(toDate.main, pattern.main, m, k);
  if (kind === 'COUNT' || main === null) return main;
  const den = extend(toDate.denominator, pattern.denominator, m, k);
  return den === null || den === 0 ? null : (main / den) * 100;
};

// Σ months 1..m of a complete year
export const seriesToDate = (series: YearSeries, m: number): ToDate =>
  'values' in series
    ? { main: sum(series.values.slice(0, m)), denominator: 0 }
    : { main: sum(series.numerators.slice(0, m)), denominator: sum(series.denominators.slice(0, m)) };

// the full-year outcome of a complete year: COUNT Σ values; RATIO Σ num ÷ Σ den × 100
export const seriesOutcome = (series: YearSeries): number =>
  'values' in series ? sum(series.values) : (sum(series.numerators) / sum(series.denominators)) * 100;

// linear rule: COUNT ytd ÷ plan S(m); RATIO the YTD rate
export const linearForecast = (
  kind: ForecastKind,
  toDate: ToDate,
  fallbackProfile: readonly number[],
  m: number,
): number | null => {
  const plan = cumulativeShares(fallbackProfile);
  return cumulativeForecast(kind, toDate, { main: plan, denominator: plan }, m, 12);
};
