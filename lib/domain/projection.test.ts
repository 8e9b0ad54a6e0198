import { describe, expect, test } from 'vitest';
import {
  changePercent,
  differencePp,
  likelihoodForRating,
  monthOnMonth,
  projectCount,
  projectRatio,
  suggestLikelihood,
  yearOnYear,
} from './projection';
import type { Comparator, IndicatorKind, Likelihood, Rating } from './types';
import { DEFAULT_THRESHOLDS } from './types';

const EQUAL = Array.from({ length: 12 }, () => 1 / 12);
const PLAN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe('projectCount = ytd ÷ Σ shares 1..m', () => {
  test.each<[string, number | null, number[], number, number | null]>([
    ['half a year on pace', 6_250_000, EQUAL, 6, 12_500_000],
    ['asOf = 1', 1_000_000, EQUAL, 1, 12_000_000],
    ['asOf = 10', 10_000_000, EQUAL, 10, 12_000_000],
    ['asOf = 12 is the ytd itself', 11_800_000, EQUAL, 12, 11_800_000],
    ['by plan profile, m = 3', 600, PLAN, 3, 7_800],
    ['no data', null, EQUAL, 6, null],
    ['zero so far', 0, EQUAL, 6, 0],
    ['nothing planned so far → no projection', 5, [0, ...PLAN.slice(1)], 1, null],
  ])('%s', (_label, ytd, shares, m, expected) => {
    expect(projectCount(ytd, shares, m)).toBe(expected);
  });
});

describe('projectRatio = the YTD rate', () => {
  test.each<[number | null | { rate: number | null }, number | null]>([
    [88, 88],
    [{ rate: 90 }, 90],
    [{ rate: null }, null],
    [null, null],
  ])('projectRatio(%j) = %s', (ytd, expected) => {
    expect(projectRatio(ytd)).toBe(expected);
  });
});

describe('suggestLikelihood', () => {
  test.each<[string, number | null, Comparator, number | null, IndicatorKind, Likelihood | null]>([
    ['COUNT ≥ on target', 12_500_000, 'GTE', 12_500_000, 'COUNT', 'CERTAIN'],
    ['COUNT ≥ above target', 13_000_000, 'GTE', 12_500_000, 'COUNT', 'CERTAIN'],
    ['COUNT ≥ exactly 95% of target', 11_875_000, 'GTE', 12_500_000, 'COUNT', 'POSSIBLE'],
    ['COUNT ≥ just below 95%', 11_874_999, 'GTE', 12_500_000, 'COUNT', 'IMPOSSIBLE'],
    ['COUNT ≤ on target', 100, 'LTE', 100, 'COUNT', 'CERTAIN'],
    ['COUNT ≤ exactly +5%', 105, 'LTE', 100, 'COUNT', 'POSSIBLE'],
    ['COUNT ≤ beyond +5%', 106, 'LTE', 100, 'COUNT', 'IMPOSSIBLE'],
    ['COUNT = 0 with 0', 0, 'EQ', 0, 'COUNT', 'CERTAIN'],
    ['COUNT = 0 with 1', 1, 'EQ', 0, 'COUNT', 'IMPOSSIBLE'],
    ['RATIO ≥ on target', 90, 'GTE', 90, 'RATIO', 'CERTAIN'],
    ['RATIO ≥ exactly T − 2pp', 88, 'GTE', 90, 'RATIO', 'POSSIBLE'],
    ['RATIO ≥ below T − 2pp', 87.99, 'GTE', 90, 'RATIO', 'IMPOSSIBLE'],
    ['RATIO ≤ on target', 100, 'LTE', 100, 'RATIO', 'CERTAIN'],
    ['RATIO ≤ exactly T + 2pp', 102, 'LTE', 100, 'RATIO', 'POSSIBLE'],
    ['RATIO ≤ 103%', 103, 'LTE', 100, 'RATIO', 'IMPOSSIBLE'],
    ['no projection', null, 'GTE', 90, 'RATIO', null],
    ['no target', 90, 'GTE', null, 'RATIO', null],
    ['QUALITATIVE has no numeric projection', 1, 'EQ', 1, 'QUALITATIVE', null],
  ])('%s', (_label, projection, comparator, target, kind, expected) => {
    expect(suggestLikelihood(projection, comparator, target, kind, DEFAULT_THRESHOLDS)).toBe(expected);
  });

  test.each<[Rating | null, Likelihood | null]>([
    ['ACHIEVED', 'CERTAIN'],
    ['PARTIAL', 'POSSIBLE'],
    ['NOT_ACHIEVED', 'IMPOSSIBLE'],
    [null, null],
  ])('likelihoodForRating(%s) = %s', (rating, expected) => {
    expect(likelihoodForRating(rating)).toBe(expected);
  });
});

describe('yearOnYear / monthOnMonth = (current − previous) ÷ previous × 100', () => {
  test.each<[number | null, number | null, number | null]>([
    [110, 100, 10],
    [90, 100, -10],
    [100, 100, 0],
    [1_150_000, 1_000_000, 15],
    [0, 100, -100],
    [100, 0, null],
    [100, null, null],
    [null, 100, null],
  ])('(%s vs %s) = %s', (current, previous, expected) => {
    expect(yearOnYear(current, previous)).toBe(expected);
    expect(monthOnMonth(current, previous)).toBe(expected);
    expect(changePercent(current, previous)).toBe(expected);
  });

  test.each<[number | null, number | null, number | null]>([
    [91.5, 90, 1.5],
    [88.1, 90.2, -2.1],
    [90, null, null],
    [null, 90, null],
  ])('differencePp(%s, %s) = %s', (current, previous, expected) => {
    expect(differencePp(current, previous)).toBe(expected);
  });
});
