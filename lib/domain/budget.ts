import { D, type Dec, isNum, type Num, sumDec, toDec } from './decimal';
import { assertMonth, monthRange } from './periods';
import { budgetScore, projectedBudgetSpend } from './score';
import { budgetStatus } from './status';
import { DEFAULT_THRESHOLDS, type MonthValue, type Status, type Thresholds } from './types';

export type BudgetMonth = { month: number; spent: number | null; planned: number | null };

export type BudgetInput = {
  budget: number;
  months: readonly BudgetMonth[];
  asOf: number;
  weight: number;
  thresholds?: Thresholds;
  isYearComplete?: boolean;
};

export type BudgetFigures = {
  budget: number;
  spentToDate: number | null;
  plannedToDate: number;
  plannedByMonth: number[];
  executionRate: number | null;
  timeProgress: number;
  ratio: number | null;
  status: Status;
  costControlRate: number | null;
  projectedSpend: number | null;
  score: number | null;
  isProjected: boolean;
};

// twelve amounts of floor(budget fen ÷ 12) fen, December = budget fen − 11 × that; Σ = budget exactly
export const defaultMonthlyPlan = (budgetYuan: number): number[] => {
  if (!isNum(budgetYuan) || budgetYuan < 0) throw new RangeError(`budget must be a number ≥ 0, got ${budgetYuan}`);
  const fen = toDec(budgetYuan).times(100).toDecimalPlaces(0, D.ROUND_HALF_UP);
  const base = fen.dividedToIntegerBy(12);
  const last = fen.minus(base.times(11));
  return [...Array.from({ length: 11 }, () => base), last].map((x) => x.dividedBy(100).toNumber());
};

// planned_m = the entered planned amount, else the default equal split
export const plannedByMonth = (budgetYuan: number, months: readonly BudgetMonth[]): number[] => {
  const defaults = defaultMonthlyPlan(budgetYuan);
  return monthRange(1, 12).map((m) => {
    const planned = months.find((bm) => bm.month === m)?.planned;
    return isNum(planned) ? planned : defaults[m - 1];
  });
};

// Σ spent over months 1..upTo, exact; null when nothing was spent-entered
const spentThrough = (months: readonly BudgetMonth[], upTo: number): Dec | null => {
  const spent = months.flatMap((bm) => (bm.month >= 1 && bm.month <= upTo && isNum(bm.spent) ? [bm.spent] : []));
  return spent.length === 0 ? null : sumDec(spent);
};

// x ÷ base × 100; null when x is null or base ≤ 0
const percentOf = (x: Dec | null, base: Dec): number | null =>
  x === null || base.lte(0) ? null : x.times(100).dividedBy(base).toNumber();

/** 执行率 = spent ÷ budget × 100, exact; null without spending or a budget. */
export const executionRate = (spent: Num | null, budget: Num): number | null =>
  percentOf(spent === null ? null : toDec(spent), toDec(budget));

// 成本控制率 months: numerator = spent, denominator = planned (default split when not entered)
export const costControlMonths = (budgetYuan: number, months: readonly BudgetMonth[]): MonthValue[] => {
  const planned = plannedByMonth(budgetYuan, months);
  return months
    .filter((bm) => isNum(bm.spent) && bm.month >= 1 && bm.month <= 12)
    .map((bm) => ({ month: bm.month, numerator: bm.spent, denominator: planned[bm.month - 1] }));
};

// execution = spent ÷ budget × 100; 序时进度 = m ÷ 12 × 100; 成本控制率 = spent ÷ planned to date × 100; score on projected
// spend
export const evaluateBudget = ({
  budget,
  months,
  asOf,
  weight,
  thresholds = DEFAULT_THRESHOLDS,
  isYearComplete = false,
}: BudgetInput): BudgetFigures => {
  assertMonth(asOf);
  const planned = plannedByMonth(budget, months);
  const spent = spentThrough(months, asOf);
  const plannedToDate = sumDec(planned.slice(0, asOf));
  const budgetDec = new D(budget);
  const { status, ratio } = budgetStatus(spent, budget, asOf, thresholds);
  const projectedSpend = spent === null ? null : projectedBudgetSpend(spent, planned, asOf);
  const scoredSpend = isYearComplete ? spentThrough(months, 12) : projectedSpend;
  return {
    budget,
    spentToDate: spent?.toNumber() ?? null,
    plannedToDate: plannedToDate.toNumber(),
    plannedByMonth: planned,
    executionRate: executionRate(spent, budgetDec),
    timeProgress: new D(asOf).times(100).dividedBy(12).toNumber(),
    ratio,
    status,
    costControlRate: percentOf(spent, plannedToDate),
    projectedSpend,
    score: budgetScore(scoredSpend, budget, weight),
    isProjected: !isYearComplete,
  };
};
