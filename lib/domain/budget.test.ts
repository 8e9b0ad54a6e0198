import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type BudgetMonth,
  costControlMonths,
  defaultMonthlyPlan,
  evaluateBudget,
  executionRate,
  plannedByMonth,
} from './budget';
import { sumDec } from './decimal';

const SEED_BUDGET = 2_457_800;
const spentEach = (amount: number, upTo: number): BudgetMonth[] =>
  Array.from({ length: upTo }, (_, i) => ({ month: i + 1, spent: amount, planned: null }));

describe('defaultMonthlyPlan: twelve equal amounts to the fen, December takes the remainder', () => {
  test.each<[number, number, number]>([
    [SEED_BUDGET, 204_816.66, 204_816.74],
    [1_200, 100, 100],
    [100, 8.33, 8.37],
    [0, 0, 0],
    [0.05, 0, 0.05],
    [1_000_000.01, 83_333.33, 83_333.38],
  ])('budget %s → 11 × %s + %s', (budget, each, last) => {
    const plan = defaultMonthlyPlan(budget);
    expect(plan).toHaveLength(12);
    expect(plan.slice(0, 11)).toEqual(Array.from({ length: 11 }, () => each));
    expect(plan[11]).toBe(last);
    expect(sumDec(plan).toNumber()).toBe(budget);
  });

  test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('budget %s is refused', (budget) => {
    expect(() => defaultMonthlyPlan(budget)).toThrow(RangeError);
  });

  test('sums exactly to the budget for any amount in fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (fen) => {
        const plan = defaultMonthlyPlan(fen / 100);
        const planFen = plan.map((x) => Math.round(x * 100));
        expect(planFen.reduce((a, b) => a + b, 0)).toBe(fen);
        expect(sumDec(plan).times(100).toNumber()).toBe(fen);
        planFen.forEach((x) => expect(Number.isInteger(x) && x >= 0).toBe(true));
      }),
    );
  });
});

describe('plannedByMonth / costControlMonths', () => {
  test('entered planned amounts replace the default split month by month', () => {
    const planned = plannedByMonth(1_200, [{ month: 2, spent: null, planned: 300 }]);
    expect(planned).toEqual([100, 300, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]);
  });

  test('成本控制率 months carry spent over planned, only for months with spending', () => {
    expect(
      costControlMonths(1_200, [
        { month: 1, spent: 103, planned: null },
        { month: 2, spent: null, planned: 200 },
        { month: 3, spent: 50, planned: 40 },
      ]),
    ).toEqual([
      { month: 1, numerator: 103, denominator: 100 },
      { month: 3, numerator: 50, denominator: 40 },
    ]);
  });
});

describe('evaluateBudget', () => {
  test('seed budget, 200,000 spent each month through October', () => {
    const figures = evaluateBudget({ budget: SEED_BUDGET, months: spentEach(200_000, 10), asOf: 10, weight: 10 });
    expect(figures.spentToDate).toBe(2_000_000);
    expect(figures.plannedToDate).toBe(2_048_166.6);
    expect(figures.executionRate).toBeCloseTo(81.3736, 4);
    expect(figures.timeProgress).toBeCloseTo(83.3333, 4);
    expect(figures.ratio).toBeCloseTo(97.6483, 4);
    expect(figures.status).toBe('GREEN');
    expect(figures.costControlRate).toBeCloseTo(97.6483, 3);
    expect(figures.projectedSpend).toBe(2_409_633.4);
    expect(figures.score).toBe(9.8);
    expect(figures.isProjected).toBe(true);
  });

  test.each<[string, BudgetMonth[], number, number | null, string, number | null]>([
    ['no spending entered', [], 6, null, 'NO_DATA', null],
    ['exactly 80% of time progress', spentEach(80, 6), 6, 80, 'GREEN', 9],
    ['exactly 60% of time progress', spentEach(60, 6), 6, 60, 'YELLOW', 8],
    ['below 60%', spentEach(59, 6), 6, 59, 'RED', 7.95],
    ['asOf = 1, on plan', spentEach(100, 1), 1, 100, 'GREEN', 10],
    ['asOf = 12, fully spent', spentEach(100, 12), 12, 100, 'GREEN', 10],
    [
      'a month missing in the middle',
      [
        { month: 1, spent: 100, planned: null },
        { month: 3, spent: 100, planned: null },
      ],
      3,
      66.67,
      'YELLOW',
      9.17,
    ],
  ])('%s (budget 1,200)', (_label, months, asOf, ratio, status, score) => {
    const figures = evaluateBudget({ budget: 1_200, months, asOf, weight: 10 });
    expect(figures.status).toBe(status);
    if (ratio === null) expect(figures.ratio).toBeNull();
    else expect(figures.ratio).toBeCloseTo(ratio, 2);
    expect(figures.score).toBe(score);
  });

  test('no spending → every derived rate is null', () => {
    const figures = evaluateBudget({ budget: 1_200, months: [], asOf: 6, weight: 10 });
    expect(figures).toMatchObject({
      spentToDate: null,
      executionRate: null,
      costControlRate: null,
      projectedSpend: null,
      score: null,
    });
    expect(figures.plannedToDate).toBe(600);
  });

  test('cost control rate is null when nothing is planned to date', () => {
    const months: BudgetMonth[] = [{ month: 1, spent: 10, planned: 0 }];
    expect(evaluateBudget({ budget: 1_200, months, asOf: 1, weight: 10 }).costControlRate).toBeNull();
  });

  test('once the year is complete the score uses the year’s actual spending', () => {
    const months = spentEach(90, 12);
    const projected = evaluateBudget({ budget: 1_200, months, asOf: 12, weight: 10 });
    const final = evaluateBudget({ budget: 1_200, months, asOf: 12, weight: 10, isYearComplete: true });
    expect(projected).toMatchObject({ score: 9, isProjected: true });
    expect(final).toMatchObject({ score: 9, isProjected: false });
  });

  test('a custom weight and thresholds', () => {
    const figures = evaluateBudget({
      budget: 1_200,
      months: spentEach(70, 6),
      asOf: 6,
      weight: 5,
      thresholds: {
        countGreenPace: 100,
        countYellowPace: 95,
        countTooLowPace: 120,
        ratioTolerancePp: 2,
        budgetGreen: 70,
        budgetYellow: 50,
      },
    });
    expect(figures.status).toBe('GREEN');
    expect(figures.score).toBe(4.25);
  });
});

describe('executionRate: 执行率 = spent ÷ budget × 100', () => {
  test.each([
    [9_000_000, 10_000_000, 90],
    [0, 10_000_000, 0],
    [1, 3, 100 / 3],
    [null, 10_000_000, null],
    [5, 0, null],
  ])('%s of %s → %s', (spent, budget, expected) => {
    const rate = executionRate(spent, budget);
    if (expected === null) expect(rate).toBeNull();
    else expect(rate).toBeCloseTo(expected, 12);
  });
});
