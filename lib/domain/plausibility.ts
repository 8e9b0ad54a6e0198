// How large a month's figure may plausibly be before a person is asked to confirm it: a typo of a few extra digits
// (999,999,999,999.99 against a budget of 188.76万元) is caught at entry, not found in an export months later.
import { D, type Dec } from './decimal';
import type { IndicatorKind, MonthValue } from './types';

/** A month beyond this many times the indicator's usual scale is implausible. */
export const SCALE_FACTOR = 10;
/** No count, numerator or denominator of one month reaches 1,000,000,000 (10亿): the bound when nothing is known. */
export const SANE_MONTHLY_MAX = '1000000000';

export type FigureColumn = 'value' | 'numerator' | 'denominator' | 'spent' | 'planned';
/** Why the bound is where it is: the year's budget, the indicator's usual scale, or the sane maximum. */
export type BoundReason = 'BUDGET' | 'SCALE' | 'SANE';
export type Bound = { limit: string; reason: BoundReason };
export type FigureBounds = Partial<Record<FigureColumn, Bound>>;

export type ScaleInput = {
  kind: IndicatorKind;
  isBudgetDerived?: boolean;
  /** COUNT: the year's target in base units; RATIO: a percent, which says nothing of the scale */
  target: number | null;
  /** the indicator's stored months other than the one being entered (this year's and last year's) */
  history: readonly MonthValue[];
};

const largest = (xs: readonly (number | null | undefined)[]): Dec | null =>
  xs.reduce<Dec | null>((max, x) => (x == null || !(x > 0) ? max : max === null || max.lt(x) ? new D(x) : max), null);

// scale s known: limit = min(s × SCALE_FACTOR, SANE_MONTHLY_MAX); unknown: SANE_MONTHLY_MAX
function scaleBound(scale: Dec | null): Bound {
  const sane = new D(SANE_MONTHLY_MAX);
  if (scale === null) return { limit: SANE_MONTHLY_MAX, reason: 'SANE' };
  const limit = scale.times(SCALE_FACTOR);
  return limit.gte(sane) ? { limit: SANE_MONTHLY_MAX, reason: 'SANE' } : { limit: limit.toFixed(), reason: 'SCALE' };
}

/**
 * An indicator's bounds for one month. COUNT: scale = max(the year's target, the largest month on record).
 * RATIO: scale = the largest denominator on record (numerator ≤ denominator already holds). Qualitative and the
 * budget-derived 成本控制率 (its figures are the spending, bounded by budgetBounds) have none.
 */
export function indicatorBounds({ kind, isBudgetDerived, target, history }: ScaleInput): FigureBounds {
  if (isBudgetDerived) return {};
  if (kind === 'COUNT') return { value: scaleBound(largest([target, ...history.map((m) => m.value)])) };
  if (kind === 'RATIO') {
    const bound = scaleBound(largest(history.map((m) => m.denominator)));
    return { numerator: bound, denominator: bound };
  }
  return {};
}

/** A month's spending and planned spending: never more than the whole year's budget (资金总额, 元). */
export function budgetBounds(budgetTotal: string | number): FigureBounds {
  const bound: Bound = { limit: new D(budgetTotal).toFixed(), reason: 'BUDGET' };
  return { spent: bound, planned: bound };
}

/** The stored months that set an indicator's scale for month m: this year's other months and last year's. */
export const historyFor = (month: number, thisYear: readonly MonthValue[], lastYear: readonly MonthValue[]) => [
  ...thisYear.filter((m) => m.month !== month),
  ...lastYear,
];

export type ImplausibleFigure = { column: FigureColumn; value: string; bound: Bound };

/** The figures (exact decimal texts) beyond their bounds, compared exactly; empty figures are never implausible. */
export function implausibleFigures(
  figures: Partial<Record<FigureColumn, string | null>>,
  bounds: FigureBounds,
): ImplausibleFigure[] {
  const found: ImplausibleFigure[] = [];
  for (const [column, value] of Object.entries(figures) as [FigureColumn, string | null][]) {
    const bound = bounds[column];
    if (value != null && value !== '' && bound && new D(value).gt(bound.limit)) found.push({ column, value, bound });
  }
  return found;
}
