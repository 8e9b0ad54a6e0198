import { type Dec, type Num, toDec } from './decimal';
import { effectiveComparator } from './comparator';
import { cumulativeShareDec } from './pace';
import { bandStatus } from './status';
import {
  DEFAULT_THRESHOLDS,
  type Comparator,
  type IndicatorKind,
  type Likelihood,
  type Rating,
  type Status,
  type Thresholds,
} from './types';

const LIKELIHOOD_BY_STATUS: Partial<Record<Status, Likelihood>> = {
  GREEN: 'CERTAIN',
  YELLOW: 'POSSIBLE',
  RED: 'IMPOSSIBLE',
};

// projected full year = ytd ÷ Σ shares 1..m, exact; null without ytd or when Σ shares 1..m = 0
export const projectCountDec = (ytd: Num | null, shares: readonly number[], m: number): Dec | null => {
  const share = cumulativeShareDec(shares, m);
  return ytd === null || share.isZero() ? null : toDec(ytd).dividedBy(share);
};

// projected full year = ytd ÷ Σ shares 1..m
export const projectCount = (ytd: Num | null, shares: readonly number[], m: number): number | null =>
  projectCountDec(ytd, shares, m)?.toNumber() ?? null;

// projected full-year rate = the YTD rate (Σ num ÷ Σ den × 100)
export const projectRatio = (ytd: number | null | { rate: number | null }): number | null =>
  ytd !== null && typeof ytd === 'object' ? ytd.rate : ytd;

// meets target → CERTAIN; within the yellow band (COUNT ≥ 95% of target, RATIO within 2pp) → POSSIBLE; else IMPOSSIBLE
export const suggestLikelihood = (
  projection: Num | null,
  comparator: Comparator,
  target: Num | null,
  kind: IndicatorKind,
  t: Thresholds = DEFAULT_THRESHOLDS,
): Likelihood | null => {
  if (projection === null || target === null || kind === 'QUALITATIVE') return null;
  const goal = toDec(target);
  const direction = effectiveComparator(comparator, goal);
  const status =
    kind === 'COUNT'
      ? bandStatus(
          direction,
          toDec(projection).times(100),
          goal,
          100,
          direction === 'GTE' ? t.countYellowPace : 2 * t.countGreenPace - t.countYellowPace,
        )
      : bandStatus(
          direction,
          toDec(projection),
          toDec(1),
          goal,
          direction === 'GTE' ? goal.minus(t.ratioTolerancePp) : goal.plus(t.ratioTolerancePp),
        );
  return LIKELIHOOD_BY_STATUS[status] ?? null;
};

// 达成 → CERTAIN, 部分达成 → POSSIBLE, 未达成 → IMPOSSIBLE
export const likelihoodForRating = (rating: Rating | null | undefined): Likelihood | null =>
  rating === 'ACHIEVED'
    ? 'CERTAIN'
    : rating === 'PARTIAL'
      ? 'POSSIBLE'
      : rating === 'NOT_ACHIEVED'
        ? 'IMPOSSIBLE'
        : null;

// change % = (current − previous) ÷ previous × 100; null when either is null or previous = 0
export const changePercent = (current: Num | null, previous: Num | null): number | null => {
  if (current === null || previous === null || toDec(previous).isZero()) return null;
  return toDec(current).minus(previous).times(100).dividedBy(previous).toNumber();
};

// 同比 = (current − last year) ÷ last year × 100
export const yearOnYear = (current: Num | null, previous: Num | null): number | null =>
  changePercent(current, previous);

// 环比 = (current − previous month) ÷ previous month × 100
export const monthOnMonth = (current: Num | null, previous: Num | null): number | null =>
  changePercent(current, previous);

// difference in percentage points = current − previous; null when either is null
export const differencePp = (current: Num | null, previous: Num | null): number | null =>
  current === null || previous === null ? null : toDec(current).minus(previous).toNumber();
