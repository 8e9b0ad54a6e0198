import { describe, expect, test } from 'vitest';
import { toPlainNumberText } from './admin-numbers';

describe('toPlainNumberText', () => {
  test.each([
    [' 1,234,567 ', '1234567'],
    ['１２３４', '1234'],
    ['２４５．７８', '245.78'],
    ['1，000', '1000'],
    [12.5, '12.5'],
  ])('%s → %s', (input, output) => expect(toPlainNumberText(input)).toBe(output));
});
