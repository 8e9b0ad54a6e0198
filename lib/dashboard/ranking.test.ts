import { describe, expect, test } from 'vitest';
import { bestFirst, nextSort, rankingPage, ranks, sortBy } from './ranking';

const rows = [
  { unit: 'B', v: 91.5 },
  { unit: 'A', v: null },
  { unit: 'C', v: 88 },
  { unit: 'D', v: 91.5 },
  { unit: 'E', v: 95 },
];

describe('ranking', () => {
  test('sorts descending with no data last and ties in their order', () => {
    expect(sortBy(rows, (r) => r.v, 'desc').map((r) => r.unit)).toEqual(['E', 'B', 'D', 'C', 'A']);
  });

  test('sorts ascending with no data still last', () => {
    expect(sortBy(rows, (r) => r.v, 'asc').map((r) => r.unit)).toEqual(['C', 'B', 'D', 'E', 'A']);
  });

  test('sorts names', () => {
    expect(sortBy(rows, (r) => r.unit, 'desc').map((r) => r.unit)).toEqual(['E', 'D', 'C', 'B', 'A']);
  });

  test.each([
    [true, [2, null, 4, 2, 1]],
    [false, [2, null, 1, 2, 4]],
  ])('competition ranks, higher better %s', (isHigherBetter, expected) => {
    expect(
      ranks(
        rows.map((r) => r.v),
        isHigherBetter,
      ),
    ).toEqual(expected);
  });

  test('a new column sorts best first; the same column flips', () => {
    expect(bestFirst(true)).toBe('desc');
    expect(bestFirst(false)).toBe('asc');
    expect(nextSort({ key: 'I01', direction: 'desc' }, 'I04', false)).toEqual({ key: 'I04', direction: 'asc' });
    expect(nextSort({ key: 'I04', direction: 'asc' }, 'I04', false)).toEqual({ key: 'I04', direction: 'desc' });
  });
});

describe('ranking pages', () => {
  const many = Array.from({ length: 45 }, (_, i) => ({
    unit: `U${String(i).padStart(2, '0')}`,
    v: i % 7 === 0 ? null : i,
  }));
  const value = (r: { v: number | null }) => r.v;

  test('a page holds the sorted rows with ranks over all rows', () => {
    const first = rankingPage(many, { query: { key: 'v', direction: 'desc', page: 1 }, value, isHigherBetter: true });
    expect(first.pageCount).toBe(3);
    expect(first.rows.map((r) => r.row.v)).toEqual(sortBy(many, value, 'desc').slice(0, 20).map(value));
    expect(first.rows[0].rank).toBe(1);
    const last = rankingPage(many, { query: { key: 'v', direction: 'desc', page: 3 }, value, isHigherBetter: true });
    expect(last.rows).toHaveLength(5);
    expect(last.rows.every((r) => r.rank === null)).toBe(true);
  });

  test('ranks follow the comparator, not the sort direction', () => {
    const page = rankingPage(many, { query: { key: 'v', direction: 'asc', page: 1 }, value, isHigherBetter: true });
    expect(page.rows[0].row.v).toBe(1);
    expect(page.rows[0].rank).toBe(many.filter((r) => r.v !== null).length);
  });

  test('a page beyond the last is the last', () => {
    expect(
      rankingPage(many, { query: { key: 'v', direction: 'desc', page: 99 }, value, isHigherBetter: true }).page,
    ).toBe(3);
  });
});
