import { describe, expect, test } from 'vitest';
import { monthFigure, previousFigures } from './entry-figures';

describe('monthFigure: a stored month’s own figure', () => {
  test.each([
    ['a count’s value', { month: 1, value: 1200 }, 'COUNT', 1200],
    ['a rate from numerator over denominator', { month: 1, numerator: 1, denominator: 3 }, 'RATIO', 100 / 3],
    ['a rate without a denominator is none', { month: 1, numerator: 1, denominator: 0 }, 'RATIO', null],
    ['exact: 9,000,000 of 10,000,000 is 90', { month: 1, numerator: 9_000_000, denominator: 10_000_000 }, 'RATIO', 90],
    ['a rating has no figure', { month: 1, rating: 'ACHIEVED' }, 'QUALITATIVE', null],
    ['no month, no figure', undefined, 'COUNT', null],
  ] as const)('%s', (_label, mv, kind, expected) => {
    const figure = monthFigure(mv, kind);
    if (expected === null) expect(figure).toBeNull();
    else expect(figure).toBeCloseTo(expected, 12);
  });
});

describe('previousFigures: 上月 and 去年同月', () => {
  const count = { kind: 'COUNT', comparator: 'GTE', target: 12, weight: 5, isBudgetDerived: false } as const;
  const costControl = { kind: 'RATIO', comparator: 'LTE', target: 100, weight: 5, isBudgetDerived: true } as const;

  test('last month from this year, January’s from last December', () => {
    const months = [{ month: 3, value: 30 }];
    const lastYear = [
      { month: 4, value: 40 },
      { month: 12, value: 120 },
    ];
    expect(previousFigures({ indicator: count, month: 4, months, lastYear })).toEqual({ lastMonth: 30, lastYear: 40 });
    expect(previousFigures({ indicator: count, month: 1, months, lastYear })).toEqual({
      lastMonth: 120,
      lastYear: null,
    });
  });

  test('成本控制率: spending over the planned amount, the default split where none was entered', () => {
    const budget = {
      total: 1_200_000,
      months: [
        { month: 1, spent: 50_000, planned: null },
        { month: 2, spent: 90_000, planned: 120_000 },
      ],
    };
    const lastYear = [{ month: 3, numerator: 100_000, denominator: 100_000 }];
    expect(previousFigures({ indicator: costControl, month: 2, months: [], lastYear, budget })).toEqual({
      lastMonth: 50,
      lastYear: null,
    });
    expect(previousFigures({ indicator: costControl, month: 3, months: [], lastYear, budget })).toEqual({
      lastMonth: 75,
      lastYear: 100,
    });
    expect(previousFigures({ indicator: costControl, month: 1, months: [], lastYear, budget }).lastMonth).toBeNull();
  });
});
