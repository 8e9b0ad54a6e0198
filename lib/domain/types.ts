export type Comparator = 'GTE' | 'LTE' | 'EQ';
export type IndicatorKind = 'COUNT' | 'RATIO' | 'QUALITATIVE';
export const RATINGS = ['ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED'] as const;
export type Rating = (typeof RATINGS)[number];
export type Status = 'GREEN' | 'YELLOW' | 'RED' | 'OVERDUE' | 'NO_DATA';
export const LIKELIHOODS = ['CERTAIN', 'POSSIBLE', 'IMPOSSIBLE'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];
// 偏差原因: the five causes of the monitoring form, in its order.
export const CAUSES = ['FUNDING', 'INSTITUTION', 'STAFFING', 'HARDWARE', 'OTHER'] as const;
export type Cause = (typeof CAUSES)[number];
export type MonthState = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
export type PlanStatus = 'DRAFT' | 'PUBLISHED';
/** A deviation record as stored: why a month is off target, what is done, and whether the year's target holds. */
export type DeviationRecord = { causes: Cause[]; analysis: string; measures: string; likelihood: Likelihood };
export type Grade = 'EXCELLENT' | 'GOOD' | 'FAIR' | 'POOR';
export type ShareMode = 'EQUAL' | 'PLAN' | 'LAST_YEAR';

/** How a plan describes an indicator, whatever layer reads it (the target and weight are each layer's own). */
export type IndicatorDefinition = {
  code: string;
  level1: string;
  level2: string;
  name: string;
  kind: IndicatorKind;
  comparator: Comparator;
  targetText: string;
  displayUnit: string;
  displayDivisor: number;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  isMonitoring: boolean;
  isBudgetDerived: boolean;
};

export type MonthValue = {
  month: number;
  value?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  rating?: Rating | null;
  /** the stored decimal texts, only where a number cannot hold them (over 15 significant digits): for exports */
  exact?: ExactFigures;
};

/** A month's figures as the exact decimal texts stored. */
export type ExactFigures = { value: string | null; numerator: string | null; denominator: string | null };

// Percents: green pace, yellow pace, "target may be too low" pace, ratio tolerance (pp), budget green, budget yellow.
export type Thresholds = {
  countGreenPace: number;
  countYellowPace: number;
  countTooLowPace: number;
  ratioTolerancePp: number;
  budgetGreen: number;
  budgetYellow: number;
};

export const DEFAULT_THRESHOLDS: Thresholds = {
  countGreenPace: 100,
  countYellowPace: 95,
  countTooLowPace: 120,
  ratioTolerancePp: 2,
  budgetGreen: 80,
  budgetYellow: 60,
};

export type GradeBands = { excellent: number; good: number; fair: number };

export const DEFAULT_GRADE_BANDS: GradeBands = { excellent: 90, good: 80, fair: 60 };

export type IndicatorInput = {
  kind: IndicatorKind;
  comparator: Comparator;
  // COUNT: base units (件); RATIO: percent (90 = 90%); QUALITATIVE: null.
  target: number | null;
  // 分值; 0 marks a monitoring indicator, which is never scored.
  weight: number;
  shareMode?: ShareMode;
  // Twelve planned monthly amounts, January first; shares are amount ÷ Σ amounts.
  monthlyPlan?: number[] | null;
};
