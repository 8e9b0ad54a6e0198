import { describe, expect, test } from 'vitest';
import { INT4_MAX, parseId, parseYear } from './ids';

describe('ids from URLs', () => {
  test.each(['1', '42', String(INT4_MAX)])('%s is an id', (text) => expect(parseId(text)).toBe(Number(text)));
  test.each([String(INT4_MAX + 1), '99999999999', '0', '-1', '1.5', '1e3', ' 1', '0x10', '', 'abc', '１２'])(
    '%j is not an id',
    (text) => expect(parseId(text)).toBeNull(),
  );
  test('the first of repeated query values counts; non-strings are not ids', () => {
    expect(parseId(['7', '8'])).toBe(7);
    expect(parseId(undefined)).toBeNull();
    expect(parseId(7)).toBeNull();
  });
  test.each([
    ['2026', 2026],
    ['1999', null],
    ['2101', null],
    ['99999999999', null],
    ['20.26', null],
  ])('year %s → %s', (text, year) => expect(parseYear(text)).toBe(year));
});
