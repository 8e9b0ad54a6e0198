import { describe, expect, test } from 'vitest';
import type { EntryMonth } from '@/lib/data/entry';
import type { MonthValue } from '@/lib/domain';
import { packEntryMonth, unpackEntryMonth } from './transport';

const count = (month: number, value: number | null): MonthValue => ({
  month,
  value,
  numerator: null,
  denominator: null,
  rating: null,
});
const withExact: MonthValue = {
  month: 4,
  value: 12345678901234568,
  numerator: null,
  denominator: null,
  rating: null,
  exact: { value: '12345678901234567.89', numerator: null, denominator: null },
};
const year2025 = [count(1, 98208), { ...count(2, null), numerator: 98.5, denominator: 100 }, withExact, count(5, null)];
const row = (id: number, priorYears: { year: number; months: MonthValue[] }[], lastYear: MonthValue[]) => ({
  indicator: { id },
  months: [count(1, 5), { ...count(2, null), rating: 'ACHIEVED' as const }, { ...withExact, month: 3 }],
  lastYear,
  priorYears,
  current: { value: '6', numerator: '', denominator: '', rating: '', note: '' },
});
const month = (rows: ReturnType<typeof row>[]) => ({ year: 2026, month: 10, rows }) as unknown as EntryMonth;
const withoutExact = (m: MonthValue): MonthValue => {
  const { exact: _exact, ...rest } = m;
  return rest;
};
const arrivedAs = (m: EntryMonth) => unpackEntryMonth(JSON.parse(JSON.stringify(packEntryMonth(m))));
const expectedOf = (m: EntryMonth) => ({
  ...m,
  rows: m.rows.map((r) => ({
    ...r,
    months: r.months.map(withoutExact),
    lastYear: r.lastYear.map(withoutExact),
    priorYears: r.priorYears.map((y) => ({ ...y, months: y.months.map(withoutExact) })),
  })),
});

describe('the entry month between page and form', () => {
  test('arrives as the loader made it, without the export-only exact texts', () => {
    const five = [2021, 2022, 2023, 2024].map((year) => ({ year, months: [count(1, year)] }));
    const cases = [
      // the page: five earlier years, last year among them
      month([row(1, [...five, { year: 2025, months: year2025 }], year2025), row(2, [], [])]),
      // the review queue: no earlier years, and a plan without last year
      month([row(1, [], []), row(2, [], [])]),
      // earlier years without the year before (a unit without a plan last year)
      month([row(1, five, [])]),
    ];
    for (const m of cases) expect(arrivedAs(m)).toEqual(expectedOf(m));
  });

  test('sends last year once when the earlier years hold it', () => {
    const m = month([row(1, [{ year: 2025, months: year2025 }], year2025)]);
    expect(packEntryMonth(m).rows[0].lastYear).toBeNull();
    expect(packEntryMonth(month([row(1, [], year2025)])).rows[0].lastYear).toHaveLength(4);
  });

  test('is smaller on the wire', () => {
    const m = month([row(1, [{ year: 2025, months: year2025 }], year2025), row(2, [], [])]);
    expect(JSON.stringify(packEntryMonth(m)).length).toBeLessThan(JSON.stringify(m).length * 0.6);
  });
});
