import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sumDec } from './decimal';
import {
  budgetScore,
  clampQualitativeScore,
  gradeFor,
  projectedBudgetSpend,
  qualitativeBand,
  scoreEq,
  scoreFor,
  scoreGte,
  scoreLte,
  totalScore,
} from './score';
import type { Comparator, Grade, GradeBands, Rating } from './types';

describe('scoreGte: a ≥ t → w, else round(a ÷ t × w, 2)', () => {
  test.each<[string, number, number, number, number]>([
    ['接通率 88 vs ≥ 90, w 10 (worked check)', 88, 90, 10, 9.78],
    ['受理量 11,800,000 vs ≥ 12,500,000, w 10 (worked check)', 11_800_000, 12_500_000, 10, 9.44],
    ['受理量 11,800,000 vs ≥ 12,500,000, w 15', 11_800_000, 12_500_000, 15, 14.16],
    ['actual exactly on target', 90, 90, 10, 10],
    ['actual above target', 99, 90, 10, 10],
    ['actual 0', 0, 90, 10, 0],
    ['target 0 → full weight', 0, 0, 10, 10],
    ['half up at the third decimal (0.125 → 0.13)', 1, 8, 1, 0.13],
    ['89 vs 90, w 15', 89, 90, 15, 14.83],
    ['weight 0', 50, 90, 0, 0],
  ])('%s', (_label, a, t, w, expected) => {
    expect(scoreGte(a, t, w)).toBe(expected);
  });
});

describe('scoreLte: a ≤ t → w; t < a < 2t → round((1 − (a − t) ÷ t) × w, 2); a ≥ 2t → 0', () => {
  test.each<[string, number, number, number, number]>([
    ['成本控制率 103 vs ≤ 100, w 10 (worked check)', 103, 100, 10, 9.7],
    ['on target', 100, 100, 10, 10],
    ['below target', 80, 100, 10, 10],
    ['150 vs 100', 150, 100, 10, 5],
    ['199 vs 100', 199, 100, 10, 0.1],
    ['exactly 2t → 0', 200, 100, 10, 0],
    ['beyond 2t → 0', 250, 100, 10, 0],
    ['half up: 100.05 vs 100, w 10 → 9.995 → 10.00', 100.05, 100, 10, 10],
    ['half up: 100.15 vs 100, w 10 → 9.985 → 9.99', 100.15, 100, 10, 9.99],
    ['target 0 with 0', 0, 0, 10, 10],
    ['target 0 with anything above → 0', 1, 0, 10, 0],
  ])('%s', (_label, a, t, w, expected) => {
    expect(scoreLte(a, t, w)).toBe(expected);
  });
});

describe('scoreEq: t = 0 → (a ≤ 0 → w, else 0); t > 0 as ≥', () => {
  test.each<[number, number, number, number]>([
    [0, 0, 10, 10],
    [0.01, 0, 10, 0],
    [5, 0, 10, 0],
    [100, 100, 10, 10],
    [90, 100, 10, 9],
    [110, 100, 10, 10],
  ])('scoreEq(%s, %s, %s) = %s', (a, t, w, expected) => {
    expect(scoreEq(a, t, w)).toBe(expected);
  });
});

describe('scoreFor dispatches on the comparator', () => {
  test.each<[Comparator, number, number, number, number]>([
    ['GTE', 88, 90, 10, 9.78],
    ['LTE', 103, 100, 10, 9.7],
    ['EQ', 1, 0, 10, 0],
    ['EQ', 88, 90, 10, 9.78],
  ])('%s a=%s t=%s w=%s → %s', (comparator, a, t, w, expected) => {
    expect(scoreFor(comparator, a, t, w)).toBe(expected);
  });
});

describe('qualitative bands: 达成 80–100%, 部分达成 60–80%, 未达成 0–60% of w', () => {
  test.each<[Rating, number, number, number]>([
    ['ACHIEVED', 10, 8, 10],
    ['PARTIAL', 10, 6, 8],
    ['NOT_ACHIEVED', 10, 0, 6],
    ['ACHIEVED', 15, 12, 15],
    ['PARTIAL', 15, 9, 12],
    ['NOT_ACHIEVED', 15, 0, 9],
  ])('%s with w %s → %s..%s', (rating, w, min, max) => {
    expect(qualitativeBand(rating, w)).toEqual({ min, max });
  });

  test.each<[string, Rating | null, number, number | null | undefined, number | null]>([
    ['ACHIEVED, no pick → midpoint', 'ACHIEVED', 10, undefined, 9],
    ['PARTIAL, no pick → midpoint', 'PARTIAL', 10, null, 7],
    ['NOT_ACHIEVED, no pick → midpoint', 'NOT_ACHIEVED', 10, null, 3],
    ['ACHIEVED w 15, no pick → 13.5', 'ACHIEVED', 15, null, 13.5],
    ['a pick inside the band is kept', 'ACHIEVED', 10, 8.5, 8.5],
    ['a pick on the lower edge is kept', 'PARTIAL', 10, 6, 6],
    ['a pick above the band is clamped to its max', 'PARTIAL', 10, 9.5, 8],
    ['a pick below the band is clamped to its min', 'ACHIEVED', 10, 2, 8],
    ['a pick is rounded half up', 'ACHIEVED', 10, 8.555, 8.56],
    ['no rating → no score', null, 10, 9, null],
  ])('%s', (_label, rating, w, picked, expected) => {
    expect(clampQualitativeScore(rating, w, picked)).toBe(expected);
  });
});

describe('budgetScore = round(min(spent ÷ budget, 1) × w, 2)', () => {
  test.each<[string, number | null, number | null, number | undefined, number | null]>([
    ['fully spent', 2_457_800, 2_457_800, 10, 10],
    ['half spent', 1_228_900, 2_457_800, 10, 5],
    ['overspent is capped', 3_000_000, 2_457_800, 10, 10],
    ['2,400,000 of 2,457,800', 2_400_000, 2_457_800, 10, 9.76],
    ['default weight 10', 2_400_000, 2_457_800, undefined, 9.76],
    ['weight 5', 1_228_900, 2_457_800, 5, 2.5],
    ['nothing spent', 0, 2_457_800, 10, 0],
    ['no spending entered', null, 2_457_800, 10, null],
    ['budget 0', 100, 0, 10, null],
  ])('%s', (_label, spent, budget, w, expected) => {
    expect(budgetScore(spent, budget, w)).toBe(expected);
  });
});

describe('projectedBudgetSpend = spent to date + planned of months after m', () => {
  const planned = Array.from({ length: 12 }, () => 100);
  test.each<[number, number[], number, number]>([
    [1000, planned, 6, 1600],
    [1000, planned, 12, 1000],
    [50, planned, 1, 1150],
    [0.1, [...planned.slice(0, 11), 0.2], 11, 0.3],
  ])('spent %s, m = %s → %s', (spent, plan, m, expected) => {
    expect(projectedBudgetSpend(spent, plan, m)).toBe(expected);
  });
});

describe('totalScore = Σ rounded items', () => {
  test.each<[string, (number | null)[], number]>([
    ['the three worked checks', [9.78, 9.7, 9.44], 28.92],
    ['items are rounded before summing', [0.005, 0.005], 0.02],
    ['no floating-point noise', [0.1, 0.2], 0.3],
    ['nulls are skipped', [10, null, 5.5], 15.5],
    ['nothing', [], 0],
    ['a full plan', [15, 15, 10, 10, 30, 10, 10], 100],
  ])('%s', (_label, items, expected) => {
    expect(totalScore(items)).toBe(expected);
  });
});

describe('gradeFor: 优 ≥ 90, 良 80–90, 中 60–80, 差 < 60', () => {
  test.each<[number, Grade]>([
    [100, 'EXCELLENT'],
    [90, 'EXCELLENT'],
    [89.99, 'GOOD'],
    [80, 'GOOD'],
    [79.99, 'FAIR'],
    [60, 'FAIR'],
    [59.99, 'POOR'],
    [0, 'POOR'],
  ])('%s → %s', (total, grade) => {
    expect(gradeFor(total)).toBe(grade);
  });

  test.each<[number, GradeBands, Grade]>([
    [85, { excellent: 85, good: 75, fair: 60 }, 'EXCELLENT'],
    [74.99, { excellent: 85, good: 75, fair: 60 }, 'FAIR'],
  ])('%s with bands %j → %s', (total, bands, grade) => {
    expect(gradeFor(total, bands)).toBe(grade);
  });

  test('a total built from rounded items hits the band edge exactly', () => {
    expect(gradeFor(totalScore([29.99, 30.01, 20.3, 9.7]))).toBe('EXCELLENT');
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: 0, max: 2_000_000_000 }).map((x) => x / 100);
  const positive = fc.integer({ min: 1, max: 2_000_000_000 }).map((x) => x / 100);
  const weight = fc.integer({ min: 0, max: 100 });

  test('a GTE score never decreases when the actual rises', () => {
    fc.assert(
      fc.property(amount, amount, positive, weight, (a, b, t, w) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(scoreGte(high, t, w)).toBeGreaterThanOrEqual(scoreGte(low, t, w));
      }),
    );
  });

  test('an LTE score never increases when the actual rises', () => {
    fc.assert(
      fc.property(amount, amount, positive, weight, (a, b, t, w) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(scoreLte(high, t, w)).toBeLessThanOrEqual(scoreLte(low, t, w));
      }),
    );
  });

  test('every item score lies in [0, w]', () => {
    fc.assert(
      fc.property(fc.constantFrom<Comparator>('GTE', 'LTE', 'EQ'), amount, amount, weight, (comparator, a, t, w) => {
        const score = scoreFor(comparator, a, t, w);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(w);
      }),
    );
  });

  test('every qualitative and budget score lies in [0, w]', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Rating>('ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED'),
        weight,
        fc.option(fc.double({ min: -100, max: 200, noNaN: true })),
        amount,
        positive,
        (rating, w, picked, spent, budget) => {
          const q = clampQualitativeScore(rating, w, picked) ?? -1;
          const b = budgetScore(spent, budget, w) ?? -1;
          [q, b].forEach((score) => {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(w);
          });
        },
      ),
    );
  });

  test('the total equals the sum of the items', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3_000 }).map((x) => x / 100)), (items) => {
        expect(totalScore(items)).toBe(sumDec(items).toNumber());
      }),
    );
  });
});
