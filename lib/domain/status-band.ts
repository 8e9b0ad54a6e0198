import { type Direction, effectiveComparator } from './comparator';
import { toDec } from './decimal';
import { type Comparator, DEFAULT_THRESHOLDS, type IndicatorKind, type Thresholds } from './types';

/**
 * The 预警 band of a status, in the figure the status judges: RATIO the YTD rate in percent, COUNT the pace
 * (YTD ÷ expected × 100). `closed` names the edge that is itself 预警; the other edge is 达标.
 */
export type StatusBand = { from: number; to: number; closed: 'from' | 'to' };

const band = (direction: Direction, green: number, farEdge: number): StatusBand | null => {
  if (direction === 'GTE') return farEdge < green ? { from: farEdge, to: green, closed: 'from' } : null;
  return farEdge > green ? { from: green, to: farEdge, closed: 'to' } : null;
};

/**
 * The band of `ratioStatus` / `countStatus` for the effective comparator (docs/RULES.md, "Status"): RATIO `≥ T`
 * [T − tol, T), `≤ T` (T, T + tol]; COUNT pace `≥` [yellow, green), `≤` (green, 2·green − yellow]. None where no
 * value is 预警: no target, a zero tolerance, a COUNT target of 0 (`=` 0: anything above 0 is 未达标), a
 * QUALITATIVE indicator.
 */
export const statusBand = (
  kind: IndicatorKind,
  comparator: Comparator,
  target: number | null,
  t: Thresholds = DEFAULT_THRESHOLDS,
): StatusBand | null => {
  if (target === null || kind === 'QUALITATIVE') return null;
  const direction = effectiveComparator(comparator, target);
  if (kind === 'RATIO') {
    const far = direction === 'GTE' ? toDec(target).minus(t.ratioTolerancePp) : toDec(target).plus(t.ratioTolerancePp);
    return band(direction, target, far.toNumber());
  }
  if (toDec(target).lte(0)) return null; // pace is undefined against nothing expected
  const far = direction === 'GTE' ? t.countYellowPace : 2 * t.countGreenPace - t.countYellowPace;
  return band(direction, t.countGreenPace, far);
};
