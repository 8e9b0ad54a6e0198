import { type Dec, isNum } from './decimal';
import { countStatus, qualitativeStatus, ratioStatus } from './status';
import { cumulativeShareDec, monthShareDec } from './pace';
import { differencePp, monthOnMonth, yearOnYear } from './projection';
import { monthRange } from './periods';
import { countToDate, monthRate, ratioToDate } from './year-to-date';
import {
  DEFAULT_THRESHOLDS,
  type ExactFigures,
  type IndicatorInput,
  type MonthValue,
  type Rating,
  type Status,
  type Thresholds,
} from './types';

export type MonthlyFigure = {
  month: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  rating: Rating | null;
  /** the month's stored texts where its numbers cannot hold them (MonthValue.exact) */
  exact?: ExactFigures;
  cumulative: number | null;
  expected: number | null;
  status: Status;
  mom: number | null;
  momPp: number | null;
  yoy: number | null;
  yoyPp: number | null;
};

export type MonthlyRowsInput = {
  indicator: IndicatorInput;
  months: readonly MonthValue[];
  lastYear?: readonly MonthValue[];
  profile: readonly number[];
  asOf: number;
  thresholds?: Thresholds;
};

const numOrNull = (x: number | null | undefined): number | null => (isNum(x) ? x : null);

const find = (months: readonly MonthValue[] | undefined, m: number): MonthValue | undefined =>
  months?.find((mv) => mv.month === m);

// the month before m: m − 1 this year, or last year's December for January
const previousMonth = (input: MonthlyRowsInput, m: number): MonthValue | undefined =>
  m === 1 ? find(input.lastYear, 12) : find(input.months, m - 1);

const times = (x: Dec | null, target: number | null): Dec | null =>
  x === null || target === null ? null : x.times(target);

// COUNT row: value, running Σ, expected = target × Σ shares 1..m, status vs target × share_m, 环比/同比 in %
const countRow = (input: MonthlyRowsInput, m: number, mv: MonthValue | undefined): MonthlyFigure => {
  const { indicator, profile, thresholds = DEFAULT_THRESHOLDS } = input;
  const value = numOrNull(mv?.value);
  const monthExpected = times(monthShareDec(profile, m), indicator.target);
  return {
    month: m,
    value,
    numerator: null,
    denominator: null,
    rating: null,
    ...(mv?.exact ? { exact: mv.exact } : {}),
    cumulative: countToDate(input.months, m),
    expected: times(cumulativeShareDec(profile, m), indicator.target)?.toNumber() ?? null,
    status: countStatus(value, monthExpected, indicator.comparator, thresholds).status,
    mom: monthOnMonth(value, numOrNull(previousMonth(input, m)?.value)),
    momPp: null,
    yoy: yearOnYear(value, numOrNull(find(input.lastYear, m)?.value)),
    yoyPp: null,
  };
};

// RATIO row: month rate = num ÷ den × 100, running YTD rate, status of the month alone, 环比/同比 in pp
const ratioRow = (input: MonthlyRowsInput, m: number, mv: MonthValue | undefined): MonthlyFigure => {
  const { indicator, thresholds = DEFAULT_THRESHOLDS } = input;
  const rate = mv ? monthRate(mv) : null;
  const previous = previousMonth(input, m);
  const lastYearSame = find(input.lastYear, m);
  return {
    month: m,
    value: rate,
    numerator: numOrNull(mv?.numerator),
    denominator: numOrNull(mv?.denominator),
    rating: null,
    ...(mv?.exact ? { exact: mv.exact } : {}),
    cumulative: ratioToDate(input.months, m).rate,
    expected: null,
    status:
      rate === null
        ? 'NO_DATA'
        : ratioStatus(
            mv?.numerator ?? null,
            mv?.denominator ?? null,
            indicator.comparator,
            indicator.target,
            thresholds,
          ),
    mom: null,
    momPp: differencePp(rate, previous ? monthRate(previous) : null),
    yoy: null,
    yoyPp: differencePp(rate, lastYearSame ? monthRate(lastYearSame) : null),
  };
};

// QUALITATIVE row: the month's rating and its status
const qualitativeRow = (m: number, mv: MonthValue | undefined): MonthlyFigure => ({
  month: m,
  value: null,
  numerator: null,
  denominator: null,
  rating: mv?.rating ?? null,
  cumulative: null,
  expected: null,
  status: qualitativeStatus(mv?.rating),
  mom: null,
  momPp: null,
  yoy: null,
  yoyPp: null,
});

// one row per month 1..asOf
export const monthlyRows = (input: MonthlyRowsInput): MonthlyFigure[] =>
  monthRange(1, input.asOf).map((m) => {
    const mv = find(input.months, m);
    if (input.indicator.kind === 'COUNT') return countRow(input, m, mv);
    if (input.indicator.kind === 'RATIO') return ratioRow(input, m, mv);
    return qualitativeRow(m, mv);
  });
