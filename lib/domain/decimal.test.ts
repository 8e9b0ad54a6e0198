import { describe, expect, test } from 'vitest';
import { round2, roundHalfUp, sumDec, toDec } from './decimal';

describe('round2 (四舍五入 half up, on the decimal value)', () => {
  test.each([
    [9.775, 9.78],
    [0.125, 0.13],
    [1.005, 1.01],
    [2.675, 2.68],
    [9.7, 9.7],
    [9.444, 9.44],
    [0, 0],
    [-1.005, -1.01],
  ])('round2(%s) = %s', (x, expected) => {
    expect(round2(x)).toBe(expected);
  });

  test('a Decimal input rounds the same way', () => {
    expect(round2(toDec(88).dividedBy(90).times(10))).toBe(9.78);
  });
});

describe('roundHalfUp', () => {
  test.each([
    [12.5, 0, 13],
    [12.345, 1, 12.3],
    [12.35, 1, 12.4],
  ])('roundHalfUp(%s, %s) = %s', (x, places, expected) => {
    expect(roundHalfUp(x, places)).toBe(expected);
  });
});

describe('sumDec', () => {
  test.each([
    [[0.1, 0.2], 0.3],
    [[], 0],
    [[1_000_000, 2_500_000.55], 3_500_000.55],
  ])('Σ %j = %s exactly', (xs, expected) => {
    expect(sumDec(xs).toNumber()).toBe(expected);
  });
});
