import { effectiveComparator, meetsTarget } from './comparator';
import type { Comparator } from './types';
import type { ForecastKind } from './forecast-series';

// Errors of a forecast against what happened: COUNT relative (actual ÷ forecast − 1), RATIO in percentage points
// (actual − forecast). An interval or probability applies them to today's forecast; no distribution is assumed.

/** The interval's coverage: 80%, from the 10% and 90% empirical quantiles. */
export const INTERVAL_LOW_QUANTILE = 0.1;
export const INTERVAL_HIGH_QUANTILE = 0.9;
/** Fewer backtest errors than this give no interval and no probability. */
export const MIN_ERRORS = 2;

// error = actual ÷ forecast − 1 (COUNT) or actual − forecast (RATIO, pp)
export const forecastError = (kind: ForecastKind, forecast: number, actual: number): number =>
  kind === 'COUNT' ? actual / forecast - 1 : actual - forecast;

// outcome implied by an error: forecast × (1 + e) (COUNT) or forecast + e (RATIO)
export const applyError = (kind: ForecastKind, forecast: number, error: number): number =>
  kind === 'COUNT' ? forecast * (1 + error) : forecast + error;

// empirical quantile (inverse of the empirical CDF): the smallest error e with share(errors ≤ e) ≥ p
export const empiricalQuantile = (errors: readonly number[], p: number): number => {
  const sorted = [...errors].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
};

// small-sample widening (n + 1) ÷ (n − 1): the range of n errors covers the next one only (n − 1) ÷ (n + 1) of the
// time, so a spread seen over fewer years gives a wider interval
export const wideningFactor = (n: number): number => (n + 1) / (n - 1);

// 80% interval of error = mid ± half × (n + 1) ÷ (n − 1), mid and half of [q10%, q90%]; null with < MIN_ERRORS errors
export const errorInterval = (errors: readonly number[]): { low: number; high: number } | null => {
  if (errors.length < MIN_ERRORS) return null;
  const low = empiricalQuantile(errors, INTERVAL_LOW_QUANTILE);
  const high = empiricalQuantile(errors, INTERVAL_HIGH_QUANTILE);
  const mid = (low + high) / 2;
  const half = ((high - low) / 2) * wideningFactor(errors.length);
  return { low: mid - half, high: mid + half };
};

// the interval of the outcome: the error interval applied to the forecast
export const forecastInterval = (
  kind: ForecastKind,
  forecast: number,
  errors: readonly number[],
): { low: number; high: number } | null => {
  const interval = errorInterval(errors);
  if (interval === null) return null;
  const [a, b] = [applyError(kind, forecast, interval.low), applyError(kind, forecast, interval.high)];
  return { low: Math.min(a, b), high: Math.max(a, b) };
};

// P(meet) = (k + ½) ÷ (n + 1), k = the errors whose outcome meets the target: never a certain 0 or 1 from a few years
export const probabilityOfMeeting = (
  kind: ForecastKind,
  forecast: number,
  errors: readonly number[],
  comparator: Comparator,
  target: number,
): number | null => {
  if (errors.length < MIN_ERRORS) return null;
  const direction = effectiveComparator(comparator, target);
  const k = errors.filter((e) => meetsTarget(direction, applyError(kind, forecast, e), target)).length;
  return (k + 0.5) / (errors.length + 1);
};
