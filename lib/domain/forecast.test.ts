import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { forecastIndicator, likelihoodFromForecast, type Forecast } from './forecast';
import {
  AS_OF_MONTHS_TO_COMPARE,
  backtestAt,
  KINDS_PROVEN_SEASONAL,
  meanAbsolutePercentageError,
  seasonalBeatsLinear,
} from './forecast-backtest';
import { empiricalQuantile, errorInterval, forecastInterval, probabilityOfMeeting } from './forecast-errors';
import { projectCount } from './projection';
import { evaluateIndicator } from './evaluate-indicator';
import { entryFigures } from './entry-figures';
import type { MonthValue } from './types';

const SEASON = [93, 80, 99, 100, 102, 107, 112, 110, 102, 99, 97, 99];
const EQUAL = Array.from({ length: 12 }, () => 1);
const counts = (season: readonly number[], level: number, upTo = 12): MonthValue[] =>
  season.slice(0, upTo).map((s, i) => ({ month: i + 1, value: s * level }));
const rates = (nums: readonly number[], dens: readonly number[], level: number, upTo = 12): MonthValue[] =>
  nums.slice(0, upTo).map((n, i) => ({ month: i + 1, numerator: n * level, denominator: dens[i] * level }));
const prior = (years: MonthValue[][]) => years.map((months, i) => ({ year: 2020 + i, months }));
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

const countForecast = (priorYears: MonthValue[][], current: MonthValue[], asOf: number, target = 1_000) =>
  forecastIndicator({
    kind: 'COUNT',
    comparator: 'GTE',
    target,
    months: current,
    priorYears: prior(priorYears),
    asOf,
    fallbackProfile: EQUAL,
  });

describe('forecastIndicator: the remaining months from the prior years’ pattern', () => {
  test.each([1, 4, 6, 10, 11])('COUNT with a constant seasonal pattern is exact at as-of %i', (m) => {
    const f = countForecast([counts(SEASON, 3), counts(SEASON, 4), counts(SEASON, 5)], counts(SEASON, 6, m), m)!;
    expect(f.method).toBe('SEASONAL');
    expect(f.priorYears).toBe(3);
    expect(f.value).toBeCloseTo(6 * total(SEASON), 6);
    expect(f.low).toBeCloseTo(f.value, 6);
    expect(f.high).toBeCloseTo(f.value, 6);
    expect(f.path.map((p) => p.month)).toEqual(Array.from({ length: 13 - m }, (_, i) => m + i));
    expect(f.path.at(-1)!.forecast).toBeCloseTo(f.value, 6);
  });

  test('as of December there is no forecast, interval or probability: the year is complete or December is missing', () => {
    const years = [counts(SEASON, 3), counts(SEASON, 4), counts(SEASON, 5)];
    expect(countForecast(years, counts(SEASON, 6), 12)).toBeNull();
    expect(countForecast(years, counts(SEASON, 6, 11), 12)).toBeNull();
    const ratio = (upTo: number) =>
      forecastIndicator({
        kind: 'RATIO',
        comparator: 'GTE',
        target: 90,
        months: rates(SEASON, SEASON, 6, upTo),
        priorYears: prior([rates(SEASON, SEASON, 5), rates(SEASON, SEASON, 6)]),
        asOf: 12,
        fallbackProfile: EQUAL,
      });
    expect(ratio(12)).toBeNull();
    expect(ratio(11)).toBeNull();
  });

  test('RATIO with constant numerator and denominator patterns forecasts the full-year rate exactly', () => {
    const nums = SEASON.map((s, i) => s * (i === 1 || i === 6 ? 0.8 : 0.95));
    const dens = SEASON;
    const expected = (total(nums) / total(dens)) * 100;
    const f = forecastIndicator({
      kind: 'RATIO',
      comparator: 'GTE',
      target: 90,
      months: rates(nums, dens, 7, 3),
      priorYears: prior([rates(nums, dens, 5), rates(nums, dens, 6)]),
      asOf: 3,
      fallbackProfile: EQUAL,
    })!;
    expect(f.method).toBe('SEASONAL');
    expect(f.value).toBeCloseTo(expected, 9);
    // the linear rule would have said the YTD rate
    expect((total(nums.slice(0, 3)) / total(dens.slice(0, 3))) * 100).not.toBeCloseTo(expected, 2);
  });

  test.each([
    ['no prior year', []],
    ['one prior year', [counts(SEASON, 5)]],
    ['two years, one incomplete', [counts(SEASON, 5), counts(SEASON, 5, 11)]],
  ])('%s: the plan’s monthly shares, i.e. the linear projection', (_label, years) => {
    const f = countForecast(years, counts(SEASON, 6, 4), 4)!;
    expect(f.method).toBe('PLAN_SHARES');
    expect(f.value).toBeCloseTo(projectCount(6 * total(SEASON.slice(0, 4)), EQUAL, 4)!, 6);
    expect(f.low).toBeNull();
    expect(f.probability).toBeNull();
    expect(f.replacesLinear).toBe(false);
  });

  test('no data to date → no forecast', () => {
    expect(countForecast([counts(SEASON, 5), counts(SEASON, 5)], [], 4)).toBeNull();
  });

  test('noisy history: the interval surrounds the forecast and the band opens from the as-of month', () => {
    const noisy = (level: number, wobble: number[]) =>
      SEASON.map((s, i) => ({ month: i + 1, value: s * level * (1 + wobble[i % 3]) }));
    const years = [noisy(5, [0.02, -0.03, 0]), noisy(5.2, [-0.01, 0.04, -0.02]), noisy(5.4, [0.03, 0, -0.04])];
    const f = countForecast(years, counts(SEASON, 6, 5), 5)!;
    expect(f.low!).toBeLessThanOrEqual(f.value);
    expect(f.high!).toBeGreaterThanOrEqual(f.value);
    expect(f.high! - f.low!).toBeGreaterThan(0);
    expect(f.path[0].low).toBeCloseTo(f.path[0].forecast, 6);
    expect(f.path.at(-1)!.low).toBeCloseTo(f.low!, 6);
  });
});

describe('errors → interval and probability', () => {
  test.each([
    [[5, 1, 3, 2, 4, 6, 8, 7, 10, 9], 0.1, 1],
    [[5, 1, 3, 2, 4, 6, 8, 7, 10, 9], 0.9, 9],
    [[5, 1, 3, 2, 4, 6, 8, 7, 10, 9], 0.5, 5],
    [[3, 1, 2], 0.1, 1],
    [[3, 1, 2], 0.9, 3],
  ])('empiricalQuantile(%j, %f) = %f', (errors, p, expected) => {
    expect(empiricalQuantile(errors, p)).toBe(expected);
  });

  test.each<[number[], { low: number; high: number } | null]>([
    [[], null],
    [[0.1], null],
    [[0, 0, 0], { low: 0, high: 0 }],
    // q10% −0.03, q90% 0.03, widened × (3 + 1) ÷ (3 − 1)
    [[-0.03, 0, 0.03], { low: -0.06, high: 0.06 }],
    // mid 0.02, half 0.01 × 3
    [[0.01, 0.03], { low: -0.01, high: 0.05 }],
  ])('errorInterval(%j)', (errors, expected) => {
    const interval = errorInterval(errors);
    if (expected === null) expect(interval).toBeNull();
    else {
      expect(interval!.low).toBeCloseTo(expected.low, 12);
      expect(interval!.high).toBeCloseTo(expected.high, 12);
    }
  });

  test.each<['COUNT' | 'RATIO', number, number[], 'GTE' | 'LTE', number, number | null]>([
    ['COUNT', 1000, [-0.05, 0, 0.05], 'GTE', 1000, 2.5 / 4],
    ['COUNT', 1000, [-0.05, 0, 0.05], 'GTE', 1100, 0.5 / 4],
    ['COUNT', 1000, [-0.05, 0, 0.05], 'GTE', 900, 3.5 / 4],
    ['RATIO', 90, [-1, 0.5, 1], 'GTE', 90.5, 2.5 / 4],
    ['RATIO', 99, [-2, 0, 2], 'LTE', 100, 2.5 / 4],
    ['COUNT', 1000, [0.1], 'GTE', 900, null],
  ])('P(%s forecast %f, errors %j %s %f) = %s', (kind, forecast, errors, comparator, target, expected) => {
    expect(probabilityOfMeeting(kind, forecast, errors, comparator, target)).toBe(expected);
  });

  test.each<[number | null, number, Forecast['method'], string | null]>([
    [0.875, 3, 'SEASONAL', 'CERTAIN'],
    [0.8, 4, 'SEASONAL', 'CERTAIN'],
    [0.5, 3, 'SEASONAL', 'POSSIBLE'],
    [0.2, 3, 'SEASONAL', 'POSSIBLE'],
    [0.125, 3, 'SEASONAL', 'IMPOSSIBLE'],
    [0.9, 2, 'SEASONAL', null],
    [null, 5, 'SEASONAL', null],
  ])('likelihoodFromForecast(P = %s, %i years)', (probability, priorYears, method, expected) => {
    const forecast: Forecast = {
      method,
      priorYears,
      value: 1,
      low: 1,
      high: 1,
      probability,
      path: [],
      replacesLinear: false,
    };
    expect(likelihoodFromForecast(forecast)).toBe(expected);
  });

  test('MAPE = mean |forecast − actual| ÷ actual × 100', () => {
    const cases = [
      { seasonal: 110, linear: 120, actual: 100 },
      { seasonal: 95, linear: 100, actual: 100 },
    ];
    expect(meanAbsolutePercentageError(cases, 'seasonal')).toBeCloseTo(7.5, 12);
    expect(meanAbsolutePercentageError(cases, 'linear')).toBeCloseTo(10, 12);
    expect(meanAbsolutePercentageError([], 'linear')).toBeNull();
  });

  test('a seasonal history beats the linear rule; a flat one cannot (ties keep the linear rule)', () => {
    const wobble = (level: number, w: number) => SEASON.map((s, i) => s * level * (1 + (i % 2 ? w : -w)));
    const seasonal = [wobble(5, 0.01), wobble(5.3, 0.02), wobble(5.6, -0.01)].map((values) => ({ values }));
    expect(seasonalBeatsLinear('COUNT', seasonal, EQUAL)).toBe(true);
    expect(seasonalBeatsLinear('COUNT', seasonal.slice(0, 2), EQUAL)).toBe(false);
    const flat = [5, 6, 7].map((level) => ({ values: EQUAL.map(() => level) }));
    expect(seasonalBeatsLinear('COUNT', flat, EQUAL)).toBe(false);
  });

  test('a rate series keeps the linear rule even when its own few years favour the seasonal forecast', () => {
    // a strong seasonal dip in the rate (numerators follow SEASON, denominators are flat), three wobbling years
    const year = (w: number) => ({
      numerators: SEASON.map((s, i) => s * 9 * (1 + (i % 2 ? w : -w))),
      denominators: EQUAL.map(() => 1_000),
    });
    const years = [year(0.01), year(0.02), year(-0.01)];
    const winsOwnHistory = AS_OF_MONTHS_TO_COMPARE.filter((m) => {
      const cases = backtestAt('RATIO', years, EQUAL, m);
      return meanAbsolutePercentageError(cases, 'seasonal')! < meanAbsolutePercentageError(cases, 'linear')!;
    }).length;
    expect(winsOwnHistory * 2).toBeGreaterThan(AS_OF_MONTHS_TO_COMPARE.length);
    expect(KINDS_PROVEN_SEASONAL).toEqual(['COUNT']);
    expect(seasonalBeatsLinear('RATIO', years, EQUAL)).toBe(false);
  });
});

describe('properties', () => {
  const season = fc.array(fc.integer({ min: 1, max: 1_000 }), { minLength: 12, maxLength: 12 });
  const level = fc.integer({ min: 1, max: 10_000 });

  test('a series with a constant seasonal pattern is forecast exactly', () => {
    fc.assert(
      fc.property(
        season,
        fc.array(level, { minLength: 2, maxLength: 5 }),
        level,
        fc.integer({ min: 1, max: 11 }),
        (s, levels, current, m) => {
          const f = countForecast(
            levels.map((l) => counts(s, l)),
            counts(s, current, m),
            m,
          )!;
          expect(Math.abs(f.value / (current * total(s)) - 1)).toBeLessThan(1e-9);
        },
      ),
    );
  });

  test('the same spread of errors seen over fewer years gives a wider interval', () => {
    const errors = fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(errors, fc.integer({ min: 2, max: 4 }), (e, copies) => {
        const few = forecastInterval('COUNT', 1_000, e)!;
        const many = forecastInterval('COUNT', 1_000, Array.from({ length: copies }, () => e).flat())!;
        expect(few.high - few.low).toBeGreaterThanOrEqual(many.high - many.low - 1e-9);
        expect(few.low).toBeLessThanOrEqual(many.low + 1e-9);
        expect(few.high).toBeGreaterThanOrEqual(many.high - 1e-9);
      }),
    );
  });

  test('the probability of meeting a target is monotone in the target', () => {
    const errors = fc.array(fc.double({ min: -0.5, max: 0.5, noNaN: true }), { minLength: 2, maxLength: 12 });
    const target = fc.double({ min: 1, max: 2_000, noNaN: true });
    fc.assert(
      fc.property(fc.constantFrom('COUNT' as const, 'RATIO' as const), errors, target, target, (kind, e, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(probabilityOfMeeting(kind, 1_000, e, 'GTE', low)!).toBeGreaterThanOrEqual(
          probabilityOfMeeting(kind, 1_000, e, 'GTE', high)!,
        );
        expect(probabilityOfMeeting(kind, 1_000, e, 'LTE', low)!).toBeLessThanOrEqual(
          probabilityOfMeeting(kind, 1_000, e, 'LTE', high)!,
        );
      }),
    );
  });
});

describe('evaluateIndicator: the forecast replaces the linear projection only where its backtest wins', () => {
  const wobble = (level: number, w: number) =>
    counts(SEASON, level).map((mv, i) => ({ ...mv, value: mv.value! * (1 + (i % 2 ? w : -w)) }));
  const indicator = { kind: 'COUNT' as const, comparator: 'GTE' as const, target: 6 * total(SEASON), weight: 10 };
  const evaluate = (years: MonthValue[][]) =>
    evaluateIndicator({ indicator, months: counts(SEASON, 6, 2), priorYears: prior(years), asOf: 2 });

  test('three seasonal years: projection, scored actual and likelihood follow the forecast', () => {
    const figures = evaluate([wobble(5, 0.01), wobble(5.3, 0.02), wobble(5.6, -0.01)]);
    expect(figures.projectionMethod).toBe('SEASONAL');
    expect(figures.projection).toBe(figures.forecast!.value);
    expect(figures.scoredActual).toBe(figures.forecast!.value);
    expect(figures.likelihood).toBe(likelihoodFromForecast(figures.forecast));
  });

  test.each([
    ['the year complete', 12, true],
    ['December not reported', 11, false],
  ])('as of December (%s): no forecast; the projection is the year to date', (_, upTo, isYearComplete) => {
    const years = [wobble(5, 0.01), wobble(5.3, 0.02), wobble(5.6, -0.01)];
    const months = counts(SEASON, 6, upTo);
    const figures = evaluateIndicator({ indicator, months, priorYears: prior(years), asOf: 12, isYearComplete });
    expect(figures.forecast).toBeNull();
    expect(figures.projectionMethod).toBe('LINEAR');
    expect(figures.projection).toBe(figures.ytdValue);
    expect(figures.ytdValue).toBe(6 * total(SEASON.slice(0, upTo)));
  });

  test('two years: the forecast is shown, the linear rule stays in the score', () => {
    const figures = evaluate([wobble(5, 0.01), wobble(5.3, 0.02)]);
    expect(figures.projectionMethod).toBe('LINEAR');
    expect(figures.forecast!.method).toBe('SEASONAL');
    expect(figures.projection).toBe(projectCount(6 * total(SEASON.slice(0, 2)), EQUAL, 2));
  });
});

describe('entryFigures: the suggested 完成目标可能性', () => {
  const wobble = (level: number, w: number) =>
    counts(SEASON, level).map((mv, i) => ({ ...mv, value: mv.value! * (1 + (i % 2 ? w : -w)) }));
  const years = [wobble(5, 0.01), wobble(5.3, 0.02), wobble(5.6, -0.01)];
  const entry = (priorYears: MonthValue[][], target: number) =>
    entryFigures({
      indicator: { kind: 'COUNT', comparator: 'GTE', target, weight: 10, isBudgetDerived: false },
      month: 2,
      months: counts(SEASON, 6, 1),
      current: { value: SEASON[1] * 6 },
      priorYears: prior(priorYears),
    });

  // February of a year whose volume follows the usual Spring Festival dip: the linear rule reads the dip as a
  // shortfall, the forecast knows February is always low
  test('with three earlier years it comes from the probability', () => {
    const target = 6 * total(SEASON) * 0.99;
    expect(entry(years, target).likelihood).toBe('CERTAIN');
    expect(entry([], target).likelihood).toBe('IMPOSSIBLE');
  });

  test('with two earlier years the linear rule stays', () => {
    expect(entry(years.slice(0, 2), 6 * total(SEASON) * 0.99).likelihood).toBe('IMPOSSIBLE');
  });
});
