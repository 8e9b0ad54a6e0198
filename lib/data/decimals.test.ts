import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { decimalNumber, decimalText, decimalTextOrNull } from './decimals';

describe('stored decimals', () => {
  test.each([
    [new Decimal('12.50'), '12.5', 12.5],
    [new Decimal('1E-7'), '0.0000001', 1e-7],
    [new Decimal('123456789012345678901234'), '123456789012345678901234', 1.2345678901234568e23],
    [3, '3', 3],
    ['0.1', '0.1', 0.1],
  ])('%s → %j, %s', (d, text, number) => {
    expect(decimalText(d)).toBe(text);
    expect(decimalNumber(d)).toBe(number);
  });

  test('no value stays no value', () => {
    expect(decimalNumber(null)).toBeNull();
    expect(decimalNumber(undefined)).toBeNull();
    expect(decimalTextOrNull(null)).toBeNull();
    expect(decimalTextOrNull(new Decimal(0))).toBe('0');
  });
});
