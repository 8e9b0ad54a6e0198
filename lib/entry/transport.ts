// The entry month as it travels from the page to the form: the earlier years (a forecast's input, five years of
// twelve months a row) go as rows of figures instead of objects, a third of the page less.
import type { EntryMonth } from '@/lib/data/entry';
import type { MonthValue } from '@/lib/domain';

type PackedMonth = [
  month: number,
  value: number | null,
  numerator: number | null,
  denominator: number | null,
  rating: MonthValue['rating'],
];
type PackedYear = { year: number; months: PackedMonth[] };

export type PackedEntryMonth = Omit<EntryMonth, 'rows'> & {
  rows: (Omit<EntryMonth['rows'][number], 'priorYears'> & { priorYears: PackedYear[] })[];
};

const packMonth = (m: MonthValue): PackedMonth => [
  m.month,
  m.value ?? null,
  m.numerator ?? null,
  m.denominator ?? null,
  m.rating ?? null,
];
const unpackMonth = ([month, value, numerator, denominator, rating]: PackedMonth): MonthValue => ({
  month,
  value,
  numerator,
  denominator,
  rating,
});

/** On the server: the month with its earlier years packed (their exact texts, kept for exports, are left behind). */
export const packEntryMonth = (month: EntryMonth): PackedEntryMonth => ({
  ...month,
  rows: month.rows.map((row) => ({
    ...row,
    priorYears: row.priorYears.map((y) => ({ year: y.year, months: y.months.map(packMonth) })),
  })),
});

/** In the form: the month as the loader made it. */
export const unpackEntryMonth = (month: PackedEntryMonth): EntryMonth => ({
  ...month,
  rows: month.rows.map((row) => ({
    ...row,
    priorYears: row.priorYears.map((y) => ({ year: y.year, months: y.months.map(unpackMonth) })),
  })),
});
