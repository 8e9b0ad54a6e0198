import { type BudgetFigures, type BudgetMonth, evaluateBudget } from './budget';
import { type IndicatorFigures, evaluateIndicator } from './evaluate-indicator';
import type { PriorYear } from './forecast-series';
import { gradeFor, totalScore } from './score';
import {
  DEFAULT_GRADE_BANDS,
  DEFAULT_THRESHOLDS,
  type Grade,
  type GradeBands,
  type IndicatorInput,
  type MonthValue,
  type Thresholds,
} from './types';

export type PlanIndicatorInput = IndicatorInput & {
  id: string;
  months: readonly MonthValue[];
  lastYear?: readonly MonthValue[];
  priorYears?: readonly PriorYear[];
  qualitativeScore?: number | null;
};

export type EvaluatePlanInput = {
  indicators: readonly PlanIndicatorInput[];
  asOf: number;
  thresholds?: Thresholds;
  isYearComplete?: boolean;
  budget?: { budget: number; months: readonly BudgetMonth[] } | null;
  budgetWeight?: number;
  gradeBands?: GradeBands;
  /** false: no month-by-month series for any indicator (see evaluateIndicator) */
  withMonthly?: boolean;
};

export type PlanFigures = {
  items: { id: string; figures: IndicatorFigures }[];
  budget: BudgetFigures | null;
  total: number | null;
  maxTotal: number;
  grade: Grade | null;
  unscoredIds: string[];
  isProjected: boolean;
};

// total = Σ round(item score, 2) over weighted items + budget score; grade by the plan's bands
export const evaluatePlan = ({
  indicators,
  asOf,
  thresholds = DEFAULT_THRESHOLDS,
  isYearComplete = false,
  budget = null,
  budgetWeight = 10,
  gradeBands = DEFAULT_GRADE_BANDS,
  withMonthly = true,
}: EvaluatePlanInput): PlanFigures => {
  const items = indicators.map(({ id, months, lastYear, priorYears, qualitativeScore, ...indicator }) => ({
    id,
    figures: evaluateIndicator({
      indicator,
      months,
      lastYear,
      priorYears,
      asOf,
      thresholds,
      qualitativeScore,
      isYearComplete,
      withMonthly,
    }),
  }));
  const budgetFigures = budget
    ? evaluateBudget({ ...budget, asOf, weight: budgetWeight, thresholds, isYearComplete })
    : null;
  const weighted = items.filter((item) => !item.figures.isMonitoring);
  const scores = [...weighted.map((item) => item.figures.score), budgetFigures?.score ?? null];
  const hasAnyScore = scores.some((s) => s !== null);
  const total = hasAnyScore ? totalScore(scores) : null;
  return {
    items,
    budget: budgetFigures,
    total,
    maxTotal: totalScore([...indicators.map((i) => (i.weight > 0 ? i.weight : 0)), budgetFigures ? budgetWeight : 0]),
    grade: total === null ? null : gradeFor(total, gradeBands),
    unscoredIds: weighted.filter((item) => item.figures.score === null).map((item) => item.id),
    isProjected: !isYearComplete,
  };
};
