import { describe, expect, test } from 'vitest';
import { DEFAULT_THRESHOLDS, ratioStatus, type MonthlyFigure } from '@/lib/domain';
import { countChartRows, ratioChartRows, sparkPoints, yellowBand, type ChartIndicator } from './chart-data';

const row = (
  month: number,
  over: Partial<MonthlyFigure>,
): MonthlyFigure & { cumulativeStatus: MonthlyFigure['status'] } => ({
  month,
  value: null,
  numerator: null,
  denominator: null,
  rating: null,
  cumulative: null,
  expected: null,
  status: 'GREEN',
  mom: null,
  momPp: null,
  yoy: null,
  yoyPp: null,
  cumulativeStatus: 'GREEN',
  ...over,
});

const count: ChartIndicator = {
  kind: 'COUNT',
  comparator: 'GTE',
  target: 12_000_000,
  displayDivisor: 10_000,
  lastYearMonths: [
    { month: 1, value: 900_000 },
    { month: 2, value: 1_100_000 },
  ],
  figures: {
    projection: 12_600_000,
    monthly: Array.from({ length: 10 }, (_, i) =>
      row(i + 1, { value: 1_050_000, cumulative: 1_050_000 * (i + 1), expected: 1_000_000 * (i + 1) }),
    ),
  },
};

describe('chart data', () => {
  test.each([
    ['GTE', 90, { from: 88, to: 90 }],
    ['LTE', 100, { from: 100, to: 102 }],
    ['EQ', 100, { from: 98, to: 100 }],
    ['EQ', 0, { from: 0, to: 2 }],
  ] as const)('yellow band of %s %s', (comparator, target, expected) => {
    expect(yellowBand({ kind: 'RATIO', comparator, target }, 2)).toEqual(expected);
  });

  test.each(['GTE', 'LTE', 'EQ'] as const)(
    '%s: a rate is 预警 exactly when it lies in the drawn band',
    (comparator) => {
      for (const target of [0, 5, 90, 100]) {
        const band = yellowBand({ kind: 'RATIO', comparator, target }, 2);
        for (let rate = Math.max(0, target - 3); rate <= target + 3; rate += 0.25) {
          const isYellow = ratioStatus(rate, 100, comparator, target, { ...DEFAULT_THRESHOLDS, ratioTolerancePp: 2 });
          const inBand = band !== null && rate >= band.from && rate <= band.to && rate !== target;
          expect([target, rate, isYellow === 'YELLOW']).toEqual([target, rate, inBand]);
        }
      }
    },
  );

  test('no band for a count', () => expect(yellowBand({ kind: 'COUNT', comparator: 'GTE', target: 1 }, 2)).toBeNull());

  test('count rows: twelve months in 万, projection from the as-of cumulative to December, last year running', () => {
    const rows = countChartRows(count);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({
      month: 1,
      value: 105,
      cumulative: 105,
      expected: 100,
      projection: null,
      lastYear: 90,
      lastYearCumulative: 90,
      forecast: null,
      forecastLow: null,
      forecastHigh: null,
    });
    expect(rows[1].lastYearCumulative).toBe(200);
    expect(rows[2].lastYearCumulative).toBeNull();
    expect(rows[8].projection).toBeNull();
    expect(rows[9].projection).toBe(1050);
    expect(rows[10].projection).toBe(1155);
    expect(rows[11].projection).toBe(1260);
    expect(rows[11].cumulative).toBeNull();
  });

  test('the seasonal forecast path and its band from the as-of month, in 万; the projection follows the forecast when it is in force', () => {
    const forecast = {
      method: 'SEASONAL' as const,
      priorYears: 3,
      value: 12_700_000,
      low: 12_500_000,
      high: 12_900_000,
      probability: 0.875,
      replacesLinear: true,
      path: [
        { month: 10, forecast: 10_500_000, low: 10_500_000, high: 10_500_000 },
        { month: 11, forecast: 11_600_000, low: 11_500_000, high: 11_700_000 },
        { month: 12, forecast: 12_700_000, low: 12_500_000, high: 12_900_000 },
      ],
    };
    const seasonal = countChartRows({
      ...count,
      figures: { ...count.figures, forecast, projectionMethod: 'SEASONAL' },
    });
    expect(seasonal[8]).toMatchObject({ forecast: null, forecastLow: null, forecastHigh: null });
    expect(seasonal[11]).toMatchObject({ forecast: 1270, forecastLow: 1250, forecastHigh: 1290, projection: 1270 });
    expect(seasonal[10].projection).toBe(1160);
    const linear = countChartRows({ ...count, figures: { ...count.figures, forecast, projectionMethod: 'LINEAR' } });
    expect(linear[11]).toMatchObject({ forecast: 1270, projection: 1260 });
  });

  test('no projection once December is in', () => {
    const full = {
      ...count,
      figures: {
        ...count.figures,
        monthly: Array.from({ length: 12 }, (_, i) => row(i + 1, { value: 1, cumulative: i + 1 })),
      },
    };
    expect(countChartRows(full).every((r) => r.projection === null)).toBe(true);
  });

  test('ratio rows carry n / N, the YTD rate and last year’s month rate', () => {
    const ratio: ChartIndicator = {
      kind: 'RATIO',
      comparator: 'GTE',
      target: 90,
      displayDivisor: 1,
      lastYearMonths: [{ month: 1, numerator: 85, denominator: 100 }],
      figures: {
        projection: 90,
        monthly: [
          row(1, { value: 90, numerator: 900, denominator: 1000, cumulative: 90 }),
          row(2, { value: 80, numerator: 80, denominator: 100, cumulative: 89.09, status: 'RED' }),
        ],
      },
    };
    expect(ratioChartRows(ratio)).toEqual([
      { month: 1, value: 90, numerator: 900, denominator: 1000, cumulative: 90, lastYear: 85, status: 'GREEN' },
      { month: 2, value: 80, numerator: 80, denominator: 100, cumulative: 89.09, lastYear: null, status: 'RED' },
    ]);
  });

  test('sparkline points are in display units for counts and percent for rates', () => {
    expect(sparkPoints(count).slice(0, 2)).toEqual([
      { month: 1, value: 105 },
      { month: 2, value: 105 },
    ]);
    expect(
      sparkPoints({
        kind: 'RATIO',
        displayDivisor: 1,
        figures: { projection: null, monthly: [row(1, { value: 91.2 })] },
      }),
    ).toEqual([{ month: 1, value: 91.2 }]);
  });
});
