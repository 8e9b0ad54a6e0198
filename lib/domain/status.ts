import { type Dec, type Num, toDec } from './decimal';
import { type Direction, effectiveComparator } from './comparator';
import { assertMonth } from './periods';
import { DEFAULT_THRESHOLDS, type Comparator, type Rating, type Status, type Thresholds } from './types';

export type CountStatus = { status: Status; pace: number | null; targetMayBeTooLow: boolean };
export type BudgetStatus = { status: Status; ratio: number | null };

// GTE: GREEN when actual×100 ≥ green×base, YELLOW when ≥ yellow×base, else RED; LTE the same with ≤
export const bandStatus = (direction: Direction, actualTimes100: Dec, base: Dec, green: Num, yellow: Num): Status => {
  const within = (percent: Num): boolean =>
    direction === 'GTE' ? actualTimes100.gte(base.times(percent)) : actualTimes100.lte(base.times(percent));
  if (within(green)) return 'GREEN';
  return within(yellow) ? 'YELLOW' : 'RED';
};

// pace = ytd ÷ expected × 100; GTE green ≥ 100, yellow ≥ 95, red below, too-low flag ≥ 120; LTE green ≤ 100, yellow ≤
// 105
export const countStatus = (
  ytd: Num | null,
  expected: Num | null,
  comparator: Comparator,
  t: Thresholds = DEFAULT_THRESHOLDS,
): CountStatus => {
  if (ytd === null || expected === null) return { status: 'NO_DATA', pace: null, targetMayBeTooLow: false };
  const actual100 = toDec(ytd).times(100);
  const base = toDec(expected);
  const direction = effectiveComparator(comparator, base);
  const yellow = direction === 'GTE' ? t.countYellowPace : 2 * t.countGreenPace - t.countYellowPace;
  return {
    status: bandStatus(direction, actual100, base, t.countGreenPace, yellow),
    pace: base.isZero() ? null : actual100.dividedBy(base).toNumber(),
    targetMayBeTooLow: direction === 'GTE' && base.gt(0) && actual100.gte(base.times(t.countTooLowPace)),
  };
};

// x = num ÷ den × 100 judged by num×100 vs T×den; GTE green ≥ T, yellow ≥ T − tol; LTE green ≤ T, yellow ≤ T + tol
export const ratioStatus = (
  numerator: Num | null,
  denominator: Num | null,
  comparator: Comparator,
  targetPercent: Num | null,
  t: Thresholds = DEFAULT_THRESHOLDS,
): Status => {
  if (numerator === null || denominator === null || targetPercent === null) return 'NO_DATA';
  const den = toDec(denominator);
  if (den.lte(0)) return 'NO_DATA';
  const target = toDec(targetPercent);
  const direction = effectiveComparator(comparator, target);
  const yellow = direction === 'GTE' ? target.minus(t.ratioTolerancePp) : target.plus(t.ratioTolerancePp);
  return bandStatus(direction, toDec(numerator).times(100), den, target, yellow);
};

// ratio = (spent ÷ budget) ÷ (m ÷ 12) × 100; green ≥ 80, yellow ≥ 60, red below
export const budgetStatus = (
  spent: Num | null,
  budget: Num | null,
  m: number,
  t: Thresholds = DEFAULT_THRESHOLDS,
): BudgetStatus => {
  assertMonth(m);
  if (spent === null || budget === null || toDec(budget).lte(0)) return { status: 'NO_DATA', ratio: null };
  const actual100 = toDec(spent).times(1200);
  const base = toDec(budget).times(m);
  return {
    status: bandStatus('GTE', actual100, base, t.budgetGreen, t.budgetYellow),
    ratio: actual100.dividedBy(base).toNumber(),
  };
};

// 达成 → GREEN, 部分达成 → YELLOW, 未达成 → RED, none → NO_DATA
export const qualitativeStatus = (rating: Rating | null | undefined): Status =>
  rating === 'ACHIEVED' ? 'GREEN' : rating === 'PARTIAL' ? 'YELLOW' : rating === 'NOT_ACHIEVED' ? 'RED' : 'NO_DATA';

// OVERDUE when the month is past due without submitted data, else the status unchanged
export const withOverdue = (status: Status, isOverdue: boolean): Status => (isOverdue ? 'OVERDUE' : status);
