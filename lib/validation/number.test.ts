import { describe, expect, test } from 'vitest';
import { columnMax, MONEY_COLUMN, normaliseNumberText, parseNumberInput, VALUE_COLUMN } from './number';

describe('normaliseNumberText', () => {
  test.each([
    ['１２３４', '1234'],
    ['１，２３４．５', '1,234.5'],
    ['  42 ', '42'],
    ['\u3000１０\u3000', '10'],
    ['－５', '-5'],
  ])('%j → %j', (raw, expected) => expect(normaliseNumberText(raw)).toBe(expected));
});

describe('parseNumberInput', () => {
  test.each([
    ['1,234,567', '1234567'],
    ['１２３４', '1234'],
    ['１，２３４，５６７．８９', '1234567.89'],
    [' 12.50 ', '12.5'],
    ['0', '0'],
    ['007', '7'],
    ['-0', '0'],
    ['+15', '15'],
    ['9999999999999999.99', '9999999999999999.99'],
  ])('accepts %j as %j', (raw, value) => expect(parseNumberInput(raw)).toEqual({ ok: true, value }));

  test.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    [null, 'EMPTY'],
    ['abc', 'NOT_A_NUMBER'],
    ['12,34', 'NOT_A_NUMBER'],
    ['1.2.3', 'NOT_A_NUMBER'],
    ['1e5', 'NOT_A_NUMBER'],
    ['90%', 'NOT_A_NUMBER'],
    ['-5', 'NEGATIVE'],
    ['－１', 'NEGATIVE'],
    ['1.234', 'TOO_PRECISE'],
    ['10000000000000000', 'OUT_OF_RANGE'],
  ] as const)('refuses %j: %s', (raw, problem) => expect(parseNumberInput(raw)).toEqual({ ok: false, problem }));

  test('money has a smaller range (14,2)', () => {
    expect(parseNumberInput('999999999999.99', MONEY_COLUMN)).toEqual({ ok: true, value: '999999999999.99' });
    expect(parseNumberInput('1000000000000', MONEY_COLUMN)).toEqual({ ok: false, problem: 'OUT_OF_RANGE' });
    expect(columnMax(MONEY_COLUMN)).toBe('999999999999.99');
    expect(columnMax(VALUE_COLUMN)).toBe('9999999999999999.99');
  });

  test('trailing zeros beyond the scale are not "too precise"', () => {
    expect(parseNumberInput('1.2000')).toEqual({ ok: true, value: '1.2' });
  });
});
