import { describe, expect, test } from 'vitest';
import { isNumeratorOverDenominator } from './month-figures';

describe('isNumeratorOverDenominator', () => {
  test.each([
    ['100', '99.99', true],
    ['100', '100', false],
    ['0.1', '0.10', false],
    ['90000000000000000.01', '90000000000000000', true],
    [null, '1', false],
    ['1', null, false],
  ])('%s over %s → %s', (numerator, denominator, expected) => {
    expect(isNumeratorOverDenominator(numerator, denominator)).toBe(expected);
  });
});
