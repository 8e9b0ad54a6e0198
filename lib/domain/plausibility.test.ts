import { describe, expect, test } from 'vitest';
import {
  budgetBounds,
  historyFor,
  implausibleFigures,
  indicatorBounds,
  SANE_MONTHLY_MAX,
  type ScaleInput,
} from './plausibility';

const count = (target: number | null, values: number[] = []): ScaleInput => ({
  kind: 'COUNT',
  target,
  history: values.map((value, i) => ({ month: i + 1, value })),
});
const ratio = (denominators: number[]): ScaleInput => ({
  kind: 'RATIO',
  target: 90,
  history: denominators.map((denominator, i) => ({ month: i + 1, numerator: denominator / 2, denominator })),
});

describe('indicatorBounds: a month beyond 10 × the usual scale, or beyond 10亿, asks for confirmation', () => {
  test.each<[string, ScaleInput, string | undefined, string | undefined]>([
    ['COUNT: 10 × the year’s target', count(12_500_000), '125000000', 'SCALE'],
    ['COUNT: 10 × the largest month when it exceeds the target', count(100, [90, 1_000, 40]), '10000', 'SCALE'],
    ['COUNT: a target of 0 (≤ 0) and no history: the sane maximum', count(0), SANE_MONTHLY_MAX, 'SANE'],
    ['COUNT: a scale whose 10 × passes 10亿 is capped there', count(500_000_000), SANE_MONTHLY_MAX, 'SANE'],
    ['RATIO: 10 × the largest denominator', ratio([1_000_000, 1_200_000.5]), '12000005', 'SCALE'],
    ['RATIO: no history: the sane maximum', ratio([]), SANE_MONTHLY_MAX, 'SANE'],
  ])('%s', (_, input, limit, reason) => {
    const bounds = indicatorBounds(input);
    const bound = input.kind === 'COUNT' ? bounds.value : bounds.denominator;
    expect(bound).toEqual({ limit, reason });
    if (input.kind === 'RATIO') expect(bounds.numerator).toEqual(bound);
  });

  test('qualitative and budget-derived indicators have none (the spending is bounded by the budget)', () => {
    expect(indicatorBounds({ kind: 'QUALITATIVE', target: null, history: [] })).toEqual({});
    expect(indicatorBounds({ ...ratio([100]), isBudgetDerived: true })).toEqual({});
  });

  test('the month being entered does not set its own scale; last year’s months do', () => {
    const thisYear = [
      { month: 1, value: 100 },
      { month: 11, value: 999_999 },
    ];
    const lastYear = [{ month: 11, value: 300 }];
    expect(historyFor(11, thisYear, lastYear)).toEqual([{ month: 1, value: 100 }, ...lastYear]);
    expect(indicatorBounds({ kind: 'COUNT', target: null, history: historyFor(11, thisYear, lastYear) }).value).toEqual(
      { limit: '3000', reason: 'SCALE' },
    );
  });
});

describe('implausibleFigures: exact comparison against the bound', () => {
  const budget = budgetBounds('1887600');

  test.each<[string, Record<string, string | null>, string[]]>([
    ['the issue’s spending of 999,999,999,999.99 against 188.76万元', { spent: '999999999999.99' }, ['spent']],
    ['a month’s spending of exactly the year’s budget passes', { spent: '1887600' }, []],
    ['one 分 over the year’s budget does not', { spent: '1887600.01', planned: '157300' }, ['spent']],
    ['planned spending is bounded the same way', { planned: '2000000' }, ['planned']],
    ['empty figures are never implausible', { spent: null, planned: '' }, []],
  ])('%s', (_, figures, columns) => {
    expect(implausibleFigures(figures, budget).map((f) => f.column)).toEqual(columns);
  });

  test('a count of 9,999,999,999,999,999.99 is beyond any bound, compared without floating point', () => {
    const bounds = indicatorBounds(count(12_500_000));
    expect(implausibleFigures({ value: '9999999999999999.99' }, bounds)).toEqual([
      { column: 'value', value: '9999999999999999.99', bound: { limit: '125000000', reason: 'SCALE' } },
    ]);
    expect(implausibleFigures({ value: '125000000' }, bounds)).toEqual([]);
    expect(implausibleFigures({ value: '125000000.01' }, bounds)).toHaveLength(1);
    // 10亿 + 0.01 exceeds the sane maximum although a double cannot tell it from 10亿
    expect(implausibleFigures({ value: '1000000000.000001' }, indicatorBounds(count(0)))).toHaveLength(1);
  });

  test('a rate’s numerator and denominator are both held to the denominator’s scale', () => {
    const bounds = indicatorBounds(ratio([1_000_000]));
    expect(
      implausibleFigures({ numerator: '52977407', denominator: '100000000' }, bounds).map((f) => f.column),
    ).toEqual(['numerator', 'denominator']);
    expect(implausibleFigures({ numerator: '900000', denominator: '1100000' }, bounds)).toEqual([]);
  });
});
