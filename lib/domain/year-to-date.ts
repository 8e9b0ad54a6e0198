import { D, type Dec, isNum, sumDec } from './decimal';
import { isMonth, monthRange } from './periods';
import type { MonthValue } from './types';

export type RatioSum = { numerator: number; denominator: number; rate: number | null };

const inList = (months: readonly MonthValue[], monthList: readonly number[]): MonthValue[] => {
  const wanted = new Set(monthList);
  return months.filter((mv) => wanted.has(mv.month));
};

// a month counts toward a rate only when it has a numerator and a non-zero denominator
const countsTowardRate = (mv: MonthValue): boolean =>
  isNum(mv.numerator) && isNum(mv.denominator) && mv.denominator !== 0;

// rate = num ÷ den × 100, exact; null when den = 0
export const rateDec = (numerator: number | Dec, denominator: number | Dec): Dec | null => {
  const den = new D(denominator);
  return den.isZero() ? null : new D(numerator).times(100).dividedBy(den);
};

// rate = num ÷ den × 100; null when den = 0
export const rateOf = (numerator: number, denominator: number): number | null =>
  rateDec(numerator, denominator)?.toNumber() ?? null;

// true when the month carries any entered figure (value, numerator+denominator, or rating)
export const hasData = (mv: MonthValue): boolean =>
  isNum(mv.value) || (isNum(mv.numerator) && isNum(mv.denominator)) || mv.rating != null;

// Σ value over monthList, exact; null when no month in the list has a value
export const countOverMonthsDec = (months: readonly MonthValue[], monthList: readonly number[]): Dec | null => {
  const values = inList(months, monthList).flatMap((mv) => (isNum(mv.value) ? [mv.value] : []));
  return values.length === 0 ? null : sumDec(values);
};

// Σ value over monthList; null when no month in the list has a value
export const countOverMonths = (months: readonly MonthValue[], monthList: readonly number[]): number | null =>
  countOverMonthsDec(months, monthList)?.toNumber() ?? null;

// (Σ num, Σ den) over monthList, exact, skipping months with no or zero denominator
export const ratioSumsDec = (
  months: readonly MonthValue[],
  monthList: readonly number[],
): { numerator: Dec; denominator: Dec } => {
  const counted = inList(months, monthList).filter(countsTowardRate);
  return {
    numerator: sumDec(counted.map((mv) => mv.numerator as number)),
    denominator: sumDec(counted.map((mv) => mv.denominator as number)),
  };
};

// rate = Σ num ÷ Σ den × 100 over monthList (never the mean of monthly rates); rate null when Σ den = 0
export const ratioOverMonths = (months: readonly MonthValue[], monthList: readonly number[]): RatioSum => {
  const { numerator, denominator } = ratioSumsDec(months, monthList);
  return {
    numerator: numerator.toNumber(),
    denominator: denominator.toNumber(),
    rate: rateDec(numerator, denominator)?.toNumber() ?? null,
  };
};

// YTD count = Σ value of months 1..upTo; null when none has a value
export const countToDate = (months: readonly MonthValue[], upTo: number): number | null =>
  countOverMonths(months, monthRange(1, upTo));

// YTD rate = Σ num ÷ Σ den × 100 over months 1..upTo
export const ratioToDate = (months: readonly MonthValue[], upTo: number): RatioSum =>
  ratioOverMonths(months, monthRange(1, upTo));

// max month 1..12 with any entered figure; null when none
export const latestMonthWithData = (months: readonly MonthValue[]): number | null =>
  months.reduce<number | null>(
    (latest, mv) => (isMonth(mv.month) && hasData(mv) && (latest === null || mv.month > latest) ? mv.month : latest),
    null,
  );

// month rate = num ÷ den × 100; null when either is missing or den = 0
export const monthRate = (mv: MonthValue): number | null =>
  countsTowardRate(mv) ? rateOf(mv.numerator as number, mv.denominator as number) : null;

// latest rating among months ≤ upTo; null when none
export const latestRatingToDate = (months: readonly MonthValue[], upTo: number): MonthValue['rating'] => {
  const rated = months.filter((mv) => mv.rating != null && isMonth(mv.month) && mv.month <= upTo);
  return rated.reduce<MonthValue | null>((a, b) => (a === null || b.month > a.month ? b : a), null)?.rating ?? null;
};
