// The entry month as it travels from the page to the form: every month's figures (this year, last year, the earlier
// years the forecast reads) go as rows of figures instead of objects, and last year goes once, inside the earlier
// years, when they hold it: less than half the form's part of the page.
import type { EntryMonth } from '@/lib/data/entry';
import type { MonthValue } from '@/lib/domain';

// a month's figures without its trailing nulls: a COUNT month is [month, value], a RATIO month [month, null, n, d]
type PackedMonth =
  | [month: number]
  | [month: number, value: number | null]
  | [month: number, value: number | null, numerator: number | null]
  | [month: number, value: number | null, numerator: number | null, denominator: number | null]
  | [
      month: number,
      value: number | null,
      numerator: number | null,
      denominator: number | null,
      rating: MonthValue['rating'],
    ];
type PackedYear = { year: number; months: PackedMonth[] };
type Row = EntryMonth['rows'][number];

export type PackedEntryMonth = Omit<EntryMonth, 'rows'> & {
  rows: (Omit<Row, 'months' | 'lastYear' | 'priorYears'> & {
    months: PackedMonth[];
    /** null: the earlier years' entry for the year before */
    lastYear: PackedMonth[] | null;
    priorYears: PackedYear[];
  })[];
};

const packMonth = (m: MonthValue): PackedMonth => {
  const packed = [m.month, m.value ?? null, m.numerator ?? null, m.denominator ?? null, m.rating ?? null];
  while (packed.length > 1 && packed[packed.length - 1] === null) packed.pop();
  return packed as PackedMonth;
};
const unpackMonth = ([month, value = null, numerator = null, denominator = null, rating = null]: PackedMonth) => ({
  month,
  value,
  numerator,
  denominator,
  rating,
});

/** On the server: the month packed (the exact texts the loader keeps for exports are left behind). */
export const packEntryMonth = (month: EntryMonth): PackedEntryMonth => ({
  ...month,
  rows: month.rows.map(({ months, lastYear, priorYears, ...row }) => {
    // both come from the same rows of the year before (lib/data/entry.ts), so one copy is enough
    const isInPriorYears = priorYears.some((y) => y.year === month.year - 1);
    return {
      ...row,
      months: months.map(packMonth),
      lastYear: isInPriorYears ? null : lastYear.map(packMonth),
      priorYears: priorYears.map((y) => ({ year: y.year, months: y.months.map(packMonth) })),
    };
  }),
});

/** In the form: the month as the loader made it. */
export const unpackEntryMonth = (month: PackedEntryMonth): EntryMonth => ({
  ...month,
  rows: month.rows.map(({ months, lastYear, priorYears, ...row }) => {
    const earlier = priorYears.map((y) => ({ year: y.year, months: y.months.map(unpackMonth) }));
    return {
      ...row,
      months: months.map(unpackMonth),
      lastYear: lastYear ? lastYear.map(unpackMonth) : earlier.find((y) => y.year === month.year - 1)!.months,
      priorYears: earlier,
    };
  }),
});
