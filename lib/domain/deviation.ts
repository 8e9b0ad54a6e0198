import type { Status } from './types';

// The stale-explanation rule (docs/RULES.md, "Deviation records"): a record explains the month it was written for;
// an indicator has a current explanation only while it is off target as of the month looked at.

/** Off target: the status that asks for a deviation record (yellow or red). */
export const isOffTarget = (status: Status): boolean => status === 'YELLOW' || status === 'RED';

/**
 * The record that explains an indicator as of `asOf`: none when the indicator is not off target as of that month
 * (back on target, or no data), else the latest record of a month up to `asOf`.
 */
export function currentExplanation<T extends { month: number }>(
  records: readonly T[],
  statusAsOf: Status,
  asOf: number,
): T | null {
  if (!isOffTarget(statusAsOf)) return null;
  return records.filter((r) => r.month <= asOf).reduce<T | null>((a, r) => (!a || r.month > a.month ? r : a), null);
}
