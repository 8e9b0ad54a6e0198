import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { quarterMonths } from './periods';
import type { MonthValue } from './types';
import {
  countOverMonths,
  countToDate,
  hasData,
  latestMonthWithData,
  latestRatingToDate,
  monthRate,
  rateOf,
  ratioOverMonths,
  ratioToDate,
} from './year-to-date';

const counts = (...values: (number | null)[]): MonthValue[] => values.map((value, i) => ({ month: i + 1, value }));
const ratios = (...pairs: [number | null, number | null][]): MonthValue[] =>
  pairs.map(([numerator, denominator], i) => ({ month: i + 1, numerator, denominator }));

describe('countToDate = Σ value of months 1..upTo', () => {
  test.each<[string, MonthValue[], number, number | null]>([
    ['no months at all', [], 12, null],
    ['months with no value', counts(null, null), 12, null],
    ['one month', counts(1_000_000), 1, 1_000_000],
    ['asOf = 1 ignores later months', counts(1_000_000, 2_000_000), 1, 1_000_000],
    ['three months', counts(1_000_000, 1_100_000, 900_000), 3, 3_000_000],
    ['a month missing in the middle', counts(1_000_000, null, 900_000), 3, 1_900_000],
    [
      'a month absent from the list',
      [
        { month: 1, value: 5 },
        { month: 3, value: 7 },
      ],
      3,
      12,
    ],
    ['zero is data, not missing', counts(0), 1, 0],
    ['asOf = 12, the whole year', counts(...Array.from({ length: 12 }, () => 1_000_000)), 12, 12_000_000],
    [
      'order does not matter',
      [
        { month: 3, value: 3 },
        { month: 1, value: 1 },
        { month: 2, value: 2 },
      ],
      3,
      6,
    ],
    ['decimals are summed exactly', counts(0.1, 0.2), 2, 0.3],
    ['only a later month has data', counts(null, null, 5), 2, null],
  ])('%s', (_label, months, upTo, expected) => {
    expect(countToDate(months, upTo)).toBe(expected);
  });
});

describe('ratioToDate = Σ numerators ÷ Σ denominators × 100', () => {
  test.each<[string, MonthValue[], number, { numerator: number; denominator: number; rate: number | null }]>([
    ['no months', [], 12, { numerator: 0, denominator: 0, rate: null }],
    ['exact 90%', ratios([9_000_000, 10_000_000]), 1, { numerator: 9_000_000, denominator: 10_000_000, rate: 90 }],
    [
      'pooled, not averaged',
      ratios([90, 100], [1, 10]),
      2,
      { numerator: 91, denominator: 110, rate: (91 / 110) * 100 },
    ],
    [
      'a month with denominator 0 adds nothing',
      ratios([90, 100], [5, 0]),
      2,
      { numerator: 90, denominator: 100, rate: 90 },
    ],
    ['every denominator 0 → no rate', ratios([0, 0], [0, 0]), 2, { numerator: 0, denominator: 0, rate: null }],
    [
      'a month missing in the middle',
      ratios([90, 100], [null, null], [85, 100]),
      3,
      { numerator: 175, denominator: 200, rate: 87.5 },
    ],
    [
      'numerator without denominator is ignored',
      ratios([90, 100], [50, null]),
      2,
      { numerator: 90, denominator: 100, rate: 90 },
    ],
    [
      'denominator without numerator is ignored',
      ratios([90, 100], [null, 100]),
      2,
      { numerator: 90, denominator: 100, rate: 90 },
    ],
    ['asOf = 1 ignores later months', ratios([57, 100], [0, 100]), 1, { numerator: 57, denominator: 100, rate: 57 }],
    ['0 of something is 0%', ratios([0, 100]), 1, { numerator: 0, denominator: 100, rate: 0 }],
  ])('%s', (_label, months, upTo, expected) => {
    expect(ratioToDate(months, upTo)).toEqual(expected);
  });

  test('57 ÷ 100 is exactly 57 (floating point would give 56.99999999999999)', () => {
    expect((57 / 100) * 100).not.toBe(57);
    expect(ratioToDate(ratios([57, 100]), 1).rate).toBe(57);
  });

  test('differs from the mean of the monthly rates in a constructed case', () => {
    const months = ratios([90, 100], [1, 10]);
    const meanOfRates = ((monthRate(months[0]) ?? 0) + (monthRate(months[1]) ?? 0)) / 2;
    expect(meanOfRates).toBe(50);
    expect(ratioToDate(months, 2).rate).toBeCloseTo(82.7272727, 6);
  });
});

describe('countOverMonths / ratioOverMonths over any span', () => {
  const year = counts(...Array.from({ length: 12 }, (_, i) => i + 1));
  test.each([
    [quarterMonths(1), 6],
    [quarterMonths(4), 33],
    [[2, 4], 6],
    [[], null],
  ])('Σ over %j = %s', (span, expected) => {
    expect(countOverMonths(year, span)).toBe(expected);
  });

  test.each([
    [[1], 90],
    [[2], 80],
    [[1, 2], 85],
    [[3], null],
  ])('rate over %j = %s', (span, expected) => {
    expect(ratioOverMonths(ratios([90, 100], [80, 100]), span).rate).toBe(expected);
  });
});

describe('latestMonthWithData', () => {
  test.each<[string, MonthValue[], number | null]>([
    ['nothing', [], null],
    ['only empty months', counts(null, null), null],
    [
      'with a gap',
      [
        { month: 1, value: 1 },
        { month: 4, value: 2 },
        { month: 5, value: null },
      ],
      4,
    ],
    [
      'unordered',
      [
        { month: 9, value: 1 },
        { month: 2, value: 2 },
      ],
      9,
    ],
    ['a rating counts', [{ month: 7, rating: 'PARTIAL' }], 7],
    ['numerator and denominator 0 count as entered', ratios([1, 2], [0, 0]), 2],
    ['a lone numerator does not count', ratios([1, 2], [5, null]), 1],
    [
      'months outside 1..12 are ignored',
      [
        { month: 13, value: 1 },
        { month: 0, value: 1 },
      ],
      null,
    ],
  ])('%s → %s', (_label, months, expected) => {
    expect(latestMonthWithData(months)).toBe(expected);
  });
});

describe('monthRate / rateOf / hasData / latestRatingToDate', () => {
  test.each<[MonthValue, number | null]>([
    [{ month: 1, numerator: 88, denominator: 100 }, 88],
    [{ month: 1, numerator: 9_000_000, denominator: 10_000_000 }, 90],
    [{ month: 1, numerator: 1, denominator: 0 }, null],
    [{ month: 1, numerator: null, denominator: 100 }, null],
    [{ month: 1, numerator: 5, denominator: null }, null],
    [{ month: 1 }, null],
  ])('monthRate(%j) = %s', (mv, expected) => {
    expect(monthRate(mv)).toBe(expected);
  });

  test.each([
    [1, 3, 100 / 3],
    [0, 5, 0],
    [5, 0, null],
  ])('rateOf(%s, %s) = %s', (n, d, expected) => {
    expect(rateOf(n, d)).toBe(expected);
  });

  test.each<[MonthValue, boolean]>([
    [{ month: 1, value: 0 }, true],
    [{ month: 1, value: null }, false],
    [{ month: 1, value: Number.NaN }, false],
    [{ month: 1, rating: 'NOT_ACHIEVED' }, true],
  ])('hasData(%j) = %s', (mv, expected) => {
    expect(hasData(mv)).toBe(expected);
  });

  test.each<[MonthValue[], number, string | null]>([
    [
      [
        { month: 1, rating: 'ACHIEVED' },
        { month: 3, rating: 'PARTIAL' },
      ],
      3,
      'PARTIAL',
    ],
    [
      [
        { month: 1, rating: 'ACHIEVED' },
        { month: 3, rating: 'PARTIAL' },
      ],
      2,
      'ACHIEVED',
    ],
    [
      [
        { month: 3, rating: 'PARTIAL' },
        { month: 1, rating: 'ACHIEVED' },
        { month: 2, rating: null },
      ],
      12,
      'PARTIAL',
    ],
    [[], 12, null],
  ])('latestRatingToDate(%j, %s) = %s', (months, upTo, expected) => {
    expect(latestRatingToDate(months, upTo)).toBe(expected);
  });
});

const monthArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 })
  .chain((monthNumbers) =>
    fc.tuple(
      ...monthNumbers.map((month) =>
        fc.integer({ min: 0, max: 50_000_000 }).chain((denominator) =>
          fc.record({
            month: fc.constant(month),
            numerator: fc.integer({ min: 0, max: denominator }),
            denominator: fc.constant(denominator),
          }),
        ),
      ),
    ),
  );

describe('properties', () => {
  test('the YTD rate is Σnum ÷ Σden for any set of months in any order', () => {
    const ordered = monthArb.chain((months) =>
      fc.tuple(
        fc.constant(months),
        fc.shuffledSubarray(months, { minLength: months.length, maxLength: months.length }),
      ),
    );
    fc.assert(
      fc.property(ordered, ([months, shuffled]) => {
        const withDen = months.filter((mv) => mv.denominator > 0);
        const sumNum = withDen.reduce((s, mv) => s + mv.numerator, 0);
        const sumDen = withDen.reduce((s, mv) => s + mv.denominator, 0);
        const result = ratioToDate(shuffled, 12);
        expect(result).toEqual(ratioToDate(months, 12));
        expect(result.numerator).toBe(sumNum);
        expect(result.denominator).toBe(sumDen);
        if (sumDen === 0) expect(result.rate).toBeNull();
        else expect(result.rate).toBeCloseTo((sumNum * 100) / sumDen, 9);
      }),
    );
  });

  test('scaling the only month’s numerator and denominator by k changes nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 1, max: 12 }),
        ([n, d], k, month) => {
          const once = ratioToDate([{ month, numerator: n, denominator: d }], 12);
          const scaled = ratioToDate([{ month, numerator: n * k, denominator: d * k }], 12);
          expect(scaled.rate).toBe(once.rate);
        },
      ),
    );
  });

  test('the YTD count is order independent and equals the plain sum', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (ms, v) => {
          const months = ms.map((month) => ({ month, value: v + month }));
          expect(countToDate([...months].reverse(), 12)).toBe(countToDate(months, 12));
          expect(countToDate(months, 12)).toBe(months.reduce((s, mv) => s + mv.value, 0));
        },
      ),
    );
  });
});
