import { describe, expect, test } from 'vitest';
import {
  asOfMonthsOf,
  dashboardHref,
  parseDashboardParams,
  parseMonth,
  parseRankingParams,
  rankingHref,
} from './params';

const options = {
  years: [2026, 2025],
  units: ['103603', '350100', '350900'],
  defaultUnit: '103603',
  today: { year: 2026, month: 11 },
};

describe('dashboard params', () => {
  test.each([
    ['10', 10],
    ['1', 1],
    ['12', 12],
    ['0', null],
    ['13', null],
    ['1.5', null],
    ['abc', null],
    ['', null],
    [undefined, null],
  ])('month %s → %s', (value, expected) => expect(parseMonth(value)).toBe(expected));

  test('defaults: the current year and the own unit, month left to the data layer', () => {
    expect(parseDashboardParams({}, options)).toEqual({ unit: '103603', year: 2026, month: null });
  });

  test('takes a visible unit, all units and a year with a plan', () => {
    expect(parseDashboardParams({ unit: '350900', year: '2025', month: '9' }, options)).toEqual({
      unit: '350900',
      year: 2025,
      month: 9,
    });
    expect(parseDashboardParams({ unit: 'all' }, options).unit).toBe('all');
  });

  test('refuses units and years the user cannot see', () => {
    expect(parseDashboardParams({ unit: '999999', year: '1999' }, options)).toEqual({
      unit: '103603',
      year: 2026,
      month: null,
    });
    const manager = { ...options, units: ['103603'] };
    expect(parseDashboardParams({ unit: 'all' }, manager).unit).toBe('103603');
    expect(parseDashboardParams({ unit: '350100' }, manager).unit).toBe('103603');
  });

  test('falls back to the newest plan year when the current year has none', () => {
    expect(parseDashboardParams({}, { ...options, today: { year: 2027, month: 1 } }).year).toBe(2026);
  });

  test('a month of the current year that has not begun falls back to the default; a past year keeps December', () => {
    expect(parseDashboardParams({ year: '2026', month: '12' }, options).month).toBeNull();
    expect(parseDashboardParams({ year: '2026', month: '11' }, options).month).toBe(11);
    expect(parseDashboardParams({ year: '2025', month: '12' }, options).month).toBe(12);
  });

  test('the picker offers the months that have begun: all of a past year, January of a year not begun', () => {
    const today = { year: 2026, month: 11 };
    expect(asOfMonthsOf(2026, today)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(asOfMonthsOf(2025, today)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(asOfMonthsOf(2026, { year: 2026, month: 1 })).toEqual([1]);
    expect(asOfMonthsOf(2027, today)).toEqual([1]);
  });

  test('builds a bookmarkable address', () => {
    expect(dashboardHref({ unit: 'all', year: 2026, month: 10 })).toBe('/?unit=all&year=2026&month=10');
    expect(dashboardHref({ unit: '103603', year: 2026, month: null })).toBe('/?unit=103603&year=2026');
  });
});

describe('ranking params', () => {
  const columns = [
    { key: 'total', isHigherBetter: true },
    { key: 'I04', isHigherBetter: false },
  ];

  test('defaults to the total, best first, page 1', () => {
    expect(parseRankingParams({}, columns)).toEqual({ key: 'total', direction: 'desc', page: 1 });
  });

  test('a lower-is-better column sorts ascending first; dir and page are read', () => {
    expect(parseRankingParams({ sort: 'I04' }, columns)).toEqual({ key: 'I04', direction: 'asc', page: 1 });
    expect(parseRankingParams({ sort: 'unit', dir: 'desc', page: '3' }, columns)).toEqual({
      key: 'unit',
      direction: 'desc',
      page: 3,
    });
  });

  test('unknown values fall back', () => {
    expect(parseRankingParams({ sort: 'nope', dir: 'up', page: '-2' }, columns)).toEqual({
      key: 'total',
      direction: 'desc',
      page: 1,
    });
  });

  test('the address keeps the selection and the ranking', () => {
    expect(rankingHref({ unit: 'all', year: 2026, month: 6 }, { key: 'I02', direction: 'asc', page: 2 })).toBe(
      '/?unit=all&year=2026&month=6&sort=I02&dir=asc&page=2#compare-title',
    );
  });
});
