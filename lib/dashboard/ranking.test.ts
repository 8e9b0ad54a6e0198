import { describe, expect, test } from 'vitest';
import { bestFirst, nextSort, ranks, sortBy } from './ranking';

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
