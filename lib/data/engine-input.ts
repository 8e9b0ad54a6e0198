// Database rows → the engine's input: the one mapping behind the entry page, the performance reads (dashboard,
// review, reports, API) and the browser tests' reference figures. Pure, so each reader fetches its rows its own way.
import { type BudgetMonth, costControlMonths } from '../domain/budget';
import type { PriorYear } from '../domain/forecast-series';
import type { Comparator, GradeBands, IndicatorKind, MonthValue, ShareMode, Thresholds } from '../domain/types';
import { decimalNumber, decimalTextOrNull, exceedsNumber, type StoredDecimal } from './decimals';

type Stored = StoredDecimal | null;

export type StoredActual = {
  month: number;
  value: Stored;
  numerator: Stored;
  denominator: Stored;
  rating: MonthValue['rating'];
};
export type StoredBudgetMonth = { month: number; spent: Stored; planned: Stored };
export type StoredIndicator = {
  kind: IndicatorKind;
  comparator: Comparator;
  target: Stored;
  weight: StoredDecimal;
  shareMode: ShareMode;
  monthlyPlan: readonly StoredDecimal[];
  isBudgetDerived: boolean;
};
export type StoredThresholds = Record<keyof Thresholds, StoredDecimal>;
export type StoredGradeBands = { gradeExcellent: StoredDecimal; gradeGood: StoredDecimal; gradeFair: StoredDecimal };

const byMonth = <T extends { month: number }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.month - b.month);

export const monthValueOf = (a: StoredActual): MonthValue => {
  const exact = {
    value: decimalTextOrNull(a.value),
    numerator: decimalTextOrNull(a.numerator),
    denominator: decimalTextOrNull(a.denominator),
  };
  return {
    month: a.month,
    value: decimalNumber(a.value),
    numerator: decimalNumber(a.numerator),
    denominator: decimalNumber(a.denominator),
    rating: a.rating ?? null,
    // the engine computes with numbers; the stored text goes along where a number would round it (for exports)
    ...(Object.values(exact).some((t) => t !== null && exceedsNumber(t)) ? { exact } : {}),
  };
};

export const budgetMonthsOf = (rows: readonly StoredBudgetMonth[]): BudgetMonth[] =>
  byMonth(rows).map((b) => ({ month: b.month, spent: decimalNumber(b.spent), planned: decimalNumber(b.planned) }));

export const thresholdsOf = (plan: StoredThresholds): Thresholds => ({
  countGreenPace: decimalNumber(plan.countGreenPace)!,
  countYellowPace: decimalNumber(plan.countYellowPace)!,
  countTooLowPace: decimalNumber(plan.countTooLowPace)!,
  ratioTolerancePp: decimalNumber(plan.ratioTolerancePp)!,
  budgetGreen: decimalNumber(plan.budgetGreen)!,
  budgetYellow: decimalNumber(plan.budgetYellow)!,
});

export const gradeBandsOf = (plan: StoredGradeBands): GradeBands => ({
  excellent: decimalNumber(plan.gradeExcellent)!,
  good: decimalNumber(plan.gradeGood)!,
  fair: decimalNumber(plan.gradeFair)!,
});

/** The indicator as the engine judges it: kind, comparator, target, weight and how its target spreads over months. */
export const indicatorInputOf = (i: StoredIndicator) => ({
  kind: i.kind,
  comparator: i.comparator,
  target: decimalNumber(i.target),
  weight: decimalNumber(i.weight)!,
  shareMode: i.shareMode,
  monthlyPlan: i.monthlyPlan.length === 12 ? i.monthlyPlan.map((d) => decimalNumber(d)!) : null,
  isBudgetDerived: i.isBudgetDerived,
});

/**
 * An indicator's months of one plan year, January first: its stored figures, or for the budget-derived 成本控制率 the
 * plan's spending over its planned amounts (the default split where none was entered).
 */
export const indicatorMonthsOf = (
  indicator: Pick<StoredIndicator, 'isBudgetDerived'>,
  actuals: readonly StoredActual[],
  plan: { budgetTotal: StoredDecimal; budgetMonths: readonly StoredBudgetMonth[] },
): MonthValue[] =>
  indicator.isBudgetDerived
    ? costControlMonths(decimalNumber(plan.budgetTotal)!, budgetMonthsOf(plan.budgetMonths))
    : byMonth(actuals).map(monthValueOf);

/** The earlier years of one indicator code, oldest first, each as the engine's months (for 同比 and the forecast). */
export const priorYearsOf = <P extends { year: number }>(
  plans: readonly P[],
  monthsOf: (plan: P) => MonthValue[],
): PriorYear[] => [...plans].sort((a, b) => a.year - b.year).map((p) => ({ year: p.year, months: monthsOf(p) }));
