// The rules of one month's figures, shared by the entry form (and its server action) and the file import; the import
// adds only file-level checks (columns, duplicate rows, unknown codes).
import { D } from '@/lib/domain/decimal';
import type { NumberProblem } from './number';

/** A typed number's problem → the message suffix both the form (`entry.validation.*`) and the import use. */
export const NUMBER_PROBLEM_KEY = {
  NOT_A_NUMBER: 'notNumber',
  NEGATIVE: 'negative',
  TOO_PRECISE: 'tooPrecise',
  OUT_OF_RANGE: 'outOfRange',
} as const satisfies Record<Exclude<NumberProblem, 'EMPTY'>, string>;

/** A rate's month: the numerator may not exceed the denominator (both given, compared exactly). */
export const isNumeratorOverDenominator = (numerator: string | null, denominator: string | null): boolean =>
  numerator !== null && denominator !== null && new D(numerator).gt(denominator);
