// What the entry form's live figures read from the typed text: the same parsing as the save, so that a figure the
// save would refuse (a fraction of a count, a numerator above its denominator, a third decimal of money) is shown as
// not entered rather than computed into a rate and a status.
import type { MonthValue } from '@/lib/domain/types';
import { isNumeratorOverDenominator } from '@/lib/validation/month-figures';
import { COUNT_COLUMN, type DecimalColumn, MONEY_COLUMN, parseNumberInput } from '@/lib/validation/number';

const exact = (text: string, column: DecimalColumn): string | null => {
  const parsed = parseNumberInput(text, column);
  return parsed.ok ? parsed.value : null;
};
const toNumber = (text: string | null): number | null => (text === null ? null : Number(text));

/** One row's typed value, numerator, denominator and rating as the engine takes them. */
export function typedFigures(row: {
  value: string;
  numerator: string;
  denominator: string;
  rating: string;
}): Omit<MonthValue, 'month'> {
  const numerator = exact(row.numerator, COUNT_COLUMN);
  const denominator = exact(row.denominator, COUNT_COLUMN);
  const isRateValid = !isNumeratorOverDenominator(numerator, denominator);
  return {
    value: toNumber(exact(row.value, COUNT_COLUMN)),
    numerator: isRateValid ? toNumber(numerator) : null,
    denominator: isRateValid ? toNumber(denominator) : null,
    rating: (row.rating || null) as MonthValue['rating'],
  };
}

/** A typed amount of money (元), or null when the save would refuse it. */
export const typedMoney = (text: string): number | null => toNumber(exact(text, MONEY_COLUMN));
