import { describe, expect, test } from 'vitest';
import {
  daysInMonth,
  dueDate,
  halfYearMonths,
  isMonth,
  isOverdue,
  monthRange,
  quarterMonths,
  shanghaiYearMonth,
  timeProgress,
} from './periods';

describe('timeProgress = m ÷ 12', () => {
  test.each([
    [1, 1 / 12],
    [3, 0.25],
    [6, 0.5],
    [10, 10 / 12],
    [12, 1],
  ])('month %s → %s', (m, expected) => {
    expect(timeProgress(m)).toBe(expected);
  });

  test.each([0, 13, 1.5, -1, Number.NaN])('month %s is refused', (m) => {
    expect(() => timeProgress(m)).toThrow(RangeError);
  });
});

describe('isMonth / daysInMonth', () => {
  test.each([
    [1, true],
    [12, true],
    [0, false],
    [13, false],
    [2.5, false],
  ])('isMonth(%s) = %s', (m, expected) => {
    expect(isMonth(m)).toBe(expected);
  });

  test.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%s-%s has %s days', (y, m, expected) => {
    expect(daysInMonth(y, m)).toBe(expected);
  });
});

describe('dueDate = end of dueDay of the next month, Asia/Shanghai', () => {
  test.each([
    [2026, 1, 10, '2026-02-10T15:59:59.999Z'],
    [2026, 10, 10, '2026-11-10T15:59:59.999Z'],
    [2026, 11, 10, '2026-12-10T15:59:59.999Z'],
    [2026, 12, 10, '2027-01-10T15:59:59.999Z'],
    [2026, 3, 15, '2026-04-15T15:59:59.999Z'],
    [2026, 1, 31, '2026-02-28T15:59:59.999Z'],
    [2028, 1, 31, '2028-02-29T15:59:59.999Z'],
    [2026, 12, 1, '2027-01-01T15:59:59.999Z'],
  ])('%s-%s (due day %s) → %s', (year, month, dueDay, expected) => {
    expect(dueDate(year, month, dueDay).toISOString()).toBe(expected);
  });

  test('the default due day is the 10th', () => {
    expect(dueDate(2026, 5).toISOString()).toBe('2026-06-10T15:59:59.999Z');
  });

  test('December is due in January of the next year, read in Shanghai', () => {
    expect(shanghaiYearMonth(dueDate(2026, 12))).toEqual({ year: 2027, month: 1, day: 10 });
  });

  test.each([
    [2026, 0, 10],
    [2026, 13, 10],
    [2026, 5, 0],
    [2026, 5, 2.5],
  ])('%s-%s with due day %s is refused', (year, month, dueDay) => {
    expect(() => dueDate(year, month, dueDay)).toThrow(RangeError);
  });
});

describe('isOverdue = not submitted and now past the due instant', () => {
  test.each([
    ['last instant of Nov 10 Shanghai', 2026, 10, '2026-11-10T15:59:59.999Z', false, false],
    ['first instant of Nov 11 Shanghai', 2026, 10, '2026-11-10T16:00:00.000Z', false, true],
    ['2026-11-10T16:30Z is already Nov 11 in Shanghai', 2026, 10, '2026-11-10T16:30:00Z', false, true],
    ['Nov 10 08:00 Shanghai (UTC midnight) is not yet due', 2026, 10, '2026-11-10T00:00:00Z', false, false],
    ['submitted months are never overdue', 2026, 10, '2026-12-31T00:00:00Z', true, false],
    ['the month itself is not overdue', 2026, 10, '2026-10-31T12:00:00Z', false, false],
    ['December on Dec 31 of the same year', 2026, 12, '2026-12-31T15:00:00Z', false, false],
    ['December on Jan 10 2027 Shanghai', 2026, 12, '2027-01-10T15:59:59.999Z', false, false],
    ['December on Jan 11 2027 Shanghai', 2026, 12, '2027-01-10T16:00:00.000Z', false, true],
  ])('%s', (_label, year, month, now, isSubmitted, expected) => {
    expect(isOverdue(year, month, new Date(now), isSubmitted)).toBe(expected);
  });

  test.each([
    ['2026-11-15T15:59:59.999Z', false],
    ['2026-11-15T16:00:00.000Z', true],
  ])('with due day 15, %s → %s', (now, expected) => {
    expect(isOverdue(2026, 10, new Date(now), false, 15)).toBe(expected);
  });
});

describe('shanghaiYearMonth (UTC+8, no DST)', () => {
  test.each([
    ['2026-11-10T16:30:00Z', { year: 2026, month: 11, day: 11 }],
    ['2026-11-10T15:59:59Z', { year: 2026, month: 11, day: 10 }],
    ['2026-12-31T16:00:00Z', { year: 2027, month: 1, day: 1 }],
    ['2026-12-31T15:59:59Z', { year: 2026, month: 12, day: 31 }],
    ['2026-02-28T16:00:00Z', { year: 2026, month: 3, day: 1 }],
    ['2026-07-01T00:00:00Z', { year: 2026, month: 7, day: 1 }],
  ])('%s → %j', (now, expected) => {
    expect(shanghaiYearMonth(new Date(now))).toEqual(expected);
  });
});

describe('monthRange / quarterMonths / halfYearMonths', () => {
  test.each([
    [1, 3, [1, 2, 3]],
    [5, 5, [5]],
    [4, 3, []],
    [10, 12, [10, 11, 12]],
    [1, 12, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
  ])('monthRange(%s, %s) = %j', (from, to, expected) => {
    expect(monthRange(from, to)).toEqual(expected);
  });

  test.each([
    [0, 3],
    [1, 13],
  ])('monthRange(%s, %s) is refused', (from, to) => {
    expect(() => monthRange(from, to)).toThrow(RangeError);
  });

  test.each([
    [1, [1, 2, 3]],
    [2, [4, 5, 6]],
    [3, [7, 8, 9]],
    [4, [10, 11, 12]],
  ])('quarter %s = %j', (q, expected) => {
    expect(quarterMonths(q)).toEqual(expected);
  });

  test.each([
    [1, [1, 2, 3, 4, 5, 6]],
    [2, [7, 8, 9, 10, 11, 12]],
  ])('half %s = %j', (h, expected) => {
    expect(halfYearMonths(h)).toEqual(expected);
  });

  test.each([0, 5])('quarter %s is refused', (q) => {
    expect(() => quarterMonths(q)).toThrow(RangeError);
  });

  test.each([0, 3])('half %s is refused', (h) => {
    expect(() => halfYearMonths(h)).toThrow(RangeError);
  });
});
