import { describe, expect, test } from 'vitest';
import { typedFigures, typedMoney } from './typed-figures';

const row = (value = '', numerator = '', denominator = '', rating = '') => ({ value, numerator, denominator, rating });

describe('typedFigures', () => {
  test('reads counts as people type them', () => {
    expect(typedFigures(row('１，２３４', ' 900 ', '1,000'))).toEqual({
      value: 1234,
      numerator: 900,
      denominator: 1000,
      rating: null,
    });
    expect(typedFigures(row('', '', '', 'MET')).rating).toBe('MET');
  });

  test('what the save refuses is not entered: a fraction of a count, a numerator above its denominator, text', () => {
    expect(typedFigures(row('1.5')).value).toBeNull();
    expect(typedFigures(row('约一百万')).value).toBeNull();
    expect(typedFigures(row('', '1000', '900'))).toMatchObject({ numerator: null, denominator: null });
    expect(typedFigures(row('', '900', '900'))).toMatchObject({ numerator: 900, denominator: 900 });
    expect(typedFigures(row('', '-1', '900'))).toMatchObject({ numerator: null, denominator: 900 });
  });
});

test('typedMoney keeps cents and refuses a third decimal', () => {
  expect(typedMoney('204,816.67')).toBe(204816.67);
  expect(typedMoney('1.234')).toBeNull();
  expect(typedMoney('')).toBeNull();
});
