import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cumulativeShare, expectedToDate, monthShareDec, monthlyProfile, monthlyShares, pace } from './pace';
import type { MonthValue, ShareMode } from './types';

const EQUAL = Array.from({ length: 12 }, () => 1 / 12);
const PLAN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const lastYear: MonthValue[] = PLAN.map((value, i) => ({ month: i + 1, value: value * 100_000 }));

describe('monthlyShares (12 shares summing to 1)', () => {
  test.each<[string, ShareMode, Parameters<typeof monthlyShares>[1], number[]]>([
    ['EQUAL', 'EQUAL', {}, EQUAL],
    ['PLAN', 'PLAN', { monthlyPlan: PLAN }, PLAN.map((x) => x / 78)],
    ['PLAN without a plan → EQUAL', 'PLAN', { monthlyPlan: null }, EQUAL],
    ['PLAN summing to 0 → EQUAL', 'PLAN', { monthlyPlan: Array.from({ length: 12 }, () => 0) }, EQUAL],
    ['PLAN of the wrong length → EQUAL', 'PLAN', { monthlyPlan: [1, 2, 3] }, EQUAL],
    ['PLAN with a negative amount → EQUAL', 'PLAN', { monthlyPlan: [-1, ...PLAN.slice(1)] }, EQUAL],
    ['LAST_YEAR', 'LAST_YEAR', { lastYear }, PLAN.map((x) => x / 78)],
    ['LAST_YEAR missing → EQUAL', 'LAST_YEAR', {}, EQUAL],
    ['LAST_YEAR with a month missing → EQUAL', 'LAST_YEAR', { lastYear: lastYear.slice(0, 11) }, EQUAL],
    ['EQUAL ignores a given plan', 'EQUAL', { monthlyPlan: PLAN }, EQUAL],
  ])('%s', (_label, mode, opts, expected) => {
    const shares = monthlyShares(mode, opts);
    expect(shares).toHaveLength(12);
    shares.forEach((share, i) => expect(share).toBeCloseTo(expected[i], 15));
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  test('monthlyProfile keeps the raw amounts', () => {
    expect(monthlyProfile('PLAN', { monthlyPlan: PLAN })).toEqual(PLAN);
    expect(monthlyProfile('EQUAL')).toEqual(Array.from({ length: 12 }, () => 1));
  });
});

describe('cumulativeShare = Σ shares 1..m ÷ Σ shares', () => {
  test.each<[string, number[], number, number]>([
    ['EQUAL, m = 1', EQUAL, 1, 1 / 12],
    ['EQUAL, m = 6', EQUAL, 6, 0.5],
    ['EQUAL, m = 12 is exactly 1', EQUAL, 12, 1],
    ['PLAN shares, m = 3', monthlyShares('PLAN', { monthlyPlan: PLAN }), 3, 6 / 78],
    ['raw profile, m = 3', PLAN, 3, 6 / 78],
    ['unusable shares fall back to m ÷ 12', [], 3, 0.25],
  ])('%s', (_label, shares, m, expected) => {
    expect(cumulativeShare(shares, m)).toBeCloseTo(expected, 15);
  });

  test.each([1, 6, 12])('EQUAL m = %s is exactly m ÷ 12', (m) => {
    expect(cumulativeShare(EQUAL, m)).toBe(m / 12);
  });

  test.each([
    [EQUAL, 1, 1 / 12],
    [PLAN, 12, 12 / 78],
  ])('monthShareDec(%j, %s) = %s', (shares, m, expected) => {
    expect(monthShareDec(shares, m).toNumber()).toBeCloseTo(expected, 15);
  });
});

describe('expectedToDate = target × Σ shares 1..m', () => {
  test.each<[string, number | null, number[], number, number | null]>([
    ['受理量, m = 6', 12_500_000, EQUAL, 6, 6_250_000],
    ['受理量, m = 12', 12_500_000, EQUAL, 12, 12_500_000],
    ['受理量, m = 1', 12_500_000, EQUAL, 1, 12_500_000 / 12],
    ['受理量, m = 3', 12_500_000, EQUAL, 3, 3_125_000],
    ['by plan, m = 3', 7_800, PLAN, 3, 600],
    ['target 0', 0, EQUAL, 6, 0],
    ['no target', null, EQUAL, 6, null],
  ])('%s', (_label, target, shares, m, expected) => {
    expect(expectedToDate(target, shares, m)).toBe(expected);
  });
});

describe('pace = ytd ÷ expected × 100', () => {
  test.each<[number | null, number | null, number | null]>([
    [6_250_000, 6_250_000, 100],
    [5_937_500, 6_250_000, 95],
    [7_500_000, 6_250_000, 120],
    [0, 6_250_000, 0],
    [100, 0, null],
    [null, 100, null],
    [100, null, null],
  ])('pace(%s, %s) = %s', (ytd, expected, result) => {
    expect(pace(ytd, expected)).toBe(result);
  });
});

describe('properties', () => {
  const planArb = fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 12, maxLength: 12 });

  test('shares sum to 1 and the cumulative share rises to exactly 1', () => {
    fc.assert(
      fc.property(planArb, fc.constantFrom<ShareMode>('EQUAL', 'PLAN'), (plan, mode) => {
        const shares = monthlyShares(mode, { monthlyPlan: plan });
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        shares.forEach((s) => expect(s).toBeGreaterThanOrEqual(0));
        for (let m = 2; m <= 12; m += 1)
          expect(cumulativeShare(shares, m)).toBeGreaterThanOrEqual(cumulativeShare(shares, m - 1));
        expect(cumulativeShare(shares, 12)).toBe(1);
      }),
    );
  });
});
