import { type Dec, toDec, toNumberOrNull } from './decimal';
import { type Forecast, forecastIndicator, likelihoodFromForecast } from './forecast';
import type { PriorYear } from './forecast-series';
import { type MonthlyFigure, monthlyRows } from './monthly-rows';
import { expectedToDateDec, monthlyProfile } from './pace';
import { assertMonth, monthRange } from './periods';
import { differencePp, likelihoodForRating, projectCountDec, suggestLikelihood, yearOnYear } from './projection';
import { clampQualitativeScore, scoreFor } from './score';
import { countStatus, qualitativeStatus, ratioStatus } from './status';
import {
  DEFAULT_THRESHOLDS,
  type IndicatorInput,
  type Likelihood,
  type MonthValue,
  type Rating,
  type Status,
  type Thresholds,
} from './types';
import { countOverMonthsDec, latestRatingToDate, rateDec, ratioSumsDec } from './year-to-date';

export type EvaluateIndicatorInput = {
  indicator: IndicatorInput;
  months: readonly MonthValue[];
  lastYear?: readonly MonthValue[];
  /** the unit's earlier years of this indicator, for the seasonal forecast */
  priorYears?: readonly PriorYear[];
  asOf: number;
  thresholds?: Thresholds;
  qualitativeScore?: number | null;
  isYearComplete?: boolean;
  /** false: leave out the month-by-month series (monthly = []) when the caller shows none of it */
  withMonthly?: boolean;
  /**
   * false: leave out the seasonal forecast (forecast = null; the linear projection, score and likelihood) when the
   * caller reads only statuses and year-to-date figures, which the forecast never changes
   */
  withForecast?: boolean;
};

export type IndicatorFigures = {
  ytdValue: number | null;
  ytdNumerator: number | null;
  ytdDenominator: number | null;
  ytdRating: Rating | null;
  expected: number | null;
  pace: number | null;
  status: Status;
  targetMayBeTooLow: boolean;
  projection: number | null;
  /** LINEAR (docs/RULES.md, “Projection”) or SEASONAL when the forecast's backtest beats it (docs/RULES.md) */
  projectionMethod: 'LINEAR' | 'SEASONAL';
  forecast: Forecast | null;
  likelihood: Likelihood | null;
  scoredActual: number | null;
  score: number | null;
  isProjected: boolean;
  isMonitoring: boolean;
  lastYearValue: number | null;
  yoy: number | null;
  yoyPp: number | null;
  /** each month's row, with the status of the cumulative figure as of that month (累计状态) */
  monthly: (MonthlyFigure & { cumulativeStatus: Status })[];
};

type Core = Omit<
  IndicatorFigures,
  'isProjected' | 'isMonitoring' | 'monthly' | 'score' | 'forecast' | 'projectionMethod'
> & { scoreActual: Dec | null };

const EMPTY: Omit<Core, 'status'> = {
  ytdValue: null,
  ytdNumerator: null,
  ytdDenominator: null,
  ytdRating: null,
  expected: null,
  pace: null,
  targetMayBeTooLow: false,
  projection: null,
  likelihood: null,
  scoredActual: null,
  scoreActual: null,
  lastYearValue: null,
  yoy: null,
  yoyPp: null,
};

// COUNT: ytd = Σ values 1..m; expected = target × Σ shares 1..m; projection = ytd ÷ Σ shares 1..m; 同比 in %
const evaluateCount = (input: EvaluateIndicatorInput, profile: readonly number[]): Core => {
  const { indicator, months, lastYear, asOf, thresholds = DEFAULT_THRESHOLDS } = input;
  const toDate = monthRange(1, asOf);
  const ytd = countOverMonthsDec(months, toDate);
  const expected = expectedToDateDec(indicator.target, profile, asOf);
  const judged = countStatus(ytd, expected, indicator.comparator, thresholds);
  const projection = projectCountDec(ytd, profile, asOf);
  const lastYearYtd = lastYear ? countOverMonthsDec(lastYear, toDate) : null;
  const scoreActual = input.isYearComplete ? countOverMonthsDec(months, monthRange(1, 12)) : projection;
  return {
    ...EMPTY,
    ytdValue: toNumberOrNull(ytd),
    expected: toNumberOrNull(expected),
    ...judged,
    projection: toNumberOrNull(projection),
    likelihood: suggestLikelihood(projection, indicator.comparator, indicator.target, 'COUNT', thresholds),
    scoredActual: toNumberOrNull(scoreActual),
    scoreActual,
    lastYearValue: toNumberOrNull(lastYearYtd),
    yoy: yearOnYear(ytd, lastYearYtd),
  };
};

// RATIO: ytd rate = Σ num ÷ Σ den × 100 over 1..m; projection = the ytd rate; 同比 in percentage points
const evaluateRatio = (input: EvaluateIndicatorInput): Core => {
  const { indicator, months, lastYear, asOf, thresholds = DEFAULT_THRESHOLDS } = input;
  const toDate = monthRange(1, asOf);
  const sums = ratioSumsDec(months, toDate);
  const rate = rateDec(sums.numerator, sums.denominator);
  if (rate === null) return { ...EMPTY, status: 'NO_DATA' };
  const lastYearSums = lastYear ? ratioSumsDec(lastYear, toDate) : null;
  const lastYearRate = lastYearSums ? rateDec(lastYearSums.numerator, lastYearSums.denominator) : null;
  const yearSums = ratioSumsDec(months, monthRange(1, 12));
  const scoreActual = input.isYearComplete ? rateDec(yearSums.numerator, yearSums.denominator) : rate;
  return {
    ...EMPTY,
    ytdValue: rate.toNumber(),
    ytdNumerator: sums.numerator.toNumber(),
    ytdDenominator: sums.denominator.toNumber(),
    status: ratioStatus(sums.numerator, sums.denominator, indicator.comparator, indicator.target, thresholds),
    projection: rate.toNumber(),
    likelihood: suggestLikelihood(rate, indicator.comparator, indicator.target, 'RATIO', thresholds),
    scoredActual: toNumberOrNull(scoreActual),
    scoreActual,
    lastYearValue: toNumberOrNull(lastYearRate),
    yoyPp: differencePp(rate, lastYearRate),
  };
};

// QUALITATIVE: ytd = the latest rating up to m; status and likelihood by that rating
const evaluateQualitative = (input: EvaluateIndicatorInput): Core => {
  const rating = latestRatingToDate(input.months, input.asOf) ?? null;
  return {
    ...EMPTY,
    ytdRating: rating,
    status: qualitativeStatus(rating),
    likelihood: likelihoodForRating(rating),
  };
};

// score = scoreFor(comparator, actual, target, w) with actual = projection (预计) or the year's actual; QUALITATIVE = the
// clamped pick
const scoreOf = (input: EvaluateIndicatorInput, ytdRating: Rating | null, actual: Dec | null): number | null => {
  const { indicator } = input;
  if (!(indicator.weight > 0)) return null;
  if (indicator.kind === 'QUALITATIVE') {
    const rating = input.isYearComplete ? (latestRatingToDate(input.months, 12) ?? null) : ytdRating;
    return clampQualitativeScore(rating, indicator.weight, input.qualitativeScore);
  }
  if (actual === null || indicator.target === null) return null;
  return scoreFor(indicator.comparator, actual, indicator.target, indicator.weight);
};

// the seasonal forecast replaces the linear projection, the scored actual before the year is complete and the
// suggested likelihood only where docs/RULES.md says so
const withForecast = (input: EvaluateIndicatorInput, core: Core, profile: readonly number[]) => {
  const { indicator } = input;
  const forecast =
    indicator.kind === 'QUALITATIVE'
      ? null
      : forecastIndicator({
          kind: indicator.kind,
          comparator: indicator.comparator,
          target: indicator.target,
          months: input.months,
          priorYears: input.priorYears ?? [],
          asOf: input.asOf,
          fallbackProfile: profile,
        });
  const likelihood = likelihoodFromForecast(forecast) ?? core.likelihood;
  if (!forecast?.replacesLinear) return { core: { ...core, likelihood }, forecast, method: 'LINEAR' as const };
  const seasonal = toDec(forecast.value);
  const scoreActual = input.isYearComplete ? core.scoreActual : seasonal;
  return {
    core: { ...core, likelihood, projection: forecast.value, scoredActual: toNumberOrNull(scoreActual), scoreActual },
    forecast,
    method: 'SEASONAL' as const,
  };
};

// every figure of one indicator as of month m
export const evaluateIndicator = (input: EvaluateIndicatorInput): IndicatorFigures => {
  assertMonth(input.asOf);
  const { indicator } = input;
  const profile = monthlyProfile(indicator.shareMode ?? 'EQUAL', {
    monthlyPlan: indicator.monthlyPlan,
    lastYear: input.lastYear,
  });
  // the status as of any month (the forecast changes projections and likelihood, never the status)
  const coreAsOf = (asOf: number) =>
    indicator.kind === 'COUNT'
      ? evaluateCount({ ...input, asOf }, profile)
      : indicator.kind === 'RATIO'
        ? evaluateRatio({ ...input, asOf })
        : evaluateQualitative({ ...input, asOf });
  const { core, forecast, method } =
    input.withForecast === false
      ? { core: coreAsOf(input.asOf), forecast: null, method: 'LINEAR' as const }
      : withForecast(input, coreAsOf(input.asOf), profile);
  const { scoreActual, ...figures } = core;
  const monthly =
    input.withMonthly === false
      ? []
      : monthlyRows({ ...input, profile, thresholds: input.thresholds ?? DEFAULT_THRESHOLDS });
  return {
    ...figures,
    projectionMethod: method,
    forecast,
    score: scoreOf(input, figures.ytdRating, scoreActual),
    isProjected: !input.isYearComplete,
    isMonitoring: !(indicator.weight > 0),
    monthly: monthly.map((row) => ({
      ...row,
      cumulativeStatus: row.month === input.asOf ? figures.status : coreAsOf(row.month).status,
    })),
  };
};
