import { describe, expect, test } from 'vitest';
import type { EntryMonth } from '@/lib/data/entry';
import { packEntryMonth, unpackEntryMonth } from './transport';

const row = (id: number) => ({
  indicator: { id },
  months: [{ month: 1, value: 5, numerator: null, denominator: null, rating: null }],
  lastYear: [],
  priorYears: [
    {
      year: 2024,
      months: [
        { month: 1, value: 101283, numerator: null, denominator: null, rating: null },
        { month: 2, value: null, numerator: 98.5, denominator: 100, rating: null },
        { month: 3, value: null, numerator: null, denominator: null, rating: 'ACHIEVED' as const },
        {
          month: 4,
          value: 12345678901234568,
          numerator: null,
          denominator: null,
          rating: null,
          exact: { value: '12345678901234567.89', numerator: null, denominator: null },
        },
      ],
    },
    { year: 2025, months: [] },
  ],
});

describe('the entry month between page and form', () => {
  test('arrives as the loader made it, the earlier years without their export-only exact texts', () => {
    const month = { year: 2026, month: 10, rows: [row(1), row(2)] } as unknown as EntryMonth;
    const arrived = unpackEntryMonth(JSON.parse(JSON.stringify(packEntryMonth(month))));
    const { exact: _exact, ...withoutExact } = month.rows[0].priorYears[0].months[3];
    const expected = {
      ...month,
      rows: month.rows.map((r) => ({
        ...r,
        priorYears: r.priorYears.map((y) => ({
          ...y,
          months: y.months.map((m) => (m.month === 4 ? withoutExact : m)),
        })),
      })),
    };
    expect(arrived).toEqual(expected);
  });

  test('is smaller on the wire', () => {
    const month = { year: 2026, month: 10, rows: [row(1), row(2)] } as unknown as EntryMonth;
    expect(JSON.stringify(packEntryMonth(month)).length).toBeLessThan(JSON.stringify(month).length * 0.75);
  });
});
