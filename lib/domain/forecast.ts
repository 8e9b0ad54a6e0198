import { assertMonth, monthRange } from './periods';
import { countOverMonths, ratioOverMonths } from './year-to-date';
import { forecastInterval, probabilityOfMeeting } from './forecast-errors';
import { backtestAt, seasonalBeatsLinear, seasonalErrors } from './forecast-backtest';
import {
  completeSeries,
  cumulativeForecast,
  type ForecastKind,
  patternOf,
  type PriorYear,
  type ToDate,
  type YearSeries,
} from './forecast-series';
import type { Comparator, Likelihood, MonthValue } from './types';

export type ForecastInput = {
  kind: ForecastKind;
  comparator: Comparator;
  target: number | null;
  /** this year's months (only 1..asOf are read) */
  months: readonly MonthValue[];
  /** the unit's earlier years of the same indicator; incomplete years are ignored */
  priorYears: readonly PriorYear[];
  asOf: number;
  /** the plan's monthly profile (twelve weights), the fallback pattern */
  fallbackProfile: readonly number[];
};

/** Cumulative forecast for month k ≥ as-of (COUNT: Σ 1..k; RATIO: the cumulative rate), with its 80% band. */
export type ForecastPoint = { month: number; forecast: number; low: number | null; high: number | null };

export type Forecast = {
  method: 'SEASONAL' | 'PLAN_SHARES';
  /** complete prior years the pattern and the errors come from */
  priorYears: number;
  /** full-year forecast: COUNT in base units, RATIO in percent */
  value: number;
  low: number | null;
  high: number | null;
  /** P(the full year meets the target), 0..1 */
  probability: number | null;
  path: ForecastPoint[];
  /** its own backtest beats the linear rule: it is the projection of the score (docs/RULES.md) */
  replacesLinear: boolean;
};

/** Earlier years a data layer reads for the pattern and the backtest. */
export const FORECAST_HISTORY_YEARS = 5;

/** The probability suggests 完成目标可能性 only with at least this many complete prior years (docs/RULES.md). */
export const MIN_YEARS_FOR_PROBABILITY = 3;
export const LIKELY_PROBABILITY = 0.8;
export const UNLIKELY_PROBABILITY = 0.2;

const toDateOf = (kind: ForecastKind, months: readonly MonthValue[], m: number): ToDate | null => {
  if (kind === 'COUNT') {
    const ytd = countOverMonths(months, monthRange(1, m));
    return ytd === null ? null : { main: ytd, denominator: 0 };
  }
  const sums = ratioOverMonths(months, monthRange(1, m));
  return sums.rate === null ? null : { main: sums.numerator, denominator: sums.denominator };
};

// band at k = forecast_k + (interval edge − full-year forecast) × progress of the rest of the year
const bandAt = (edge: number | null, value: number, forecast: number, progress: number): number | null =>
  edge === null ? null : forecast + (edge - value) * progress;

// the forecast of the full year from 1..m and the prior years' pattern; null without data to date, and null as of
// December, when the year's figures are its actuals and nothing is left to forecast
export const forecastIndicator = (input: ForecastInput): Forecast | null => {
  const { kind, asOf: m, fallbackProfile } = input;
  assertMonth(m);
  if (m === 12) return null;
  const toDate = toDateOf(kind, input.months, m);
  if (toDate === null) return null;
  const years = input.priorYears.map((y) => completeSeries(kind, y.months)).filter((s): s is YearSeries => s !== null);
  const { pattern, isSeasonal } = patternOf(years, fallbackProfile);
  const value = cumulativeForecast(kind, toDate, pattern, m, 12);
  if (value === null) return null;
  const errors = seasonalErrors(kind, backtestAt(kind, years, fallbackProfile, m));
  const interval = forecastInterval(kind, value, errors);
  const remaining = 1 - pattern.main[m - 1];
  const path = monthRange(m, 12).flatMap((k): ForecastPoint[] => {
    const forecast = cumulativeForecast(kind, toDate, pattern, m, k);
    if (forecast === null) return [];
    const progress = remaining > 0 ? (pattern.main[k - 1] - pattern.main[m - 1]) / remaining : 0;
    const low = bandAt(interval?.low ?? null, value, forecast, progress);
    const high = bandAt(interval?.high ?? null, value, forecast, progress);
    return [{ month: k, forecast, low, high }];
  });
  return {
    method: isSeasonal ? 'SEASONAL' : 'PLAN_SHARES',
    priorYears: years.length,
    value,
    low: interval?.low ?? null,
    high: interval?.high ?? null,
    probability:
      input.target === null ? null : probabilityOfMeeting(kind, value, errors, input.comparator, input.target),
    path,
    replacesLinear: seasonalBeatsLinear(kind, years, fallbackProfile),
  };
};

// with ≥ 3 prior years: P ≥ 80% → CERTAIN, 20% ≤ P < 80% → POSSIBLE, P < 20% → IMPOSSIBLE; else null (linear rule)
export const likelihoodFromForecast = (forecast: Forecast | null): Likelihood | null => {
  if (forecast === null || forecast.probability === null || forecast.priorYears < MIN_YEARS_FOR_PROBABILITY)
    return null;
  if (forecast.probability >= LIKELY_PROBABILITY) return 'CERTAIN';
  return forecast.probability >= UNLIKELY_PROBABILITY ? 'POSSIBLE' : 'IMPOSSIBLE';
};
