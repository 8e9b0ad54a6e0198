import { describe, expect, test } from 'vitest';
import { type Direction, effectiveComparator, meetsTarget } from './comparator';
import type { Comparator } from './types';

describe('effectiveComparator: EQ 0 judges as ≤ 0, EQ > 0 as ≥', () => {
  test.each<[Comparator, number, Direction]>([
    ['GTE', 90, 'GTE'],
    ['LTE', 100, 'LTE'],
    ['EQ', 0, 'LTE'],
    ['EQ', 100, 'GTE'],
  ])('%s %s → %s', (comparator, target, expected) => {
    expect(effectiveComparator(comparator, target)).toBe(expected);
  });
});

describe('meetsTarget, exact', () => {
  test.each<[Direction, number, number, boolean]>([
    ['GTE', 90, 90, true],
    ['GTE', 89.99, 90, false],
    ['LTE', 100, 100, true],
    ['LTE', 100.01, 100, false],
  ])('%s: %s vs %s → %s', (direction, actual, target, expected) => {
    expect(meetsTarget(direction, actual, target)).toBe(expected);
  });
});
