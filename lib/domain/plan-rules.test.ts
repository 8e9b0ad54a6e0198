import { describe, expect, test } from 'vitest';
import {
  baseToDisplay,
  budgetTotalYuan,
  checkPublishable,
  displayToBase,
  indicatorWeightSum,
  settingsProblems,
  targetText,
  wanYuanToYuan,
  weightTotal,
  yuanToWanYuan,
} from './plan-rules';

const seed = [15, 15, 10, 10, 30, 10].map((weight) => ({ weight, isMonitoring: false }));
const monitoring = [
  { weight: 0, isMonitoring: true },
  { weight: '0.00', isMonitoring: true },
];

describe('checkPublishable', () => {
  test.each([
    ['the seed plan: 90 + 10', seed, 10, { ok: true }],
    ['monitoring indicators are not counted', [...seed, ...monitoring], 10, { ok: true }],
    [
      'decimal weights that add up exactly',
      [
        { weight: '33.33', isMonitoring: false },
        { weight: '33.33', isMonitoring: false },
        { weight: '23.34', isMonitoring: false },
      ],
      '10.00',
      { ok: true },
    ],
    [
      '95 + 10',
      [...seed, { weight: 5, isMonitoring: false }],
      10,
      { ok: false, reason: 'WEIGHTS_NOT_100', indicatorSum: '95', budgetWeight: '10', total: '105' },
    ],
    ['90 + 5', seed, 5, { ok: false, reason: 'WEIGHTS_NOT_100', indicatorSum: '90', budgetWeight: '5', total: '95' }],
    [
      '0.1 + 0.2 style noise does not pass or fail wrongly',
      [
        { weight: 0.1, isMonitoring: false },
        { weight: 0.2, isMonitoring: false },
        { weight: 89.7, isMonitoring: false },
      ],
      10,
      { ok: true },
    ],
    ['no scored indicator', monitoring, 100, { ok: false, reason: 'NO_INDICATORS' }],
  ] as const)('%s', (_name, indicators, budgetWeight, expected) => {
    expect(checkPublishable({ indicators, budgetWeight })).toEqual(expected);
  });

  test('a monitoring indicator with a weight is refused, by name', () => {
    expect(
      checkPublishable({
        indicators: [...seed, { weight: 5, isMonitoring: true, name: '一次办结率' }],
        budgetWeight: 10,
      }),
    ).toEqual({
      ok: false,
      reason: 'MONITORING_WEIGHTED',
      names: ['一次办结率'],
    });
  });

  test('indicatorWeightSum is exact', () => {
    expect(indicatorWeightSum([...seed, ...monitoring])).toBe('90');
  });

  test.each([
    ['90', '10.00', '100', true],
    ['0.1', '99.9', '100', true],
    ['89.99', '10', '99.99', false],
    ['90.000000001', '10', '100.000000001', false],
  ])('weightTotal %s + %s = %s, makes 100: %s', (sum, budget, total, isHundred) => {
    expect(weightTotal(sum, budget)).toEqual({ total, isHundred });
  });
});

describe('money and targets', () => {
  test.each([
    ['245.78', '2457800.00'],
    ['0.000001', '0.01'],
    ['1234567.891234', '12345678912.34'],
    ['0', '0.00'],
  ])('%s 万元 = %s 元', (wan, yuan) => expect(wanYuanToYuan(wan)).toBe(yuan));

  test.each([
    [2457800, '245.78'],
    ['2457800.00', '245.78'],
    ['1.00', '0.0001'],
  ])('%s 元 = %s 万元', (yuan, wan) => expect(yuanToWanYuan(yuan)).toBe(wan));

  test('total = basic + project', () => expect(budgetTotalYuan('2335800.00', '122000.1')).toBe('2457800.10'));

  test.each([
    ['1250', 10_000, '12500000'],
    ['0.01', 10_000, '100'],
    ['90', 1, '90'],
  ])('display %s × %s = base %s', (display, divisor, base) => {
    expect(displayToBase(display, divisor)).toBe(base);
    expect(baseToDisplay(base, divisor)).toBe(String(Number(display)));
  });

  test.each([
    ['GTE', '1250', '万件', '≥1250万件'],
    ['LTE', '100.0', '%', '≤100%'],
    ['EQ', 0, '起', '=0起'],
  ] as const)('%s %s %s → %s', (c, v, u, text) => expect(targetText(c, v, u)).toBe(text));
});

describe('settingsProblems', () => {
  const defaults = {
    gradeExcellent: 90,
    gradeGood: 80,
    gradeFair: 60,
    countGreenPace: 100,
    countYellowPace: 95,
    countTooLowPace: 120,
    budgetGreen: 80,
    budgetYellow: 60,
  };
  test('the defaults are valid', () => expect(settingsProblems(defaults)).toEqual([]));
  test.each([
    [{ gradeGood: 90 }, ['gradeGood']],
    [{ gradeFair: 85 }, ['gradeGood']],
    [{ countYellowPace: 100 }, ['countYellowPace']],
    [{ countTooLowPace: 100 }, ['countTooLowPace']],
    [{ budgetYellow: 80 }, ['budgetYellow']],
  ])('%o → %o', (change, problems) => expect(settingsProblems({ ...defaults, ...change })).toEqual(problems));
});
