import { type Num, toDec } from './decimal';
import type { Comparator } from './types';

export type Direction = 'GTE' | 'LTE';

// EQ with target ≤ 0 judges like ≤ 0 (nothing may happen); EQ with target > 0 judges like ≥ target
export const effectiveComparator = (comparator: Comparator, target: Num): Direction =>
  comparator === 'EQ' ? (toDec(target).lte(0) ? 'LTE' : 'GTE') : comparator;

// meets ⇔ actual ≥ target (GTE) or actual ≤ target (LTE), exact
export const meetsTarget = (direction: Direction, actual: Num, target: Num): boolean =>
  direction === 'GTE' ? toDec(actual).gte(target) : toDec(actual).lte(target);
