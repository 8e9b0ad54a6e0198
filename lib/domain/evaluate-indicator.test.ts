import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type BudgetMonth, costControlMonths } from './budget';
import { evaluateIndicator } from './evaluate-indicator';
import type { IndicatorInput, MonthValue, Rating, Status } from './types';

const INTAKE: IndicatorInput = { kind: 'COUNT', comparator: 'GTE', target: 12_500_000, weight: 15 };
const ANSWER_RATE: IndicatorInput = { kind: 'RATIO', comparator: 'GTE', target: 90, weight: 15 };
const COST_CONTROL: IndicatorInput = { kind: 'RATIO', comparator: 'LTE', target: 100, weight: 10 };
const QUALITATIVE: IndicatorInput = { kind: 'QUALITATIVE', comparator: 'EQ', target: null, weight: 10 };

const values = (...xs: (number | null)[]): MonthValue[] => xs.map((value, i) => ({ month: i + 1, value }));
const fill = (n: number, make: (month: number) => MonthValue): MonthValue[] =>
  Array.from({ length: n }, (_, i) => make(i + 1));
const rated = (n: number, d: number, upTo: number): MonthValue[] =>
  fill(upTo, (month) => ({ month, numerator: n, denominator: d }));
const yearSummingTo = (total: number): MonthValue[] => {
  const each = Math.floor(total / 12);
  return fill(12, (month) => ({ month, value: month === 12 ? total - 11 * each : each }));
};

describe('evaluateIndicator: COUNT', () => {
  test('受理量 1,000,000 a month through October', () => {
    const figures = evaluateIndicator({
      indicator: INTAKE,
      months: fill(10, (month) => ({ month, value: 1_000_000 })),
      asOf: 10,
    });
    expect(figures).toMatchObject({
      ytdValue: 10_000_000,
      ytdNumerator: null,
      ytdDenominator: null,
      pace: 96,
      status: 'YELLOW',
      targetMayBeTooLow: false,
      projection: 12_000_000,
      likelihood: 'POSSIBLE',
      scoredActual: 12_000_000,
      score: 14.4,
      isProjected: true,
      isMonitoring: false,
    });
    expect(figures.expected).toBeCloseTo(10_416_666.67, 2);
    expect(figures.monthly).toHaveLength(10);
    expect(figures.monthly[9]).toMatchObject({
      month: 10,
      value: 1_000_000,
      cumulative: 10_000_000,
      status: 'YELLOW',
      mom: 0,
    });
    expect(figures.monthly[0].expected).toBeCloseTo(1_041_666.67, 2);
  });

  test.each<[string, IndicatorInput, MonthValue[], number, boolean, Status, number | null, number | null, boolean]>([
    [
      '受理量 11,800,000 vs ≥ 12,500,000, w 10, year complete (worked check)',
      { ...INTAKE, weight: 10 },
      yearSummingTo(11_800_000),
      12,
      true,
      'RED',
      11_800_000,
      9.44,
      false,
    ],
    [
      'the same in December before approval is 预计',
      { ...INTAKE, weight: 10 },
      yearSummingTo(11_800_000),
      12,
      false,
      'RED',
      11_800_000,
      9.44,
      true,
    ],
    ['asOf = 1 on pace', INTAKE, values(1_041_667), 1, false, 'GREEN', 12_500_004, 15, true],
    [
      'asOf = 1 at exactly 95% pace (target 12,000,000)',
      { ...INTAKE, target: 12_000_000 },
      values(950_000),
      1,
      false,
      'YELLOW',
      11_400_000,
      14.25,
      true,
    ],
    [
      'asOf = 1 below 95% pace',
      { ...INTAKE, target: 12_000_000 },
      values(949_999),
      1,
      false,
      'RED',
      11_399_988,
      14.25,
      true,
    ],
    ['no data at all', INTAKE, [], 6, false, 'NO_DATA', null, null, true],
    ['no target', { ...INTAKE, target: null }, values(1_000_000), 1, false, 'NO_DATA', 12_000_000, null, true],
    [
      'monitoring indicator (weight 0) is never scored',
      { ...INTAKE, weight: 0 },
      values(1_100_000),
      1,
      false,
      'GREEN',
      13_200_000,
      null,
      true,
    ],
  ])('%s', (_label, indicator, months, asOf, isYearComplete, status, projection, score, isProjected) => {
    const figures = evaluateIndicator({ indicator, months, asOf, isYearComplete });
    expect(figures.status).toBe(status);
    expect(figures.projection).toBe(projection);
    expect(figures.score).toBe(score);
    expect(figures.isProjected).toBe(isProjected);
  });

  test('a month missing in the middle: the sum skips it and its own row has no data', () => {
    const figures = evaluateIndicator({ indicator: INTAKE, months: values(1_500_000, null, 1_500_000), asOf: 3 });
    expect(figures).toMatchObject({ ytdValue: 3_000_000, expected: 3_125_000, pace: 96, status: 'YELLOW' });
    expect(figures.monthly.map((row) => [row.value, row.cumulative, row.status])).toEqual([
      [1_500_000, 1_500_000, 'GREEN'],
      [null, 1_500_000, 'NO_DATA'],
      [1_500_000, 3_000_000, 'GREEN'],
    ]);
    expect(figures.monthly[2].mom).toBeNull();
  });

  test('pace exactly 120 flags 目标可能偏低 even when expected does not terminate (10 × 1/12)', () => {
    const figures = evaluateIndicator({ indicator: { ...INTAKE, target: 10 }, months: values(1), asOf: 1 });
    expect(figures).toMatchObject({ status: 'GREEN', targetMayBeTooLow: true });
    expect(figures.pace).toBeCloseTo(120, 12);
  });

  test('asOf = 12 with every month gives twelve rows and projection = actual', () => {
    const figures = evaluateIndicator({ indicator: INTAKE, months: yearSummingTo(12_500_000), asOf: 12 });
    expect(figures.monthly).toHaveLength(12);
    expect(figures).toMatchObject({
      ytdValue: 12_500_000,
      expected: 12_500_000,
      pace: 100,
      status: 'GREEN',
      projection: 12_500_000,
      score: 15,
    });
  });

  test('PLAN shares set the pace line', () => {
    const indicator: IndicatorInput = {
      ...INTAKE,
      target: 7_800,
      shareMode: 'PLAN',
      monthlyPlan: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((x) => x * 100),
    };
    const figures = evaluateIndicator({ indicator, months: values(100, 200, 300), asOf: 3 });
    expect(figures).toMatchObject({ expected: 600, pace: 100, status: 'GREEN', projection: 7_800 });
    expect(figures.monthly.map((row) => row.expected)).toEqual([100, 300, 600]);
    expect(figures.monthly.map((row) => row.status)).toEqual(['GREEN', 'GREEN', 'GREEN']);
  });

  test('LAST_YEAR shares follow last year’s profile', () => {
    const lastYear = fill(12, (month) => ({ month, value: month <= 6 ? 100 : 300 }));
    const figures = evaluateIndicator({
      indicator: { ...INTAKE, target: 2_400, shareMode: 'LAST_YEAR' },
      months: values(100),
      lastYear,
      asOf: 1,
    });
    expect(figures).toMatchObject({ expected: 100, pace: 100, projection: 2_400, yoy: 0 });
  });

  test('同比 and 环比 in percent; January compares with last December', () => {
    const lastYear = fill(12, (month) => ({ month, value: 900_000 }));
    const figures = evaluateIndicator({ indicator: INTAKE, months: values(990_000, 1_089_000), lastYear, asOf: 2 });
    expect(figures).toMatchObject({ lastYearValue: 1_800_000, yoy: 15.5, yoyPp: null });
    expect(figures.monthly.map((row) => [row.yoy, row.mom])).toEqual([
      [10, 10],
      [21, 10],
    ]);
  });

  test('without last year there is no 同比', () => {
    const figures = evaluateIndicator({ indicator: INTAKE, months: values(1), asOf: 1 });
    expect(figures).toMatchObject({ yoy: null, lastYearValue: null });
    expect(figures.monthly[0]).toMatchObject({ yoy: null, mom: null });
  });

  test.each([0, 13, 2.5])('asOf %s is refused', (asOf) => {
    expect(() => evaluateIndicator({ indicator: INTAKE, months: [], asOf })).toThrow(RangeError);
  });
});

describe('evaluateIndicator: RATIO', () => {
  test.each<[string, IndicatorInput, MonthValue[], number, boolean, Status, number | null, number | null]>([
    [
      '9,000,000 ÷ 10,000,000 vs ≥ 90% is green and full score',
      ANSWER_RATE,
      rated(9_000_000, 10_000_000, 1),
      1,
      false,
      'GREEN',
      90,
      15,
    ],
    [
      '接通率 88% vs ≥ 90%, w 10, year complete (worked check)',
      { ...ANSWER_RATE, weight: 10 },
      rated(88, 100, 12),
      12,
      true,
      'YELLOW',
      88,
      9.78,
    ],
    ['exactly T − 2pp is yellow', ANSWER_RATE, rated(88, 100, 3), 3, false, 'YELLOW', 88, 14.67],
    ['below T − 2pp is red', ANSWER_RATE, rated(8_799, 10_000, 3), 3, false, 'RED', 87.99, 14.67],
    ['成本控制率 103% vs ≤ 100%, w 10 (worked check)', COST_CONTROL, rated(103, 100, 12), 12, true, 'RED', 103, 9.7],
    ['成本控制率 exactly 2t scores 0', COST_CONTROL, rated(200, 100, 12), 12, true, 'RED', 200, 0],
    ['every denominator 0 → no data', ANSWER_RATE, rated(0, 0, 3), 3, false, 'NO_DATA', null, null],
    ['no months → no data', ANSWER_RATE, [], 6, false, 'NO_DATA', null, null],
  ])('%s', (_label, indicator, months, asOf, isYearComplete, status, ytd, score) => {
    const figures = evaluateIndicator({ indicator, months, asOf, isYearComplete });
    expect(figures.status).toBe(status);
    expect(figures.ytdValue).toBe(ytd);
    expect(figures.projection).toBe(ytd);
    expect(figures.score).toBe(score);
  });

  test('the YTD rate pools the months, and so does the cumulative column', () => {
    const months: MonthValue[] = [
      { month: 1, numerator: 90, denominator: 100 },
      { month: 2, numerator: 1, denominator: 10 },
    ];
    const figures = evaluateIndicator({ indicator: ANSWER_RATE, months, asOf: 2 });
    expect(figures).toMatchObject({ ytdNumerator: 91, ytdDenominator: 110, status: 'RED' });
    expect(figures.ytdValue).toBeCloseTo(82.7273, 4);
    expect(figures.monthly.map((row) => row.value)).toEqual([90, 10]);
    expect(figures.monthly[1].cumulative).toBeCloseTo(82.7273, 4);
    expect(figures.monthly.map((row) => row.status)).toEqual(['GREEN', 'RED']);
    expect(figures.monthly[1].momPp).toBe(-80);
  });

  test('a month with denominator 0 adds nothing and has no month status', () => {
    const months: MonthValue[] = [
      { month: 1, numerator: 90, denominator: 100 },
      { month: 2, numerator: 0, denominator: 0 },
      { month: 3, numerator: 92, denominator: 100 },
    ];
    const figures = evaluateIndicator({ indicator: ANSWER_RATE, months, asOf: 3 });
    expect(figures).toMatchObject({ ytdValue: 91, ytdDenominator: 200, status: 'GREEN' });
    expect(figures.monthly[1]).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
      cumulative: 90,
      status: 'NO_DATA',
    });
  });

  test('同比 is in percentage points for rates', () => {
    const figures = evaluateIndicator({
      indicator: ANSWER_RATE,
      months: rated(90, 100, 2),
      lastYear: rated(85, 100, 12),
      asOf: 2,
    });
    expect(figures).toMatchObject({ lastYearValue: 85, yoyPp: 5, yoy: null });
    expect(figures.monthly.map((row) => [row.yoyPp, row.momPp, row.mom])).toEqual([
      [5, 5, null],
      [5, 0, null],
    ]);
  });

  test('成本控制率 fed from budget execution', () => {
    const budgetMonths: BudgetMonth[] = Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      spent: 103,
      planned: 100,
    }));
    const figures = evaluateIndicator({
      indicator: COST_CONTROL,
      months: costControlMonths(1_200, budgetMonths),
      asOf: 12,
      isYearComplete: true,
    });
    expect(figures).toMatchObject({ ytdValue: 103, status: 'RED', likelihood: 'IMPOSSIBLE', score: 9.7 });
  });

  test('when the year is complete the score uses the whole year, not the as-of month', () => {
    const months = [...rated(80, 100, 6), ...fill(6, (m) => ({ month: m + 6, numerator: 100, denominator: 100 }))];
    expect(evaluateIndicator({ indicator: ANSWER_RATE, months, asOf: 6, isYearComplete: false }).score).toBe(13.33);
    expect(evaluateIndicator({ indicator: ANSWER_RATE, months, asOf: 6, isYearComplete: true }).score).toBe(15);
  });
});

describe('evaluateIndicator: QUALITATIVE', () => {
  const ratings = (...rs: (Rating | null)[]): MonthValue[] => rs.map((rating, i) => ({ month: i + 1, rating }));
  test.each<[string, MonthValue[], number, number | null | undefined, Rating | null, Status, number | null]>([
    ['latest rating wins', ratings('ACHIEVED', null, 'PARTIAL'), 3, undefined, 'PARTIAL', 'YELLOW', 7],
    ['asOf hides later ratings', ratings('ACHIEVED', null, 'PARTIAL'), 2, undefined, 'ACHIEVED', 'GREEN', 9],
    ['a pick inside the band is kept', ratings('PARTIAL'), 1, 7.5, 'PARTIAL', 'YELLOW', 7.5],
    ['a pick outside the band is clamped', ratings('PARTIAL'), 1, 9, 'PARTIAL', 'YELLOW', 8],
    ['未达成 midpoint', ratings('NOT_ACHIEVED'), 1, null, 'NOT_ACHIEVED', 'RED', 3],
    ['no rating → no data, no score', ratings(null, null), 2, 9, null, 'NO_DATA', null],
  ])('%s', (_label, months, asOf, qualitativeScore, rating, status, score) => {
    const figures = evaluateIndicator({ indicator: QUALITATIVE, months, asOf, qualitativeScore });
    expect(figures).toMatchObject({ ytdRating: rating, ytdValue: null, status, score, projection: null });
  });

  test('likelihood follows the rating, and monitoring qualitative indicators are not scored', () => {
    const figures = evaluateIndicator({
      indicator: { ...QUALITATIVE, weight: 0 },
      months: ratings('NOT_ACHIEVED'),
      asOf: 1,
    });
    expect(figures).toMatchObject({ likelihood: 'IMPOSSIBLE', score: null, isMonitoring: true });
    expect(figures.monthly[0]).toMatchObject({ rating: 'NOT_ACHIEVED', status: 'RED' });
  });
});

describe('properties', () => {
  test('scaling the only month’s numerator and denominator by k changes nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
        fc.integer({ min: 2, max: 1_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 100 }),
        ([n, d], k, month, target) => {
          const indicator: IndicatorInput = { kind: 'RATIO', comparator: 'GTE', target, weight: 15 };
          const once = evaluateIndicator({ indicator, months: [{ month, numerator: n, denominator: d }], asOf: 12 });
          const scaled = evaluateIndicator({
            indicator,
            months: [{ month, numerator: n * k, denominator: d * k }],
            asOf: 12,
          });
          expect([scaled.ytdValue, scaled.status, scaled.score, scaled.likelihood]).toEqual([
            once.ytdValue,
            once.status,
            once.score,
            once.likelihood,
          ]);
        },
      ),
    );
  });
});

describe('without the forecast', () => {
  const month = (m: number, kind: 'COUNT' | 'RATIO') =>
    kind === 'COUNT'
      ? fc.integer({ min: 0, max: 2_000 }).map((value): MonthValue => ({ month: m, value }))
      : fc
          .integer({ min: 1, max: 2_000 })
          .chain((d) =>
            fc.integer({ min: 0, max: d }).map((n): MonthValue => ({ month: m, numerator: n, denominator: d })),
          );
  const year = (kind: 'COUNT' | 'RATIO', months: number) =>
    fc.tuple(...Array.from({ length: months }, (_, i) => month(i + 1, kind)));
  const input = fc
    .record({
      kind: fc.constantFrom('COUNT' as const, 'RATIO' as const),
      comparator: fc.constantFrom('GTE' as const, 'LTE' as const),
      asOf: fc.integer({ min: 1, max: 12 }),
      target: fc.integer({ min: 1, max: 20_000 }),
      priorYears: fc.integer({ min: 0, max: 5 }),
    })
    .chain((c) =>
      fc.record({
        indicator: fc.constant<IndicatorInput>({
          kind: c.kind,
          comparator: c.comparator,
          target: c.kind === 'RATIO' ? Math.min(c.target, 100) : c.target,
          weight: 10,
        }),
        months: year(c.kind, c.asOf),
        lastYear: year(c.kind, 12),
        priorYears: fc.tuple(...Array.from({ length: c.priorYears }, () => year(c.kind, 12))),
        asOf: fc.constant(c.asOf),
      }),
    );

  test('the status and the year-to-date figures are those of the full evaluation, with or without earlier years', () => {
    fc.assert(
      fc.property(input, ({ priorYears, ...rest }) => {
        const full = evaluateIndicator({
          ...rest,
          priorYears: priorYears.map((months, i) => ({ year: 2020 + i, months })),
          withMonthly: false,
        });
        const lean = evaluateIndicator({
          ...rest,
          priorYears: priorYears.map((months, i) => ({ year: 2020 + i, months })),
          withMonthly: false,
          withForecast: false,
        });
        const kept = (f: typeof full) => [f.status, f.ytdValue, f.ytdNumerator, f.ytdDenominator, f.expected, f.pace];
        expect(kept(lean)).toEqual(kept(full));
        expect(lean.forecast).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('累计状态 per month', () => {
  test("each month's cumulative status is the indicator's status as of that month", () => {
    const input = {
      indicator: { id: 'x', kind: 'RATIO' as const, comparator: 'GTE' as const, target: 90, weight: 10 },
      months: [
        { month: 1, numerator: 700, denominator: 1000 },
        { month: 2, numerator: 990, denominator: 1000 },
        { month: 3, numerator: 1990, denominator: 2000 },
      ],
      asOf: 3,
    };
    const figures = evaluateIndicator(input);
    expect(figures.monthly.map((m) => m.cumulativeStatus)).toEqual(
      [1, 2, 3].map((asOf) => evaluateIndicator({ ...input, asOf }).status),
    );
    // month 3 on its own is green and so is the cumulative rate by then; month 1 was red on both
    expect(figures.monthly[0]).toMatchObject({ status: 'RED', cumulativeStatus: 'RED' });
    expect(figures.monthly[2].cumulativeStatus).toBe(figures.status);
  });
});
