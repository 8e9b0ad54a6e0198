import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sumDec } from './decimal';
import { type PlanIndicatorInput, evaluatePlan } from './evaluate';
import type { Grade, IndicatorInput, MonthValue } from './types';

const INTAKE: IndicatorInput = { kind: 'COUNT', comparator: 'GTE', target: 12_500_000, weight: 15 };
const ANSWER_RATE: IndicatorInput = { kind: 'RATIO', comparator: 'GTE', target: 90, weight: 15 };
const COST_CONTROL: IndicatorInput = { kind: 'RATIO', comparator: 'LTE', target: 100, weight: 10 };

const fill = (n: number, make: (month: number) => MonthValue): MonthValue[] =>
  Array.from({ length: n }, (_, i) => make(i + 1));
const rated = (n: number, d: number, upTo: number): MonthValue[] =>
  fill(upTo, (month) => ({ month, numerator: n, denominator: d }));
const yearSummingTo = (total: number): MonthValue[] => {
  const each = Math.floor(total / 12);
  return fill(12, (month) => ({ month, value: month === 12 ? total - 11 * each : each }));
};

const SEED_PLAN = (): PlanIndicatorInput[] => [
  { id: 'intake', ...INTAKE, months: yearSummingTo(11_800_000) },
  { id: 'answer', ...ANSWER_RATE, months: rated(88, 100, 12) },
  { id: 'onTime', kind: 'RATIO', comparator: 'GTE', target: 95, weight: 10, months: rated(95, 100, 12) },
  { id: 'cost', ...COST_CONTROL, months: rated(103, 100, 12) },
  { id: 'instant', kind: 'RATIO', comparator: 'GTE', target: 85, weight: 30, months: rated(85, 100, 12) },
  { id: 'satisfaction', kind: 'RATIO', comparator: 'GTE', target: 95, weight: 10, months: rated(96, 100, 12) },
  { id: 'oneStop', kind: 'RATIO', comparator: 'GTE', target: 90, weight: 0, months: rated(50, 100, 12) },
];

describe('evaluatePlan', () => {
  test('the seed plan over a complete year', () => {
    const plan = evaluatePlan({
      indicators: SEED_PLAN(),
      asOf: 12,
      isYearComplete: true,
      budget: { budget: 2_457_800, months: [{ month: 12, spent: 2_457_800, planned: null }] },
    });
    expect(plan.items.map((item) => [item.id, item.figures.score])).toEqual([
      ['intake', 14.16],
      ['answer', 14.67],
      ['onTime', 10],
      ['cost', 9.7],
      ['instant', 30],
      ['satisfaction', 10],
      ['oneStop', null],
    ]);
    expect(plan.budget?.score).toBe(10);
    expect(plan).toMatchObject({
      total: 98.53,
      maxTotal: 100,
      grade: 'EXCELLENT',
      unscoredIds: [],
      isProjected: false,
    });
  });

  test.each<[number, number, Grade]>([
    [90, 90, 'EXCELLENT'],
    [89.99, 89.99, 'GOOD'],
    [80, 80, 'GOOD'],
    [79.99, 79.99, 'FAIR'],
    [60, 60, 'FAIR'],
    [59.99, 59.99, 'POOR'],
  ])('a total of exactly %s grades as expected', (rate, total, grade) => {
    const plan = evaluatePlan({
      indicators: [
        { id: 'x', kind: 'RATIO', comparator: 'GTE', target: 100, weight: 100, months: rated(rate * 100, 10_000, 12) },
      ],
      asOf: 12,
      isYearComplete: true,
    });
    expect(plan).toMatchObject({ total, grade, budget: null });
  });

  test('weight-0 items are excluded and the budget score is added', () => {
    const plan = evaluatePlan({
      indicators: [
        { id: 'scored', ...ANSWER_RATE, weight: 45, months: rated(90, 100, 6) },
        { id: 'monitor', ...ANSWER_RATE, weight: 0, months: rated(10, 100, 6) },
      ],
      asOf: 6,
      budget: {
        budget: 1_200,
        months: Array.from({ length: 6 }, (_, i) => ({ month: i + 1, spent: 100, planned: null })),
      },
      budgetWeight: 10,
    });
    expect(plan).toMatchObject({ total: 55, maxTotal: 55, isProjected: true, grade: 'POOR' });
    expect(plan.items[1].figures).toMatchObject({ status: 'RED', score: null, isMonitoring: true });
  });

  test('no data at all → no total, no grade, every weighted item unscored', () => {
    const plan = evaluatePlan({
      indicators: [
        { id: 'a', ...INTAKE, months: [] },
        { id: 'b', ...ANSWER_RATE, months: [] },
        { id: 'm', ...ANSWER_RATE, weight: 0, months: [] },
      ],
      asOf: 3,
    });
    expect(plan).toMatchObject({ total: null, grade: null, unscoredIds: ['a', 'b'] });
  });

  test('grade bands are a plan setting', () => {
    const plan = evaluatePlan({
      indicators: [{ id: 'x', ...ANSWER_RATE, weight: 100, months: rated(76.5, 100, 12) }],
      asOf: 12,
      gradeBands: { excellent: 85, good: 80, fair: 50 },
    });
    expect(plan).toMatchObject({ total: 85, grade: 'EXCELLENT' });
  });
});

describe('properties', () => {
  test('the plan total is the sum of the weighted item scores plus the budget score, and each lies in [0, w]', () => {
    const item = fc.record({
      weight: fc.integer({ min: 0, max: 30 }),
      target: fc.integer({ min: 1, max: 100 }),
      comparator: fc.constantFrom<'GTE' | 'LTE' | 'EQ'>('GTE', 'LTE', 'EQ'),
      monthly: fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 12, maxLength: 12 }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 2_000 }),
        (items, asOf, spent) => {
          const indicators: PlanIndicatorInput[] = items.map((it, i) => ({
            id: String(i),
            kind: 'RATIO',
            comparator: it.comparator,
            target: it.target,
            weight: it.weight,
            months: it.monthly.map((numerator, m) => ({ month: m + 1, numerator, denominator: 1_000 })),
          }));
          const plan = evaluatePlan({
            indicators,
            asOf,
            budget: { budget: 1_200, months: [{ month: 1, spent, planned: null }] },
          });
          const scores = plan.items.filter((x) => !x.figures.isMonitoring).map((x) => x.figures.score ?? 0);
          expect(plan.total).toBe(sumDec([...scores, plan.budget?.score ?? 0]).toNumber());
          plan.items.forEach((x, i) => {
            if (x.figures.score === null) return;
            expect(x.figures.score).toBeGreaterThanOrEqual(0);
            expect(x.figures.score).toBeLessThanOrEqual(indicators[i].weight);
          });
        },
      ),
    );
  });
});
